"""`cte-credentials engine-equality LEFT RIGHT`: are the marts and `rpt_` tables of two builds the same rows?

Each side is a DuckDB warehouse file (`*.duckdb`) or a Spark warehouse folder (dbt-spark's tables written as
Parquet, `<folder>/<schema>.db/<table>/`, as the `spark` target writes them: CTE_SPARK_WAREHOUSE). Both are read by
DuckDB (Spark's tables as their Parquet files), so no Spark session is needed to compare and a running one keeps
its metastore lock.

Every table of schema marts and every `rpt_` table of schema reporting is compared, order-free: `EXCEPT ALL` both
ways over the columns both sides have, by name. Unless --exact, record_hash is left out (ENGINE_SPECIFIC_COLUMNS)
and values are compared as text after rounding every floating-point or decimal column to --digits decimal places
(6 by default), so an integer stored as int32 on one side and int64 on the other compares equal, and so do sums
added in a different order. A table present on one side
only, a column present on one side only, or a row on one side only is a difference: the report names the table
and shows a few rows from each side. Exit code 0 when every table is equal, 1 otherwise.

    cte-credentials engine-equality warehouse/cte_credentials.duckdb warehouse/spark
    cte-credentials engine-equality --exact /tmp/main.duckdb warehouse/cte_credentials.duckdb
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass, field
from pathlib import Path

SCHEMAS = ("marts", "reporting")
# columns whose values are each engine's own by design, not compared unless --exact: record_hash is the row hash the
# incremental facts use to find changed rows (macro row_hash: DuckDB's hash of the row as a struct, Spark's hash());
# a 64-bit hash function is not the same function on two engines, and nothing downstream reads the value
ENGINE_SPECIFIC_COLUMNS = {"record_hash": "each engine's own row hash (change detection only)"}
FLOAT_TYPES = ("FLOAT", "DOUBLE", "REAL", "DECIMAL")


def tables_compared(schema: str, table: str) -> bool:
    """Every mart, and the reporting tables whose name starts with rpt_."""
    return schema == "marts" or (schema == "reporting" and table.startswith("rpt_"))


@dataclass
class TableResult:
    name: str
    left_rows: int = 0
    right_rows: int = 0
    only_left: int = 0
    only_right: int = 0
    problems: list[str] = field(default_factory=list)
    samples_left: list[tuple] = field(default_factory=list)
    samples_right: list[tuple] = field(default_factory=list)
    columns: list[str] = field(default_factory=list)

    @property
    def equal(self) -> bool:
        return not self.problems and self.only_left == 0 and self.only_right == 0


def _attach(con, side: str, path: Path) -> dict[str, str]:  # noqa: ANN001 (a DuckDB connection)
    """Make one side readable as `<side>_<schema>.<table>` views or an attached catalog; returns
    {'schema.table': sql relation} for the tables compared."""
    relations: dict[str, str] = {}
    if path.is_dir():
        for schema in SCHEMAS:
            folder = path / f"{schema}.db"
            if not folder.is_dir():
                continue
            for table_dir in sorted(p for p in folder.iterdir() if p.is_dir()):
                if not tables_compared(schema, table_dir.name) or not any(table_dir.rglob("*.parquet")):
                    continue
                glob = str(table_dir / "**" / "*.parquet").replace("'", "''")
                relations[f"{schema}.{table_dir.name}"] = f"read_parquet('{glob}', hive_partitioning = false)"
        return relations
    if not path.is_file():
        raise SystemExit(f"engine-equality: {path} is neither a DuckDB file nor a Spark warehouse folder")
    con.execute(f"attach '{str(path)}' as {side} (read_only)")
    rows = con.execute(
        "select table_schema, table_name from information_schema.tables where table_catalog = ? "
        "and table_schema in ('marts', 'reporting')", [side]).fetchall()
    for schema, table in rows:
        if tables_compared(schema, table):
            relations[f"{schema}.{table}"] = f'{side}."{schema}"."{table}"'
    return relations


def _columns(con, relation: str) -> dict[str, str]:  # noqa: ANN001
    return {name.lower(): type_ for name, type_, *_ in con.execute(f"describe select * from {relation}").fetchall()}


def _value(column: str, type_: str, exact: bool, digits: int) -> str:
    quoted = f'"{column}"'
    if exact:
        return quoted
    if type_.upper().startswith(FLOAT_TYPES):
        # + 0.0 turns -0.0 into 0.0; the text of a rounded double is the same on both sides
        return f"cast(round(cast({quoted} as double), {digits}) + 0.0 as varchar) as {quoted}"
    return f"cast({quoted} as varchar) as {quoted}"


def compare_table(con, name: str, left: str, right: str, exact: bool, digits: int,  # noqa: ANN001, PLR0913
                  samples: int) -> TableResult:
    result = TableResult(name)
    left_columns, right_columns = _columns(con, left), _columns(con, right)
    if not exact:
        for column in ENGINE_SPECIFIC_COLUMNS:
            left_columns.pop(column, None)
            right_columns.pop(column, None)
    if missing := sorted(set(left_columns) - set(right_columns)):
        result.problems.append(f"columns only on the left: {', '.join(missing)}")
    if missing := sorted(set(right_columns) - set(left_columns)):
        result.problems.append(f"columns only on the right: {', '.join(missing)}")
    shared = sorted(set(left_columns) & set(right_columns))
    result.columns = shared
    # a float on either side rounds both
    types = {c: left_columns[c] if left_columns[c].upper().startswith(FLOAT_TYPES) else right_columns[c]
             for c in shared}
    select = ", ".join(_value(c, types[c], exact, digits) for c in shared)
    a, b = f"(select {select} from {left})", f"(select {select} from {right})"
    result.left_rows = con.execute(f"select count(*) from {left}").fetchone()[0]
    result.right_rows = con.execute(f"select count(*) from {right}").fetchone()[0]
    for attr, first, second, sample_attr in (("only_left", a, b, "samples_left"),
                                            ("only_right", b, a, "samples_right")):
        diff = f"(select * from {first} except all select * from {second})"
        setattr(result, attr, con.execute(f"select count(*) from {diff}").fetchone()[0])
        if getattr(result, attr):
            order = ", ".join(f'"{c}"' for c in shared)
            rows = con.execute(f"select * from {diff} order by {order} limit {samples}").fetchall()
            setattr(result, sample_attr, rows)
    return result


def compare(left: Path, right: Path, exact: bool = False, digits: int = 6, samples: int = 3) -> list[TableResult]:
    """One result per table compared (the union of both sides' marts and rpt_ tables), in name order."""
    import duckdb

    con = duckdb.connect()
    left_tables, right_tables = _attach(con, "left_side", left), _attach(con, "right_side", right)
    results = []
    for name in sorted(set(left_tables) | set(right_tables)):
        if name not in right_tables:
            results.append(TableResult(name, problems=["only on the left"]))
        elif name not in left_tables:
            results.append(TableResult(name, problems=["only on the right"]))
        else:
            results.append(compare_table(con, name, left_tables[name], right_tables[name], exact, digits, samples))
    return results


def report(results: list[TableResult], left: Path, right: Path, out=sys.stdout,  # noqa: ANN001
           exact: bool = False) -> bool:
    """Print one line per table (and the differing rows of each table that differs); true when all are equal."""
    width = max((len(r.name) for r in results), default=10)
    print(f"left:  {left}\nright: {right}", file=out)
    if not exact:
        print("not compared: " + "; ".join(f"{c} ({why})" for c, why in ENGINE_SPECIFIC_COLUMNS.items()), file=out)
    for r in results:
        status = "equal" if r.equal else "DIFFERS"
        print(f"  {r.name:<{width}}  {r.left_rows:>9,} | {r.right_rows:>9,} rows  {status}"
              + (f"  ({r.only_left:,} rows only left, {r.only_right:,} only right)"
                 if r.only_left or r.only_right else "")
              + (f"  {'; '.join(r.problems)}" if r.problems else ""), file=out)
        for label, rows in (("only left ", r.samples_left), ("only right", r.samples_right)):
            for row in rows:
                values = ", ".join(f"{c}={v!r}" for c, v in zip(r.columns, row, strict=True))
                print(f"      {label}: {values}", file=out)
    differing = [r.name for r in results if not r.equal]
    if not results:
        print("no marts or rpt_ tables found on either side", file=out)
        return False
    print(f"{len(results) - len(differing)} of {len(results)} tables equal"
          + (f"; differ: {', '.join(differing)}" if differing else ""), file=out)
    return not differing


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("left", type=Path, help="a DuckDB warehouse file or a Spark warehouse folder")
    parser.add_argument("right", type=Path, help="a DuckDB warehouse file or a Spark warehouse folder")
    parser.add_argument("--exact", action="store_true", help="compare values as stored: no rounding, no text")
    parser.add_argument("--digits", type=int, default=6, help="decimal places floats are rounded to (default 6)")
    parser.add_argument("--samples", type=int, default=3, help="differing rows shown per table and side")


def run(args: argparse.Namespace) -> int:
    results = compare(args.left, args.right, args.exact, args.digits, args.samples)
    return 0 if report(results, args.left, args.right, exact=args.exact) else 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="cte-credentials engine-equality", description=__doc__.split("\n\n")[0])
    add_arguments(parser)
    return run(parser.parse_args(argv))


if __name__ == "__main__":
    sys.exit(main())
