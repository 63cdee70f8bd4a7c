"""Write-ins kept for years in a spreadsheet that reformatted them as they were typed or pasted, put back as typed.

A district's sheet turns what a clerk types into what it takes it for, and exports that: a range of levels into a
date ("Level 1-3" shown "Level 3-Jan"; "ASE A4-6" as "ASE A 6-Apr"), a fraction into its sign ("Welding Level ½"),
a number into a decimal or into scientific notation ("EPA 608.0", "OSHA 10.00", "6.08E+02"); an entry begun by "=",
"+" or "-" into a formula, kept with its sign ("'OSHA 10", "=A+", "+Net+") or shown as its error ("#NAME? (CNA)");
cells joined with their line breaks escaped ("EMR_x000D_ Stop the Bleed", "¶", "CHAR(10)"); and a row's empty or
ticked cells after the value (", , ,", "| TRUE", "| 0"). ``from_a_sheet`` undoes each of these, where its sign is in
the text; a text of nothing but a sheet's debris ("#NAME?", "=B2", "Sheet1", "FALSE") is read as the sheet's "#N/A",
which the junk seed gives its reason ("placeholder: spreadsheet error exported as text"). A number padded with zeros
("OSHA 030") is left as typed, as lists write "Cat 01" and codes "0412". A text without a sign, nearly every
write-in, is returned at once.
"""

from __future__ import annotations

import re

_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
# a spreadsheet's errors, shown for a cell whose entry it read as a formula
_ERROR = re.compile(r"#(?:NAME\?|N/A|REF!|VALUE!|DIV/0!|NULL!|NUM!|SPILL!|CALC!)", re.IGNORECASE)
# a range of levels read as a day and a month ("3-Jan" for "1-3"), the day first, as a sheet shows it, a test's
# letter before it or not ("ASE A 6-Apr" for "ASE A4-6")
_DAY_MONTH = re.compile(rf"(?<![\w/.-])(?:(?<![\w-])([A-Z]) )?(\d{{1,2}})-({'|'.join(_MONTHS)})(?![\w-])",
                        re.IGNORECASE)
# a number shown with decimals or in scientific notation, standing alone: two zeros after the point or more, or one
# after three digits ("10.00", "608.0", "6.08E+02"; not "Industry 4.0", "CPT 4.0", "D1.1"). A number padded with
# zeros is left as typed: a list writes "Cat 01" and codes "0412"
_DECIMAL = re.compile(r"(?<![\w.-])(\d{3,})\.0+(?![\w.])|(?<![\w.-])(\d+)\.00+(?![\w.])")
_SCIENTIFIC = re.compile(r"(?<![\w.-])(\d)\.(\d+)E\+(\d{2})(?![\w.])", re.IGNORECASE)
_FRACTIONS = {"½": "1/2", "⅓": "1/3", "⅔": "2/3", "¼": "1/4", "¾": "3/4"}
# a line break escaped or shown as a sign ("_x000D_", "¶", "CHAR(10)"): between two cells
_LINE_BREAK = re.compile(r"_x000[DA]_|¶|\bCHAR\(1[03]\)", re.IGNORECASE)
# an entry's sign kept before it: an apostrophe or an equals sign, or a plus before a word ("+Net+")
_LEADING_SIGN = re.compile(r"^\s*(?:'|=(?=\S)|\+(?=[A-Za-z]))")
# a row's empty, ticked or zero cells after the value, a separator before each ("CNA | BLS | ", "Project+ TRUE")
_TRAILING_CELLS = re.compile(r"(?:\s*[|;,]\s*(?:TRUE|FALSE|0)?|\s+(?:TRUE|FALSE))+\s*$")
# what a sheet shows of no value: its errors, a cell's reference or formula ("=B2", "=SUM(B2:B9)"), a sheet's name,
# a ticked box's value, a zero, separators
_DEBRIS_ONLY = re.compile(rf"(?:\s|[|;,]|{_ERROR.pattern}|=\$?[A-Z]{{1,3}}\$?\d+|=[A-Z]+\([^)]*\)|\bSheet\d+\b"
                          r"|\bTRUE\b|\bFALSE\b|\b0\b)+", re.IGNORECASE)
# the signs of a sheet's doing, one of which a text must hold to be read at all
_SIGN = re.compile(rf"{_ERROR.pattern}|{_DAY_MONTH.pattern}|\d\.0|\dE\+\d|[½⅓⅔¼¾]"
                   rf"|{_LINE_BREAK.pattern}|^\s*['=+]|\bTRUE\b|\bFALSE\b|[|;,]\s*0?\s*$|\bSheet\d|©",
                   re.IGNORECASE)
SHEETS_NA = "#N/A"


def from_a_sheet(text: str | None) -> str | None:
    """The write-in as typed before a spreadsheet reformatted it (see the module's docstring); None stays None."""
    if not text or not _SIGN.search(text):
        return text
    if _DEBRIS_ONLY.fullmatch(text):
        return SHEETS_NA
    text = _LINE_BREAK.sub("; ", text)
    text = _ERROR.sub(" ", text)
    text = _LEADING_SIGN.sub("", text)
    text = _DAY_MONTH.sub(_range, text)
    text = _SCIENTIFIC.sub(_plain_number, text)
    text = _DECIMAL.sub(lambda m: m.group(1) or m.group(2), text)
    for sign, fraction in _FRACTIONS.items():
        text = text.replace(sign, f" {fraction}")
    text = _TRAILING_CELLS.sub("", text.replace("©", ""))
    return re.sub(r"[ \t]{2,}", " ", text).strip(" \t") or SHEETS_NA


def _range(match: re.Match) -> str:
    """A range read as a day and a month, as the levels or tests it spans: "3-Jan" -> "1, 2, 3"; a test's letter
    before it, each code whole ("A 6-Apr" -> "A4, A5, A6")."""
    letter, last, first = match.group(1) or "", int(match.group(2)), _MONTHS.index(match.group(3).lower()) + 1
    if not 0 < last - first < 5:
        return f"{letter}{first}-{letter}{last}"
    return ", ".join(f"{letter}{n}" for n in range(first, last + 1))


def _plain_number(match: re.Match) -> str:
    """A whole number in scientific notation as its digits ("6.08E+02" -> "608"); any other as shown."""
    digits, exponent = match.group(1) + match.group(2), int(match.group(3))
    if len(digits) - 1 > exponent:
        return match.group(0)
    return digits + "0" * (exponent - len(digits) + 1)
