"""One row per school year and credential (as int_vendor_outcome_cells) with only what may be published: counts
below the threshold and their complements hidden, more until the recovery attack finds nothing.

Thin by design: the rules and the attack live in cte_credentials.disclosure.vendor (tested there). Engine-agnostic
(cte_credentials.model_io): Arrow in, Arrow or a Spark DataFrame out."""

import pyarrow as pa

from cte_credentials.disclosure.vendor import publish_table
from cte_credentials.model_io import to_arrow, to_engine

OUTPUT_SCHEMA = pa.schema([
    ("school_year", pa.int32()), ("credential_code", pa.string()),
    ("test_taker_count", pa.int32()), ("first_attempt_pass_count", pa.int32()), ("eventual_pass_count", pa.int32()),
    ("covered_report_count", pa.int32()), ("confirmed_report_count", pa.int32()),
])


def model(dbt, session):
    dbt.config(materialized="table")
    threshold = int(dbt.config.get("suppression_threshold"))
    # put in order here, as DuckDB's `order by` did (ascending, bytewise, nulls last), so both engines suppress alike
    cells = to_arrow(dbt.ref("int_vendor_outcome_cells"))
    cells = cells.sort_by([(column, "ascending", "at_end") for column in ("school_year", "credential_code")])
    if cells.num_rows == 0:
        return to_engine(session, OUTPUT_SCHEMA.empty_table())
    return to_engine(session, pa.Table.from_pylist(publish_table(cells.to_pylist(), threshold), schema=OUTPUT_SCHEMA))
