"""Write-ins naming a credential, or its issuer, by a title it had before a renaming.

Counsellors remember credentials by the titles they learnt: "Adobe Certified Associate - Photoshop" for what Adobe has
called an Adobe Certified Professional since 2021, "ITF+" for CompTIA's Tech+, "APICS CSCP" for ASCM's. The seed
``xwalk_credential_renamings`` holds such renamings (general knowledge of the field, not any state's list: a state
adds its own, such as a licence its agency renamed). ``renamings_of_list`` keeps those a list needs: the current
title is in one of the list's names or vendors and the former title in none of them. A list that still writes the
former title, or that holds both, is read as written, and a renaming whose current title the list lacks does nothing.
``renamed_put_back`` writes the current title in a write-in for each former title it holds, as whole words, before
the write-in is read ("Adobe Certified Associate - Photoshop": "Adobe Certified Professional - Photoshop").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

# what may come between a title's words as typed ("IT-Fundamentals", "ITF +")
_BETWEEN = r"[\s\-\u2013\u2014:/.]*"


def _pattern(former: str) -> re.Pattern:
    """A former title as whole words, case aside, whatever comes between its words ("Adobe-Certified associate")."""
    words = re.findall(r"[A-Za-z0-9]+|\+", former)
    return re.compile(r"(?<![A-Za-z0-9])" + _BETWEEN.join(re.escape(w) for w in words) + r"(?![A-Za-z0-9+])",
                      re.IGNORECASE)


def renamings_of_list(rows: Iterable[dict], normalize: Callable[[str], str],
                      texts: Iterable[str]) -> tuple[tuple[re.Pattern, str], ...]:
    """The seed's renamings a list needs, as (the former title's pattern, the current title), longest former title
    first: those whose current title, normalised, is in one of ``texts`` (the list's names and vendors, normalised)
    and whose former title is in none."""
    padded = [f" {t} " for t in texts if t]
    kept = []
    for row in rows:
        former, current = (row.get("former_title") or "").strip(), (row.get("current_title") or "").strip()
        old, new = normalize(former), normalize(current)
        if not old or not new or old == new:
            continue
        if any(f" {old} " in t for t in padded) or not any(f" {new} " in t for t in padded):
            continue
        kept.append((former, current))
    kept.sort(key=lambda fc: -len(fc[0]))
    return tuple((_pattern(former), current) for former, current in kept)


def renamed_put_back(renamings: tuple[tuple[re.Pattern, str], ...], text: str | None) -> str | None:
    """The write-in with each former title it holds written as the current one (the text itself when it holds
    none)."""
    if not text:
        return text
    for pattern, current in renamings:
        if pattern.search(text):
            text = pattern.sub(current, text)
    return text
