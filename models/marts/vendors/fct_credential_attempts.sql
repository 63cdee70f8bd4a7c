-- One row per vendor test attempt of a linked student at a state credential: student x credential x attempt date,
-- with the attempt number, pass or fail, score and the linkage's probability, and the student's first-attempt and
-- eventual outcome at that credential. Restricted (student level).
with

attempts as (
    select * from {{ ref('int_vendor_attempts') }}
    where attempt_number is not null
),

tests as (
    select * from {{ ref('int_student_credential_tests') }}
),

final as (
    select
        {{ surrogate_key(['attempts.vendor_record_id']) }} as credential_attempt_key,
        attempts.vendor_record_id,
        attempts.student_id,
        attempts.credential_code,
        attempts.test_date,
        attempts.school_year,
        attempts.vendor_year,
        attempts.vendor_name,
        attempts.exam_code,
        attempts.exam_mapping_method,
        attempts.attempt_number,
        attempts.attempt_number = 1 as is_first_attempt,
        attempts.is_pass,
        attempts.score,
        attempts.link_method,
        attempts.match_probability,
        attempts.match_weight,
        tests.is_first_attempt_pass,
        tests.is_eventual_pass,
        tests.attempt_count as student_attempt_count
    from attempts
    inner join tests
        on
            attempts.student_id = tests.student_id
            and attempts.credential_code = tests.credential_code
)

select * from final
