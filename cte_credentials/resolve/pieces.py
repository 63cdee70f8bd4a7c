"""Cutting an entry into pieces, and the texts every span of pieces may stand for (pure text: nothing is resolved).

"CNA & BLS" is two pieces; "MOS Word, Excel, PowerPoint" three, whose later pieces may carry the first one's
leading words ("MOS Excel"). Which cut is kept is decided by resolving every span (split.py), so "Heating,
Ventilation and Air Conditioning" stays whole. A text's plan is memoised per name by readings.Readings.span_plan;
this module is apart from split.py so that readings.py can read it without importing the cascade.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import NamedTuple

# Where an entry may hold several credentials: signs, bullets ("• A+ • Network+"), "and", and the words a clerk joins
# two with ("EMR then EMT", "CDL Class A w/ Hazmat", "AutoCAD as well as Inventor"; "w/" before the slash). A name
# holding one ("App Development with Swift") stays whole, as a cut is kept only where its pieces resolve better
# (split.py).
# A slash after a one-letter word is inside an abbreviation ("A/C", "S/P2"), unless the letter is a roman numeral
# ("Type I/II"). A plus between two words with no space is a join ("OSHA30+OSHA10", "BLS+Heartsaver"), not after one
# letter ("A+Network+") nor before a space or the end ("Security+", "C++"). A "plus" typed in small letters before a
# capital or a digit joins two ("OSHA 10 plus Forklift"); a name's "Plus" stays ("PQA Plus", "CPT Plus"). An "n"
# alone in small letters after a small letter or a digit is a phone's "and" ("bqa n pqa", "hunter ed n boater ed").
SEPARATORS = re.compile(r"(\s*(?:;|\n|\r|\||,|&|[\u2022\u00b7\u2219\u25aa\u25cf\u25e6\u2023]|\s\+\s"
                        r"|(?<=[A-Za-z0-9]{2})\+(?=[A-Za-z0-9])|\bw/|(?<!\b[a-hj-uwyz])/"
                        r"|\b(?:and|with|then|also|along\s+with|as\s+well\s+as)\b|(?-i:(?<=\s)plus(?=\s+[A-Z0-9]))"
                        r"|(?-i:(?<=[a-z0-9]\s)n(?=\s+[A-Za-z0-9])))\s*)",
                        re.IGNORECASE)
MAX_PIECES = 8
_NUMBER = re.compile(r"\d+|[IVX]{1,4}", re.IGNORECASE)  # a number, or a roman one ("II")
_LEVEL_NUMBER = re.compile(r"\d{1,2}|[IVX]{1,4}", re.IGNORECASE)
_LETTER = re.compile(r"[A-Z]")  # a category or class letter ("Category E", "Class B")


class SpanVariant(NamedTuple):
    """A text a span of an entry's pieces may stand for."""

    first: int  # the span's first piece
    last: int  # and last piece
    text: str  # as typed (pieces joined, perhaps with the first piece's leading words)
    junk: bool  # a junk text ("pending"): dropped from a split
    penalty: float  # lost when scored (see span_plan)
    # carries the first piece's leading words but two or more of its others: counts only when the first piece names
    # a credential (see split.resolve_split)
    leans: bool = False


# two acronyms typed in capitals with a dash between ("EMR - EMT", "CSWA - CSWP"): two credentials. A dash is no
# separator elsewhere ("CPC exam - passed", "Cisco Certified Support Tech - Networking")
TWO_ACRONYMS = re.compile(r"([A-Z]{2,6}\+?)(\s+-\s+)([A-Z]{2,6}\+?)")


# a product with a plus typed right after another ("A+ Net+ Sec+")
_PLUS_RUN = re.compile(r"(?<=\+)(\s+)(?=\S+\+(?:\s|$))")


# an entry of acronyms in capitals alone, one after another ("CSWA CSWP")
_ACRONYMS_ONLY = re.compile(r"[A-Z]{2,6}\+?(?:\s+[A-Z]{2,6}\+?)+")


# test codes typed one after another with spaces only ("ASE A1 A5 A6"), exam numbers ("SC-900 MS-900", "IS100
# IS200 IS700", each exam or course its own credential; not "220-1101 220-1102", two exams of one), and level numbers
# after a level word ("HVAC lvl 1 2"): a cut between each two
_CODE_WORD = re.compile(r"[A-Za-z]{1,2}\d{1,2}|[A-Za-z]{2,3}-\d{2,4}|[A-Za-z]{2,3}\d{3,4}")
_LEVEL_WORD = re.compile(r"level|lvl|lv|lev", re.IGNORECASE)
# what a piece holding such a run holds, read first (nearly every piece holds none): two code words, or a level word
# and two level numbers, one after another
_RUN_HINT = re.compile(rf"\b(?:{_CODE_WORD.pattern})\s+(?:{_CODE_WORD.pattern})\b"
                       rf"|\b(?:{_LEVEL_WORD.pattern})\.?\s+(?:{_LEVEL_NUMBER.pattern})\s+(?:{_LEVEL_NUMBER.pattern})\b",
                       re.IGNORECASE)


def _runs(part: str) -> list[str]:
    """A piece holding test codes or level numbers one after another with spaces only is cut between them: pieces,
    with the spaces as separators ("ASE A1", " ", "A5"; "HVAC lvl 1", " ", "2")."""
    if not _RUN_HINT.search(part):  # nearly every piece: no word loop
        return [part]
    words = list(re.finditer(r"\S+", part))
    out, at, level = [], 0, False
    for k in range(1, len(words)):
        before, word = words[k - 1], words[k]
        if k == 1 and len(words) >= 3 and _shape(before.group(0)) != _shape(word.group(0)) == _shape(words[2].group(0)):
            # a family's name of a code's shape before codes of another shape is theirs ("IC3 L1 L2 L3")
            continue
        # the number before is a level's: after a level word, or after another level number
        prior = words[k - 2].group(0).rstrip(".") if k >= 2 else ""
        level = bool(_LEVEL_NUMBER.fullmatch(before.group(0))) and (level or bool(_LEVEL_WORD.fullmatch(prior)))
        if (_CODE_WORD.fullmatch(before.group(0)) and _CODE_WORD.fullmatch(word.group(0))
                or level and _LEVEL_NUMBER.fullmatch(word.group(0))):
            out += [part[at : before.end()], part[before.end() : word.start()]]
            at = word.start()
    return [*out, part[at:]]


def _shape(word: str) -> tuple[int, int, bool]:
    """A code word's shape: its letters, its digits, whether it has a dash ("L1": 1, 1; "IC3": 2, 1)."""
    return sum(c.isalpha() for c in word), sum(c.isdigit() for c in word), "-" in word


def _again(part: str) -> list[str]:
    """A piece whose first word comes again later ("OSHA 10 OSHA 30", "CompTIA A+ CompTIA Network+"), or products
    with a plus one after another ("A+ Net+ Sec+"), is cut there: pieces, with the spaces between as separators."""
    words = part.split()
    if len(words) >= 3 and len(words[0]) >= 2 and words[0] in words[2:]:
        # cut at the whitespace before it, whatever it is (a tab pasted from a spreadsheet had been looked for as a
        # space, not found, and cut nothing, again and again); the rest is always shorter, so the cutting ends
        spans = list(re.finditer(r"\S+", part))
        again = next(k for k in range(2, len(spans)) if spans[k].group(0) == words[0])
        end, start = spans[again - 1].end(), spans[again].start()
        return [part[:end], part[end:start], *_again(part[start:])]
    cut = _PLUS_RUN.split(part)
    return cut if len(cut) > 1 else [part]


# a span of levels, classes or types ("Levels 1-3", "Class I-II", "I through IV"): after a level word, or in Roman
# numerals in capitals
_RANGE = re.compile(r"\b(?P<word>(?:levels?|lvls?|lv|class(?:es)?|types?|grades?|tiers?|parts?|phases?)\.?\s*)?"
                    r"(?P<a>\d{1,2}|[IVX]{1,4})\s*(?:-|\u2013|\u2014|\bto\b|\bthrough\b|\bthru\b)\s*"
                    r"(?P<b>\d{1,2}|[IVX]{1,4})\b", re.IGNORECASE)
_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X")


# a test's code alone, a capital letter and a digit ("A1", "B6", "T8"; not "IC3" of "IC3 GS4", one credential): a
# span of them is spelt out here, and split.py reviews one the list lacks on its own
TEST_CODE = re.compile(r"[A-Z][1-9]")
# a span of test codes of one letter ("ASE A1-A3", "T2-T4", "H2 - H4", "ase a4-a6" in shorthand): the codes one by
# one ("A1, A2, A3"), where there are two to nine
_CODE_RANGE = re.compile(r"(?<![\w.-])([A-Z])([1-9])\s*(?:-|\u2013|\bto\b|\bthrough\b|\bthru\b)\s*\1([1-9])(?![\w.])",
                         re.IGNORECASE)


def _spelt_codes(match: re.Match) -> str:
    letter, a, b = match.group(1), int(match.group(2)), int(match.group(3))
    return ", ".join(f"{letter}{n}" for n in range(a, b + 1)) if b > a else match.group(0)


def _spelt_range(match: re.Match) -> str:
    """A span of levels as the list of them ("Levels 1-3" -> "Levels 1, 2, 3"; "I-IV" -> "I, II, III, IV"), which
    the cut then parts level by level; left as typed where it is no span of two to five levels."""
    a, b, word = match.group("a"), match.group("b"), match.group("word") or ""
    if a.isdigit() and b.isdigit() and word:
        numbers = [str(n) for n in range(int(a), int(b) + 1)]
    elif a.upper() in _ROMAN and b.upper() in _ROMAN and (word or a.isupper() and b.isupper()):
        numbers = list(_ROMAN[_ROMAN.index(a.upper()) : _ROMAN.index(b.upper()) + 1])
    else:
        return match.group(0)
    if not 2 <= len(numbers) <= 5 or numbers[0] == "0":
        return match.group(0)
    return word + ", ".join(numbers)


def split_pieces(text: str, acronyms: frozenset[str] = frozenset(),
                 unique_words: Mapping[str, str] | None = None) -> tuple[list[str], list[str]]:
    """The finest cut of an entry: pieces and the separators between them (kept, to rebuild any span). An entry of
    acronyms alone is cut before each of them the list writes for a credential (``acronyms``, lower case), so that a
    leading acronym the list does not write ("NHA CCMA") stays the issuer of the next; and an entry ending in
    three words or more each naming another credential alone (``unique_words``: word, lower case -> its one
    credential) is cut before each of them but the first ("Adobe Photoshop Illustrator InDesign"; two such words may
    be one credential's: "Aircraft Dispatcher")."""
    parts = []
    text = _RANGE.sub(_spelt_range, text or "")
    text = _CODE_RANGE.sub(_spelt_codes, text)
    for k, part in enumerate(SEPARATORS.split(text)):
        # a piece that is two acronyms with a dash between is two pieces
        two = TWO_ACRONYMS.fullmatch(part.strip()) if k % 2 == 0 and " - " in part else None
        parts.extend(two.groups() if two else [part])
    parts = [p for k, part in enumerate(parts) for p in (_again(part) if k % 2 == 0 else [part])]
    parts = [p for k, part in enumerate(parts) for p in (_runs(part) if k % 2 == 0 else [part])]
    if len(parts) == 1 and _ACRONYMS_ONLY.fullmatch(parts[0].strip()):
        # each acronym may be a credential ("CSWA CSWP"); the whole may still be one ("NCCER CORE": split.py)
        words = parts[0].split()
        known = [k for k, w in enumerate(words) if w.lower().rstrip("+") in acronyms]
        at = known[1:]  # words before the first known one are its issuer's ("NHA CCMA CPT": "NHA CCMA", "CPT")
        if at:
            cuts = [0, *at, len(words)]
            chunks = [" ".join(words[a:b]) for a, b in zip(cuts, cuts[1:], strict=False)]
            parts = [p for chunk in chunks for p in (chunk, " ")][:-1]
    if len(parts) == 1 and unique_words:
        words = parts[0].split()
        named = [unique_words.get(w.lower()) for w in words]
        first = next((k for k, code in enumerate(named) if code), None)
        if (first is not None and len(words) - first >= 3 and all(named[first:])
                and len(set(named[first:])) == len(words) - first):
            chunks = [" ".join(words[: first + 1]), *words[first + 1 :]]
            parts = [p for chunk in chunks for p in (chunk, " ")][:-1]
    pieces, seps = parts[0::2], parts[1::2]
    keep_p, keep_s = [], []
    for i, piece in enumerate(pieces):
        if piece.strip(" .-:"):
            if keep_p and len(keep_s) < len(keep_p):
                keep_s.append(seps[i - 1])
            keep_p.append(piece.strip(" .-:"))
        elif keep_p and i - 1 < len(seps) and len(keep_s) < len(keep_p):
            keep_s.append(seps[i - 1])
    return keep_p, keep_s[: max(len(keep_p) - 1, 0)]


def _joined(pieces: list[str], seps: list[str], i: int, j: int) -> str:
    """Pieces i to j as typed, with the separators between them."""
    return pieces[i] + "".join(seps[k] + pieces[k + 1] for k in range(i, j))


def span_variants(pieces: list[str], seps: list[str], i: int, j: int) -> list[str]:
    """Texts a span of pieces may stand for: as typed, with the first piece's leading word(s) carried over ("MOS
    Word & Excel" -> "MOS Excel"), and with the last piece's trailing words carried back ("Autocad & Revit
    Certified User" -> "Autocad Certified User")."""
    text = _joined(pieces, seps, i, j)
    variants = [text]
    carried: list[str] = []  # the texts with the first piece's leading words carried over
    if i > 0 and len(text.split()) <= 3:
        head = pieces[0].split()
        # an ordered dict, not a set: the order decides ties, and a set's order changes with PYTHONHASHSEED
        prefixes = [head[0], " ".join(head[:-1][:2])] if len(head) >= 2 else []
        # a level word and its number ("Level 2")
        level_typed = len(text.split()) == 2 and bool(_LEVEL_WORD.fullmatch(text.split()[0])) and bool(
            _NUMBER.fullmatch(text.split()[1]))
        if (_NUMBER.fullmatch(text) and len(head) >= 2 and _NUMBER.fullmatch(head[-1])
                or _LETTER.fullmatch(text) and len(head) >= 2 and _LETTER.fullmatch(head[-1])):
            # a number alone takes every word before the first piece's number ("Commercial Pesticide Cat 01 and
            # 03" -> "Commercial Pesticide Cat 03"; "EPA 608 Type I/II" -> "EPA 608 Type II"), a letter alone every
            # word before its letter ("LP Gas Category E and F" -> "LP Gas Category F")
            prefixes.append(" ".join(head[:-1]))
        elif len(head) >= 3 and len(text.split()) == 1 and (
                _LEVEL_NUMBER.fullmatch(head[-2]) or "/" not in seps[i - 1]):
            # a word alone takes the first piece's words but its last ("NIMS Level I Turning and Milling" -> "NIMS
            # Level I Milling"; "Autodesk Certified Professional AutoCAD, Revit" -> "Autodesk Certified
            # Professional Revit"); after a slash only up to a level, as a slash is often inside a name ("First
            # Aid/CPR/AED": no "Adult and Pediatric First CPR")
            prefixes.append(" ".join(head[:-1]))
        one_word = len(text.split()) == 1
        if i > 1 and (_NUMBER.fullmatch(text) or _LETTER.fullmatch(text) or one_word):
            # and the words before the number or letter of the piece just before ("NCCER Core, Carpentry Level 1 & 2"
            # -> "Carpentry Level 2"), with the pieces a space parts from it ("IC3 GS6 Level 1 & 2" -> "IC3 GS6 Level
            # 2")
            k = i - 1
            while k > 0 and not seps[k - 1].strip():
                k -= 1
            unit = _joined(pieces, seps, k, i - 1).split()
            if len(unit) >= 2 and (_NUMBER.fullmatch(unit[-1]) or _LETTER.fullmatch(unit[-1])
                                   or one_word and not (_NUMBER.fullmatch(text) or _LETTER.fullmatch(text))):
                # (a word alone, the words of the piece just before but its last: "Firefighter I, Hazmat Awareness &
                # Operations" -> "Hazmat Operations")
                prefixes.append(" ".join(unit[:-1]))
        if i > 1 and level_typed:
            k = i - 1
            while k > 0 and not seps[k - 1].strip():
                k -= 1
            unit = _joined(pieces, seps, k, i - 1).split()
            if len(unit) >= 3 and unit[-2].lower() == text.split()[0].lower() and _NUMBER.fullmatch(unit[-1]):
                # (a level word and a number, the words before the level word of the piece just before, with the
                # pieces a space parts from it: "IC3 GS6 Level 1 & Level 2" -> "IC3 GS6 Level 2")
                prefixes.append(" ".join(unit[:-2]))
        for prefix in dict.fromkeys(prefixes):
            if prefix and not text.lower().startswith(prefix.lower()):
                carried.append(f"{prefix} {text}")
        variants += carried
    if j < len(pieces) - 1 and len(text.split()) <= 2:
        # and the last piece's trailing words carried back ("Autocad & Revit Certified User" -> "Autocad Certified
        # User")
        tail = pieces[-1].split()
        # (and from a last piece of two words: "ASK Business / Marketing Concepts" -> "ASK Business Concepts"; "OSHA
        # 10 and 30 Construction" -> "OSHA 10 Construction")
        for suffix in dict.fromkeys([" ".join(tail[1:][-2:]), tail[-1]]) if len(tail) >= 2 else {}:
            if suffix and not text.lower().endswith(suffix.lower()):
                variants.append(f"{text} {suffix}")
        if _NUMBER.fullmatch(tail[-1]) and len(tail) >= 2:
            # a middle piece takes both, when the last piece ends with a number, a version ("MOS Word, Excel, PPT
            # 2019" -> "MOS Excel 2019")
            variants += [f"{c} {tail[-1]}" for c in carried]
    last = pieces[-1].split()
    if (j < len(pieces) - 1 and len(last) >= 2 and _NUMBER.fullmatch(last[0]) and not _NUMBER.fullmatch(last[1])
            and _NUMBER.fullmatch(text.split()[-1]) and all(_NUMBER.fullmatch(p) for p in pieces[j + 1:-1])):
        # a list of levels written once, its last level followed by the words after each ("WSET Level 1 & 2 Wines"
        # -> "WSET Level 1 Wines"; "Level 1, 2 & 3 Wines" -> "WSET Level 2 Wines"): a piece or a number alone
        # ending with a level takes them
        rest = " ".join(last[1:])
        variants += [f"{v} {rest}" for v in (text, *carried) if _NUMBER.fullmatch(v.split()[-1])]
    return variants


def _head(piece: str) -> str | None:
    """A piece's first word, in small letters, when it is a word of two letters or more without a digit."""
    words = piece.split()
    head = words[0].lower() if words else ""
    return head if len(head) >= 2 and not any(c.isdigit() for c in head) else None


def _repeats(heads: list[str | None]) -> bool:
    """Two of the pieces' first words (_head) are one word."""
    named = [h for h in heads if h]
    return len(named) != len(set(named))


def span_plan(name: str, junk_reason: Mapping[str, str | None], acronyms: frozenset[str] = frozenset(),
              unique_words: Mapping[str, str] | None = None) -> tuple[int, list[SpanVariant]]:
    """An entry's number of pieces and, when it may be split (2 to MAX_PIECES pieces), every variant of every span
    of pieces (see split.resolve_split). ``junk_reason`` is the reader's memo table; ``acronyms`` those the list
    writes for its credentials, ``unique_words`` the words naming one credential alone (split_pieces)."""
    pieces, seps = split_pieces(name, acronyms, unique_words)
    n = len(pieces)
    # two pieces starting with one word are two credentials ("IT Specialist - HTML5 Application Development, IT
    # Specialist - HTML and CSS"; "OSHA 10; OSHA 30"): no span holding both is read as one. A piece cut from the one
    # before at a space ("Adobe Express" from "Adobe Certified Professional Adobe Express", see _again) is read on
    # with it
    heads = [_head(piece) if k == 0 or seps[k - 1].strip() else None for k, piece in enumerate(pieces)]
    texts = [(i, j, v) for i in range(n) for j in range(i, n) if not _repeats(heads[i:j + 1])
             for v in dict.fromkeys(span_variants(pieces, seps, i, j))] if 2 <= n <= MAX_PIECES else []
    # a span after the first piece whose text is not one of its pieces as typed (pieces joined, or a leading word
    # carried over), or the first piece with the last one's trailing words carried back, loses 0.01 when scored
    # (see split.resolve_split)
    # a number of one or two digits alone is no junk piece to drop but a level or category of the first piece's
    # credential, read with its words ("Commercial Pesticide Cat 01 and 03")
    plan = [SpanVariant(i, j, v, bool(junk_reason[v]) and not _LEVEL_NUMBER.fullmatch(v),
                        0.01 if v not in pieces[i:j + 1] and (i > 0 or v != pieces[0] and j == 0) else 0.0,
                        i > 0 and _leans_on_the_first(pieces[0], v, _joined(pieces, seps, i, j)))
            for i, j, v in texts]
    return n, plan


def _leans_on_the_first(first: str, variant: str, text: str) -> bool:
    """``variant`` is ``text`` with the first piece's leading words carried over, leaving two or more of its other
    words out ("CNC Milling Operations" from "CNC Milling Programming Setup & Operations")."""
    head = first.split()
    if variant == text or not variant.endswith(" " + text):
        return False
    carried = len(variant.split()) - len(text.split())
    return variant.startswith(" ".join(head[:carried]) + " ") and len(head) - carried >= 2
