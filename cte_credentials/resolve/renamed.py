"""Write-ins naming a credential, or its issuer, by a title it had before a renaming.

Counsellors remember credentials by the titles they learnt: "Adobe Certified Associate - Photoshop" for what Adobe has
called an Adobe Certified Professional since 2021, "ITF+" for CompTIA's Tech+, "APICS CSCP" for ASCM's. The seed
``xwalk_credential_renamings`` holds such renamings (general knowledge of the field, not any state's list: a state
adds its own, such as a licence its agency renamed). ``renamings_of_list`` keeps those a list needs: the current
title is in one of the list's names or vendors and the former title in none of them, nor a word of its own beside
the current title in one name ("IC3 Digital Literacy (GS5)", "- GS6 Level 1": "IC3 GS5" is a version there). A
list that still writes the former title, or that holds both, is read as written, and a renaming whose current title
the list lacks does nothing.
``renamed_put_back`` writes the current title in a write-in for each former title it holds, as whole words, before
the write-in is read ("Adobe Certified Associate - Photoshop": "Adobe Certified Professional - Photoshop").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

# words joining a title's words ("Routing and Switching", "Visual Communication using Adobe")
_JOINING = frozenset({"and", "of", "the", "for", "in", "using", "with"})
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
        own = {w for w in old.split() if w not in new.split() and not w.isdigit() and w not in _JOINING}
        if any(f" {new} " in t and own & set(t.split()) for t in padded):
            # a list writing a word of the former title's own beside the current one tells them apart ("IC3 Digital
            # Literacy Certification (GS5)" beside its "(GS6)", or "- GS6 Level 1": "IC3 GS5" is another version)
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
