"""`cte-credentials validation-agreement`: the warehouse's validation of self-reports against the generator's truth.

Compares `marts.fct_credential_validation` with `<gold>/vendor_gold_validation.csv` (one row per self-reported
mention of a data-sharing vendor's credential: confirmed, contradicted or not covered) on a warehouse built from a
generated extract, and the unreported passes with `<gold>/vendor_gold_links.csv` (passes of extract students the
schools did not report). Mentions are matched on the raw row and the credential code (the gold file numbers the
codes of a row in its own order). A tool: it reads gold files, which no model does.
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass, field
from pathlib import Path

from cte_credentials.paths import warehouse_path

STATUSES = ("confirmed", "contradicted", "not_covered")


@dataclass
class Agreement:
    """Mentions compared, how many agree, and the confusion table (gold status, warehouse status) -> count."""

    compared: int
    agreeing: int
    confusion: dict[tuple[str, str], int] = field(default_factory=dict)
    unreported_gold: int = 0
    unreported_found: int = 0
    unreported_right: int = 0

    @property
    def rate(self) -> float:
        return self.agreeing / self.compared if self.compared else 0.0


def agreement(warehouse: Path, gold: Path) -> Agreement:
    import duckdb

    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        con.execute(f"""
            create temp table gold_validation as
            select cast(source_row_number as bigint) as source_row_number, credential_code, ric, validation
            from read_csv('{gold / "vendor_gold_validation.csv"}', all_varchar = true, header = true)
        """)
        rows = con.execute("""
            with ours as (
                select source_row_number, credential_code, min(validation_status) as validation_status
                from marts.fct_credential_validation
                where is_self_reported
                group by all
            )
            select g.validation, coalesce(o.validation_status, 'not_in_warehouse'), count(*)
            from gold_validation as g
            left join ours as o
                on g.source_row_number = o.source_row_number and g.credential_code = o.credential_code
            group by all
        """).fetchall()
        unreported = con.execute(f"""
            with gold as (
                select distinct true_ric as student_id, credential_code
                from read_csv('{gold / "vendor_gold_links.csv"}', all_varchar = true, header = true)
                where is_pass = 'true' and reported_in_extract = 'false' and true_ric != ''
            ),
            ours as (
                select distinct student_id, credential_code from marts.fct_credential_validation
                where validation_status = 'unreported'
            )
            select (select count(*) from gold), (select count(*) from ours),
                (select count(*) from ours inner join gold using (student_id, credential_code))
        """).fetchone()
    finally:
        con.close()
    confusion = {(g, o): int(n) for g, o, n in rows}
    compared = sum(confusion.values())
    agreeing = sum(n for (g, o), n in confusion.items() if g == o)
    return Agreement(compared, agreeing, confusion, *map(int, unreported))


def report(a: Agreement) -> str:
    lines = [f"validation of self-reports: {a.agreeing:,} of {a.compared:,} mentions agree with the gold file "
             f"({a.rate:.2%})", "gold \\ warehouse: " + ", ".join(STATUSES)]
    ours = sorted({o for _, o in a.confusion}, key=lambda s: (s not in STATUSES, s))
    for g in STATUSES:
        lines.append(f"  {g}: " + ", ".join(f"{o} {a.confusion.get((g, o), 0):,}" for o in ours))
    lines.append(f"unreported passes: {a.unreported_found:,} found, {a.unreported_right:,} of them true; "
                 f"{a.unreported_gold:,} in the gold file")
    return "\n".join(lines)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--warehouse", type=Path, default=None, help="DuckDB file (default: CTE_DUCKDB_PATH)")
    parser.add_argument("--gold", type=Path, default=Path("data/gold"), help="gold folder (default data/gold)")


def run(args: argparse.Namespace) -> int:
    print(report(agreement(args.warehouse or warehouse_path(), args.gold)))
    return 0
