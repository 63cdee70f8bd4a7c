"""Reading the CSV files reviewers edit (credential review and linkage review, their decision seeds): one reader, so
both loops refuse the same bad files with the same one-line messages."""

from __future__ import annotations

import csv
from pathlib import Path

from cte_credentials.errors import UserError


def read_csv(path: Path, required: list[str], what: str) -> tuple[list[str], list[dict]]:
    """The header and rows of a reviewer's CSV file; ``what`` names the file in messages ("review file").

    A missing file, a missing column or a file that is not UTF-8 stops with a message naming it. A byte-order mark
    (what a spreadsheet's "CSV UTF-8" writes) is accepted.
    """
    if not path.exists():
        raise UserError(f"{what} {path} not found")
    try:
        with path.open(newline="", encoding="utf-8-sig") as fh:
            reader = csv.DictReader(fh)
            fields = list(reader.fieldnames or [])
            missing = [c for c in required if c not in fields]
            if missing:
                raise UserError(f"{what} {path}: missing column(s) {', '.join(missing)}")
            return fields, list(reader)
    except UnicodeDecodeError:
        raise UserError(f"{what} {path}: not UTF-8; save it as CSV UTF-8") from None
