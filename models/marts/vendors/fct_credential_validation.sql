-- One row per self-reported credential mention with a resolved code, and per linked vendor pass no school reported:
-- whether a data-sharing vendor's records confirm, contradict or cannot speak to the school's report. See the yml
-- for the business rules (windows, coverage, reasons).
{%- set window_years = var('cte:validation_window_years') | int %}
{%- set coverage_years_before = var('cte:validation_coverage_years_before') | int %}
with

reported as (
    select * from {{ ref('fct_credentials_earned') }}
    where credential_code is not null
),

mentions as (
    select * from reported
    where resolution_status = 'resolved'
),

attempts as (
    select * from {{ ref('int_vendor_attempts') }}
    where attempt_number is not null
),

tests as (
    select * from {{ ref('int_student_credential_tests') }}
),

agreements as (
    select * from {{ ref('xwalk_data_sharing_vendors') }}
),

vendors_in_file as (
    select distinct vendor_name from {{ ref('int_vendor_exams') }}
),

exams as (
    -- credentials a vendor has an exam for: seen in its file, or listed in the hand-kept seed
    select
        vendor_name,
        credential_code
    from {{ ref('int_vendor_exam_credentials') }}
    where credential_code is not null
    union
    select
        vendor_name,
        credential_code
    from {{ ref('xwalk_vendor_exams') }}
),

credentials as (
    select * from {{ ref('xwalk_credentials') }}
),

alignment as (
    select * from {{ ref('xwalk_credential_cip_alignment') }}
),

review_schedule as (
    select * from {{ ref('xwalk_cip_review_schedule') }}
),

enrollments as (
    select * from {{ ref('stg_cteis__program_enrollments') }}
),

program_years as (
    select * from {{ ref('int_program_years') }}
),

window_passes as (
    -- the latest linked pass of the student at the credential in the mention's window
    select
        mentions.credential_mention_key,
        attempts.vendor_record_id,
        attempts.test_date,
        attempts.match_probability,
        row_number() over (
            partition by mentions.credential_mention_key
            order by attempts.test_date desc, attempts.vendor_record_id asc
        ) as pass_rank
    from mentions
    inner join attempts
        on
            mentions.student_id = attempts.student_id
            and mentions.credential_code = attempts.credential_code
    where
        attempts.is_pass
        and attempts.school_year <= mentions.school_year
        and attempts.school_year > mentions.school_year - {{ window_years }}
),

window_fails as (
    select
        mentions.credential_mention_key,
        count(*) as failed_attempt_count
    from mentions
    inner join attempts
        on
            mentions.student_id = attempts.student_id
            and mentions.credential_code = attempts.credential_code
    where
        not attempts.is_pass
        and attempts.school_year <= mentions.school_year
        and attempts.school_year > mentions.school_year - {{ window_years }}
    group by mentions.credential_mention_key
),

mention_status as (
    select
        mentions.credential_mention_key,
        mentions.source_row_number,
        mentions.mention_index,
        mentions.student_id,
        mentions.school_year,
        mentions.program_serial_number,
        mentions.district_code,
        mentions.credential_code,
        agreements.vendor_name as data_sharing_vendor_name,
        true as is_self_reported,
        case
            when agreements.vendor_name is null then 'vendor_shares_no_data'
            when vendors_in_file.vendor_name is null then 'no_vendor_file'
            when exams.credential_code is null then 'no_exam_in_file'
            when window_passes.vendor_record_id is not null then 'vendor_pass'
            -- no pass found, but one could predate what the vendor shares: say nothing rather than contradict
            when mentions.school_year - {{ coverage_years_before }} < agreements.shares_from_school_year
                then 'before_coverage'
            when window_fails.failed_attempt_count > 0 then 'only_failed'
            else 'no_attempt_found'
        end as validation_reason,
        window_passes.vendor_record_id as passing_vendor_record_id,
        window_passes.test_date as pass_test_date,
        window_passes.match_probability as pass_match_probability,
        coalesce(window_fails.failed_attempt_count, 0) as failed_attempt_count,
        mentions.is_counted
    from mentions
    left join agreements
        on mentions.vendor_name = agreements.credential_vendor_name
    left join vendors_in_file
        on agreements.vendor_name = vendors_in_file.vendor_name
    left join exams
        on
            agreements.vendor_name = exams.vendor_name
            and mentions.credential_code = exams.credential_code
    left join window_passes
        on
            mentions.credential_mention_key = window_passes.credential_mention_key
            and window_passes.pass_rank = 1
    left join window_fails
        on mentions.credential_mention_key = window_fails.credential_mention_key
),

unreported as (
    -- a linked pass of a credential the school never reported for the student (in any year)
    select tests.*
    from tests
    where
        tests.is_eventual_pass
        and not exists (
            select 1 from reported
            where
                reported.student_id = tests.student_id
                and reported.credential_code = tests.credential_code
        )
),

pass_year_programs as (
    -- the program the student had most courses in during the pass's school year: where the pass is attributed
    select
        unreported.student_id,
        unreported.credential_code,
        enrollments.program_serial_number,
        program_years.district_code,
        program_years.cip_code,
        row_number() over (
            partition by unreported.student_id, unreported.credential_code
            order by enrollments.courses_completed desc, enrollments.program_serial_number asc
        ) as program_rank
    from unreported
    inner join enrollments
        on
            unreported.student_id = enrollments.student_id
            and unreported.first_pass_school_year = enrollments.school_year
    left join program_years
        on
            enrollments.program_serial_number = program_years.program_serial_number
            and enrollments.school_year = program_years.school_year
),

unreported_classified as (
    select
        unreported.*,
        pass_year_programs.program_serial_number,
        pass_year_programs.district_code,
        {{ credential_classification_inputs('pass_year_programs.cip_code') }},
        cast(null as {{ dbt.type_string() }}) as credential_type_reported
    from unreported
    left join pass_year_programs
        on
            unreported.student_id = pass_year_programs.student_id
            and unreported.credential_code = pass_year_programs.credential_code
            and pass_year_programs.program_rank = 1
    left join credentials
        on unreported.credential_code = credentials.credential_code
    left join alignment
        on
            unreported.credential_code = alignment.credential_code
            and pass_year_programs.cip_code = alignment.cip_code
    left join review_schedule
        on pass_year_programs.cip_code = review_schedule.cip_code
),

unreported_status as (
    select
        *,
        {{ credential_statuses('first_pass_school_year') }}
    from unreported_classified
),

unreported_rows as (
    select
        cast(null as {{ dbt.type_string() }}) as credential_mention_key,
        cast(null as bigint) as source_row_number,
        cast(null as integer) as mention_index,
        student_id,
        first_pass_school_year as school_year,
        program_serial_number,
        district_code,
        credential_code,
        vendor_name as data_sharing_vendor_name,
        false as is_self_reported,
        'unreported_pass' as validation_reason,
        first_pass_vendor_record_id as passing_vendor_record_id,
        first_pass_test_date as pass_test_date,
        first_pass_match_probability as pass_match_probability,
        failed_attempt_count,
        coalesce(
            {{ credential_status_for_attainment() }} in (
                {%- for type_name in var('cte:counted_credential_types') %}
                    '{{ type_name }}'{{ ',' if not loop.last }}
                {%- endfor %}
            ),
            false
        ) as is_counted
    from unreported_status
),

unioned as (
    select * from mention_status
    union all
    select * from unreported_rows
),

final as (
    select
        {{ surrogate_key(['credential_mention_key', 'student_id', 'credential_code', 'is_self_reported']) }}
            as credential_validation_key,
        credential_mention_key,
        source_row_number,
        cast(mention_index as integer) as mention_index,
        student_id,
        cast(school_year as integer) as school_year,
        program_serial_number,
        district_code,
        credential_code,
        data_sharing_vendor_name,
        is_self_reported,
        case
            when validation_reason = 'vendor_pass' then 'confirmed'
            when validation_reason in ('only_failed', 'no_attempt_found') then 'contradicted'
            when validation_reason = 'unreported_pass' then 'unreported'
            else 'not_covered'
        end as validation_status,
        validation_reason,
        passing_vendor_record_id,
        pass_test_date,
        cast(pass_match_probability as double) as pass_match_probability,
        cast(failed_attempt_count as integer) as failed_attempt_count,
        is_counted
    from unioned
)

select * from final
