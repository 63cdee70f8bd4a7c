"""One row per vendor test record and candidate student: which student each vendor record is (Splink, through
cte_credentials.linkage), with ids, probabilities and comparison levels only. Thin: the logic is
cte_credentials.linkage (tested there; accuracy in docs/linkage_accuracy.md).

It reads the restricted pii staging (names, birth dates, addresses) and writes no personal data: this table sits in
the restricted intermediate schema beside the other student-level tables. Without vendor files (both staged tables
empty) it returns no rows without starting Splink, so a build without them costs nothing more."""

import pyarrow as pa

from cte_credentials.linkage import Thresholds, link_vendor_records, with_district_codes
from cte_credentials.linkage.warehouse import (
    IDENTITY_RENAMES,
    SERIAL_RENAMES,
    VENDOR_RENAMES,
    as_text,
    empty_scores,
    link_scores,
    load_model,
)
from cte_credentials.model_io import to_arrow, to_engine


def model(dbt, session):
    dbt.config(materialized="table")
    # one value per line: dbt passes a config value only for a dbt.config.get() it finds as a statement
    upper = dbt.config.get("link_upper")
    lower = dbt.config.get("link_lower")
    margin = dbt.config.get("link_margin")
    stored_model = dbt.config.get("linkage_model")
    vendors = to_arrow(dbt.ref("stg_pii__vendor_test_results"))
    identities = to_arrow(dbt.ref("stg_pii__student_identities"))
    serials = to_arrow(dbt.ref("stg_cteis__program_serials"))
    decisions = to_arrow(dbt.ref("vendor_link_decisions"))
    if vendors.num_rows == 0 or identities.num_rows == 0:
        return to_engine(session, empty_scores())
    vendor_records = with_district_codes(as_text(vendors, VENDOR_RENAMES), as_text(serials, SERIAL_RENAMES))
    result = link_vendor_records(
        as_text(identities, IDENTITY_RENAMES), vendor_records,
        decisions=decisions.select(["vendor_record_id", "decided_ric"]).cast(
            pa.schema([("vendor_record_id", pa.string()), ("decided_ric", pa.string())])),
        thresholds=Thresholds(upper=float(upper), lower=float(lower), margin=float(margin)),
        model=load_model(stored_model),
    )
    return to_engine(session, link_scores(result))
