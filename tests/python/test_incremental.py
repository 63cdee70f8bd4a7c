"""A new school year loaded incrementally gives exactly the marts of a full rebuild.

The small generated extract is cut in two: every row of school years before 2026, then the 2026 rows appended at
the end of each file (as a state appends a year's files). Warehouse A is built on the first part, then run again
on the whole (incremental facts and resolution); warehouse B is built once on the whole from empty. Every table of
the marts and reporting schemas, and the resolved entries, must hold the same rows.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

import duckdb
import pytest
from conftest import run_dbt

NEW_YEAR = 2026
FILES = ("credentials_earned", "wbl_experiences", "program_serials", "program_enrollments", "student_exits",
         "student_demographics")


def spring_year(text: str) -> int | None:
    text = text.strip()
    if m := re.fullmatch(r"(\d{4})-(\d{2}|\d{4})", text):
        return int(m.group(1)) + 1
    if re.fullmatch(r"\d{4}", text):
        return int(text)
    return None


def split_extract(source: Path, before: Path, appended: Path) -> int:
    """Write the rows before NEW_YEAR to `before`, and the same rows followed by the NEW_YEAR rows to `appended`."""
    before.mkdir(parents=True)
    appended.mkdir(parents=True)
    new_rows = 0
    for name in FILES:
        with (source / f"{name}.csv").open(newline="", encoding="utf-8") as fh:
            reader = csv.reader(fh)
            header = next(reader)
            rows = list(reader)
        year_at = header.index("SCHOOL_YEAR")
        old = [r for r in rows if (spring_year(r[year_at]) or 0) < NEW_YEAR]
        new = [r for r in rows if (spring_year(r[year_at]) or 0) >= NEW_YEAR]
        new_rows += len(new)
        for folder, content in ((before, old), (appended, old + new)):
            with (folder / f"{name}.csv").open("w", newline="", encoding="utf-8") as fh:
                writer = csv.writer(fh, quoting=csv.QUOTE_ALL)
                writer.writerow(header)
                writer.writerows(content)
    return new_rows


def _ok(result) -> None:
    assert result.returncode == 0, result.stdout[-4000:]


def table_differences(a: Path, b: Path) -> dict[str, tuple[int, int]]:
    """{table: (rows only in A, rows only in B)} for every marts and reporting table and the resolved entries."""
    con = duckdb.connect()
    con.execute(f"attach '{a}' as a (read_only)")
    con.execute(f"attach '{b}' as b (read_only)")
    tables = [f"{s}.{t}" for s, t in con.execute(
        "select schema_name, table_name from duckdb_tables() where database_name = 'b' "
        "and schema_name in ('marts', 'reporting')").fetchall()]
    tables.append("intermediate.int_credential_entries_resolved")
    out = {}
    for table in tables:
        only_a = con.execute(
            f"select count(*) from (select * from a.{table} except all select * from b.{table})").fetchone()[0]
        only_b = con.execute(
            f"select count(*) from (select * from b.{table} except all select * from a.{table})").fetchone()[0]
        out[table] = (only_a, only_b)
    con.close()
    return out


@pytest.fixture(scope="module")
def two_warehouses(small_extract: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, int]:
    root = tmp_path_factory.mktemp("incremental")
    new_rows = split_extract(small_extract / "raw", root / "before", root / "appended")
    incremental, full = root / "incremental", root / "full"
    incremental.mkdir()
    full.mkdir()
    # seeds and models in one dbt call each (no tests: other files run them), as dbt starts and parses once per call
    seeds_and_models = ["build", "--resource-type", "seed", "--resource-type", "model"]
    _ok(run_dbt(seeds_and_models, incremental, root / "before"))
    result = run_dbt(["run"], incremental, root / "appended")
    _ok(result)
    assert "incremental model" in result.stdout  # the second run really was incremental
    _ok(run_dbt([*seeds_and_models, "--full-refresh"], full, root / "appended"))
    return incremental / "warehouse.duckdb", full / "warehouse.duckdb", new_rows


def test_the_new_year_adds_rows(two_warehouses: tuple[Path, Path, int]) -> None:
    incremental, _, new_rows = two_warehouses
    assert new_rows > 100
    con = duckdb.connect(str(incremental), read_only=True)
    years = [r[0] for r in con.execute("select distinct school_year from marts.fct_credentials_earned").fetchall()]
    con.close()
    assert NEW_YEAR in years


def test_incremental_marts_equal_a_full_rebuild(two_warehouses: tuple[Path, Path, int]) -> None:
    incremental, full, _ = two_warehouses
    differences = table_differences(incremental, full)
    assert len(differences) >= 10
    assert {t: d for t, d in differences.items() if d != (0, 0)} == {}
