"""What a reading of a write-in's shape gives back: the badge platform's (badges.py), another system's export
(exports.py), an uploaded file's name (filenames.py), a portal's path (breadcrumbs.py), a class summary's line
(tallies.py) and the test provider it was taken through (providers.py)."""

from __future__ import annotations

from typing import NamedTuple


class ShapeRead(NamedTuple):
    """A write-in as one of those readings reads it: its text, and whether it names nothing (a badge's link of ids, an
    export's placeholder, a scan's file name, a portal's categories, a class's totals, a platform's name)."""

    text: str
    names_nothing: bool
