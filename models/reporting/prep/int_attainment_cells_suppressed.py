"""One row per attainment cell (as int_attainment_cells) with only what may be published: counts below the
threshold and their complements hidden, complementary suppression until the recovery attack finds nothing.

Thin by design: the rules and the attack live in cte_credentials.disclosure (tested there). Engine-agnostic: the
cells are read as Arrow and put in order there (the order DuckDB's `order by` gave: ascending, bytewise, nulls
last), so DuckDB and Spark suppress the same cells."""

import pyarrow as pa

from cte_credentials.disclosure import publish_table
from cte_credentials.model_io import to_arrow, to_engine

ORDER = ["cohort_year", "reporting_level", "unit_code", "student_group_type", "student_group"]

OUTPUT_SCHEMA = pa.schema([
    ("cohort_year", pa.int32()), ("reporting_level", pa.string()), ("unit_code", pa.string()),
    ("district_code", pa.string()), ("building_code", pa.string()), ("cip_code", pa.string()),
    ("career_cluster_code", pa.string()), ("student_group_type", pa.string()), ("student_group", pa.string()),
    ("cohort_count", pa.int32()),
    ("credential_count", pa.int32()), ("priority_credential_count", pa.int32()),
    ("wbl_count", pa.int32()), ("review_pending_count", pa.int32()),
    ("credential_count_band", pa.string()), ("priority_credential_count_band", pa.string()),
    ("wbl_count_band", pa.string()),
])


def model(dbt, session):
    dbt.config(materialized="table")
    threshold = int(dbt.config.get("suppression_threshold"))
    cells = to_arrow(dbt.ref("int_attainment_cells"))
    cells = cells.sort_by([(column, "ascending", "at_end") for column in ORDER])
    published = publish_table(cells.to_pylist(), threshold)
    return to_engine(session, pa.Table.from_pylist(published, schema=OUTPUT_SCHEMA))
