-- The review groups a reviewer should settle first: the strings one decision settles, ranked by the cohort students
-- the decision could move in or out of 5S1, then by records affected. Export the whole queue with
-- `cte-credentials review-export` (one line per group; --strings for one line per string).
select
    review_rank,
    review_reason,
    member_count,
    cohort_students_affected,
    cohort_students_could_gain,
    cohort_students_could_lose,
    records_affected,
    example_text,
    group_vendor,
    cip_codes,
    candidate_1_name,
    candidate_1_score,
    candidate_2_name,
    candidate_2_score
from {{ ref('credential_review_queue') }}
order by review_rank
limit 50
