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
- the other system's keys (``cred_type: industry; name: ...``, ``name=...&src=sis``, ``id=4471 ...``) and its
  placeholders (``null``, ``undefined``, ``NaN``, ``[object Object]``, ``{}``, ``[]``).

``export_reading`` reads such a write-in as the credentials its values name: one record's name, with its issuer in
brackets after it where a field holds only an issuer (``CPT (NHA)``, the way a clerk writes it), records apart with
``; ``; keys, ids, dates and types left out, a status kept after a dash for the status words to read. A write-in
whose values name nothing is said so (junk with its own reason). A text showing no mark of an export is left as
typed, so that the common case costs one regular-expression search.
"""

from __future__ import annotations

import csv
import html
import json
import re
from collections.abc import Callable
from typing import NamedTuple

NAMES_NOTHING = "export leftover: another system's placeholder, key or id, naming no credential"

# a mark of an export: a brace or a bracket pair, a tag, an entity, a typed escape, a key written as a program
# writes it, a placeholder, a tab, a pipe, quoted fields
_LOOK = re.compile(r"[{}\t|]|\[\s*[\]\"{]|</?[A-Za-z][\w-]*\s*/?>|&(?:[a-z]+|#\d+);|\\[nrt+\"]"
                   r"|\b[a-z]+(?:_[a-z]+)*\s*[:=]|\bnull\b|\bundefined\b|\bNaN\b|\[object Object\]|\"\s*,\s*\"?"
                   r"|^\s*\"")
# what _LOOK cannot match without: one of its characters, or a word of a value left empty (a cheap first look)
_LOOK_GATE = re.compile(r'[{}\t|\[<&\\:="]|null|undefined|NaN')
# keys whose value is the credential's name, its issuer, or a status; any other key's value is left out
_NAME_KEYS = re.compile(r"(?:credential_?)?(?:name|title)|credential|cert(?:ification)?(?:_?name)?|award", re.I)
_ISSUER_KEYS = re.compile(r"issuer|issued_?by|vendor|provider|organi[sz]ation|org|agency|body", re.I)
_STATUS_KEYS = re.compile(r"status|result|outcome", re.I)
# "key: value" or "key=value" where the key is written as a program writes one: lower case, underscores, or one of
# the keys above; not "CPR: Yes" (a checklist's item and its result, checklists.py)
_KEY_VALUE = re.compile(r"^\s*(?P<key>[a-z]+(?:_[a-z]+)+|[a-z]+)\s*[:=]\s*(?P<value>.*?)\s*$")
# a key of one word is a key only when an export's: the keys above and ids, types, dates, sources ("ase: a1" typed
# in lower case is no key)
_ONE_WORD_KEYS = re.compile(rf"{_NAME_KEYS.pattern}|{_ISSUER_KEYS.pattern}|{_STATUS_KEYS.pattern}"
                            r"|id|type|date|src|source|code|category|year|level", re.I)
_LEFT_OUT_KEYS = re.compile(r".*(?:id|date|type|src|source|time|year|created|updated|level)|(?:id|key|ref)_.*", re.I)
_PLACEHOLDER = re.compile(r"\s*(?:null|undefined|nan|none|\[object object\]|\{\s*\}|\[\s*\]|\"\s*\"|'')\s*", re.I)
_ID_WORD = re.compile(r"\b(?:id|record|rec)\s*[:=#]\s*\w+[,;]?\s*", re.I)
_ESCAPES = [(re.compile(r"\\r\\n|\\n|\\r"), "\n"), (re.compile(r"\\t"), "\t"), (re.compile(r"\\([+\"'/&])"), r"\1")]
_BREAK_TAGS = re.compile(r"<\s*(?:br|/li|/td|/th|/tr|/p|/div|hr)\s*/?\s*>", re.I)
_TAG = re.compile(r"</?[A-Za-z][\w-]*(?:\s+[^<>]*)?/?>")
_RECORDS = re.compile(r"\}\s*[,;]\s*\{")


class Export(NamedTuple):
    """A write-in as read by ``export_reading``: its text, and whether its values name nothing."""

    text: str
    names_nothing: bool


def export_reading(text: str | None, is_vendor: Callable[[str], bool] = lambda t: False) -> Export:
    """The write-in as the credentials its values name (see the module's docstring); ``is_vendor`` says whether a
    field is only an issuer's name."""
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
        # lines, and quoted records one after another ("CPT","NHA";"CCMA","NHA")
        records = [_fields(line) for line in re.split(r'\n|(?<=")\s*;\s*(?=")', read)]
    written = []
    for fields in records:
        record = _record(fields, is_vendor)
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
    is that key's values), a list's records, a list of strings one record of fields without keys."""
    if isinstance(value, dict):
        fields = []
        for k, v in value.items():
            if isinstance(v, list):
                fields.extend((str(k), _scalar(x)) for x in v if not isinstance(x, dict | list))
            elif not isinstance(v, dict):
                fields.append((str(k), _scalar(v)))
        return [fields]
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


def _fields(line: str) -> list[tuple[str, str]]:
    """A line's fields: its cells apart (a tab, a pipe, quoted fields and their commas), each as (key, value)
    where written as a program writes a key ("name: ...", "id=4471")."""
    line = _ID_WORD.sub(" ", line) if re.search(r"\bid\s*[:=#]", line, re.I) else line
    if "\t" in line or "|" in line:
        cells = re.split(r"\s*[\t|]\s*", line)
    elif '"' in line and re.search(r'"\s*,|,\s*"|^\s*"', line):
        cells = next(csv.reader([line.strip()], skipinitialspace=True), [])
    else:
        cells = re.split(r"\s*(?:;|&(?=[a-z_]+=))\s*", line) if re.search(r"[a-z_]\s*[:=]", line) else [line]
    out = []
    for cell in cells:
        kv = _KEY_VALUE.match(cell)
        key = kv.group("key") if kv and ("_" in kv.group("key") or _ONE_WORD_KEYS.fullmatch(kv.group("key"))) else ""
        out.append((key, kv.group("value")) if key else ("", cell))
    return out


def _record(fields: list[tuple[str, str]], is_vendor: Callable[[str], bool]) -> str:
    """One record written as a clerk writes it: its names, its issuer in brackets, its status after a dash."""
    names, issuers, status, others = [], [], [], []
    plain = [" ".join(v.strip().strip("\"'").split()) for k, v in fields if not k]
    # a cell holding only an issuer, beside a cell that is not one ("CPT","NHA"; NHA|CCMA)
    some_name = any(v and not is_vendor(v) for v in plain)
    for key, value in fields:
        value = " ".join(value.strip().strip("\"'").split())
        if not value or _PLACEHOLDER.fullmatch(value):
            continue
        if not key:
            (issuers if some_name and is_vendor(value) else names).append(value)
        elif _ISSUER_KEYS.fullmatch(key):
            issuers.append(value)
        elif _STATUS_KEYS.fullmatch(key):
            status.append(value)
        elif _NAME_KEYS.fullmatch(key):
            names.append(value)
        elif not _LEFT_OUT_KEYS.fullmatch(key):
            others.append(value)
    # a record with no key saying "name": its other keys' values ("exam": "AZ-900", "creds": [...]); ids, dates,
    # types and sources are left out
    names = names or others
    if not names:
        return ""
    text = "; ".join(names)
    if issuers and len(names) == 1:
        text = f"{text} ({', '.join(issuers)})"
    return f"{text} - {status[0]}" if status else text
