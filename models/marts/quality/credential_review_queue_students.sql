-- One row per student of the attainment denominator (a row of fct_student_attainment: student and cohort year) and
-- queued string the student has a mention of, waiting on that string's review, inside their credential window.
-- The queue's cohort counts are read from here; see the yml for the rules.
with

strings as (
    select * from {{ ref('int_credential_strings') }}
),

mentions as (
    select * from {{ ref('int_credential_mentions') }}
),

earned as (
    select * from {{ ref('fct_credentials_earned') }}
),

attainment as (
    select * from {{ ref('fct_student_attainment') }}
),

queued_strings as (
    select credential_string_key
    from strings
    where {{ review_queue_condition() }}
),

queued_mentions as (
    -- the mentions a decision on their string decides again: those decided from the string's text as it stands. A
    -- mention of the same string resolved by a code picked in the drop-down keeps that code whatever the review says
    select
        mentions.credential_mention_key,
        queued_strings.credential_string_key,
        mentions.resolution_status = 'needs_review' as is_pending_review
    from mentions
    inner join queued_strings
        on
            {{ surrogate_key(['mentions.normalized_name', 'mentions.normalized_vendor', 'mentions.cip_code']) }}
            = queued_strings.credential_string_key
    where {{ review_queue_condition() }}
),

window_mentions as (
    -- each student's mentions that count or wait on review, in the window fct_student_attainment reads (reported
    -- up to the cohort year plus cte:attainment_grace_years)
    select
        attainment.student_attainment_key,
        attainment.student_id,
        attainment.cohort_year,
        attainment.has_counted_credential,
        earned.is_counted,
        queued_mentions.credential_string_key,
        queued_mentions.is_pending_review
    from attainment
    inner join earned
        on
            attainment.student_id = earned.student_id
            and earned.school_year <= attainment.cohort_year + {{ var('cte:attainment_grace_years') | int }}
    left join queued_mentions
        on earned.credential_mention_key = queued_mentions.credential_mention_key
    where earned.is_counted or queued_mentions.credential_mention_key is not null
),

student_counted as (
    select
        student_attainment_key,
        count(*) filter (where is_counted) as counted_mention_count
    from window_mentions
    group by student_attainment_key
),

final as (
    select
        {{ surrogate_key(['window_mentions.student_attainment_key', 'window_mentions.credential_string_key']) }}
            as review_student_key,
        window_mentions.student_attainment_key,
        window_mentions.student_id,
        window_mentions.cohort_year,
        window_mentions.credential_string_key,
        window_mentions.has_counted_credential,
        cast(count(*) as integer) as queued_mention_count,
        cast(count(*) filter (where window_mentions.is_pending_review) as integer) as pending_review_mention_count,
        cast(count(*) filter (where window_mentions.is_counted) as integer) as counted_queued_mention_count,
        cast(student_counted.counted_mention_count as integer) as counted_mention_count
    from window_mentions
    inner join student_counted
        on window_mentions.student_attainment_key = student_counted.student_attainment_key
    where window_mentions.credential_string_key is not null
    group by
        window_mentions.student_attainment_key,
        window_mentions.student_id,
        window_mentions.cohort_year,
        window_mentions.credential_string_key,
        window_mentions.has_counted_credential,
        student_counted.counted_mention_count
)

select * from final
