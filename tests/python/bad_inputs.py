"""The corpus of bad raw inputs: each case is one change to a copy of a good extract, and what must happen.

A stopping case says which file (and line or column) the one message must name; check-inputs and dbt must both stop
with it. The planted rows of the "kitchen sink" copy each say the reject reason they must get, and the build must
succeed. Used by test_bad_inputs.py.
"""

from __future__ import annotations

import csv
import io
import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import duckdb

TABLES = ["credentials_earned", "wbl_experiences", "program_serials", "program_enrollments", "student_exits",
          "student_demographics"]


@dataclass
class Stop:
    """A case that must stop: check-inputs (when cli_stops) and dbt print one message holding every text of
    `names`, e.g. the file and its line."""

    names: list[str]
    cli_stops: bool = True
    select: str = "base_cteis__program_serials"  # what dbt runs; the hook stops before it when it must
    vars: dict | None = None
    unprivileged: bool = False
    raw: Path | None = None  # the raw folder to point at, when the case moves it


# ---------------------------------------------------------------- editing files


def header(path: Path) -> list[str]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return next(csv.reader(fh))


def records(path: Path) -> int:
    """Data records of a well-formed CSV (a quoted value may hold a line break)."""
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return sum(1 for _ in csv.reader(fh)) - 1


def csv_line(values: list[str]) -> str:
    out = io.StringIO()
    csv.writer(out, quoting=csv.QUOTE_ALL, lineterminator="\n").writerow(values)
    return out.getvalue()


def physical_lines(path: Path) -> int:
    return path.read_bytes().count(b"\n")


def append(path: Path, text: str) -> int:
    """Append text to the file; return the physical line it starts on."""
    line = physical_lines(path) + 1
    with path.open("a", encoding="utf-8", newline="") as fh:
        fh.write(text)
    return line


def rewrite(path: Path, edit: Callable[[list[str], list[list[str]]], tuple[list[str], list[list[str]]]]) -> None:
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    head, body = edit(rows[0], rows[1:])
    with path.open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh, quoting=csv.QUOTE_ALL, lineterminator="\n").writerows([head, *body])


def a_serial(raw: Path, year_spellings: tuple[str, ...] = ("2023-24", "2023-2024", "2024")) -> str:
    """A program serial number the directory lists, usable, for SY 2023-24."""
    with (raw / "program_serials.csv").open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            if row["SCHOOL_YEAR"] in year_spellings and row["PROGRAM_SERIAL_NUMBER"].isdigit():
                return row["PROGRAM_SERIAL_NUMBER"]
    raise AssertionError("no serial for 2024 in the extract")


# ---------------------------------------------------------------- cases that stop


def missing_file(raw: Path) -> Stop:
    (raw / "student_exits.csv").unlink()
    return Stop(["student_exits.csv: not found"])


def empty_file(raw: Path) -> Stop:
    (raw / "student_demographics.csv").write_bytes(b"")
    return Stop(["student_demographics.csv: is empty (0 bytes)"])


def latin1(raw: Path) -> Stop:
    path = raw / "wbl_experiences.csv"
    line = append(path, "")  # the line the row is written on
    with path.open("ab") as fh:
        fh.write('"1234567890","2024","30000","Caf\xe9","0","0","0","0","0"\n'.encode("latin-1"))
    return Stop(["wbl_experiences.csv: is not UTF-8", f"on line {line})"])


def utf16(raw: Path) -> Stop:
    path = raw / "program_serials.csv"
    path.write_bytes(path.read_text(encoding="utf-8").encode("utf-16"))
    return Stop(["program_serials.csv: is not UTF-8", "on line 1)"])


def wrong_delimiter(raw: Path) -> Stop:
    path = raw / "program_serials.csv"
    lines = path.read_text(encoding="utf-8").splitlines()
    path.write_text("\n".join(line.replace('","', '";"') for line in lines) + "\n", encoding="utf-8")
    return Stop(["program_serials.csv: has the wrong delimiter (semicolon)"])


def renamed_column(raw: Path) -> Stop:
    path = raw / "credentials_earned.csv"
    path.write_text(path.read_text(encoding="utf-8").replace('"VENDOR"', '"VENDOR_NAME"', 1), encoding="utf-8")
    return Stop(["credentials_earned.csv: lacks column(s) VENDOR"])


def missing_column(raw: Path) -> Stop:
    rewrite(raw / "student_exits.csv", lambda head, body: (head[:2], [row[:2] for row in body]))
    return Stop(["student_exits.csv: lacks column(s) EXIT_STATUS"])


def column_twice(raw: Path) -> Stop:
    rewrite(raw / "student_exits.csv", lambda head, body: ([*head, "ric "], [[*row, row[0]] for row in body]))
    return Stop(["student_exits.csv: has column RIC more than once"])


def header_only(raw: Path) -> Stop:
    path = raw / "credentials_earned.csv"
    path.write_text(",".join(f'"{c}"' for c in header(path)) + "\n", encoding="utf-8")
    return Stop(["credentials_earned.csv: has a header but no data rows"])


def folder_for_file(raw: Path) -> Stop:
    (raw / "student_exits.csv").unlink()
    (raw / "student_exits.csv").mkdir()
    return Stop(["student_exits.csv: is a folder, not a file"])


def unreadable(raw: Path) -> Stop:
    (raw / "program_enrollments.csv").chmod(0)
    return Stop(["program_enrollments.csv: cannot be read (Permission denied)"], unprivileged=True)


def raw_folder_missing(raw: Path) -> Stop:
    shutil.rmtree(raw)
    return Stop([f"raw folder {raw}: not found"])


def too_many_malformed(raw: Path) -> Stop:
    """One directory row in ten loses its last field: more than cte:max_rejected_share (5%) are malformed."""
    path = raw / "program_serials.csv"
    lines = path.read_text(encoding="utf-8").split("\n")
    first = None
    for i in range(1, len(lines) - 1, 10):
        lines[i] = lines[i].rsplit(",", 1)[0]
        first = first or i + 1
    path.write_text("\n".join(lines), encoding="utf-8")
    return Stop(["program_serials.csv: ", "are malformed", f"the first on line {first})"])


def school_year_gap(raw: Path) -> Stop:
    """The directory lost SY 2023-24: credentials (and others) for 2024 name programs it no longer describes."""
    def keep(head: list[str], body: list[list[str]]) -> tuple[list[str], list[list[str]]]:
        year = head.index("SCHOOL_YEAR")
        return head, [row for row in body if row[year] not in ("2023-24", "2023-2024", "2024")]

    rewrite(raw / "program_serials.csv", keep)
    return Stop(["credentials_earned.csv: has", "rows for school year 2023-24 (2024) but raw file",
                 "program_serials.csv has none"])


def all_rejected(raw: Path) -> Stop:
    """Every demographics row has a sex outside the codebook: the file parses, every row is rejected."""
    rewrite(raw / "student_demographics.csv",
            lambda head, body: (head, [[*row[:2], "Q", *row[3:]] for row in body]))
    return Stop(["student_demographics.csv: ", "(100.0%) are rejected", "invalid_sex"], cli_stops=False,
                 select="base_cteis__student_demographics")


def ten_percent_rejected(raw: Path) -> Stop:
    rewrite(raw / "student_demographics.csv",
            lambda head, body: (head, [[*row[:2], "Q" if i % 10 == 0 else row[2], *row[3:]]
                                       for i, row in enumerate(body)]))
    return Stop(["student_demographics.csv: ", "are rejected, more than cte:max_rejected_share (5.0%)"],
                cli_stops=False, select="base_cteis__student_demographics")


# Parquet cases: the raw folder holds the extract as Parquet (every column text) before the change
def _retype(raw: Path, table: str, column: str, expression: str) -> None:
    path = raw / f"{table}.parquet"
    tmp = path.with_suffix(".tmp")
    con = duckdb.connect()
    con.execute(
        f"copy (select * replace ({expression} as {column}) from read_parquet('{path}')) to '{tmp}' (format parquet)"
    )
    tmp.replace(path)


def parquet_list(raw: Path) -> Stop:
    _retype(raw, "credentials_earned", "CREDENTIAL_NAME", "string_split(CREDENTIAL_NAME, ' ')")
    return Stop(["credentials_earned.parquet: column CREDENTIAL_NAME is VARCHAR[], expected text"])


def parquet_date(raw: Path) -> Stop:
    _retype(raw, "student_exits", "SCHOOL_YEAR", "date '2024-06-30'")
    return Stop(["student_exits.parquet: column SCHOOL_YEAR is DATE, expected text"])


def parquet_double(raw: Path) -> Stop:
    _retype(raw, "program_enrollments", "COURSES_COMPLETED", "try_cast(COURSES_COMPLETED as double)")
    return Stop(["program_enrollments.parquet: column COURSES_COMPLETED is DOUBLE, expected text"])


def parquet_not_parquet(raw: Path) -> Stop:
    (raw / "credentials_earned.parquet").write_bytes(b'"RIC","SCHOOL_YEAR"\n"1","2024"\n')
    return Stop(["credentials_earned.parquet: is not a readable Parquet file"])


CSV_STOPS: dict[str, Callable[[Path], Stop]] = {f.__name__: f for f in [
    missing_file, empty_file, latin1, utf16, wrong_delimiter, renamed_column, missing_column, column_twice,
    header_only, folder_for_file, unreadable, raw_folder_missing, too_many_malformed, school_year_gap,
    all_rejected, ten_percent_rejected,
]}
PARQUET_STOPS: dict[str, Callable[[Path], Stop]] = {f.__name__: f for f in [
    parquet_list, parquet_date, parquet_double, parquet_not_parquet,
]}


def to_parquet(csv_dir: Path, out: Path) -> None:
    """The extract as Parquet, every column text, as the generator writes it."""
    out.mkdir(parents=True)
    con = duckdb.connect()
    for table in TABLES:
        con.execute(f"copy (select * from read_csv('{csv_dir / table}.csv', all_varchar = true)) "
                    f"to '{out / table}.parquet' (format parquet)")


# ---------------------------------------------------------------- the kitchen sink: one copy, many bad rows


@dataclass
class Planted:
    table: str
    source_row_number: int  # its record number: rows are appended after the file's own
    reason: str | None  # None: it must be staged
    line: int | None = None  # physical line of a malformed row
    text: str | None = None  # its raw text


@dataclass
class KitchenSink:
    raw_rows: dict[str, int] = field(default_factory=dict)
    planted: list[Planted] = field(default_factory=list)
    long_name: str = "A" * 100_000
    sql_name: str = "x'); drop table staging.stg_cteis__credentials_earned; --"
    jinja_name: str = "{{ var('cte:raw_path') }} {% if true %}x{% endif %}"


# one valid row per file, by column; each planted row blanks one required column of it
def _templates(serial: str) -> dict[str, dict[str, str]]:
    flags = dict.fromkeys(["DISABILITY_FLAG", "ECON_DISADVANTAGED_FLAG", "ENGLISH_LEARNER_FLAG", "HOMELESS_FLAG",
                           "FOSTER_CARE_FLAG", "MILITARY_PARENT_FLAG", "SINGLE_PARENT_FLAG", "OUT_OF_WORKFORCE_FLAG",
                           "MIGRANT_FLAG", "NONTRADITIONAL_FLAG"], "N")
    return {
        "credentials_earned": {"RIC": "", "SCHOOL_YEAR": "2024", "PROGRAM_SERIAL_NUMBER": serial,
                               "CREDENTIAL_NAME": "OSHA 10", "VENDOR": "OSHA", "CREDENTIAL_CODE": "",
                               "CREDENTIAL_TYPE_CODE": "1", "CREDENTIAL_TYPE_NAME": "approved"},
        "wbl_experiences": {"RIC": "", "SCHOOL_YEAR": "2024", "PROGRAM_SERIAL_NUMBER": serial,
                            "WBL_EXPERIENCES": "", "AWARENESS_EXPERIENCES": "0", "EXPLORATION_EXPERIENCES": "0",
                            "PREPARATION_EXPERIENCES": "0", "TRAINING_EXPERIENCES": "0",
                            "APPRENTICESHIP_EXPERIENCES": "0"},
        "program_serials": {"PROGRAM_SERIAL_NUMBER": "", "SCHOOL_YEAR": "2024", "CIP_CODE": "51.0710",
                            "PROGRAM_NAME": "planted", "PROGRAM_TYPE": "secondary", "BUILDING_CODE": "B9999",
                            "BUILDING_NAME": "planted", "DISTRICT_CODE": "D999", "DISTRICT_NAME": "planted"},
        "program_enrollments": {"RIC": "", "SCHOOL_YEAR": "2024", "PROGRAM_SERIAL_NUMBER": serial,
                                "GRADE_LEVEL": "11", "COURSES_COMPLETED": "1", "CONCENTRATOR_FLAG": "N",
                                "COMPLETER_FLAG": "N"},
        "student_exits": {"RIC": "", "SCHOOL_YEAR": "2024", "EXIT_STATUS": "graduated"},
        "student_demographics": {"RIC": "", "SCHOOL_YEAR": "2024", "SEX": "F", "RACE_ETHNICITY": "white", **flags},
    }


# column blanked -> reason, per file (the codebook's required columns)
BLANK_REASONS = {
    "credentials_earned": {"RIC": "missing_student_id", "SCHOOL_YEAR": "invalid_school_year",
                           "PROGRAM_SERIAL_NUMBER": "missing_program_serial_number",
                           "CREDENTIAL_TYPE_CODE": "unknown_credential_type_code"},
    "wbl_experiences": {"RIC": "missing_student_id", "SCHOOL_YEAR": "invalid_school_year",
                        "PROGRAM_SERIAL_NUMBER": "missing_program_serial_number",
                        **{c: "invalid_count" for c in ["AWARENESS_EXPERIENCES", "EXPLORATION_EXPERIENCES",
                                                        "PREPARATION_EXPERIENCES", "TRAINING_EXPERIENCES",
                                                        "APPRENTICESHIP_EXPERIENCES"]}},
    "program_serials": {"PROGRAM_SERIAL_NUMBER": "missing_program_serial_number", "SCHOOL_YEAR": "invalid_school_year",
                        "CIP_CODE": "invalid_cip_code", "BUILDING_CODE": "missing_building_or_district",
                        "DISTRICT_CODE": "missing_building_or_district"},
    "program_enrollments": {"RIC": "missing_student_id", "SCHOOL_YEAR": "invalid_school_year",
                            "PROGRAM_SERIAL_NUMBER": "missing_program_serial_number",
                            "GRADE_LEVEL": "invalid_grade_level", "COURSES_COMPLETED": "invalid_count",
                            "CONCENTRATOR_FLAG": "invalid_flag", "COMPLETER_FLAG": "invalid_flag"},
    "student_exits": {"RIC": "missing_student_id", "SCHOOL_YEAR": "invalid_school_year",
                      "EXIT_STATUS": "unknown_exit_status"},
    "student_demographics": {"RIC": "missing_student_id", "SCHOOL_YEAR": "invalid_school_year",
                             "SEX": "invalid_sex", "RACE_ETHNICITY": "invalid_race_ethnicity",
                             **{c: "invalid_flag" for c in ["DISABILITY_FLAG", "ECON_DISADVANTAGED_FLAG",
                                                            "ENGLISH_LEARNER_FLAG", "HOMELESS_FLAG",
                                                            "FOSTER_CARE_FLAG", "MILITARY_PARENT_FLAG",
                                                            "SINGLE_PARENT_FLAG", "OUT_OF_WORKFORCE_FLAG",
                                                            "MIGRANT_FLAG", "NONTRADITIONAL_FLAG"]}},
}


def kitchen_sink(raw: Path) -> KitchenSink:
    """Many independent bad rows, each appended to a copy of the extract, and the file-level oddities that must
    read cleanly (byte-order mark, CRLF, reordered and extra columns), in a folder whose name needs quoting."""
    sink = KitchenSink()
    serial = a_serial(raw)
    counts = {table: records(raw / f"{table}.csv") for table in TABLES}
    sink.raw_rows = dict(counts)
    ric = iter(range(9_900_000_001, 9_900_099_999))

    def plant(table: str, values: dict[str, str], reason: str | None) -> None:
        path = raw / f"{table}.csv"
        append(path, csv_line([values.get(c, "") for c in header(path)]))
        sink.raw_rows[table] += 1
        sink.planted.append(Planted(table, sink.raw_rows[table], reason))

    for table, template in _templates(serial).items():
        for column, reason in BLANK_REASONS[table].items():
            values = {**template, "RIC": str(next(ric))}
            if table == "program_serials":
                values["PROGRAM_SERIAL_NUMBER"] = f"PLANT{next(ric)}"
            plant(table, {**values, column: ""}, reason)

    # defect 1: a blank serial in the directory must not make unknown serials known, nor a rejected row's serial
    plant("program_serials", {**_templates(serial)["program_serials"], "PROGRAM_SERIAL_NUMBER": "SRJ1",
                              "CIP_CODE": "not a cip"}, "invalid_cip_code")
    credential = {**_templates(serial)["credentials_earned"]}
    plant("credentials_earned", {**credential, "RIC": str(next(ric)), "PROGRAM_SERIAL_NUMBER": "NOPE1"},
          "unknown_program_serial_number")
    plant("credentials_earned", {**credential, "RIC": str(next(ric)), "PROGRAM_SERIAL_NUMBER": "SRJ1"},
          "unknown_program_serial_number")
    plant("credentials_earned", {**credential, "RIC": str(next(ric)), "CREDENTIAL_NAME": "", "VENDOR": ""},
          "missing_credential_name")
    # values that look like SQL or Jinja, and a 100,000-character name, are data: staged as they are
    for name in (sink.sql_name, sink.jinja_name, sink.long_name):
        plant("credentials_earned", {**credential, "RIC": str(next(ric)), "CREDENTIAL_NAME": name}, None)
    # school-year spellings, and a repeated key
    exits = _templates(serial)["student_exits"]
    for spelling in ("SY 2023-24", "2023-2024", " 2024 "):
        plant("student_exits", {**exits, "RIC": str(next(ric)), "SCHOOL_YEAR": spelling}, None)
    repeated = str(next(ric))
    plant("student_exits", {**exits, "RIC": repeated}, None)
    plant("student_exits", {**exits, "RIC": repeated, "SCHOOL_YEAR": "2023-24"}, "duplicate_key")

    # defect 5: malformed rows, after values holding line breaks (so a record number is not a line number)
    path = raw / "credentials_earned.csv"
    for text in ['"9911111111","2024"',
                 csv_line([str(next(ric)), "2024", serial, "OSHA 10", "OSHA", "", "1", "approved", "extra"]).strip(),
                 "   ",
                 f'"9922222222","2024","{serial}","an "unescaped" quote","","","1","approved"',
                 # a quote not closed runs on to the next line: both lines are one rejected row
                 f'"9944444444","2024","{serial}","open quote\n"9955555555","2024","{serial}","OSHA 10","OSHA","","1",'
                 '"approved"',
                 f'"9933333333","2024","{serial}","never closed']:  # the quote runs on to the end of the file
        line = append(path, text + "\n")
        sink.raw_rows["credentials_earned"] += 1
        sink.planted.append(Planted("credentials_earned", sink.raw_rows["credentials_earned"], "malformed_row",
                                    line, text))

    # file-level oddities that must read cleanly
    exits_path = raw / "student_exits.csv"
    exits_path.write_bytes(b"\xef\xbb\xbf" + exits_path.read_bytes())  # Excel's "CSV UTF-8"
    enrollments = raw / "program_enrollments.csv"
    enrollments.write_bytes(enrollments.read_bytes().replace(b"\n", b"\r\n"))
    rewrite(raw / "wbl_experiences.csv",
            lambda head, body: (["NOTES", *reversed(head)], [["x", *reversed(row)] for row in body]))
    return sink


def quoted_folder(root: Path) -> Path:
    """A raw folder whose path needs quoting in SQL: an apostrophe, a double quote, a space, non-ASCII letters."""
    return root / "o'brien \"q\" données"


def unprivileged() -> list[str]:
    """A prefix that runs a command without the right to read a file it may not read (root reads anything)."""
    if os.geteuid() != 0:
        return []
    return ["setpriv", "--bounding-set=-dac_override,-dac_read_search", "--"] if shutil.which("setpriv") else []
