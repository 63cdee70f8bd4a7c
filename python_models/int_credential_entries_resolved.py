"""One row per distinct raw credential entry and mention: the entry split into the credentials it names, each
resolved to a state credential code or sent to review. Thin: the logic is cte_credentials.resolve (tested there).

Incremental: a build resolves only the entries it has not resolved before (a new school year brings few new
spellings), unless the seeds, the thresholds or the engine changed since (the fingerprint differs): then every
entry is resolved again and replaces its old rows."""

import pyarrow as pa
import pyarrow.compute as pc

from cte_credentials.resolve import ResolutionConfig, refs_from_tables, resolve_entries
from cte_credentials.resolve.fingerprint import resolution_fingerprint


def _arrow(relation):
    """DuckDB 2.0 relations return a RecordBatchReader from .arrow(); read it whole."""
    result = relation.arrow()
    return result.read_all() if hasattr(result, "read_all") else result


def model(dbt, session):
    dbt.config(materialized="incremental", incremental_strategy="delete+insert", unique_key="entry_key",
               on_schema_change="fail")
    # dbt reads refs from the source text, so each is written out
    tables = {
        "crosswalk": _arrow(dbt.ref("xwalk_credentials")),
        "alignment": _arrow(dbt.ref("xwalk_credential_cip_alignment")),
        "aliases": _arrow(dbt.ref("credential_aliases")),
        "abbreviations": _arrow(dbt.ref("xwalk_credential_abbreviations")),
        "vendor_aliases": _arrow(dbt.ref("xwalk_vendor_aliases")),
        "junk": _arrow(dbt.ref("xwalk_junk_entries")),
    }
    config = ResolutionConfig(
        min_score=float(dbt.config.get("min_score") or 0.80),
        min_margin=float(dbt.config.get("min_margin") or 0.08),
    )
    fingerprint = resolution_fingerprint(tables, {"min_score": config.min_score, "min_margin": config.min_margin})
    entries = _arrow(dbt.ref("int_credential_entries"))
    if dbt.is_incremental:
        # a table built by an older version has no fingerprint: resolve everything, as after any change
        columns = {row[0] for row in session.execute(f"describe {dbt.this}").fetchall()}
        stored = session.execute(f"select distinct resolution_fingerprint from {dbt.this}").fetchall() \
            if "resolution_fingerprint" in columns else []
        if stored == [(fingerprint,)]:
            seen = pa.array([r[0] for r in session.execute(f"select distinct entry_key from {dbt.this}").fetchall()],
                            type=pa.string())
            entries = entries.filter(pc.invert(pc.is_in(entries.column("entry_key"), value_set=seen)))
    resolved = resolve_entries(entries, refs_from_tables(**tables), config)
    return resolved.append_column("resolution_fingerprint", pa.array([fingerprint] * resolved.num_rows, pa.string()))
