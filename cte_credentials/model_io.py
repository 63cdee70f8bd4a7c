"""What a dbt Python model needs from the engine, the same on DuckDB and on Spark: refs in and the result out as
Arrow, a query's rows, and the rows an incremental write must hand back.

The project's Python models stay thin and engine-agnostic: they read refs through to_arrow, call the package and
return to_engine(session, table). dbt passes DuckDB's connection as `session` on DuckDB (refs are DuckDB relations)
and a SparkSession on Spark (refs are Spark DataFrames, and the returned table must be a Spark DataFrame).
"""

from __future__ import annotations

from typing import Any

import pyarrow as pa
import pyarrow.compute as pc


def is_spark(session: Any) -> bool:
    """True for a SparkSession (dbt-spark), false for a DuckDB connection (dbt-duckdb)."""
    return type(session).__module__.startswith("pyspark")


def to_arrow(relation: Any) -> pa.Table:
    """A ref as one Arrow table: a DuckDB relation (.arrow(), a RecordBatchReader since DuckDB 2.0, read whole) or
    a Spark DataFrame (.toArrow())."""
    if hasattr(relation, "toArrow"):
        return relation.toArrow()
    result = relation.arrow()
    return result.read_all() if hasattr(result, "read_all") else result


def query_arrow(session: Any, sql: str) -> pa.Table:
    """The rows of a query on the model's own engine."""
    return to_arrow(session.sql(sql))


def table_columns(session: Any, relation: Any) -> list[str]:
    """The column names of a built table (`describe` reads them on both engines, in the first column)."""
    return [str(name) for name in query_arrow(session, f"describe {relation}").column(0).to_pylist()
            if name and not str(name).startswith("#")]


def to_engine(session: Any, table: pa.Table) -> Any:
    """The model's result as its engine takes it: the Arrow table on DuckDB, a Spark DataFrame built from it on
    Spark (dbt-spark writes only DataFrames)."""
    if is_spark(session):
        return session.createDataFrame(table)
    return table


def incremental_rows(session: Any, this: Any, batch: pa.Table, unique_key: str) -> pa.Table:
    """The rows an incremental model returns so that its table ends as delete+insert on `unique_key` leaves it.

    DuckDB runs delete+insert itself: the batch is what it needs. Spark without Delta has no delete, so the model
    is written with insert_overwrite, which replaces the table: it is handed the stored rows whose key is not in
    the batch, then the batch.
    """
    if not is_spark(session):
        return batch
    stored = query_arrow(session, f"select * from {this}")
    kept = stored.filter(pc.invert(pc.is_in(stored.column(unique_key), value_set=batch.column(unique_key))))
    return pa.concat_tables([kept, batch.select(kept.column_names).cast(kept.schema)])
