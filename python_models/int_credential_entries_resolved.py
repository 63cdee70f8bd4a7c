"""One row per distinct raw credential entry and mention: the entry split into the credentials it names, each
resolved to a state credential code or sent to review. Thin: the logic is cte_credentials.resolve (tested there)."""

from cte_credentials.resolve import ResolutionConfig, refs_from_tables, resolve_entries


def _arrow(relation):
    """DuckDB 2.0 relations return a RecordBatchReader from .arrow(); read it whole."""
    result = relation.arrow()
    return result.read_all() if hasattr(result, "read_all") else result


def model(dbt, session):
    dbt.config(materialized="table")
    refs = refs_from_tables(
        crosswalk=_arrow(dbt.ref("xwalk_credentials")),
        alignment=_arrow(dbt.ref("xwalk_credential_cip_alignment")),
        aliases=_arrow(dbt.ref("credential_aliases")),
        abbreviations=_arrow(dbt.ref("xwalk_credential_abbreviations")),
        vendor_aliases=_arrow(dbt.ref("xwalk_vendor_aliases")),
        junk=_arrow(dbt.ref("xwalk_junk_entries")),
    )
    config = ResolutionConfig(
        min_score=float(dbt.config.get("min_score") or 0.80),
        min_margin=float(dbt.config.get("min_margin") or 0.08),
    )
    entries = _arrow(dbt.ref("int_credential_entries"))
    return resolve_entries(entries, refs, config)
