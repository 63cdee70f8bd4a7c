"""Write-ins typed fast by a clerk keying hundreds of rows, with the slips fast typing makes that the misspelling
rules (one letter added, dropped, changed or two swapped: readings.mend_word) do not read.

``keyboard_reading`` puts back, where the list's words say how:
- a whole word typed with the hand one key over on a QWERTY keyboard ("Drvitoyu+" for "Security+", "Er;fomh" for
  "Welding"): read one key back, to the left or to the right, it is a word of the list's names, which it is not
  as typed;
- a "+" typed without its shift ("A= Core 1", "Net=", "Security= cert"): an "=" right after a word, before a space,
  a separator or the end;
- "and" typed with two letters swapped between two credentials ("EMR nad CPR", "AZ-900 adn AI-900");
- a space hit one letter late or early ("ServSafem anager"): two words neither of which the list knows, each a word
  of its names once the letter between them moves over;
- a full stop typed for a comma between two credentials ("CNA. BLS", "AutoCAD. Revit", "MOS Word. Excel"): a full
  stop after a word the list's names write whole, an acronym in capitals or a word of four letters or more (not an
  abbreviation, "Cert. Nursing Asst.", nor a title, "Mr. Hatfield"), before a capital.
A text without any of these signs is returned as typed.
"""

from __future__ import annotations

import re
from collections.abc import Callable

_ROWS = ("qwertyuiop", "asdfghjkl;", "zxcvbnm,./")
_LEFT = {row[k + 1]: row[k] for row in _ROWS for k in range(len(row) - 1)}
_RIGHT = {row[k]: row[k + 1] for row in _ROWS for k in range(len(row) - 1)}
# a word as a hand shifted over may type it: letters with a ";", "," or "." inside or not
_SHIFTED_WORD = re.compile(r"(?<![\w;,./])[A-Za-z][A-Za-z;,./]{3,}[A-Za-z](?![\w])")
_UNSHIFTED_PLUS = re.compile(r"(?<=[A-Za-z])=(?=\s|$|[,;/|])")
_AND_SWAPPED = re.compile(r"(?<=\S )(?-i:adn|nad)(?= \S)")
_FULL_STOP = re.compile(r"(?<![A-Za-z])([A-Za-z][A-Za-z0-9+]*)\.\s+(?=[A-Z])")
_ROMAN = frozenset({"I", "II", "III", "IV"})
_TWO_WORDS = re.compile(r"(?<![A-Za-z])([A-Za-z]{3,}) ([A-Za-z]{3,})(?![A-Za-z])")
_SIGN = re.compile(r"[A-Za-z][;,./][A-Za-z]|[A-Za-z]=|\b(?:adn|nad)\b|[A-Za-z0-9+]\. +[A-Z]|[A-Za-z]{3} [A-Za-z]{3}")


def keyboard_reading(text: str | None, known: Callable[[str], bool], written_whole: Callable[[str], bool]) -> str:
    """The write-in with fast typing's slips put back (see the module's docstring). ``known(word)``: a word of the
    list's names (lower case); ``written_whole(word)``: a word the names write as it stands, no abbreviation of
    our seeds."""
    if not text:
        return ""
    if not _SIGN.search(text):
        return text
    text = _SHIFTED_WORD.sub(lambda m: _shifted_back(m.group(0), known), text)
    text = _UNSHIFTED_PLUS.sub("+", text)
    text = _AND_SWAPPED.sub("and", text)
    text = _TWO_WORDS.sub(lambda m: _space_moved(m, known), text)
    return _FULL_STOP.sub(lambda m: f"{m.group(1)}; " if _ends_an_item(m.group(1), written_whole) else m.group(0),
                          text)


def _ends_an_item(word: str, written_whole: Callable[[str], bool]) -> bool:
    """A word a full stop after which parts two credentials: a roman numeral ("Firefighter I."), or a word the
    list's names write whole, an acronym in capitals or four letters or more ("CNA.", "AutoCAD."; not a title
    before a person's name, "Mr.", "Dr.", "St.")."""
    if word in _ROMAN:
        return True
    return (word.isupper() and len(word) >= 2 or len(word) >= 4) and written_whole(word.lower())


def _shifted_back(typed: str, known: Callable[[str], bool]) -> str:
    """A word typed one key over, read back where the list knows it so and not as typed; else as typed."""
    low = typed.lower()
    if known(low):
        return typed
    for keys in (_LEFT, _RIGHT):
        back = "".join(keys.get(c, "\0") for c in low)
        if back.isalpha() and known(back):
            return back
    return typed


def _space_moved(match: re.Match, known: Callable[[str], bool]) -> str:
    """Two words typed with the space a letter off ("servsafem anager"), read with it in its place; else as typed."""
    first, second = match.group(1), match.group(2)
    a, b = first.lower(), second.lower()
    if known(a) or known(b):
        return match.group(0)
    if known(a[:-1]) and known(a[-1] + b):
        return f"{first[:-1]} {first[-1]}{second}"
    if known(a + b[0]) and known(b[1:]):
        return f"{first}{second[0]} {second[1:]}"
    return match.group(0)
