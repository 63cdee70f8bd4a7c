-- One row per vendor test record: the attempt (vendor, exam, date, score, pass or fail), the state credential its
-- exam earns and the student it is linked to, with the attempt's number among the student's attempts at that
-- credential. Ids and results only: the names stay in pii.
with

attempts as (
    select * from {{ ref('stg_pii__vendor_test_results') }}
),

links as (
    select * from {{ ref('int_vendor_links') }}
),

exams as (
    select * from {{ ref('int_vendor_exam_credentials') }}
),

joined as (
    select
        attempts.vendor_record_id,
        attempts.vendor_name,
        attempts.exam_code,
        exams.credential_code,
        exams.mapping_method as exam_mapping_method,
        attempts.vendor_year,
        attempts.test_date,
        {{ school_year_of_date('attempts.test_date') }} as school_year,
        attempts.score,
        attempts.is_pass,
        coalesce(links.link_status, 'unlinked') as link_status,
        links.link_method,
        links.student_id,
        links.match_probability,
        links.match_weight
    from attempts
    left join links
        on attempts.vendor_record_id = links.vendor_record_id
    left join exams
        on
            attempts.vendor_name = exams.vendor_name
            and attempts.exam_code = exams.exam_code
),

numbered as (
    -- attempts of a linked student at one credential, in date order (the record id breaks a same-day tie)
    select
        *,
        case
            when student_id is not null and credential_code is not null
                then row_number() over (
                    partition by student_id, credential_code
                    order by test_date, vendor_record_id
                )
        end as attempt_number
    from joined
),

final as (
    select
        vendor_record_id,
        vendor_name,
        exam_code,
        credential_code,
        exam_mapping_method,
        cast(vendor_year as integer) as vendor_year,
        test_date,
        school_year,
        cast(score as double) as score,
        is_pass,
        link_status,
        link_method,
        student_id,
        cast(match_probability as double) as match_probability,
        cast(match_weight as double) as match_weight,
        cast(attempt_number as integer) as attempt_number
    from numbered
)

select * from final
