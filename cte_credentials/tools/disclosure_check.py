"""`cte-credentials check-disclosure`: attack the public tables of a built warehouse.

Reads only what is published (every `rpt_` table of the register in `cte_credentials/disclosure/published.py`),
checks that every published column is what the register says it is, rebuilds every relation an outsider can form
and tries to recover every suppressed count (`cte_credentials.disclosure.check.attack_tables`). Exit 1, with one
line per problem or recovered cell, when a column is not what the attack models or a hidden count can be pinned to
within one student either way; `make test` runs it after the build.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from cte_credentials.disclosure.check import Result, attack_tables, counted_wbl_types, summary
from cte_credentials.disclosure.published import PUBLISHED
from cte_credentials.errors import UserError
from cte_credentials.paths import warehouse_path


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


def run(args: argparse.Namespace) -> int:
    result = attack_warehouse(args.warehouse or warehouse_path())
    for problem in result.problems:
        print(f"NOT AS MODELLED {problem}")
    for leak in result.leaks:
        print(f"RECOVERED {leak.table}.{leak.column} of {result.labels[leak.cell]}: between {leak.low:g} and "
              f"{leak.high:g}")
    print(f"check-disclosure: {summary(result)}; {len(result.problems)} columns not as modelled")
    return 1 if result.leaks or result.problems else 0
