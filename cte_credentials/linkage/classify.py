"""From scored pairs to one decision per vendor record: best student, status, evidence.

Splink scores pairs of records; a student has several identity records (addresses, names over the years), so the
best-scoring one stands for the student. A vendor record then links to one student only: the best, and only when
it is both likely (probability at or above the upper threshold) and clearly better than the next student (match
weight ahead by at least `margin`). Twins share everything but the first name, so the twin a record is not about
also scores high: the margin sends a record to review when the first name does not clearly say which twin it is,
and never lets it pick one. A record also goes to review rather than link when the person's own fields disagree
(model.PERSONAL_FIELDS: a parent named like the child, at the child's address). Reviewers' decisions override the
model, record by record.
"""

from __future__ import annotations

from dataclasses import dataclass

import duckdb

from cte_credentials.linkage.model import GAMMA_COLUMNS, personal_floor

NOT_A_MATCH = "NOT_A_MATCH"
CANDIDATES_KEPT = 3  # candidates per record in the candidates table (the review export shows them)


@dataclass(frozen=True)
class Thresholds:
    """Cut-offs on the best candidate's match probability, and the match-weight lead it needs over the second."""

    upper: float = 0.99
    lower: float = 0.5
    margin: float = 5.0


def rank_candidates(con: duckdb.DuckDBPyConnection, predictions: str, vendor_dataset: str) -> None:
    """Table `link_candidates`: one row per vendor record and student (its best identity record), ranked."""
    gammas = ", ".join(GAMMA_COLUMNS)
    con.execute(f"""
        create or replace table link_candidates as
        with pairs as (
            select
                case when source_dataset_l = '{vendor_dataset}' then unique_id_l else unique_id_r end
                    as vendor_record_id,
                case when source_dataset_l = '{vendor_dataset}' then ric_r else ric_l end as ric,
                match_weight, match_probability, {gammas}
            from {predictions}
        ),
        per_student as (
            select * from pairs
            qualify row_number() over (partition by vendor_record_id, ric
                                       order by match_weight desc, {gammas}) = 1
        )
        select
            vendor_record_id,
            row_number() over (partition by vendor_record_id order by match_weight desc, ric) as candidate_rank,
            ric, match_weight, match_probability, {gammas}
        from per_student
    """)


def decide(con: duckdb.DuckDBPyConnection, vendor_ids: str, thresholds: Thresholds, decisions: str | None) -> None:
    """Table `link_results`: one row per vendor record in `vendor_ids` (a table with column vendor_record_id)."""
    gammas = ", ".join(f"b.{g}" for g in GAMMA_COLUMNS)
    personal = " and ".join(f"(b.{g} = -1 or b.{g} >= {level})" for g, level in personal_floor().items())
    decided = (f"select vendor_record_id, decided_ric from {decisions}" if decisions else
               "select cast(null as varchar) as vendor_record_id, cast(null as varchar) as decided_ric where false")
    con.execute(f"""
        create or replace table link_results as
        with best as (select * from link_candidates where candidate_rank = 1),
        second as (select vendor_record_id, match_weight from link_candidates where candidate_rank = 2),
        counts as (select vendor_record_id, count(*) as candidate_count from link_candidates group by 1),
        decided as ({decided}),
        modelled as (
            select
                v.vendor_record_id,
                b.ric as candidate_ric,
                b.match_probability,
                b.match_weight,
                s.match_weight as second_match_weight,
                coalesce(c.candidate_count, 0) as candidate_count,
                case
                    when b.match_probability >= {thresholds.upper} and {personal}
                        and (s.match_weight is null or b.match_weight - s.match_weight >= {thresholds.margin})
                        then 'linked'
                    when b.match_probability >= {thresholds.lower} then 'review'
                    else 'unlinked'
                end as model_status,
                {gammas}
            from {vendor_ids} as v
            left join best as b on v.vendor_record_id = b.vendor_record_id
            left join second as s on v.vendor_record_id = s.vendor_record_id
            left join counts as c on v.vendor_record_id = c.vendor_record_id
        )
        select
            m.vendor_record_id,
            case
                when d.decided_ric = '{NOT_A_MATCH}' then null
                when d.decided_ric is not null then d.decided_ric
                when m.model_status = 'linked' then m.candidate_ric
            end as ric,
            case
                when d.decided_ric = '{NOT_A_MATCH}' then 'unlinked'
                when d.decided_ric is not null then 'linked'
                else m.model_status
            end as link_status,
            case when d.decided_ric is not null then 'clerical' else 'model' end as link_method,
            m.* exclude (vendor_record_id)
        from modelled as m
        left join decided as d on m.vendor_record_id = d.vendor_record_id
        order by m.vendor_record_id
    """)
