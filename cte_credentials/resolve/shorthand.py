"""Write-ins squeezed into a short field, their words written without vowels: "frklft", "phlbtmy tech", "srvsf mgr",
"cert nrsng asst", "hzmt awrnss", "pvt pstcd applctr".

``shorthand_reading`` puts such a word back as the one word of the list's names, or of the words our abbreviation
seed spells out ("hzmt": "hazmat"), it stands for. A word is read so when nothing knows it as typed (not a word of
the list's names, of its vendors or of our seeds: "cna", "ekg", "mgr" and "asst" stay for the acronyms and
abbreviations that read them), it is not written in capitals (an acronym: "CNST"), and it keeps one vowel at most
after its first letter. Its skeleton (its first letter, then its consonants, a letter written twice once) must be
the skeleton of the list's word ("frklft" for "forklift", "trnr" for "trainer"), or that skeleton with one more
letter ("ntwkng" for "networking"), or, of five letters or more, its start ("cybrscr" for "cybersecurity"), these
two for a word of no vowel only (not "Signl" for "signaller", nor "Prodct" for "production"); and every letter typed
must be the word's, in order. Only a word that one word answers is put back ("Trning" stays, which "turning" and
"training" both answer), and only where it has two vowels fewer than that word at least ("fundmntls"; one vowel left
out is a typo, "Thrapy", which the misspelling rules read).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable

_VOWELS = frozenset("aeiou")
_WORD = re.compile(r"(?<![A-Za-z0-9'])[A-Za-z]{4,}(?![A-Za-z0-9'])")


@functools.lru_cache(maxsize=100_000)
def skeleton(word: str) -> str:
    """A word's first letter, then its consonants, a letter written twice once ("planning": "plng"); cached, as
    every word typed without vowels is compared with the skeletons of the list's words of its first letter."""
    kept = word[0] + "".join(c for c in word[1:] if c not in _VOWELS)
    return re.sub(r"(.)\1+", r"\1", kept)


def _written_in(typed: str, word: str) -> bool:
    """Every letter typed is the word's, in order."""
    letters = iter(word)
    return all(c in letters for c in typed)


def _vowels(word: str) -> int:
    """The vowels of a word after its first letter."""
    return sum(c in _VOWELS for c in word[1:])


def shorthand_word(word: str, known: Callable[[str], bool], words_from: Callable[[str], Iterable[str]]) -> str | None:
    """The one word of the list's names a word typed without vowels stands for (see the module's docstring), or
    None; ``words_from(letter)``: the list's words starting with the letter."""
    word = word.lower()
    if len(word) < 4 or known(word) or _vowels(word) > 1:
        return None
    typed = skeleton(word)
    if len(typed) < 3:
        return None
    same, near = set(), set()
    for listed in words_from(word[0]):
        theirs = skeleton(listed)
        if not _written_in(word, listed):
            continue
        if theirs == typed:
            same.add(listed)
        elif not _vowels(word) and (len(theirs) == len(typed) + 1 and len(typed) >= 4 and _written_in(typed, theirs)
                                    or len(typed) >= 5 and theirs.startswith(typed)):
            near.add(listed)
    found = same or near
    if len(found) != 1:
        return None
    listed = next(iter(found))
    # (one vowel left out is a typo, for the misspelling rules: "Thrapy", "Netwrk", "Frst"; and "Trning", which
    # "turning" and "training" both answer, stays)
    return listed if _vowels(listed) - _vowels(word) >= 2 else None


def shorthand_reading(text: str | None, known: Callable[[str], bool],
                      words_from: Callable[[str], Iterable[str]]) -> str:
    """The write-in with each word typed without vowels put back as the list's word it stands for."""
    if not text:
        return ""
    # (a word in capitals is an acronym: "CNST", "NCPT")
    def read(match: re.Match) -> str:
        typed = match.group(0)
        return typed if typed.isupper() else shorthand_word(typed, known, words_from) or typed

    return _WORD.sub(read, text)
