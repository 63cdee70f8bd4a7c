"""The linkage inside the warehouse: staged tables in, one table of scores out, and back again for the review.

The dbt Python model `int_vendor_link_scores` reads the staged `pii` tables (snake_case, typed), which this module
turns into the raw shape `link_vendor_records` takes, and writes one table outside `pii`: one row per vendor record
and candidate student (ranks 1 to 3; a record no student scored for keeps one row, rank 1, with no candidate),
each carrying the record's decision. `split_scores` gives the links and candidates back, so `link-review-export
--warehouse` writes the review file from the warehouse without linking again.
"""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pyarrow as pa

from cte_credentials.linkage.link import CANDIDATE_COLUMNS, LINK_COLUMNS, LinkageResult
from cte_credentials.linkage.model import GAMMA_COLUMNS

# staged column -> the raw column link_vendor_records reads (every value passed as text, as the file had it)
IDENTITY_RENAMES = {"student_id": "RIC", "school_year": "SCHOOL_YEAR", "first_name": "FIRST_NAME",
                    "middle_name": "MIDDLE_NAME", "last_name": "LAST_NAME", "birth_date": "BIRTH_DATE",
                    "home_address": "HOME_ADDRESS", "home_zip": "HOME_ZIP", "district_code": "DISTRICT_CODE"}
VENDOR_RENAMES = {"vendor_record_id": "VENDOR_RECORD_ID", "vendor_name": "VENDOR", "first_name": "FIRST_NAME",
                  "middle_name": "MIDDLE_NAME", "last_name": "LAST_NAME", "home_address": "HOME_ADDRESS",
                  "home_zip": "HOME_ZIP", "birth_month": "BIRTH_MONTH", "birth_day": "BIRTH_DAY",
                  "birth_year": "BIRTH_YEAR", "school_district_name": "SCHOOL_DISTRICT", "test_date": "TEST_DATE"}
SERIAL_RENAMES = {"district_code": "DISTRICT_CODE", "district_name": "DISTRICT_NAME"}

CANDIDATE_FIELDS = ["candidate_student_id", "candidate_match_probability", "candidate_match_weight",
                    *[f"candidate_{g}" for g in GAMMA_COLUMNS]]
# the link decision's columns, as int_vendor_links publishes them (ric -> student_id)
LINK_FIELDS = ["student_id" if c == "ric" else c for c in LINK_COLUMNS if c != "vendor_record_id"]
SCORE_SCHEMA = pa.schema(
    [("vendor_record_id", pa.string()), ("candidate_rank", pa.int32()),
     ("student_id", pa.string()), ("link_status", pa.string()), ("link_method", pa.string()),
     ("candidate_ric", pa.string()), ("match_probability", pa.float64()), ("match_weight", pa.float64()),
     ("second_match_weight", pa.float64()), ("candidate_count", pa.int32()),
     *[(g, pa.int32()) for g in GAMMA_COLUMNS],
     ("candidate_student_id", pa.string()), ("candidate_match_probability", pa.float64()),
     ("candidate_match_weight", pa.float64()), *[(f"candidate_{g}", pa.int32()) for g in GAMMA_COLUMNS]])


def as_text(table: pa.Table, renames: dict[str, str]) -> pa.Table:
    """The staged columns under their raw names, as text (a date as YYYY-MM-DD, an integer as its digits)."""
    return pa.table({raw: table.column(staged).cast(pa.string()) for staged, raw in renames.items()
                     if staged in table.column_names})


def empty_scores() -> pa.Table:
    return SCORE_SCHEMA.empty_table()


def load_model(path: str | None) -> dict | None:
    """A stored Splink model (`result.model` saved as JSON) to score with instead of training, or None."""
    if not path or str(path).strip().lower() in ("", "none", "null"):
        return None
    return json.loads(Path(path).read_text(encoding="utf-8"))


def link_scores(result: LinkageResult) -> pa.Table:
    """One row per vendor record and candidate (rank 1-3), each with the record's decision; ids and numbers only."""
    con = duckdb.connect()
    try:
        con.register("links", result.links.select(LINK_COLUMNS))
        con.register("cands", result.candidates.select(CANDIDATE_COLUMNS))
        gammas = ", ".join(f"l.{g}" for g in GAMMA_COLUMNS)
        candidate_gammas = ", ".join(f"c.{g} as candidate_{g}" for g in GAMMA_COLUMNS)
        table = con.sql(f"""
            select l.vendor_record_id, cast(coalesce(c.candidate_rank, 1) as integer) as candidate_rank,
                l.ric as student_id, l.link_status, l.link_method, l.candidate_ric, l.match_probability,
                l.match_weight, l.second_match_weight, cast(l.candidate_count as integer) as candidate_count, {gammas},
                c.ric as candidate_student_id, c.match_probability as candidate_match_probability,
                c.match_weight as candidate_match_weight, {candidate_gammas}
            from links as l
            left join cands as c on l.vendor_record_id = c.vendor_record_id
            order by l.vendor_record_id, candidate_rank
        """).to_arrow_table()
    finally:
        con.close()
    return table.cast(SCORE_SCHEMA)


def split_scores(scores: pa.Table) -> LinkageResult:
    """The links and candidates of a scores table (int_vendor_link_scores), as `link_vendor_records` returned them."""
    con = duckdb.connect()
    try:
        con.register("scores", scores)
        gammas = ", ".join(GAMMA_COLUMNS)
        links = con.sql(f"""
            select vendor_record_id, student_id as ric, link_status, link_method, candidate_ric, match_probability,
                match_weight, second_match_weight, candidate_count, {gammas}
            from scores where candidate_rank = 1 order by vendor_record_id
        """).to_arrow_table()
        candidate_gammas = ", ".join(f"candidate_{g} as {g}" for g in GAMMA_COLUMNS)
        candidates = con.sql(f"""
            select vendor_record_id, candidate_rank, candidate_student_id as ric,
                candidate_match_probability as match_probability, candidate_match_weight as match_weight,
                {candidate_gammas}
            from scores where candidate_student_id is not null order by vendor_record_id, candidate_rank
        """).to_arrow_table()
    finally:
        con.close()
    return LinkageResult(links=links, candidates=candidates, model={})
