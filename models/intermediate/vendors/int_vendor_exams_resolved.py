"""One row per vendor exam: the state credential its name resolves to through the credential resolution engine
(the vendor's exam name as the credential name, the vendor as the vendor), as a school's write-in would. Thin: the
logic is cte_credentials.resolve (tested there). The hand-kept seed xwalk_vendor_exams wins over this downstream
(int_vendor_exam_credentials). Without vendor files there is no exam and nothing is resolved."""

import pyarrow as pa

from cte_credentials.model_io import to_arrow, to_engine
from cte_credentials.resolve import ResolutionConfig, refs_from_tables, resolve_entries

OUTPUT_SCHEMA = pa.schema([
    ("vendor_exam_key", pa.string()), ("resolution_status", pa.string()), ("resolution_method", pa.string()),
    ("credential_code", pa.string()), ("resolution_score", pa.float64()), ("resolution_margin", pa.float64()),
    ("mention_count", pa.int32()),
])


def model(dbt, session):
    dbt.config(materialized="table")
    min_score = dbt.config.get("min_score")
    min_margin = dbt.config.get("min_margin")
    exams = to_arrow(dbt.ref("int_vendor_exams"))
    # dbt reads refs from the source text, so each is written out
    tables = {
        "crosswalk": to_arrow(dbt.ref("xwalk_credentials")),
        "alignment": to_arrow(dbt.ref("xwalk_credential_cip_alignment")),
        "aliases": to_arrow(dbt.ref("credential_aliases")),
        "abbreviations": to_arrow(dbt.ref("xwalk_credential_abbreviations")),
        "vendor_aliases": to_arrow(dbt.ref("xwalk_vendor_aliases")),
        "junk": to_arrow(dbt.ref("xwalk_junk_entries")),
        "field_words": to_arrow(dbt.ref("xwalk_field_words")),
        "vendor_fields": to_arrow(dbt.ref("xwalk_vendor_fields")),
        "renamings": to_arrow(dbt.ref("xwalk_credential_renamings")),
    }
    if exams.num_rows == 0:
        return to_engine(session, OUTPUT_SCHEMA.empty_table())
    entries = pa.table({
        "entry_key": exams.column("vendor_exam_key"),
        "credential_name_raw": exams.column("exam_name"),
        "vendor_raw": exams.column("vendor_name"),
        "cip_code": pa.nulls(exams.num_rows, pa.string()),
        "credential_code_reported": pa.nulls(exams.num_rows, pa.string()),
    })
    config = ResolutionConfig(min_score=float(min_score), min_margin=float(min_margin))
    resolved = resolve_entries(entries, refs_from_tables(**tables), config)
    # an exam name the engine splits into several credentials is no single credential: left unresolved
    rows = [r for r in resolved.to_pylist() if r["mention_index"] == 1]
    return to_engine(session, pa.Table.from_pylist([{
        "vendor_exam_key": r["entry_key"],
        "resolution_status": r["resolution_status"] if r["mention_count"] == 1 else "needs_review",
        "resolution_method": r["resolution_method"] if r["mention_count"] == 1 else "split",
        "credential_code": r["credential_code"] if r["mention_count"] == 1 else None,
        "resolution_score": r["score"],
        "resolution_margin": r["margin"],
        "mention_count": r["mention_count"],
    } for r in rows], schema=OUTPUT_SCHEMA))
