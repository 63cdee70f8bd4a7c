"""`cte-credentials check-inputs`: check the raw extract before a build.

The same checks, in the same order and with the same messages, run inside dbt before any model (macro
check_raw_files): the raw folder or a file missing, a folder, unreadable or empty; a CSV that is not UTF-8 (a
byte-order mark is fine), has the wrong delimiter, lacks a column or has one twice; a Parquet column of a type that
cannot be read as text; a file with a header but no rows; more than cte:max_rejected_share of a file's rows
malformed (too few or too many fields, a quote that is not closed); a school year present in one file but absent
from a file that needs it (var cte:raw_years_needed). Each reads the files with DuckDB and the same read_csv
options (CSV_OPTIONS, checked against the macro by a test). Malformed rows under the share are not an error: the
build rejects them as malformed_row; this tool prints where they are.

What needs the staging rules (the share of all rejected rows, e.g. a file whose every row names an unknown program)
is checked by dbt as each base_ model is built, not here.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass, field
from pathlib import Path

from cte_credentials.errors import UserError
from cte_credentials.paths import PROJECT_ROOT, raw_dir
from cte_credentials.raw_contract import (
    column_type_problem,
    csv_header,
    file_exists,
    line_number,
    max_rejected_share,
    optional_files,
    path_problem,
    project_vars,
    renamed_header,
    required_columns,
    utf8_problem,
    year_column,
    years_needed,
)

DELIMITERS = [(";", "semicolon"), ("\t", "tab"), ("|", "pipe")]
# word for word in macros/raw_files.sql (raw_csv_reader); tests/python/test_bad_inputs.py checks it
CSV_OPTIONS = ("delim = ',', quote = '\"', escape = '\"', strict_mode = true, buffer_size = 33554432, "
               "store_rejects = true")


@dataclass
class FileScan:
    """What reading one raw file found: its rows per school year and its malformed records."""

    table: str
    path: Path
    parsed_rows: int = 0
    years: dict[int, int] = field(default_factory=dict)
    malformed_lines: list[int] = field(default_factory=list)

    @property
    def raw_rows(self) -> int:
        return self.parsed_rows + len(self.malformed_lines)


def sql_string(value: object) -> str:
    """A SQL string literal, quotes doubled: a path such as /data/o'brien/ must not end it (as macro sql_string)."""
    return "'" + str(value).replace("'", "''") + "'"


def sql_identifier(value: str) -> str:
    return '"' + value.replace('"', '""') + '"'


def source_name(table: str) -> str:
    """The dbt source of a raw file (macro raw_source_name): pii for the files with personal data, else cteis."""
    return "pii" if table in (project_vars().get("cte:personal_data_files") or []) else "cteis"


def share_text(part: int, whole: int) -> str:
    return f"{part:,} of {whole:,} rows ({part / whole * 100:.1f}%)"


def school_year_label(year: int) -> str:
    return f"{year - 1}-{year % 100:02d} ({year})"


def _check_utf8(path: Path) -> None:
    if problem := utf8_problem(path):
        raise UserError(problem)


def _csv_header(path: Path) -> list[str]:
    """The first line split on commas, quotes, carriage return and byte-order mark removed: as the hook reads it."""
    return csv_header(path)


def _parquet_header(con, path: Path, table: str) -> tuple[list[str], list[str]]:  # noqa: ANN001 (DuckDB)
    """(the file's column names, the same renamed by cte:raw_column_names), after refusing a column of a type that
    cannot be read as text."""
    described = con.execute(f"describe select * from read_parquet({sql_string(path)})").fetchall()
    file_header = [row[0] for row in described]
    header = renamed_header(table, file_header)
    contract = required_columns()[table]
    for name, (_, column_type, *_) in zip(header, described, strict=True):
        if name.strip().upper() in contract and (problem := column_type_problem(path, name.strip().upper(),
                                                                                column_type)):
            raise UserError(problem)
    return file_header, header


def _check_header(path: Path, header: list[str], columns: list[str], fmt: str) -> None:
    where = f"raw file {path}: "
    found = [h.strip().upper() for h in header]
    if fmt == "csv" and len(found) == 1:
        for delimiter, label in DELIMITERS:
            if delimiter in header[0]:
                raise UserError(where + f"has the wrong delimiter ({label}): the header reads as one column. "
                                "Export it comma-delimited.")
    for column in found:
        if found.count(column) > 1:
            raise UserError(where + f"has column {column} more than once. Export it with one column per name.")
    missing = [c for c in columns if c not in found]
    if missing:
        raise UserError(where + f"lacks column(s) {', '.join(missing)} (found: {', '.join(found)}). Column names "
                        "must follow the codebook (README, Run it on your own extract).")


def reader_sql(path: Path, header: list[str], table: str, fmt: str, file_header: list[str] | None = None) -> str:
    """The records of a raw file, as the macros raw_csv_reader and raw_parquet_reader read them (header: the
    codebook's names; file_header: a Parquet file's own names, when cte:raw_column_names renamed some)."""
    if fmt == "csv":
        columns = ", ".join(f"{sql_string(c)}: 'VARCHAR'" for c in header)
        return (f"read_csv({sql_string(path)}, header = true, auto_detect = false, columns = {{{columns}}}, "
                f"{CSV_OPTIONS}, rejects_table = 'cte_rejects_{table}', rejects_scan = 'cte_rejects_scan_{table}')")
    casts = ", ".join(f"cast({sql_identifier(f)} as varchar) as {sql_identifier(c.strip().upper())}"
                      for f, c in zip(file_header or header, header, strict=True))
    return f"(select {casts} from read_parquet({sql_string(path)}))"


def _school_year_sql(column: str) -> str:
    """The project's macro parse_school_year rendered for one column, so both tools parse years alike: DuckDB's
    versions of the cross-database macros it calls (macros/cross_db/text.sql), as dbt's dispatch picks them."""
    from types import SimpleNamespace

    import jinja2

    env = jinja2.Environment(extensions=["jinja2.ext.do"])
    env.globals["var"] = lambda name, default=None: project_vars().get(name, default)
    env.globals["dbt"] = SimpleNamespace(type_string=lambda: "varchar")
    env.globals["return"] = lambda value: value  # dbt's return(): these macros return what they would print
    env.globals["adapter"] = SimpleNamespace(
        dispatch=lambda name, namespace=None: getattr(text_macros, f"duckdb__{name}", None)
        or getattr(text_macros, f"default__{name}"))
    text_macros = env.from_string((PROJECT_ROOT / "macros" / "cross_db" / "text.sql").read_text()).module
    for name in ("regexp_full_match", "regexp_replace_all", "regex_literal"):
        env.globals[name] = getattr(text_macros, name)
    macro = (PROJECT_ROOT / "macros" / "parse_school_year.sql").read_text()
    return env.from_string(macro + "{{ parse_school_year('" + column + "') }}").render().strip()


def _scan(con, table: str, path: Path, fmt: str, header: list[str],  # noqa: ANN001
          file_header: list[str] | None = None) -> FileScan:
    """Read the file once: rows per school year, malformed records; stop on no rows or too many malformed."""
    scan = FileScan(table, path)
    year = sql_identifier(year_column(table))
    spellings = con.execute(
        f"select {year}, count(*) from {reader_sql(path, header, table, fmt, file_header)} group by {year}"
    ).fetchall()
    scan.parsed_rows = sum(n for _, n in spellings)
    parsed = con.execute(
        f"select {_school_year_sql('raw_school_year')} as school_year, sum(n) "
        "from (select unnest($1) as raw_school_year, unnest($2) as n) "
        "where school_year is not null group by all",
        [[s for s, _ in spellings], [n for _, n in spellings]],
    ).fetchall() if spellings else []
    scan.years = {int(year): int(n) for year, n in parsed}
    if fmt == "csv":
        records = con.execute(
            f"select line, min(line_byte_position) from cte_rejects_{table} group by line order by line"
        ).fetchall()
        con.execute(f"drop table cte_rejects_{table}; drop table cte_rejects_scan_{table}")
        scan.malformed_lines = sorted(line_number(str(path), offset) for _, offset in records)
    where = f"raw file {path}: "
    if scan.raw_rows == 0:
        raise UserError(where + "has a header but no data rows. Export the table again: the build needs every table.")
    share = max_rejected_share()
    malformed = len(scan.malformed_lines)
    if malformed > share * scan.raw_rows:
        raise UserError(
            where + f"{share_text(malformed, scan.raw_rows)} are malformed (too few or too many fields, or a quote "
            f"that is not closed; the first on line {scan.malformed_lines[0]}), more than cte:max_rejected_share "
            f"({share * 100:.1f}%). Fix the export, or raise cte:max_rejected_share (README, Run it on your own "
            "extract)."
        )
    return scan


def _check_school_years(folder: Path, fmt: str, scans: dict[str, FileScan]) -> None:
    gaps = sorted(
        (year, table, needed, rows)
        for table, needs in years_needed().items()
        for needed in needs
        if table in scans and needed in scans
        for year, rows in scans[table].years.items()
        if year not in scans[needed].years
    )
    if gaps:
        year, table, needed, rows = gaps[0]
        raise UserError(
            f"raw file {folder}/{table}.{fmt}: has {rows:,} rows for school year {school_year_label(year)} but raw "
            f"file {folder}/{needed}.{fmt} has none. Every school year in {table} must be in {needed} too (var "
            f"cte:raw_years_needed): export that year's {needed} rows, or leave the year out of {table}."
        )


def check_inputs(folder: Path, fmt: str = "csv") -> list[str]:
    """Check every raw file of the contract, as the hook does; return notes on malformed rows (not errors)."""
    import duckdb

    if problem := path_problem(folder, "folder"):
        raise UserError(problem)
    con = duckdb.connect()
    scans = {}
    absent = []
    optional = optional_files()
    for table, columns in required_columns().items():
        path = Path(f"{folder}/{table}.{fmt}")
        if table in optional and not file_exists(path):
            absent.append(f"raw file {path}: absent (optional, var cte:optional_raw_files); the models built from it "
                          "are empty.")
            continue
        if problem := path_problem(path, fmt):
            raise UserError(problem)
        file_header = None
        if fmt == "csv":
            _check_utf8(path)
            header = renamed_header(table, _csv_header(path))
        else:
            file_header, header = _parquet_header(con, path, table)
        _check_header(path, header, columns, fmt)
        scans[table] = _scan(con, table, path, fmt, header, file_header)
    _check_school_years(folder, fmt, scans)
    return absent + [
        f"raw file {scan.path}: {share_text(len(scan.malformed_lines), scan.raw_rows)} are malformed (the first on "
        f"line {scan.malformed_lines[0]}); they go to stg_{source_name(scan.table)}__{scan.table}_rejects as "
        "malformed_row."
        for scan in scans.values() if scan.malformed_lines
    ]


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--raw-path", type=Path, default=None,
                        help="raw extract folder (default: CTE_RAW_PATH, else data/raw)")
    parser.add_argument("--format", choices=["csv", "parquet"], default=None,
                        help="file format (default: CTE_RAW_FORMAT, else csv)")


def run(args: argparse.Namespace) -> int:
    import os

    folder = args.raw_path or raw_dir()
    fmt = args.format or os.environ.get("CTE_RAW_FORMAT", "csv")
    for note in check_inputs(folder, fmt):
        print(note, file=sys.stderr)
    present = [t for t in required_columns() if t not in optional_files() or file_exists(f"{folder}/{t}.{fmt}")]
    print(f"raw extract {folder}: {len(present)} files OK", file=sys.stderr)
    return 0

