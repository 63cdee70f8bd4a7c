"""Write-ins pasted from a teacher's class summary: one line per credential given in a class, with its counts.

"CPR/First Aid - 18 passed", "OSHA 10 x22", "ServSafe Handler (12/15 passed)", "Per. 3 - NHA CPT: 9 of 11", "A+ Core 1
— 4 students, 2 pending", "Forklift cert'd 14", "EPA 608 Universal: 100% pass rate!", "MOS Word (8) and MOS Excel (5)",
"Mrs. Lindqvist — BQA 15, YQCA 15, PQA Plus 4". The credentials are named; the counts, results, periods, rooms,
cohorts and teachers around them are the class's, not the student's.

``tally_reading`` reads such a line as the credentials named. It acts only on a line that shows a count: a number of
students with a result ("18 passed", "4 students", "2 pending"), a share ("9 of 11", "12/15", "100%"), "x22", a
result with its number ("cert'd 14", "passed: 143"), or a period, a room or a teacher ("Per. 3", "Rm 112", "Mr.
Alvarez"). On such a line it leaves out:
- the counts with their results, a count in brackets ("(8)", "(12/15 passed)") and a count after a dash or a colon
  (" - 18", ": 9"); brackets of class details ("(Rm 204)", "(2nd yr)");
- periods, rooms, cohorts and teachers' names;
- a number at the end of a part, after the credential's words, that no name of the list writes ("BQA 15", "Safety
  14"): a number the list writes stays ("OSHA 10", "Level 2");
- a part holding nothing but results ("2 pending", "all retaking").
A line holding nothing else ("Total: 57", "Grand total passed: 143") names nothing. Every other write-in is left as
typed; so is a line whose only number is one the list writes ("OSHA 10 Construction", "CNA 2").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from cte_credentials.resolve.shapes import ShapeRead

NAMES_NOTHING = "class tally: a class summary's counts, periods or totals, naming no credential"

_RESULT = (r"(?:passed|pass|passing|students?|certified|cert'?d|completed|complete|pending|failed|fail|retakes?"
           r"|retaking|earned|tested|enrolled|scheduled|each|yet)")
# a result closes a part: "18 passed", not "Fusion 360 Certified User"
_CLOSES = r"(?=\s*(?:$|[,;&/)\n!.]|\band\b|[-–—:]))"
# a count: a number of one or two digits standing alone ("18", not "FF1", "AIF-C01", "10.7" or a score "856")
_COUNT_NUMBER = r"(?<![\w.-])\d{1,2}(?![\w.-])"
# a share of a class: "9 of 11"; "12/15" after a dash, a colon or a bracket; not a date ("05/14/2024", "retake
# scheduled 6/12"), an exam's codes ("220-1001/1002", "98-381 / 98-367") nor levels ("Welding 1/2", "WreckMaster 4/5")
_OF = r"(?<![\w/.-])\d{1,2}\s+(?:of|out\s+of)\s+\d{1,2}(?![\w/.-])"
_SLASH = r"(?<=[-–—:(]\s)\d{1,2}\s*/\s*\d{1,2}(?![\w/.-])|(?<=[:(])\d{1,2}\s*/\s*\d{1,2}(?![\w/.-])"
_SHARE = rf"(?:{_OF}|{_SLASH})"
# a count with its result ("18 passed", "all 3 passed", "7 pass / 3 retake", "9 of 11 passed"), a share, "x22", a
# pass rate, "cert'd 14", "Total: 57"
_COUNT = re.compile(
    rf"(?:\ball\s+(?:{_COUNT_NUMBER}\s+)?{_RESULT}\b{_CLOSES}"
    rf"|(?:{_SHARE}|{_COUNT_NUMBER})\s*(?:certs?\s+)?(?:{_RESULT}\b(?:\s+(?:{_RESULT}|written|practical)\b)*){_CLOSES}"
    rf"(?:\s*/\s*\d+\s+{_RESULT}\b)*"
    rf"|{_SHARE}|\b\d{{1,3}}\s*%\s+pass\s+rate|(?<=\s)(?-i:x)\s?\d{{1,2}}{_CLOSES}"
    rf"|\b(?:cert'?d|certified)\s+\d{{1,2}}(?![\d/]){_CLOSES}|\b(?:total|passed)\s*:\s*\d{{1,3}}\b)!*",
    re.IGNORECASE)
_BRACKETED = re.compile(r"(?<=\S)\s*\(\s*\d{1,2}\s*\)")
# class details: a period, a room, a cohort, a teacher; a bracket holding a number, closing a part
_DETAILS = re.compile(
    r"\((?:[^()]*\d[^()]*)\)(?=\s*(?:$|[,;&\n]|\band\b|[-–—:/]))"
    r"|\b(?:periods?|per\.?|pd\.)\s*\d+(?:\s*(?:&|and|,)\s*\d+)*\b"
    r"|\b(?:rm\.?|room)\s*\d+\b"
    r"|\b\d+(?:st|nd|rd|th)\s+(?:cohort|yr|year|term|semester|period)\b"
    r"|\b(?:mr|mrs|ms|dr)\.?\s+[^\W\d_]+(?:[-'][^\W\d_]+)?",
    re.IGNORECASE)
# a count after a dash or a colon, at the end of a part: " - 18", ": 9", " — 6"
_SEPARATED = re.compile(r"(?:\s+[-–—]|\s*:)\s*\d{1,2}\s*(?=$|[,;&\n]|\band\b)", re.IGNORECASE)
# a part holding a count of a part of an exam alone ("4 practical")
_EXAM_PART = re.compile(r"\d{1,2}\s+(?:written|practical|performance|skills)", re.IGNORECASE)
# where a line's parts part
_PARTS = re.compile(r"(\s*(?:[,;&\n]|\band\b|\s/\s)\s*)", re.IGNORECASE)
_EMPTY = re.compile(r"^[\s\-–—:/,;&().!]*$")
# words a level, a type or a part is numbered after, in any list
_SERIES = frozenset({"level", "levels", "lvl", "lv", "l", "type", "types", "class", "core", "part", "grade", "tier",
                     "module", "unit", "step", "phase", "stage", "year", "book", "section"})


def _numbered(word: str, number: str, list_writes: Callable[[str, str], bool]) -> bool:
    """The number is the credential's: after a level word, or after a word the list writes it after."""
    word = word.lower().rstrip(".")
    return word in _SERIES or list_writes(word, number.lstrip("0") or "0")


_SCORE = re.compile(r"\b(?:score|scored|scores|points?|pts|grade)\b", re.IGNORECASE)
# what every count, share, bracket and "all passed" above needs: a digit or "all"
_MAY_COUNT = re.compile(r"\d|\ball\s", re.IGNORECASE)
# what a line holding only its tally says
_TALLY_WORDS = frozenset({"total", "grand", "summary", "term", "all", "students", "passed", "pass", "see", "roster",
                          "this", "seniors", "juniors", "class"})


def tally_reading(text: str | None, list_writes: Callable[[str, str], bool] = lambda w, n: False,
                  list_number: Callable[[str], bool] = lambda n: False) -> ShapeRead:
    """A class summary's line as the credentials it names (see the module's docstring); ``list_writes(word,
    number)``: whether a name of the list writes the number right after the word (in small letters);
    ``list_number``: whether a name of the list writes the number at all."""
    if not text or not _MAY_COUNT.search(text) or _SCORE.search(text):
        # (a line with no digit and no "all" shows no count: read as typed, the common case, at once)
        # (a score is no count: "Score: 85", "scored 18/20", for the score rule to read)
        return ShapeRead(text or "", False)

    def count(match: re.Match) -> str:
        # a number right after a word the list writes it after, or a level word, is the credential's ("Level 2
        # written", "608 Type 3 certified"), unless a share ("3 of 4")
        number = re.match(r"\d+(?!\s*(?:/|of\b|out\b))", match.group(0))
        word = re.search(r"([^\W_]+)\s*$", text[: match.start()])
        if number and word and _numbered(word.group(1), number.group(0), list_writes):
            return match.group(0)
        return " "

    line = _COUNT.sub(count, text)
    # (counts in brackets after credentials, two or more: "IC3 L1 (20) L2 (14)"; one may be a level, "Electrical (2)")
    counted = line != text or len(_BRACKETED.findall(text)) >= 2
    line = _BRACKETED.sub(" ", line) if counted else line
    line = _DETAILS.sub(" ", line)
    details = line != _COUNT.sub(count, text)
    parts = _PARTS.split(line)
    kept: list[str] = []
    closed = 0  # parts closing with a count
    counted_before = False
    for k, part in enumerate(parts):
        if k % 2:
            kept.append(part)
            continue
        cut = _SEPARATED.sub("", part.strip()).strip(" -–—:/!.")
        cut = "" if _EXAM_PART.fullmatch(cut) else cut
        # a number closing the part, after its words, that no name of the list writes: a count ("BQA 15, YQCA 15"),
        # of two digits on a line that shows another ("IS-100 22"; not the course's "Ag Sci 1: 21 students")
        words = cut.split()
        if (len(words) >= 2 and re.fullmatch(r"\d{1,2}" if not counted else r"\d\d", words[-1])
                and not _numbered(words[-2], words[-1], list_writes) and not list_number(words[-1].lstrip("0") or "0")):
            cut = " ".join(words[:-1])
        # (a 0 or a 1 may say whether it was earned, "ESB: 1; CSB: 0": no count by itself)
        # (a count alone after one: "ServSafe Mgr — 11 & 9"; not a level of a series, "type 1, 2, 3")
        cut = "" if re.fullmatch(r"\d{1,2}", cut) and counted_before else cut
        counted_before = cut != part.strip().strip(" -–—:/!.")
        if counted_before and not re.search(r"\b[01]\s*$", part):
            closed += 2 if re.search(r"(?:\s[-–—]|:)\s*\d\d\s*$", part) else 1
        kept.append(cut)
    # a line is a tally where it counts ("18 passed", "9 of 11", "x22"), or names a period, a room or a teacher and
    # closes a part with a count ("Per. 2 CDA: 3"), or closes two parts or more with one ("BQA 15, YQCA 15"), or one
    # with a count of two digits after a dash or a colon ("OSHA 30 Construction - 14")
    if not (counted or details and closed or closed >= 2):
        return ShapeRead(text, False)
    # parts that hold nothing left go, with a separator beside them
    pieces = [(kept[k], kept[k + 1] if k + 1 < len(kept) else "") for k in range(0, len(kept), 2)]
    pieces = [(p, s) for p, s in pieces if not _EMPTY.match(p)]
    read = "".join(p + s for p, s in pieces[:-1]) + (pieces[-1][0] if pieces else "")
    read = re.sub(r"[ \t]+", " ", re.sub(r"\(\s*\)", " ", read))
    read = re.sub(r" (?=[,;\n])|(?<=\n) ", "", read).strip(" \n-–—:/,;&")
    if not read or set(re.findall(r"[a-z]+", read.lower())) <= _TALLY_WORDS:
        return ShapeRead("", True)
    return ShapeRead(read, False)
