-- The strings a reviewer should settle first: unresolved or low-confidence, by number of records affected.
-- Export the whole queue with `cte-credentials review-export`.
select
    review_rank,
    review_reason,
    records_affected,
    example_text,
    normalized_vendor,
    cip_code,
    candidate_1_name,
    candidate_1_score,
    candidate_2_name,
    candidate_2_score
from {{ ref('credential_review_queue') }}
order by review_rank
limit 50
