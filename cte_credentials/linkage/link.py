"""`link_vendor_records`: vendor test records -> students, one row per vendor record, no personal data out.

The function is the one a dbt Python model calls (load the two refs as Arrow, call it, return `.links`): it reads
names, birth dates and addresses, but its `links` and `candidates` tables hold only ids, probabilities, weights and
the comparison level each field reached (gamma columns), so they can leave the restricted `pii` schema. Everything
runs in one private in-memory DuckDB connection that is closed on return.
"""

from __future__ import annotations

import logging
import math
import time
from dataclasses import dataclass, field

import duckdb
import pyarrow as pa

from cte_credentials.linkage import model as link_model
from cte_credentials.linkage.classify import CANDIDATES_KEPT, Thresholds, decide, rank_candidates
from cte_credentials.linkage.prepare import prepare_records

VENDORS, IDENTITIES = "vendors", "identities"  # Splink's source_dataset names

# link_results columns, in order; every one is an id, a status, a number or a comparison level
LINK_COLUMNS = ["vendor_record_id", "ric", "link_status", "link_method", "candidate_ric", "match_probability",
                "match_weight", "second_match_weight", "candidate_count", *link_model.GAMMA_COLUMNS]
CANDIDATE_COLUMNS = ["vendor_record_id", "candidate_rank", "ric", "match_probability", "match_weight",
                     *link_model.GAMMA_COLUMNS]


@dataclass
class LinkageResult:
    """links: one row per vendor record (LINK_COLUMNS). candidates: the best CANDIDATES_KEPT students of each record
    that has any (CANDIDATE_COLUMNS), for review. model: the trained Splink model (parameters only, no data),
    to audit or to pass back in. seconds: time by step."""

    links: pa.Table
    candidates: pa.Table
    model: dict
    seconds: dict[str, float] = field(default_factory=dict)


def _weight(probability: float) -> float:
    return math.log2(probability / (1 - probability))


def predict_cut(thresholds: Thresholds) -> float:
    """The lowest match weight worth keeping: any pair below it can neither be a review candidate nor stop the best
    candidate from linking (it trails a linkable best by more than the margin)."""
    return min(_weight(thresholds.lower), _weight(thresholds.upper) - thresholds.margin) - 1.0


def _decisions_table(decisions: pa.Table | None) -> pa.Table:
    if decisions is None:
        return pa.table({"vendor_record_id": pa.array([], pa.string()), "decided_ric": pa.array([], pa.string())})
    missing = [c for c in ("vendor_record_id", "decided_ric") if c not in decisions.column_names]
    if missing:
        raise ValueError(f"decisions lack column(s) {', '.join(missing)}")
    return decisions.select(["vendor_record_id", "decided_ric"])


def link_vendor_records(identities: pa.Table, vendor_records: pa.Table, *, decisions: pa.Table | None = None,
                        thresholds: Thresholds | None = None, model: dict | None = None,
                        threads: int | None = None) -> LinkageResult:
    """Link each vendor record to at most one student of the identity table.

    identities: student_identities (RIC, SCHOOL_YEAR, FIRST/MIDDLE/LAST_NAME, BIRTH_DATE, HOME_ADDRESS, HOME_ZIP,
    DISTRICT_CODE), one row per student-year. vendor_records: vendor_test_results (VENDOR_RECORD_ID, names,
    HOME_ADDRESS, HOME_ZIP, BIRTH_MONTH/DAY/YEAR; optional DISTRICT_CODE from `with_district_codes`).
    decisions: reviewers' decisions (vendor_record_id, decided_ric: a RIC or NOT_A_MATCH) that override the model.
    model: a model from an earlier result's `.model` to score with instead of training (same thresholds apply).
    """
    thresholds = thresholds or Thresholds()
    seconds: dict[str, float] = {}
    start = time.perf_counter()
    con = duckdb.connect()
    try:
        # row order is never relied on (Splink samples by a hash of the ids; every output is sorted), so DuckDB
        # need not keep it, which frees it to run more steps in parallel
        con.execute("set preserve_insertion_order = false")
        if threads:
            con.execute(f"set threads = {int(threads)}")
        prepare_records(con, identities, vendor_records)
        con.register("link_decisions_in", _decisions_table(decisions))
        con.execute("create table link_decisions as select cast(vendor_record_id as varchar) as vendor_record_id, "
                    "upper(trim(cast(decided_ric as varchar))) as decided_ric from link_decisions_in "
                    "where nullif(trim(cast(decided_ric as varchar)), '') is not null")
        seconds["prepare"] = time.perf_counter() - start
        trained, predictions_table, linker_seconds = _score(con, model, thresholds)
        seconds.update(linker_seconds)
        t = time.perf_counter()
        rank_candidates(con, predictions_table, VENDORS)
        con.execute("create table link_vendor_ids as select unique_id as vendor_record_id from link_vendors")
        decide(con, "link_vendor_ids", thresholds, "link_decisions")
        links = con.sql(f"select {', '.join(LINK_COLUMNS)} from link_results order by vendor_record_id") \
            .to_arrow_table()
        candidates = con.sql(
            f"select {', '.join(CANDIDATE_COLUMNS)} from link_candidates where candidate_rank <= {CANDIDATES_KEPT} "
            "order by vendor_record_id, candidate_rank").to_arrow_table()
        seconds["decide"] = time.perf_counter() - t
    finally:
        con.close()
    seconds["total"] = time.perf_counter() - start
    return LinkageResult(links=links, candidates=candidates, model=trained, seconds=seconds)


def _score(con: duckdb.DuckDBPyConnection, model: dict | None, thresholds: Thresholds
           ) -> tuple[dict, str, dict[str, float]]:
    """Train (unless given a model) and score the blocked pairs; returns the model, the predictions table name and
    the time of each step."""
    from splink import DuckDBAPI, Linker

    seconds = {}
    t = time.perf_counter()
    db_api = DuckDBAPI(con)
    frames = [db_api.register("link_vendors", dataset_display_name=VENDORS),
              db_api.register("link_identities", dataset_display_name=IDENTITIES)]
    if model is None:
        linker = Linker(frames, link_model.settings(), log_level=logging.WARNING)
        link_model.train(linker)
        model = link_model.bounded(linker.misc.save_model_to_json())
        seconds["train"] = time.perf_counter() - t
        t = time.perf_counter()
    linker = Linker(frames, model, log_level=logging.WARNING)
    predictions = linker.inference.predict(threshold_match_weight=predict_cut(thresholds), warning_mode="never")
    con.execute(f"create table link_predictions as select * from {predictions.physical_name}")
    seconds["predict"] = time.perf_counter() - t
    return model, "link_predictions", seconds
