"""One row per school year and credential (as int_vendor_outcome_cells) with only what may be published: counts
below the threshold and their complements hidden, more until the recovery attack finds nothing.

Thin by design: the rules and the attack live in cte_credentials.disclosure.vendor (tested there)."""

import pyarrow as pa

from cte_credentials.disclosure.vendor import publish_table

OUTPUT_SCHEMA = pa.schema([
    ("school_year", pa.int32()), ("credential_code", pa.string()),
    ("test_taker_count", pa.int32()), ("first_attempt_pass_count", pa.int32()), ("eventual_pass_count", pa.int32()),
    ("covered_report_count", pa.int32()), ("confirmed_report_count", pa.int32()),
])


def model(dbt, session):
    dbt.config(materialized="table")
    threshold = int(dbt.config.get("suppression_threshold"))
    cells = dbt.ref("int_vendor_outcome_cells").order("school_year, credential_code").arrow()
    cells = cells.read_all() if hasattr(cells, "read_all") else cells
    if cells.num_rows == 0:
        return OUTPUT_SCHEMA.empty_table()
    return pa.Table.from_pylist(publish_table(cells.to_pylist(), threshold), schema=OUTPUT_SCHEMA)
