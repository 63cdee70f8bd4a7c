"""Write-ins pasted from a tracking spreadsheet or a checklist form, where each item is marked earned or not.

A district's tracker or a checklist marks each credential it lists: a box ("[x] OSHA 10 [ ] OSHA 30", "☐ CCMA
☑ CPCT/A"), a tick or a cross before or after the item ("✔ CPR ✘ First Aid", "CRO-1 ✔ CRO-2 ✘"), a yes/no column
("CPR: Yes; BLS: No", "ESB: 1; CSB: 0"), a result ("Network+ (in progress) / Security+ (passed)", "A/C - FAIL"),
and cells of a date or a score beside the item ("A+ Core 1 - 04/2024 - 712"). An item marked not earned names no
credential earned and is left out; the others are kept without their marks, dates and scores, one per piece
(``; ``), so that the split reads each. An entry whose every item is marked not earned is no credential.

A text is read so only where it shows a checklist (_a_checklist): a ticked box or a tick, a numbered run, two items or
more, or one item with a date in a cell of its own or a result saying it was not earned ("A+ Core 1 - scheduled").
One item with a result saying it was earned ("CPC exam - passed"), or with an unticked box only ("☐ CDA", a form's
box read by OCR), is left as typed, for the status words and the OCR reading (readings.py).
"""

from __future__ import annotations

import re
from typing import NamedTuple

NOT_EARNED = "not earned: every item of the checklist is marked not earned (unchecked, failed, pending or scheduled)"

_TICKED = r"\[\s*[xX✓✔]\s*\]|[☑☒✔✓✅]"
_UNTICKED = r"\[\s*\]|[☐✘✗❌✖]"
_BOX = re.compile(rf"(?P<yes>{_TICKED})|(?P<no>{_UNTICKED})")
_EARNED = r"yes|y(?!/)|passed|pass|earned|completed?|done|certified|received|obtained|achieved"
# (and what says a course was attended, audited or enrolled in, or a credential expected later or not begun: "CERT
# class - attended", "Stop the Bleed (audit)", "EMT - expected May 2025", "S-130/S-190 enrolled for fall",
# "Technician not started", "participation certificate only")
# (of them, the ones read after a space too, _LONG_NOT: "S-130/S-190 enrolled for fall")
_NOT_YET = r"enrolled(?:\s+(?:for|in)\s+\w+)?|not\s+started|expected(?:\s+[a-z]+\.?)?(?:\s+(?:19|20)\d\d)?"
_NOT_TAKEN = rf"attended(?:\s+only)?|audit(?:ed)?(?:\s+only)?|{_NOT_YET}|participation(?:\s+certificate)?(?:\s+only)?"
_NOT = (r"no|n(?!/)|failed|fail|not\s+passed|did\s+not\s+pass|not\s+taken|not\s+earned|not\s+completed?|incomplete"
        rf"|pending|scheduled|in\s+progress|retake|retest|not\s+yet|{_NOT_TAKEN}")
_LONG_NOT = (r"failed|not\s+passed|did\s+not\s+pass|not\s+taken|not\s+earned|pending|scheduled|in\s+progress"
             rf"|{_NOT_YET}")
# what may follow a result: the end, a separator, two spaces, a bracket, a dash or a date (its own cell)
_AFTER = r"(?=\s\s|\s*(?:$|[;,|/\n\t•(]|[-–—]|\d{1,2}/\d))"
_RESULT = re.compile(
    rf"\s*\(\s*(?:(?P<yes3>{_EARNED})|(?P<no3>{_NOT}))\s*\)"  # in brackets, whatever follows: "(yes)", "(failed)"
    rf"|(?:\s*:\s*(?:(?P<yes1>1)|(?P<no0>0))"  # a 1/0 column after a colon ("ESB: 1")
    rf"|(?:\s*[:\-–—]\s*|\s*\(\s*)(?:(?P<yes>{_EARNED})|(?P<no>{_NOT}))"  # ": Yes", " - PASS", "(in progress"
    rf"|\s+(?:(?P<yes2>passed|earned|completed?)|(?P<no2>{_LONG_NOT})))\s*\)?{_AFTER}",  # "CNA passed"
    re.IGNORECASE)
# what _RESULT cannot match an ASCII text without (lower case): a bracket, a colon or a dash before the result, or a
# word of a result read after a space ("passed", "did not pass", "in progress")
_RESULT_GATE = re.compile(r"[(:\-]|passed|earned|complete|failed|not|pending|scheduled|progress|enrolled|expected")
_ZERO_COLUMN = re.compile(r":\s*0(?!\w)")
_ONE_LETTER = re.compile(r"\(\s*[YyNn]\s*\)")
_ONLY_A_RESULT = re.compile(rf"\s*(?:{_EARNED}|{_NOT})\s*", re.IGNORECASE)
_STRONG = re.compile(r"\s*(?:\n|\r|\t|\||;|•|·)\s*")
# an item's mark in a list: a number, a letter or a Roman number, perhaps in brackets, then a full stop or a bracket
# ("1) ", "2. ", "1.) ", "(a) ", "b) ", "i. ", "(ii) "), or a number and a dash ("1- "): _marked_items
_MARK = re.compile(r"(?:^|(?<=\s))\(?(?P<mark>\d{1,2}|[a-hA-H]|(?:i{1,3}|iv|vi{0,3}|ix|x))(?:\.\)|[.)])\s+"
                   r"|(?:^|(?<=\s))(?P<dashed>\d{1,2})-\s+")
_ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x")
_LETTERS = "abcdefgh"
# a bullet before a list's one item ("• EPA 608 Type II", "- NABCEP PVA")
_ONE_BULLET = re.compile(r"^\s*[•·▪‣◦*–-]\s+(?=\S)")
_SOFT = re.compile(r"\s*(?:,|\s/)\s*")  # a comma, a slash between spaces: items of one cell
_BULLET = re.compile(r"^\s*(?:[-*–]\s+|\d{1,2}[.)]\s+)")
_DATE_CELL = re.compile(r"(?<![\w/])(?:\d{1,2}/\d{1,2}/(?:19|20)?\d\d|\d{1,2}/(?:19|20)\d\d)(?![\w/])")  # not "10/30"
# a date in a cell of its own, after a dash, a bar, a tab, a bracket or two spaces ("ParaPro - 04/2024 - 468"; not
# "BLS Provider card, expires 11/2025")
_CELL_DATE = re.compile(rf"(?:[-–—|\t(]|\s\s)\s*(?:{_DATE_CELL.pattern})")
_CLEAN = [re.compile(p, re.IGNORECASE) for p in (
    r"\(?\s*(?:scored?|score:)\s*\d+(?:\.\d+)?\s*%?\s*\)?",  # "(scored 690)", "score: 712"
    r"\b\d{1,3}(?:\.\d+)?\s*%",  # "78%"
    # "04/2024", "3/2024", "04/12/2024", and the word saying what it is ("exp 08/2026")
    rf"(?:\b(?:exp(?:ires|ired|\.)?|since|issued|earned|valid|until|thru|through|on|in)\s*)?{_DATE_CELL.pattern}",
    r"(?:^|\s)[-–—]\s*(?:19|20)\d\d\s*$",  # "- 2023" ending a cell
)]
_SCORE_AFTER = re.compile(r"(?:\s+[-–—])?\s+(\d{3})\s*$")  # a score of three digits ending a cell ("- 712")
_LEFT = re.compile(r"^[\s,;:/&+–—-]+|[\s,;:/&–—-]+$")
# a failure, then a retake passed: the credential was earned ("failed practical, retook and passed", "failed skills
# first time, passed retest", "skills retest passed", "EMD retaken and passed"); read as "passed" before the results
_RETAKEN = re.compile(r"(?i)\bfailed\b[^;\n]{0,40}?\b(?:re-?t(?:ook|aken|ested)\s+(?:it\s+)?(?:and\s+)?passed"
                      r"|passed\s+(?:on\s+)?(?:the\s+)?(?:re-?test|re-?take|2nd|second)\w*)\b"
                      r"|\b(?:(?:skills?|written|practical)\s+)?re-?test(?:ed)?\s+(?:and\s+)?passed\b"
                      r"|\bre-?t(?:ook|aken)\s+(?:it\s+)?(?:and\s+)?passed\b")


class Checklist(NamedTuple):
    """A write-in as read by ``earned_items``: its text (the earned items, ``; `` apart, or the text as typed when
    it shows no checklist) and whether every item it marks is marked not earned."""

    text: str
    none_earned: bool
    reason: str = NOT_EARNED  # why a write-in naming nothing earned is no credential


def earned_items(text: str | None, numbers_used: frozenset[str] = frozenset()) -> Checklist:
    """A write-in with the items it marks not earned left out, and the marks, dates and scores of the others (a
    score is a number of three digits the list's names never write: "Photoshop 812", not "EPA 608")."""
    if text and ("fail" in text.lower() or "re" in text.lower()) and _RETAKEN.search(text):
        text = _RETAKEN.sub("passed", text)
    if text and _ONE_BULLET.match(text) and not _STRONG.search(_ONE_BULLET.sub("", text)):
        # a list of one item ("• EPA 608 Type II"): the item
        text = _ONE_BULLET.sub("", text)
    if not text or not _looks_marked(text):
        return Checklist(text or "", False)
    binary = bool(_ZERO_COLUMN.search(text))
    items = [item for chunk in _chunks(text) for item in _items(chunk, binary)]
    if not _a_checklist(text, items):
        return Checklist(text, False)
    kept = [_cleaned(words, numbers_used) for words, earned in items if earned]
    kept = [k for k in kept if re.search(r"[A-Za-z]", k)]  # (a cell of numbers only is the item's before it)
    if not kept:
        return Checklist(text, True)
    return Checklist("; ".join(kept), False)


def _looks_marked(text: str) -> bool:
    """A cheap first look: a box or a tick, a result word after a colon, dash or bracket, a date cell, or a
    numbered first item."""
    # (in an ASCII text, each pattern is tried only where what it cannot match without is there: a "[" for a box, a
    # "/" for a date, a bracket, colon or dash or a result's word for a result; most write-ins have none of them)
    ascii_text = text.isascii()
    return bool((not ascii_text or "[" in text) and _BOX.search(text)
                or (not ascii_text or _RESULT_GATE.search(text.lower())) and _RESULT.search(text)
                or "/" in text and _DATE_CELL.search(text) or _marked_items(text) is not None)


def _next_mark(mark: str) -> str | None:
    """The mark after ``mark`` in its run: "2" after "1", "b" after "a", "ii" after "i"."""
    if mark.isdigit():
        return str(int(mark) + 1)
    low = mark.lower()
    if low in _ROMAN:
        k = _ROMAN.index(low)
        return _ROMAN[k + 1] if k + 1 < len(_ROMAN) else None
    k = _LETTERS.find(low)
    return _LETTERS[k + 1] if 0 <= k < len(_LETTERS) - 1 else None


def _marked_items(text: str) -> list[str] | None:
    """The items of a list whose first item begins the text with a number or the first mark of a run ("a", "i"), and
    each other with the next mark of that run ("1) OSHA 10 2) Forklift", "(a) Part 107 (b) TRUST", "i. RigPass ii. H2S
    Clear"); a mark out of its run is the item's own text ("1) OSHA 30 GI 2) ...": "30" is no mark). None when the
    text begins with no first mark."""
    stripped = text.strip()
    if not _MARK.match(stripped):  # (most write-ins begin with no mark: read no further)
        return None
    marks = list(_MARK.finditer(stripped))
    first = marks[0].group("mark") or marks[0].group("dashed")
    if not first.isdigit() and first.lower() not in ("a", "i"):
        # (a number may begin a run anywhere: "2) Power Line Worker Level 3", the second item of a form's list)
        return None
    kept, expected = [marks[0]], _next_mark(first)
    dashed = marks[0].group("dashed") is not None
    for m in marks[1:]:
        mark = m.group("mark") or m.group("dashed")
        if expected is not None and mark.lower() == expected and (m.group("dashed") is not None) == dashed:
            kept.append(m)
            expected = _next_mark(mark)
    ends = [m.start() for m in kept[1:]] + [len(stripped)]
    items = [stripped[m.end():end].strip() for m, end in zip(kept, ends, strict=True)]
    return items if all(items) else None


def _chunks(text: str) -> list[str]:
    """The text cut at a line, a tab, a bar, a semicolon or a bullet, and at each item's number in a numbered run
    (a cell of a result, a date or a score only is the item's before it); a first cell ending with a colon and
    marking nothing is the head of the next ("EPA 608:", "Certified Production Technician:")."""
    marked = _marked_items(text)
    chunks = [c for item in marked for c in _STRONG.split(item) if c.strip()] if marked is not None else [
        c for c in _STRONG.split(text) if c.strip()]
    chunks = [_BULLET.sub("", c) for c in chunks]
    # a cell holding only a result, a date or a score is the item's before it ("Lifeguarding | 07/2023 | passed")
    merged: list[str] = []
    for c in chunks:
        if merged and (_ONLY_A_RESULT.fullmatch(c) or not re.search(r"[A-Za-z]", c)):
            merged[-1] += " - " + c
        else:
            merged.append(c)
    chunks = merged
    if len(chunks) >= 2 and chunks[0].rstrip().endswith(":") and not _BOX.search(chunks[0]) \
            and not _RESULT.search(chunks[0]):
        chunks = [chunks[0].rstrip()[:-1] + " " + chunks[1], *chunks[2:]]
    return chunks


def _items(chunk: str, binary: bool) -> list[tuple[str, bool]]:
    """A cell's items, each with whether it is earned: boxes or ticks before the items ("[x] A [ ] B") mark the
    item after; otherwise a mark or a result marks the item before it, back to a comma or a spaced slash ("Photoshop
    812, Premiere Pro 640 (not passed)": Premiere Pro only); an item marked nothing is earned. A 1 or a 0 after a
    colon is a column of results only in a text with a 0 column ("ESB: 1; CSB: 0"; not "Electrical Level: 1")."""
    # (match, earned, a box or a tick rather than a result), in the order they stand
    marks = sorted([*((m, m.group("yes") is not None, True) for m in _BOX.finditer(chunk)),
                    *((m, not _says_not(m), False) for m in _RESULT.finditer(chunk)
                      if binary or not (m.group("yes1") or m.group("no0")))],
                   key=lambda mark: mark[0].start())
    if not marks:
        return [(chunk, True)]
    items: list[tuple[str, bool]] = []
    first, _, a_box = marks[0]
    if a_box and not chunk[:first.start()].strip():
        # boxes first: each marks the text up to the next box (a result inside it may still say not earned)
        boxes = [(m, earned) for m, earned, box in marks if box]
        for k, (m, earned) in enumerate(boxes):
            end = boxes[k + 1][0].start() if k + 1 < len(boxes) else len(chunk)
            words = chunk[m.end():end]
            result = _RESULT.search(words)
            items.append((_RESULT.sub(" ", words), earned and not (result and _says_not(result))))
        return items
    start = 0
    for m, earned, _ in marks:
        cell = chunk[start:m.start()]
        parts = _SOFT.split(cell)
        items += [(p, True) for p in parts[:-1]]
        items.append((parts[-1], bool(earned)))
        start = m.end()
    items += [(p, True) for p in _SOFT.split(chunk[start:])]
    return [(words, earned) for words, earned in items if words.strip() or not earned]


def _says_not(result: re.Match) -> bool:
    return any(result.group(g) for g in ("no", "no0", "no2", "no3"))


def _a_checklist(text: str, items: list[tuple[str, bool]]) -> bool:
    """Whether the text shows a checklist: a ticked box or a tick, a numbered run, two items or more with one of
    them marked or dated, one item with a date in a cell of its own or a result saying it was not earned; one item
    with a result saying it was earned, or with an unticked box only, is left as typed ("☐ CDA": a form's box read
    by OCR, not a mark)."""
    real = [words for words, _ in items if re.search(r"[A-Za-z]", words)]
    if _marked_items(text) is not None or any(m.group("yes") for m in _BOX.finditer(text)):
        return True
    if (len(real) == 1 and any(not earned for _, earned in items) and not _BOX.search(text)
            and not _ONE_LETTER.search(text)):
        # one item with a result saying it was not earned ("A+ Core 1 - scheduled 06/2024"); not a letter alone in
        # brackets, a class's or an endorsement's ("Tanker endorsement (N)"), a no only in a column of them
        return True
    return len(real) >= 2 or bool(_CELL_DATE.search(text)) and len(real) == 1


def _cleaned(words: str, numbers_used: frozenset[str]) -> str:
    """An item without its dates and scores, and the punctuation left at its ends."""
    for pattern in _CLEAN:
        words = pattern.sub(" ", words)
    for _ in range(2):
        score = _SCORE_AFTER.search(words)
        if score and score.group(1) not in numbers_used and score.start() > 0:
            words = words[:score.start()]
    words = re.sub(r"\(\s*\)", " ", words)
    return re.sub(r"\s{2,}", " ", _LEFT.sub("", words)).strip()
