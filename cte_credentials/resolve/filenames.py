"""Write-ins copied from the name of an uploaded file of proof.

Districts upload a scan, a photo or a PDF of each certificate, and a clerk may copy the file's name for the
credential: "servsafe_manager_cert.pdf", "OSHA-10-Construction-card.jpg", "CompTIAAPlus.pdf",
"2024-05-13_CNA_license.pdf", "IMG_4471 - Phlebotomy CPT cert.jpg", "Fenwick_Forklift.pdf",
"A+_and_Network+_certs.pdf", "ESB_Certiport (1).pdf". A line is such a name only where it ends with a file's extension
(".pdf", ".jpg", ".HEIC", ".docx" ...): elsewhere nothing here is read.

``file_name_reading`` reads it as the credentials' words:
- the extension, a copy's mark ("(1)", "copy"), a date ("2024-05-13", "20240513"), a camera's or a scanner's file
  number ("IMG_4471", "scan0001", "DSC 0012") and the words of a file ("scan", "final", "document") are left out;
- words run together ("CompTIAAPlus", "ServSafeManager", "epa608universal", "HeartsaverFA") are cut into words the
  list, its vendors or our seeds know, a letter alone only where it was typed as a capital ("A" of "AAPlus"), a
  run of capitals kept whole ("FA"); a run no such words make up is kept as typed;
- a "+" between two words joins two credentials ("OSHA10Construction+ServSafeHandler"); one ending a word is the
  credential's ("A+", "Linux+");
- credentials written one after another ("MSSC_Safety_Quality_Processes_Maintenance.pdf",
  "MOS_Word_Excel_PowerPoint_Associate.pdf") are told apart: a part begins a credential of its own where no name of
  the list holds its words with those of the parts before it, unless it only qualifies them (a level, a type,
  "Advanced": "ServSafe_Alcohol_Advanced.pdf" is one credential, which the list may lack);
- a person's name, a school's or a place's, first or last in the file's name ("Fenwick_Forklift",
  "CSWA_Certificate_Ardmore"): a word of four letters or more typed with a capital that no name, vendor or seed
  knows, nor one letter from a word of the list (a misspelt word of a credential is kept), is left out.

A file's name holding nothing else ("IMG_2231.jpg", "Scan_20240513.pdf", "document(3).pdf") names no credential.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from cte_credentials.resolve.shapes import ShapeRead

NAMES_NOTHING = "file name: an uploaded file's name (a scan, a photo, a document) naming no credential"

_EXTENSION = re.compile(r"\s*\.(?:pdf|jpe?g|png|heic|heif|gif|tiff?|bmp|webp|docx?|odt|rtf|txt)\s*$", re.IGNORECASE)
# a copy's mark, "(1)", "- Copy", "copy (2)"
_COPY = re.compile(r"\s*(?:[-_ ]\s*copy\b)?\s*\(\d{1,2}\)|[-_ ]+copy\s*$", re.IGNORECASE)
# a date: 2024-05-13, 2024_05_13, 20240513, 05-13-2024, 5.13.24
_DATE = re.compile(r"(?<![0-9])(?:(?:19|20)\d\d[-_.]?[01]\d[-_.]?[0-3]\d|[01]?\d[-_.][0-3]?\d[-_.](?:19|20)?\d\d)"
                   r"(?![0-9])")
# a camera's, a phone's or a scanner's numbered file: "IMG_4471", "DSC0012", "scan0001", "Scan 3", "PXL_2024..."
_FILE_NUMBER = re.compile(r"(?<![A-Za-z0-9])(?:img|dsc|dcim|pxl|photo|image|scan|scanned|document|doc|file|page|pic)"
                          r"[-_ ]?\d+(?![A-Za-z])", re.IGNORECASE)
# words of a file, no credential's
FILE_WORDS = frozenset({"scan", "scanned", "copy", "final", "draft", "img", "image", "photo", "pic", "document",
                        "doc", "file", "upload", "uploaded", "attachment", "page", "front", "back", "version", "v"})


# a write-in as read here: its text, and whether it names nothing
FileName = ShapeRead


def file_name_reading(text: str | None, known: Callable[[str], bool] = lambda w: False,
                      misspelt: Callable[[str], bool] = lambda w: False,
                      holds: Callable[[str], bool] = lambda t: True) -> FileName:
    """The write-in with each line that is a file's name read as its words (see the module's docstring); a text
    holding no such line as typed. ``known`` says whether a lower-cased word is one the list, a vendor or our seeds
    use; ``misspelt`` whether it is one letter from a word of the list; ``holds`` whether a name of the list holds
    the list's words of a text (numbers and words such as "certificate" aside)."""
    if not text or "." not in text or not any(_EXTENSION.search(line) for line in text.split("\n")):
        return FileName(text or "", False)
    lines = [_line(line, known, misspelt, holds) if _EXTENSION.search(line) else line for line in text.split("\n")]
    read = "\n".join(lines)
    return FileName(read, not re.search(r"[A-Za-z]", read))


def _line(line: str, known: Callable[[str], bool], misspelt: Callable[[str], bool],
          holds: Callable[[str], bool] = lambda t: True) -> str:
    stem = _EXTENSION.sub("", line)
    stem = _COPY.sub(" ", stem)
    stem = _DATE.sub(" ", stem)
    stem = _FILE_NUMBER.sub(" ", stem)
    # the parts the file's name was built of: apart by "_", spaces, or a dash between two words; dashes alone and
    # the words of a file left out ("+" and "&" alone kept: they join credentials)
    parts = [p for p in re.split(r"[_\s]+|(?<=[A-Za-z]{2})-(?=[A-Za-z]{2})", stem)
             if re.search(r"[A-Za-z0-9+&,;/]", p) and p.lower() not in FILE_WORDS]
    # a person's, a school's or a place's name, first or last
    for end in (0, -1):
        if len(parts) >= 2 and _a_name(parts[end], known, misspelt):
            parts.pop(end)
    return _as_credentials([_cut(p, known) for p in parts], holds)


# a part joining two credentials
_JOINING = frozenset({"and", "+", "&", "plus", ",", ";", "/"})
# a part qualifying the credential before it: a level, a class, a type, a tier, a number, an exam's code, a word
# such as "advanced"; or saying what the file is ("cert", "card")
_QUALIFIER_PART = re.compile(
    r"(?:level|lvl|l)\s*\d{1,2}|(?:level|lvl)|(?:class|type|tier|part|grade|edition)\s*[A-Za-z0-9]{1,4}"
    r"|[IVX]{1,4}|\d{1,4}(?:\.\d+)?|[A-Za-z]{2,3}-?\d{2,4}[A-Za-z]?"
    r"|advanced|expert|basic|associate|professional|master|entry|entry\s*level|foundations?|fundamentals|primary"
    r"|universal|certs?|certificates?|certification|certified|cards?|e-?card|licen[cs]es?|badges?|credential"
    r"|exam|test|score|report|full|official", re.IGNORECASE)


def _as_credentials(parts: list[str], holds: Callable[[str], bool]) -> str:
    """The parts of a file's name, with a comma where one credential ends and another begins: a part starts a
    credential of its own where no name of the list holds its words with those of the parts before it ("MSSC Safety
    Quality Processes Maintenance": "MSSC Safety, Quality, Processes, Maintenance"; "MOS Word Excel PowerPoint
    Associate": "MOS Word, Excel, PowerPoint Associate"), unless it only qualifies them (a level, a type, "Advanced":
    "ServSafe Alcohol Advanced", a credential the list may lack, stays one) or the list's names use none of its
    words; a word joining two credentials ("and", "+") stays between them."""
    chunks: list[list[str]] = []
    joined: list[str] = []  # the joining word before each chunk
    pending_join = ""
    for part in parts:
        if part.lower() in _JOINING:
            pending_join = part
            continue
        if chunks and not pending_join and (
                _QUALIFIER_PART.fullmatch(part) or holds(" ".join([*chunks[-1], part]))):
            chunks[-1].append(part)
            continue
        chunks.append([part])
        joined.append(pending_join)
        pending_join = ""
    out = ""
    for join, chunk in zip(joined, chunks, strict=True):
        words = " ".join(chunk)
        out += (f" {join} " if join else ", ") + words if out else words
    return out


_NAME = re.compile(r"(?:[A-Z]\.?)?[A-Z][a-z]{3,}")
# words that qualify a credential, which a file's name may end with and the list may not write ("ServSafe_Alcohol_
# Advanced": a credential the list may lack, no person's name)
_QUALIFYING = frozenset({
    "advanced", "basic", "expert", "associate", "professional", "master", "senior", "junior", "intermediate",
    "beginner", "foundations", "fundamentals", "foundational", "entry", "level", "bronze", "silver", "gold",
    "platinum", "provider", "instructor", "manager", "handler", "operator", "apprentice", "journeyman", "renewal",
    "recertification", "initial", "core", "universal", "plus", "practical", "written", "theory", "skills",
    "general", "residential", "commercial", "industrial", "specialist", "technician", "assistant", "aide",
    "certified", "registered", "licensed", "national", "state", "youth", "adult", "pediatric", "child", "infant",
    "online", "blended", "heartsaver", "trainer", "supervisor", "leader", "administrator"})


def _a_name(word: str, known: Callable[[str], bool], misspelt: Callable[[str], bool]) -> bool:
    """A word typed with a capital, four letters or more, no word known nor one letter from one, nor a word
    qualifying a credential: a person's name ("Fenwick", "JSmith"), a school's or a place's ("Ardmore")."""
    lower = word.lower()
    return (bool(_NAME.fullmatch(word)) and not known(lower) and not misspelt(lower) and lower not in _QUALIFYING
            and lower.rstrip("s") not in _QUALIFYING)


def _cut(part: str, known: Callable[[str], bool]) -> str:
    """A part of the file's name with its words run together cut apart ("CompTIAAPlus": "CompTIA A Plus",
    "servsafemanager": "servsafe manager"), and a "+" between two words as a join ("Construction+ServSafe":
    "Construction + ServSafe"); numbers and marks as typed (the cleaning reads "OSHA10" as "osha 10")."""
    part = re.sub(r"(?<=[A-Za-z0-9])\+(?=[A-Za-z])", " + ", part)

    def cut(match: re.Match) -> str:
        run = match.group(0)
        if known(run.lower()):
            return run
        camel = bool(re.search(r"[a-z][A-Z]|[A-Z]{2}[a-z]", run))
        if not camel and (len(run) < 7 or not run.islower()):
            return run
        cut_run = _segmented(run, known, camel)
        return f" {cut_run} " if cut_run != run else run

    return " ".join(re.sub(r"[A-Za-z]+", cut, part).split())


def _segmented(run: str, known: Callable[[str], bool], camel: bool) -> str:
    """A run of letters as the fewest words that make it up: known words (of two letters or more where typed with
    capitals, of three or more in a run typed in small letters), or, typed with capitals, a letter alone or a run of
    capitals (an acronym: "HeartsaverFA"); the run as typed where no such words make it up ("JavaScript", whose
    "script" no name writes, stays one word)."""
    lower, n = run.lower(), len(run)
    shortest = 2 if camel else 3
    # best[i]: (cost, pieces) for run[:i]
    best: list[tuple[float, list[str]] | None] = [None] * (n + 1)
    best[0] = (0.0, [])
    for i in range(n):
        if best[i] is None:
            continue
        cost_i, pieces_i = best[i]  # type: ignore[misc]
        for j in range(i + 1, n + 1):
            piece = run[i:j]
            if j - i >= shortest and known(lower[i:j]):
                cost = 1.0
            elif camel and piece.isupper():
                cost = 1.2 if j - i == 1 else 1.5
            else:
                continue
            if best[j] is None or cost_i + cost < best[j][0]:  # type: ignore[index]
                best[j] = (cost_i + cost, [*pieces_i, piece])
    found = best[n]
    return " ".join(found[1]) if found and len(found[1]) >= 2 else run
