-- How far down the review queue a reviewer must go: for the first N groups, the strings they settle and the
-- distinct cohort students their decisions could move in or out of 5S1 (a student in two groups counted once), next
-- to the first N strings ranked by records affected alone, as the queue was ranked before groups. The README's
-- figures come from this query.
with

groups as (
    select * from {{ ref('credential_review_queue') }}
),

strings as (
    select * from {{ ref('credential_review_queue_strings') }}
),

students as (
    select * from {{ ref('credential_review_queue_students') }}
),

moved_by_group as (
    select
        groups.review_rank,
        group_students.student_attainment_key
    from {{ ref('credential_review_queue_group_students') }} as group_students
    inner join groups
        on group_students.review_group_key = groups.review_group_key
    where group_students.could_move
),

records_rank as (
    select
        credential_string_key,
        row_number() over (
            order by records_affected desc, normalized_name asc, normalized_vendor asc, cip_code asc
        ) as string_rank
    from strings
),

moved_by_string as (
    select
        records_rank.string_rank,
        students.student_attainment_key
    from students
    inner join records_rank
        on students.credential_string_key = records_rank.credential_string_key
    where {{ review_could_move('students.counted_queued_mention_count') }}
),

cutoffs as (
    select 20 as first_n
    union all
    select 50 as first_n
    union all
    select 100 as first_n
    union all
    select 1000 as first_n
    union all
    -- the whole queue
    select count(*) as first_n from strings
),

group_totals as (
    select
        cutoffs.first_n,
        count(*) as review_groups,
        sum(groups.member_count) as strings_settled
    from cutoffs
    inner join groups
        on cutoffs.first_n >= groups.review_rank
    group by cutoffs.first_n
),

group_cover as (
    select
        cutoffs.first_n,
        count(distinct moved_by_group.student_attainment_key) as cohort_students_covered
    from cutoffs
    inner join moved_by_group
        on cutoffs.first_n >= moved_by_group.review_rank
    group by cutoffs.first_n
),

string_cover as (
    select
        cutoffs.first_n,
        count(distinct moved_by_string.student_attainment_key) as cohort_students_covered_by_records_ranking
    from cutoffs
    inner join moved_by_string
        on cutoffs.first_n >= moved_by_string.string_rank
    group by cutoffs.first_n
),

final as (
    select
        cutoffs.first_n,
        coalesce(group_totals.review_groups, 0) as review_groups,
        coalesce(group_totals.strings_settled, 0) as strings_settled,
        coalesce(group_cover.cohort_students_covered, 0) as cohort_students_covered,
        coalesce(string_cover.cohort_students_covered_by_records_ranking, 0)
            as cohort_students_covered_by_records_ranking
    from cutoffs
    left join group_totals
        on cutoffs.first_n = group_totals.first_n
    left join group_cover
        on cutoffs.first_n = group_cover.first_n
    left join string_cover
        on cutoffs.first_n = string_cover.first_n
)

select * from final
order by first_n
