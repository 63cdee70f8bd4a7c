-- The review queue's cohort counts and fct_student_attainment agree on who waits for review: the denominator
-- students with no counted credential and a mention needing review in their window are exactly those the mart marks
-- is_attainment_pending_review. Returns the students on one side only. If it fails, the queue's window or its
-- notion of a mention waiting on review has drifted from 5S1's (fct_student_attainment, macro
-- review_queue_condition): make them read the same rule again.
with

queue_side as (
    select distinct student_attainment_key
    from {{ ref('credential_review_queue_students') }}
    where not has_counted_credential and pending_review_mention_count > 0
),

mart_side as (
    select student_attainment_key
    from {{ ref('fct_student_attainment') }}
    where is_attainment_pending_review
),

only_one_side as (
    select
        coalesce(queue_side.student_attainment_key, mart_side.student_attainment_key) as student_attainment_key,
        case when queue_side.student_attainment_key is null then 'mart only' else 'queue only' end as found_in
    from queue_side
    full outer join mart_side
        on queue_side.student_attainment_key = mart_side.student_attainment_key
    where queue_side.student_attainment_key is null or mart_side.student_attainment_key is null
)

select * from only_one_side
