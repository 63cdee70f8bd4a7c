"""Write-ins dictated into a phone or a voice assistant and typed by its speech-to-text.

"comp tia a plus comma network plus", "o s h a dash 10 general industry", "e p a six oh eight type one and two",
"fleb otomy tech", "um serve safe manager", "a double u s certified welder s m a w". The credential comes as it
sounds: letters spelt one by one, numbers in words, punctuation said aloud, a word heard as two, fillers.

``dictation_reading`` writes such a write-in as it would have been typed. It acts only on a write-in that shows
dictation: punctuation said aloud ("comma", "slash", "dash", "period", "new line"), a filler first ("um", "okay so"),
letters spelt one by one ("e k g"), or a number in words ("osha thirty"). There it:
- leaves out fillers ("um", "uh", "okay so", "like" first);
- writes punctuation said aloud as typed: "comma" and "new line" part two credentials, "period" too where more
  follows, "slash" and "dash" are signs;
- joins letters spelt one by one into the longest word the list, its vendors or our seeds know ("o s h a",
  "n c c e r"; "a s e a 4": "ase a 4"), and a run of three or more into one word even when unknown ("c y s a");
  "double u" is a "w";
- joins two words heard apart into the one word of the list's names they spell: nearly, where neither is a word
  known at all ("fleb otomy": phlebotomy, "four lift": forklift), or exactly, where not both are words of its names
  ("power point", "heart saver"; not "Red Cross", "After Effects");
- writes numbers in words as digits ("thirty" 30, "six oh eight" 608, "twenty nineteen" 2019, "three sixty five"
  365, "level two" level 2; a letter before one makes a test's code, "a four" A4), but not a word the list's
  names write ("Six Sigma", "Level One").
Two words heard apart are joined in any write-in, dictated or typed ("fleb otomy tech"); every other write-in is left
as typed.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable

_SPOKEN = {"comma": ",", "semicolon": ";", "slash": "/", "dash": "-", "hyphen": "-", "colon": ":"}
_FILLER_FIRST = re.compile(r"^\s*(?:(?:um+|uh+|uhm|er+|hmm+|okay|ok|so|like|well|and)\b[\s,]*)+", re.IGNORECASE)
_FILLER = re.compile(r"\b(?:um+|uh+|uhm|er+|hmm+)\b[\s,]*", re.IGNORECASE)
_NEW_LINE = re.compile(r"\bnew\s*line\b", re.IGNORECASE)
# (not a class's period: "Period 3", "3rd period")
_PERIOD = re.compile(r"\s*(?<!\d(?:st|nd|rd|th)\s)\b(?:period|full\s+stop)\b(?!\s*\d)\s*", re.IGNORECASE)
_SPOKEN_WORD = re.compile(r"\b(?:comma|semicolon|slash|dash|hyphen|colon)\b", re.IGNORECASE)
_LETTERS = re.compile(r"(?<![\w+])(?:[A-Za-z]\s+){1,}[A-Za-z](?![\w+])")
_DOUBLE_U = re.compile(r"\bdouble\s+(?:u|you)\b", re.IGNORECASE)

_UNITS = {"zero": 0, "oh": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
          "nine": 9}
_TEENS = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
          "seventeen": 17, "eighteen": 18, "nineteen": 19}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
         "ninety": 90}
_NUMBER_WORD = re.compile(r"\b(?:" + "|".join([*_UNITS, *_TEENS, *_TENS, "hundred"]) + r")\b", re.IGNORECASE)
# a number said in words, and not "oh" alone ("oh shaw")
_SAID_NUMBER = re.compile(r"\b(?:" + "|".join([u for u in _UNITS if u != "oh"], ) + "|" + "|".join([*_TEENS, *_TENS])
                          + r")\b", re.IGNORECASE)


# numbers said as no typist writes them: a tens ("thirty"), or digits one by one ("six oh eight"); "Level One" is
# typed too
_SAID_NUMBERS = re.compile(r"\b(?:" + "|".join(_TENS) + r")\b|\b(?:" + "|".join(_UNITS) + r")\s+(?:"
                           + "|".join([*_UNITS, *_TENS, *_TEENS]) + r")\b", re.IGNORECASE)


def _shows_dictation(text: str, list_word: Callable[[str], bool]) -> bool:
    return bool(_SPOKEN_WORD.search(text) or _NEW_LINE.search(text) or _PERIOD.search(text)
                or _FILLER_FIRST.match(text) and _FILLER_FIRST.match(text).group(0).strip().lower() not in (
                    "and", "so", "like", "well")
                or re.search(r"(?<![\w+])[A-Za-z]\s+[A-Za-z]\s+[A-Za-z](?![\w+])", text)
                or re.search(r"(?<![\w+])[a-z]\s+[a-z](?![\w+])", text)
                or any(not list_word(m.group(0).lower()) for m in _SAID_NUMBERS.finditer(text)))


def _two_digits(words: list[str], i: int) -> tuple[int | None, int]:
    """A number from 0 to 99 said at words[i] ("twenty one", "thirty", "twelve", "six"), and the words it takes."""
    w = words[i].lower()
    if w in _TENS:
        if i + 1 < len(words) and words[i + 1].lower() in _UNITS and words[i + 1].lower() not in ("zero", "oh"):
            return _TENS[w] + _UNITS[words[i + 1].lower()], 2
        return _TENS[w], 1
    if w in _TEENS:
        return _TEENS[w], 1
    if w in _UNITS and w != "oh":
        return _UNITS[w], 1
    return None, 0


def _numbers(text: str, list_word: Callable[[str], bool]) -> str:
    """Numbers said in words written as digits: "thirty" 30, "six oh eight" 608, "twenty nineteen" 2019, "three
    sixty five" 365, "nine hundred" 900."""
    words = text.split(" ")
    out: list[str] = []
    i = 0
    while i < len(words):
        w = words[i].lower()
        if (w in _UNITS and w != "oh" or w in _TEENS or w in _TENS) and not list_word(w):
            first, used = _two_digits(words, i)
            j = i + used
            digits = str(first)
            if used == 1 and first is not None and first < 10:
                # digits said one by one ("six oh eight"), or a digit and two ("three sixty five")
                run = j
                while run < len(words) and words[run].lower() in _UNITS:
                    digits += str(_UNITS[words[run].lower()])
                    run += 1
                if run > j + 0 and run - i >= 2:
                    j = run
                elif j < len(words) and words[j].lower() in (*_TENS, *_TEENS):
                    second, more = _two_digits(words, j)
                    digits, j = f"{first}{second:02d}", j + more
                elif j < len(words) and words[j].lower() == "hundred":
                    digits, j = str(first * 100), j + 1
            elif first is not None and first >= 10 and j < len(words) and (
                    words[j].lower() in _TEENS or words[j].lower() in _TENS or words[j].lower() == "oh"):
                # a year ("twenty nineteen", "twenty oh eight") or a code said in pairs
                if words[j].lower() == "oh" and j + 1 < len(words) and words[j + 1].lower() in _UNITS:
                    digits, j = f"{first}0{_UNITS[words[j + 1].lower()]}", j + 2
                else:
                    second, more = _two_digits(words, j)
                    if second is not None and second >= 10:
                        digits, j = f"{first}{second}", j + more
            if out and re.fullmatch(r"[A-Za-z]", out[-1]) and len(digits) <= 2:
                # a letter and a number said after it are a test's code ("a four": A4)
                out[-1] = out[-1].upper() + digits
            else:
                out.append(digits)
            i = j
            continue
        out.append(words[i])
        i += 1
    return " ".join(out)


def _letters(text: str, known: Callable[[str], bool]) -> str:
    """Letters spelt one by one joined into the longest word known from each letter on; a run of three or more left
    unknown is one word too."""

    def join(match: re.Match) -> str:
        letters = match.group(0).split()
        if len(letters) >= 3 and not any(known("".join(letters[a:b]).lower()) for a in range(len(letters))
                                         for b in range(a + 2, len(letters) + 1)):
            return "".join(letters)
        out, i = [], 0
        while i < len(letters):
            end = next((b for b in range(len(letters), i + 1, -1) if known("".join(letters[i:b]).lower())), None)
            out.append("".join(letters[i:end]) if end else letters[i])
            i = end or i + 1
        return " ".join(out)

    return _LETTERS.sub(join, text)


def _edits(a: str, b: str) -> int:
    """The letters to change, add or take out to make one word the other (Levenshtein)."""
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (ca != cb))
    return row[-1]


def _heard_apart(text: str, known: Callable[[str], bool], list_word: Callable[[str], bool],
                 list_words: Callable[[str], list[str]], dictated: bool = True) -> str:
    """Two words heard apart joined into the word of the list's names they spell: exactly, where not both are words
    of its names ("heart saver", "power point"; not "Red Cross", "After Effects"), or neither in a typed write-in
    (not "Pro Level" where a list writes "ProLevel" and "Pro Level"), or nearly, where neither is a word known at all
    ("fleb otomy", "a dobie")."""
    words = text.split(" ")
    out: list[str] = []
    i = 0
    while i < len(words):
        if i + 1 < len(words) and words[i].isalpha() and words[i + 1].isalpha():
            a, b = words[i].lower(), words[i + 1].lower()
            joined = a + b
            exact = list_word(joined) and not (list_word(a) and list_word(b)) and (
                dictated or not (list_word(a) or list_word(b)))
            near = [] if exact or len(joined) < 6 or known(a) or known(b) else [
                w for w in list_words(joined) if difflib.SequenceMatcher(None, joined, w).ratio() >= 0.8
                and _edits(joined, w) <= 2]
            if exact or near:
                out.append(joined if exact else max(near, key=lambda w: difflib.SequenceMatcher(None, joined,
                                                                                                 w).ratio()))
                i += 2
                continue
        out.append(words[i])
        i += 1
    return " ".join(out)


def dictation_reading(text: str | None, known: Callable[[str], bool] = lambda w: False,
                      list_word: Callable[[str], bool] = lambda w: False,
                      list_words: Callable[[str], list[str]] = lambda w: []) -> str:
    """The write-in as typed had it not been dictated (see the module's docstring). ``known``: a word the list, its
    vendors or our seeds know (small letters); ``list_word``: a word of the list's names; ``list_words``: the words
    of the list's names a pair of words heard apart may spell (of about its length)."""
    if not text:
        return ""
    if not _shows_dictation(text, list_word):
        # (two words heard apart are joined in any write-in: "fleb otomy tech", "Heart Saver")
        return _heard_apart(text, known, list_word, list_words, dictated=False) if " " in text else text
    read = _FILLER_FIRST.sub("", text)
    read = _FILLER.sub("", read)
    read = _NEW_LINE.sub(" , ", read)
    read = _PERIOD.sub(" , ", read)
    read = re.sub(r"\s*\b(?:slash|dash|hyphen)\b\s*", lambda m: _SPOKEN[m.group(0).strip().lower()], read,
                  flags=re.IGNORECASE)
    read = _SPOKEN_WORD.sub(lambda m: f" {_SPOKEN[m.group(0).lower()]} ", read)
    read = _DOUBLE_U.sub("w", read)
    read = " ".join(read.split())
    read = _letters(read, known)
    read = _heard_apart(read, known, list_word, list_words)
    read = _numbers(read, list_word)
    read = re.sub(r"\s+([,;:])", r"\1", read)
    # (nothing but fillers and punctuation said aloud, "new line new line": nothing typed)
    return read.strip(" ,;:/-")
