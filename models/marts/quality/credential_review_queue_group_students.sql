-- One row per review group and cohort student with a mention waiting on one of the group's strings: whether
-- deciding the group could move the student in or out of 5S1. The queue counts these rows; analyses read them.
with

strings as (
    select * from {{ ref('credential_review_queue_strings') }}
),

students as (
    select * from {{ ref('credential_review_queue_students') }}
),

group_students as (
    -- each student once per group, however many member strings they have a mention of
    select
        strings.review_group_key,
        students.student_attainment_key,
        bool_or(students.has_counted_credential) as has_counted_credential,
        sum(students.counted_queued_mention_count) as counted_group_mention_count,
        max(students.counted_mention_count) as counted_mention_count
    from students
    inner join strings
        on students.credential_string_key = strings.credential_string_key
    group by strings.review_group_key, students.student_attainment_key
),

final as (
    select
        review_group_key,
        student_attainment_key,
        has_counted_credential,
        cast(counted_group_mention_count as integer) as counted_group_mention_count,
        cast(counted_mention_count as integer) as counted_mention_count,
        {{ review_could_move('counted_group_mention_count') }} as could_move
    from group_students
)

select * from final
