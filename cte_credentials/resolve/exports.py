"""Write-ins that came through another system's export without being cleaned.

A district's student information system, a vendor's portal or a web form hands its values over with the marks of
the format they were kept in, and clerks paste them as they come:
- JSON: ``{"name": "OSHA 10", "issuer": "OSHA"}``, ``["MOS Word","MOS Excel"]``, ``"credential":"CNA"``, records
  one after another (``{...},{...}``, ``{...};{...}``), a status or a date beside the name, ``null`` values;
- CSV or a spreadsheet's cells: quotes and delimiters kept (``"ServSafe Manager","NRA"``), a pipe or a tab between
  the name and its issuer (``AWS D1.1|American Welding Society``);
- HTML or XML: entities (``&amp;``, ``&nbsp;``, ``&ndash;``), tags (``<li>CPR</li><li>First Aid</li>``,
  ``<td>...</td><td>...</td>``, ``<br>``, ``<credential>...</credential>``);
- escapes typed out: ``\\n``, ``\\r\\n``, ``\\t``, ``\\+``, ``\\"``;
- the other system's keys (``cred_type: industry; name: ...``, ``name=...&src=sis``, ``id=4471 ...``), written in
  capitals too (``Credential: Data+ | Vendor: CompTIA | Result: Pass``, ``Candidate ID: ...``), and its
  placeholders (``null``, ``undefined``, ``NaN``, ``[object Object]``, ``{}``, ``[]``);
- a vendor's score report or a records system's rows: a header line of keys before comma-separated rows
  (``Certification,Vendor,Date,Result``), rows without one whose cells hold a date or a result (``AZ-900<TAB>
  Microsoft<TAB>2024-03-14<TAB>PASS``, ``RHCSA (EX200),Red Hat,2024-05-08,Passed``), records run together (a key
  coming again begins the next: ``Cert: LFCA | Cert: RHCSA``), a score, an exam's code, a result saying not earned
  (``Fail``, ``Pending``, ``res=F``), and a course's, a program's or a student's record, which names no credential.

``export_reading`` reads such a write-in as the credentials its values name: one record's name, with its issuer in
brackets after it where a field holds only an issuer (``CPT (NHA)``, the way a clerk writes it), records apart with
``; ``; keys, ids, dates, types and scores left out, a result saying it was earned dropped and any other kept after a
dash for the status words to read (checklists.py). A write-in whose values name nothing is said so (junk with its own
reason). A text showing no mark of an export is left as typed, so that the common case costs one regular-expression
search.
"""

from __future__ import annotations

import csv
import html
import json
import re
from collections.abc import Callable

from cte_credentials.resolve.shapes import ShapeRead

NAMES_NOTHING = "export leftover: another system's placeholder, key or id, naming no credential"

# words an export writes its keys with, in any case and up to three together ("Exam Code", "Candidate ID",
# "IRC Code"): one of them before a colon or an equals sign, at the text's start or after a cell's delimiter, is a key
_KEY_WORD = (r"(?:credential|certification|certificate|cert|badge|name|title|award|issuer|issued(?:[ _]by)?|vendor"
             r"|provider|organi[sz]ation|org|agency|status|result|res|outcome|id|type|date|source|code|category|year"
             r"|level|exam|score|student|candidate|course|program|grade|credits?|irc|state)")
_WRITTEN_KEY = re.compile(rf"(?i:{_KEY_WORD}(?:[ _]{_KEY_WORD}){{0,2}})")
# a date or a result in a cell of its own, between commas or semicolons: a row pasted without its header
_ROW_CELL = (r"(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}/\d{1,2}/\d{2,4}|(?i:pass(?:ed)?|fail(?:ed)?|completed?|pending"
             r"|active|certified|earned))")
# a mark of an export: a brace or a bracket pair, a tag, an entity, a typed escape, a key written as a program
# writes it or a key of an export's words after a delimiter, a placeholder, a tab, a pipe, quoted fields, a header
# line of keys, a row of cells with a date or a result among them
_LOOK = re.compile(r"[{}\t|]|\[\s*[\]\"{]|</?[A-Za-z][\w-]*\s*/?>|&(?:[a-z]+|#\d+);|\\[nrt+\"]"
                   r"|\b[a-z]+(?:_[a-z]+)*\s*[:=]|\bnull\b|\bundefined\b|\bNaN\b|\[object Object\]|\"\s*,\s*\"?"
                   rf"|^\s*\"|(?:^|[;\n])\s*{_WRITTEN_KEY.pattern}\s*[:=]|^{_WRITTEN_KEY.pattern}(?:\s*,\s*"
                   rf"{_WRITTEN_KEY.pattern})+\s*\n|[,;]\s*{_ROW_CELL}\s*(?:[,;]|$)")
# what _LOOK cannot match without: one of its characters, or a word of a value left empty (a cheap first look)
_LOOK_GATE = re.compile(r'[{}\t|\[<&\\:=",;]|null|undefined|NaN')
# keys whose value is the credential's name, its issuer, or a status; any other key's value is left out
_NAME_KEYS = re.compile(r"(?:credential_?|exam_?|cert_?)?(?:name|title)|credential"
                        r"|cert(?:ification|ificate)?(?:_?name)?|badge(?:_?name)?|award", re.I)
_ISSUER_KEYS = re.compile(r"issuer|issued_?by|vendor|provider|organi[sz]ation|org|agency|body", re.I)
_STATUS_KEYS = re.compile(r"status|result|res|outcome", re.I)
# "key: value" or "key=value" where the key is written as a program writes one: lower case, underscores, or one of
# the keys above; not "CPR: Yes" (a checklist's item and its result, checklists.py)
_KEY_VALUE = re.compile(rf"^\s*(?P<key>[a-z]+(?:_[a-z]+)+|[a-z]+|{_WRITTEN_KEY.pattern})\s*[:=]\s*(?P<value>.*?)\s*$")
# a key of one word is a key only when an export's: the keys above and ids, types, dates, sources ("ase: a1" typed
# in lower case is no key)
_ONE_WORD_KEYS = re.compile(rf"{_NAME_KEYS.pattern}|{_ISSUER_KEYS.pattern}|{_STATUS_KEYS.pattern}"
                            r"|id|type|date|src|source|code|category|year|level|exam|score", re.I)
# keys whose values are left out: ids, dates, types, sources, and a score report's or a transcript's other fields (the
# student, the candidate, a course, a program, a grade, credits, a score)
_LEFT_OUT_KEYS = re.compile(r".*(?:id|date|type|src|source|time|year|created|updated|level|score)|(?:id|key|ref)_.*"
                            r"|student|candidate|course|program|grade|credits?|issued(?:_on)?", re.I)
# a result saying the credential was earned, said by its record's being there (dropped); any other stays after a dash
# for the status words to read (checklists.py), a single letter written out ("res=F")
_EARNED = re.compile(r"p|pass(?:ed)?|earned|certified|active|completed?|issued|awarded|valid|current|yes|y", re.I)
_SHORT_RESULTS = {"f": "Fail", "F": "Fail"}
# a cell holding a date, or a score (a number out of another, a percentage; a number alone where the record has a
# date or a result too: "856" on a score report, not "608" beside "EPA")
_DATE_CELL = re.compile(r"\d{4}-\d{1,2}-\d{1,2}|\d{1,2}/\d{1,2}/\d{2,4}")
_SCORE_CELL = re.compile(r"\d+(?:\.\d+)?\s*(?:/\s*\d+|%)")
_NUMBER_CELL = re.compile(r"\d+(?:\.\d+)?")
# an exam's code in a cell of its own ("MO-300", "220-1101", "CLF-C02", "EX200") or under an exam's key: the record's
# name when it has none, else written in brackets after its one name where the list writes the code so
_CODE_CELL = re.compile(r"(?=[^ ]*\d)[A-Za-z0-9]+(?:-[A-Za-z0-9]+)+|[A-Z]{2,}\d{2,4}")
_EXAM_KEYS = re.compile(r"exam(?:_(?:code|number|no))?", re.I)
_STATUS_CELL = re.compile(rf"{_EARNED.pattern}|fail(?:ed)?|pending|scheduled|not passed|no show|withdrawn", re.I)
_PLACEHOLDER = re.compile(r"\s*(?:null|undefined|nan|none|\[object object\]|\{\s*\}|\[\s*\]|\"\s*\"|'')\s*", re.I)
_ID_WORD = re.compile(r"\b(?:(?:student|candidate|record)[ _])?(?:id|record|rec)\s*[:=#]\s*\w+[,;]?\s*", re.I)
_ESCAPES = [(re.compile(r"\\r\\n|\\n|\\r"), "\n"), (re.compile(r"\\t"), "\t"), (re.compile(r"\\([+\"'/&])"), r"\1")]
_BREAK_TAGS = re.compile(r"<\s*(?:br|/li|/td|/th|/tr|/p|/div|hr)\s*/?\s*>", re.I)
_TAG = re.compile(r"</?[A-Za-z][\w-]*(?:\s+[^<>]*)?/?>")
_RECORDS = re.compile(r"\}\s*[,;]\s*\{")
# a semicolon before a key within a cell ("cert=IC3 GS6 L1;res=P"), where the cell is cut
_KEY_CELLS = re.compile(rf"\s*;\s*(?=(?:[a-z]+(?:_[a-z]+)*|{_WRITTEN_KEY.pattern})\s*[:=])")
# a row of cells apart by commas or semicolons with a date or a result in a cell of its own
_ROW = re.compile(rf"(?:^|[,;])\s*{_ROW_CELL}\s*(?:[,;]|$)")


# a write-in as read here: its text, and whether it names nothing
Export = ShapeRead


def export_reading(text: str | None, is_vendor: Callable[[str], bool] = lambda t: False,
                   list_writes: Callable[[str], bool] = lambda code: False) -> Export:
    """The write-in as the credentials its values name (see the module's docstring); ``is_vendor`` says whether a
    field is only an issuer's name, ``list_writes`` whether the list's names write an exam's code (then written in
    brackets after the record's name: "Tech+ (FC0-U71)"; a code the names do not write is left out, lest it lower the
    name's score: "CEH v12", not "CEH v12 (312-50)")."""
    if not text or not _LOOK_GATE.search(text) or not _LOOK.search(text):
        return Export(text or "", False)
    read = text
    for pattern, into in _ESCAPES:
        read = pattern.sub(into, read)
    if "<" in read or "&" in read:
        read = _TAG.sub(" ", _BREAK_TAGS.sub("\n", read))
        for _ in range(2):  # an entity escaped twice ("&amp;nbsp;")
            read = html.unescape(read)
        read = read.replace("\xa0", " ")
    records = _json_records(read)
    if records is None:
        # lines, and quoted records one after another ("CPT","NHA";"CCMA","NHA"); a first line of keys alone is a
        # header naming each later line's cells ("Certification,Vendor,Date,Result\nLinux+,CompTIA,...")
        lines = [line for line in re.split(r'\n|(?<=")\s*;\s*(?=")', read) if line.strip()]
        header = _header(lines[0]) if len(lines) > 1 else None
        records = [_fields(line, header) for line in (lines[1:] if header else lines)]
    written = []
    for fields in records:
        for one in _apart(fields):
            record = _record(one, is_vendor, list_writes)
            if record:
                written.append(record)
    out = "; ".join(written)
    if not re.search(r"[A-Za-z0-9]", out):
        return Export("", True)
    return Export(out, False)


def _json_records(read: str) -> list[list[tuple[str, str]]] | None:
    """The records of a JSON text, each as (key, value) fields (a list's strings without keys), or None when the
    text is no JSON, read whole, as records one after another, or as one key and its value."""
    stripped = read.strip().rstrip(",;")
    if not stripped or stripped[0] not in "{[\"":
        return None
    for attempt in (stripped, f"[{_RECORDS.sub('},{', stripped)}]", f"{{{stripped}}}"):
        try:
            value = json.loads(attempt)
        except ValueError:
            continue
        return _json_fields(value)
    return None


def _json_fields(value: object) -> list[list[tuple[str, str]]]:
    """(key, value) fields of each record of a parsed JSON value: an object's fields (a list of strings under a key
    is that key's values) and the records of objects within it (``{"certs": [{"name": ...}, ...]}``), a list's
    records, a list of strings one record of fields without keys."""
    if isinstance(value, dict):
        fields, within = [], []
        for k, v in value.items():
            if isinstance(v, list):
                fields.extend((str(k), _scalar(x)) for x in v if not isinstance(x, dict | list))
                within.extend(r for x in v if isinstance(x, dict | list) for r in _json_fields(x))
            elif isinstance(v, dict):
                within.extend(_json_fields(v))
            else:
                fields.append((str(k), _scalar(v)))
        return [fields, *within]
    if isinstance(value, list):
        out: list[list[tuple[str, str]]] = []
        scalars = [("", _scalar(item)) for item in value if not isinstance(item, dict | list)]
        if scalars:
            out.append(scalars)
        for item in value:
            if isinstance(item, dict | list):
                out.extend(_json_fields(item))
        return out
    return [[("", _scalar(value))]]


def _scalar(value: object) -> str:
    return "" if value is None else str(value)


def _header(line: str) -> list[str] | None:
    """A line's cells when each is a key of an export's words and none holds a value ("Exam Code,Exam Title,Score,
    Result"): a header; else None."""
    cells = [c.strip() for c in re.split(r"[\t|,;]", line)]
    return cells if len(cells) >= 2 and all(_WRITTEN_KEY.fullmatch(c) for c in cells) else None


def _fields(line: str, header: list[str] | None = None) -> list[tuple[str, str]]:
    """A line's fields: its cells apart (a tab, a pipe, quoted fields and their commas, the commas or semicolons of
    a row holding a date or a result in a cell of its own, a semicolon before a key), each as (key, value) where
    written as a program writes a key ("name: ...", "id=4471") or as an export's words write one ("Exam Code: ...");
    with a header, each cell under its key."""
    line = _ID_WORD.sub(" ", line) if re.search(r"\bid\s*[:=#]", line, re.I) else line
    if "\t" in line or "|" in line:
        cells = [c for cell in re.split(r"\s*(?:\|\|?|\t)\s*", line) for c in _KEY_CELLS.split(cell)]
    elif '"' in line and re.search(r'"\s*,|,\s*"|^\s*"', line):
        cells = next(csv.reader([line.strip()], skipinitialspace=True), [])
    elif header and "," in line:
        cells = next(csv.reader([line.strip()], skipinitialspace=True), [])
    elif _ROW.search(line):
        cells = re.split(r"\s*[;,]\s*" if ";" not in line or "," not in line else r"\s*;\s*", line)
    else:
        cells = (re.split(r"\s*(?:;|&(?=[a-z_]+=))\s*", line) if re.search(r"[A-Za-z_]\s*[:=]", line)
                 else [line])
    if header and len(cells) == len(header):
        return list(zip(header, cells, strict=True))
    out = []
    for cell in cells:
        kv = _KEY_VALUE.match(cell)
        key = kv.group("key") if kv and ("_" in kv.group("key") or _ONE_WORD_KEYS.fullmatch(kv.group("key"))
                                         or _WRITTEN_KEY.fullmatch(kv.group("key"))) else ""
        out.append((key, kv.group("value")) if key else ("", cell))
    return out


def _apart(fields: list[tuple[str, str]]) -> list[list[tuple[str, str]]]:
    """A line's fields as its records: a key coming again begins the next ("Credential: A | Result: Pass |
    Credential: B", "Exam: 220-1101 | PASS; Exam: 220-1102")."""
    records: list[list[tuple[str, str]]] = [[]]
    for key, value in fields:
        if key and _key(key) in {_key(k) for k, _ in records[-1] if k}:
            records.append([])
        records[-1].append((key, value))
    return records


def _key(key: str) -> str:
    return re.sub(r"[\s_]+", "_", key.strip().lower())


def _record(fields: list[tuple[str, str]], is_vendor: Callable[[str], bool], list_writes: Callable[[str], bool]) -> str:
    """One record written as a clerk writes it: its names, its issuer in brackets, a result saying it was not earned
    after a dash. A cell without a key holding a date, a score, a result or an exam's code is read as one."""
    names, issuers, status, others, exams = [], [], [], [], []
    plain = [" ".join(v.strip().strip("\"'").split()) for k, v in fields if not k]
    # a cell holding only an issuer, beside a cell that is not one ("CPT","NHA"; NHA|CCMA)
    some_name = any(v and not is_vendor(v) for v in plain)
    # a score report: a date or a result among the cells, where a number alone is a score
    report = any(_DATE_CELL.fullmatch(v) or _STATUS_CELL.fullmatch(v) for v in plain)
    for key, value in fields:
        value = " ".join(value.strip().strip("\"'").split())
        key = _key(key)
        if not value or _PLACEHOLDER.fullmatch(value):
            continue
        if not key:
            if _DATE_CELL.fullmatch(value) or _SCORE_CELL.fullmatch(value) or report and _NUMBER_CELL.fullmatch(
                    value):
                continue
            if len(fields) > 1 and _STATUS_CELL.fullmatch(value):
                status.append(value)
            elif len(fields) > 1 and _CODE_CELL.fullmatch(value):
                exams.append(value)
            else:
                (issuers if some_name and is_vendor(value) else names).append(value)
        elif _ISSUER_KEYS.fullmatch(key):
            issuers.append(value)
        elif _STATUS_KEYS.fullmatch(key):
            status.append(value)
        elif _NAME_KEYS.fullmatch(key):
            names.append(value)
        elif _EXAM_KEYS.fullmatch(key):
            exams.append(value)
        elif not _LEFT_OUT_KEYS.fullmatch(key):
            others.append(value)
    # a record with no key saying "name": its other keys' values ("exam": "AZ-900", "creds": [...]); ids, dates,
    # types and sources are left out
    names = names or others
    written = [code for e in exams for code in re.split(r"\s*[,;&/]\s*", e) if code and list_writes(code)]
    if len(names) == 1 and written:
        names = [f"{names[0]} ({', '.join(written)})"]
    names = names or exams
    if not names:
        return ""
    if issuers and len(names) == 1:
        names = [f"{names[0]} ({', '.join(issuers)})"]
    # a result saying it was not earned, after each name ("PCEP - Pending; Voucher: issued - Pending")
    result = next((v for v in status if not _EARNED.fullmatch(v)), None)
    return "; ".join(f"{n} - {_SHORT_RESULTS.get(result, result)}" if result else n for n in names)
