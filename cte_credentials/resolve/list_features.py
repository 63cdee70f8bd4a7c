"""What resolution learns from the credential list itself (never from our seeds): acronyms and the words that tell
a credential from its siblings. Built once per list by build_refs; every function takes the references' parts.

- **Acronyms.** A list names an acronym three ways: in brackets ("Certified Nursing Assistant (CNA)"), as a word
  in capitals ("PLS Certification", "Master CSP") and as the initials of a whole name ("Child Development
  Associate" is CDA). An acronym the list gives to one credential names it; one it gives to several different
  credentials ("CDA": Certified Dental Assistant and Child Development Associate) is shared, and a write-in that is
  only that acronym goes to review (unless the vendor or the program's CIP settles it).
- **Sibling words.** Two names of the list that differ by one word ("Microsoft Office Specialist Excel" and "...
  Excel Expert"; "ASE Certified Collision Repair Tech" and "ASE Certified Master Collision Repair Tech") show that
  this word tells credentials apart: a write-in without it does not name the one that has it, however close the
  rest. Words that play this part for several credentials are the list's level words (Master, Expert,
  Entry-Level, Advanced, Associate... as the list itself uses them): a candidate holding one the write-in lacks may
  be the sibling a level up, even where the sibling's name is spelt differently.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

_BRACKETS = re.compile(r"\(([^)]*)\)")
_CAPITALS = re.compile(r"(?<![A-Za-z0-9])([A-Z]{2,6})(?![A-Za-z0-9])")
_SKIP = frozenset({"and", "of", "for", "the", "in", "a", "an", "to", "with", "on", "or"})


def initials(outer: str) -> str | None:
    """The initials of a whole name of 2-6 words ("Child Development Associate" -> "cda"), or None."""
    words = [w for w in re.split(r"[^A-Za-z0-9]+", outer) if w and w.lower() not in _SKIP]
    if not 2 <= len(words) <= 6 or not all(w[0].isalpha() for w in words):
        return None
    return "".join(w[0] for w in words).lower()


def acronyms(names: Iterable[tuple[str, str]], normalize: Callable[[str], str],
             generic: frozenset[str] = frozenset()) -> dict[str, set[str]]:
    """Acronym (normalised, one word) -> the codes the list gives it to, from (code, name) pairs; ``generic``:
    normalised words that say nothing of which credential ("certification")."""
    out: dict[str, set[str]] = {}
    for code, name in names:
        found = set()
        for inner in _BRACKETS.findall(name):
            found.add(normalize(inner))
            # "(Master CSP)": a word in capitals among the bracket's words
            found.update(normalize(w) for w in inner.split() if _CAPITALS.fullmatch(w))
        outer = _BRACKETS.sub(" ", name)
        # "PLS Certification": a name that is only a word in capitals (and words such as "certification")
        words = [w for w in re.split(r"[^A-Za-z0-9]+", outer) if w and normalize(w) not in generic]
        if len(words) == 1 and _CAPITALS.fullmatch(words[0]):
            found.add(normalize(words[0]))
        first = initials(outer)
        if first:
            found.add(first)
        for acronym in found:
            if acronym and " " not in acronym and acronym.isalpha() and 2 <= len(acronym) <= 6:
                out.setdefault(acronym, set()).add(code)
    return out


def sibling_words(tokens: dict[str, frozenset[str]]) -> dict[str, frozenset[str]]:
    """Code -> the words of its name that tell it from another credential of the list whose name has one word
    less ("expert" in "Excel Expert" beside "Excel") or one other word in its place ("construction" beside
    "general industry" does not count: two words), from each code's name words."""
    by_set: dict[frozenset[str], list[str]] = {}
    by_less: dict[frozenset[str], list[tuple[str, str]]] = {}
    for code, words in tokens.items():
        by_set.setdefault(words, []).append(code)
        if len(words) >= 2:
            for w in words:
                by_less.setdefault(words - {w}, []).append((code, w))
    out: dict[str, set[str]] = {}
    for rest, pairs in by_less.items():
        # one word more than another name: that word tells them apart
        if rest in by_set:
            for code, w in pairs:
                if any(other != code for other in by_set[rest]):
                    out.setdefault(code, set()).add(w)
        # one word in place of another's
        if len({code for code, _ in pairs}) >= 2:
            for code, w in pairs:
                if any(other != code and ow != w for other, ow in pairs):
                    out.setdefault(code, set()).add(w)
    return {code: frozenset(ws) for code, ws in out.items()}


def level_words(tokens: dict[str, frozenset[str]], at_least: int = 2) -> frozenset[str]:
    """Words that, for at least ``at_least`` credentials, are the one word a name has more than another name of the
    list ("master" in "ASE Master Certified Engine Machinist" beside "ASE Certified Engine Machinist"; "expert"):
    the list's own level words. A candidate holding one the write-in lacks may be the sibling a level up."""
    by_set = {words for words in tokens.values()}
    count: dict[str, int] = {}
    for words in tokens.values():
        if len(words) >= 2:
            for w in words:
                if words - {w} in by_set:
                    count[w] = count.get(w, 0) + 1
    return frozenset(w for w, n in count.items() if n >= at_least and not w.isdigit())
