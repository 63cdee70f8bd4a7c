"""`cte-credentials check-disclosure`: attack the published attainment table of a built warehouse.

Reads only what is published (reporting.rpt_attainment), rebuilds the sums an outsider can form and tries to
recover every suppressed count (cte_credentials.disclosure.find_disclosures). Exit 1 and one line per recovered
cell when any can be pinned to within one student; `make test` runs it after the build.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from cte_credentials.disclosure import COUNT_COLUMNS, NUMERATORS, equations, find_disclosures
from cte_credentials.errors import UserError
from cte_credentials.paths import warehouse_path

STRUCTURE = ("cohort_year", "reporting_level", "unit_code", "district_code", "building_code", "cip_code",
             "career_cluster_code", "student_group_type", "student_group")
DISPLAY = {"credential_count": "credential_rate_display",
           "priority_credential_count": "priority_credential_rate_display", "wbl_count": "wbl_rate_display"}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--warehouse", type=Path, default=None, help="DuckDB file (default: CTE_DUCKDB_PATH)")
    parser.add_argument("--table", default="reporting.rpt_attainment", help="published table to attack")


def published_rows(warehouse: Path, table: str) -> tuple[list[dict], list[dict]]:
    """The table's structure columns and, per row, its published counts and bands, as the attack expects them."""
    import duckdb

    if not warehouse.exists():
        raise UserError(f"{warehouse} not found: build the warehouse first (make build)")
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        cursor = con.execute(f"select * from {table}")  # noqa: S608 - the table name comes from the command line
    except duckdb.Error as exc:
        raise UserError(f"cannot read {table} from {warehouse}: {exc}") from exc
    names = [d[0] for d in cursor.description]
    records = [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
    con.close()
    structure = [{k: r[k] for k in STRUCTURE} for r in records]
    published = []
    for r in records:
        p = {c: r[c] for c in COUNT_COLUMNS}
        for c in NUMERATORS:
            p[f"{c}_band"] = r[DISPLAY[c]] if r[DISPLAY[c]] in ("<5%", ">95%") else None
        published.append(p)
    return structure, published


def run(args: argparse.Namespace) -> int:
    warehouse = args.warehouse or warehouse_path()
    structure, published = published_rows(warehouse, args.table)
    hidden = sum(p[c] is None for p in published for c in COUNT_COLUMNS)
    leaks = find_disclosures(structure, published, equations(structure))
    for leak in leaks:
        r = structure[leak.row]
        print(f"RECOVERED {leak.column} of {r['cohort_year']} {r['reporting_level']} {r['unit_code']} "
              f"{r['student_group_type']}={r['student_group']}: between {leak.low:g} and {leak.high:g}")
    print(f"check-disclosure: {len(structure)} published rows, {hidden} suppressed counts attacked, "
          f"{len(leaks)} recovered")
    return 1 if leaks else 0
