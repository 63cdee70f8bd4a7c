-- One row per school year and credential (state level): students who first tested for the credential that year and
-- how many of them passed at the first attempt and by now, and students with a covered self-report that year and
-- how many a vendor pass confirms. Counts before suppression: restricted (built into the intermediate schema).
with

attempts as (
    select * from {{ ref('fct_credential_attempts') }}
    where is_first_attempt
),

validation as (
    select * from {{ ref('fct_credential_validation') }}
    where validation_status in ('confirmed', 'contradicted')
),

takers as (
    select
        school_year,
        credential_code,
        count(distinct student_id) as test_taker_count,
        count(distinct case when is_first_attempt_pass then student_id end) as first_attempt_pass_count,
        count(distinct case when is_eventual_pass then student_id end) as eventual_pass_count
    from attempts
    group by school_year, credential_code
),

reports as (
    select
        school_year,
        credential_code,
        count(distinct student_id) as covered_report_count,
        count(distinct case when validation_status = 'confirmed' then student_id end) as confirmed_report_count
    from validation
    group by school_year, credential_code
),

final as (
    select
        cast(coalesce(takers.school_year, reports.school_year) as integer) as school_year,
        coalesce(takers.credential_code, reports.credential_code) as credential_code,
        cast(coalesce(takers.test_taker_count, 0) as integer) as test_taker_count,
        cast(coalesce(takers.first_attempt_pass_count, 0) as integer) as first_attempt_pass_count,
        cast(coalesce(takers.eventual_pass_count, 0) as integer) as eventual_pass_count,
        cast(coalesce(reports.covered_report_count, 0) as integer) as covered_report_count,
        cast(coalesce(reports.confirmed_report_count, 0) as integer) as confirmed_report_count
    from takers
    full outer join reports
        on
            takers.school_year = reports.school_year
            and takers.credential_code = reports.credential_code
)

select * from final
