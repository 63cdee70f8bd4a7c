"""One row per distinct raw credential entry and mention: the entry split into the credentials it names, each
resolved to a state credential code or sent to review. Thin: the logic is cte_credentials.resolve (tested there).

Incremental: a build resolves only the entries it has not resolved before (a new school year brings few new
spellings), unless the seeds, the thresholds, the fitted decision rule or the engine changed since (the fingerprint
differs): then every entry is resolved again and replaces its old rows.

A large batch is resolved in up to var cte:resolution_workers processes (one per core is right when nothing else
runs); each process holds its own references and its share of the entries (0.3 GB for the 1x data set).

Engine-agnostic (DuckDB and Spark): refs are read as Arrow and the result returned through cte_credentials.model_io.
The incremental strategy is set per engine in the yml (delete+insert on DuckDB; insert_overwrite on Spark, whose
Parquet tables have no delete: model_io.incremental_rows hands it the stored rows the batch does not replace)."""

import pyarrow as pa
import pyarrow.compute as pc

from cte_credentials.model_io import incremental_rows, query_arrow, table_columns, to_arrow, to_engine
from cte_credentials.resolve import ResolutionConfig, refs_from_tables
from cte_credentials.resolve.calibrate import calibrated_rule, identity, rows_of
from cte_credentials.resolve.fingerprint import resolution_fingerprint
from cte_credentials.resolve.parallel import resolve_entries_in_processes


def model(dbt, session):
    # incremental_strategy is in the yml: it depends on the engine
    dbt.config(materialized="incremental", unique_key="entry_key", on_schema_change="fail")
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
    # dbt passes a config value only for a dbt.config.get() it finds as a statement or as a call's direct argument
    # (inside `float(... or 0.8)` it is not found and the default would silently win), hence one per line
    min_score = dbt.config.get("min_score")
    min_margin = dbt.config.get("min_margin")
    bars_set = dbt.config.get("resolution_bars_set")
    workers = dbt.config.get("resolution_workers")
    config = ResolutionConfig(min_score=float(min_score), min_margin=float(min_margin))
    # the decision rule is fitted on the credential list at hand (cached by the list's fingerprint: seconds, once
    # per list), unless cte:resolution_min_score or cte:resolution_min_margin is set explicitly: on the command line
    # (--vars), or in dbt_project.yml to another value than the shipped 0.80 / 0.08. Then those fixed bars decide
    explicit = str(bars_set).strip().lower() == "true" or (config.min_score, config.min_margin) != (0.80, 0.08)
    if not explicit:
        config.rule = calibrated_rule(rows_of(tables))
    fingerprint = resolution_fingerprint(tables, {"min_score": config.min_score, "min_margin": config.min_margin,
                                                  "rule": identity(config.rule)})
    entries = to_arrow(dbt.ref("int_credential_entries"))
    if dbt.is_incremental:
        # a table built by an older version has no fingerprint: resolve everything, as after any change
        columns = table_columns(session, dbt.this)
        stored = query_arrow(session, f"select distinct resolution_fingerprint from {dbt.this}").column(0).to_pylist() \
            if "resolution_fingerprint" in columns else []
        if stored == [fingerprint]:
            seen = query_arrow(session, f"select distinct entry_key from {dbt.this}").column(0).cast(pa.string())
            entries = entries.filter(pc.invert(pc.is_in(entries.column("entry_key"), value_set=seen)))
    # a large batch is cut by name and resolved in several processes (same rows: cte_credentials/resolve/parallel)
    resolved = resolve_entries_in_processes(entries, refs_from_tables(**tables), config, int(workers))
    resolved = resolved.append_column("resolution_fingerprint",
                                      pa.array([fingerprint] * resolved.num_rows, pa.string()))
    if dbt.is_incremental:
        resolved = incremental_rows(session, dbt.this, resolved, "entry_key")
    return to_engine(session, resolved)
