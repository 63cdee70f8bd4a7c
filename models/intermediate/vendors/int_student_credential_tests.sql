-- One row per linked student and credential they tested for: when they first tested, how many attempts, whether
-- the first attempt passed and whether any did (eventual pass), and the first passing record.
with

attempts as (
    select * from {{ ref('int_vendor_attempts') }}
    where attempt_number is not null
),

first_passes as (
    select
        student_id,
        credential_code,
        vendor_record_id,
        test_date,
        school_year,
        match_probability,
        row_number() over (partition by student_id, credential_code order by test_date, vendor_record_id)
            as pass_order
    from attempts
    where is_pass
),

summary as (
    select
        student_id,
        credential_code,
        min(test_date) as first_test_date,
        min(school_year) as first_test_school_year,
        count(*) as attempt_count,
        sum(case when not is_pass then 1 else 0 end) as failed_attempt_count,
        max(case when attempt_number = 1 and is_pass then 1 else 0 end) = 1 as is_first_attempt_pass,
        max(case when is_pass then 1 else 0 end) = 1 as is_eventual_pass,
        min(vendor_name) as vendor_name,
        min(match_probability) as min_match_probability
    from attempts
    group by student_id, credential_code
),

final as (
    select
        {{ surrogate_key(['summary.student_id', 'summary.credential_code']) }} as student_credential_test_key,
        summary.student_id,
        summary.credential_code,
        summary.vendor_name,
        summary.first_test_date,
        cast(summary.first_test_school_year as integer) as first_test_school_year,
        cast(summary.attempt_count as integer) as attempt_count,
        cast(summary.failed_attempt_count as integer) as failed_attempt_count,
        summary.is_first_attempt_pass,
        summary.is_eventual_pass,
        first_passes.vendor_record_id as first_pass_vendor_record_id,
        first_passes.test_date as first_pass_test_date,
        cast(first_passes.school_year as integer) as first_pass_school_year,
        cast(first_passes.match_probability as double) as first_pass_match_probability,
        cast(summary.min_match_probability as double) as min_match_probability
    from summary
    left join first_passes
        on
            summary.student_id = first_passes.student_id
            and summary.credential_code = first_passes.credential_code
            and first_passes.pass_order = 1
)

select * from final
