"""`cte-credentials check-disclosure`: attack the public tables of a built warehouse.

Reads only what is published (every `rpt_` table of the register in `cte_credentials/disclosure/published.py`),
checks that every published column is what the register says it is, rebuilds every relation an outsider can form
and tries to recover every suppressed count (cte_credentials.disclosure.find_disclosures). Exit 1, with one line
per problem or recovered cell, when a column is not what the attack models or a hidden count can be pinned to
within one student either way; `make test` runs it after the build.
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from pathlib import Path

import yaml

from cte_credentials.disclosure import Disclosure, attainment_cells, find_disclosures
from cte_credentials.disclosure.cells import BANDED, COUNT_COLUMNS, HIGH_LABEL, LOW_LABEL, add_wbl_types
from cte_credentials.disclosure.published import ATTAINMENT_STRUCTURE, PUBLISHED, verify
from cte_credentials.errors import UserError
from cte_credentials.paths import PROJECT_ROOT, warehouse_path

DISPLAY = {"credential_count": "credential_rate_display",
           "priority_credential_count": "priority_credential_rate_display", "wbl_count": "wbl_rate_display"}


@dataclass
class Result:
    """What the attack found: published rows, hidden counts attacked, problems with the columns, recovered cells."""

    rows: int
    hidden: int
    problems: list[str]
    leaks: list[Disclosure]
    labels: dict[int, str]

    @property
    def exact(self) -> int:
        return sum(leak.is_exact for leak in self.leaks)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--warehouse", type=Path, default=None, help="DuckDB file (default: CTE_DUCKDB_PATH)")


def _read(con, table: str) -> list[dict]:
    import duckdb

    try:
        cursor = con.execute(f"select * from reporting.{table}")  # noqa: S608 - names from the register
    except duckdb.Error as exc:
        raise UserError(f"cannot read reporting.{table}: {exc}. Build the warehouse first (make build).") from None
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def counted_wbl_types() -> list[str]:
    """The WBL types that count toward 5S3: public (the docs and dbt_project.yml say so), so the attack knows them."""
    project = yaml.safe_load((PROJECT_ROOT / "dbt_project.yml").read_text())
    return list(project["vars"]["cte:counted_wbl_types"])


def attack_tables(tables: dict[str, list[dict]], counted_types: list[str]) -> Result:
    """Verify every published column and attack the counts of the published tables."""
    problems = [p for table, rows in tables.items() for p in verify(table, rows)]
    attainment = tables["rpt_attainment"]
    structure = [{k: r[k] for k in ATTAINMENT_STRUCTURE} for r in attainment]
    published = []
    for r in attainment:
        p = {c: r[c] for c in COUNT_COLUMNS}
        for c in BANDED:
            p[f"{c}_band"] = r[DISPLAY[c]] if r[DISPLAY[c]] in (LOW_LABEL, HIGH_LABEL) else None
        published.append(p)
    cells = add_wbl_types(attainment_cells(structure, published), structure,
                          tables.get("rpt_wbl_participation_by_type", []), counted_types)
    leaks = find_disclosures(cells)
    labels = {}
    for leak in leaks:
        source = tables[leak.table][leak.row]
        labels[leak.cell] = " ".join(str(source[k]) for k in (
            "cohort_year", "reporting_level", "unit_code", "student_group_type", "student_group", "experience_type")
            if k in source)
    return Result(len(attainment) + len(tables.get("rpt_wbl_participation_by_type", [])), int(cells.hidden.sum()),
                  problems, leaks, labels)


def attack_warehouse(warehouse: Path) -> Result:
    import duckdb

    if not warehouse.exists():
        raise UserError(f"{warehouse} not found: build the warehouse first (make build)")
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        tables = {table: _read(con, table) for table in PUBLISHED}
    finally:
        con.close()
    return attack_tables(tables, counted_wbl_types())


def summary(result: Result) -> str:
    return (f"{result.rows} published rows, {result.hidden} suppressed counts attacked, {len(result.leaks)} "
            f"recovered within one student ({result.exact} exactly)")


def run(args: argparse.Namespace) -> int:
    result = attack_warehouse(args.warehouse or warehouse_path())
    for problem in result.problems:
        print(f"NOT AS MODELLED {problem}")
    for leak in result.leaks:
        print(f"RECOVERED {leak.table}.{leak.column} of {result.labels[leak.cell]}: between {leak.low:g} and "
              f"{leak.high:g}")
    print(f"check-disclosure: {summary(result)}; {len(result.problems)} columns not as modelled")
    return 1 if result.leaks or result.problems else 0
