-- One row per vendor exam in the vendor file (vendor, exam code): its name and how many attempts it has. Exam names
-- are the vendor's catalogue, not personal data; the credential they earn is settled in int_vendor_exam_credentials.
with

attempts as (
    select * from {{ ref('stg_pii__vendor_test_results') }}
),

final as (
    select
        {{ surrogate_key(['vendor_name', 'exam_code']) }} as vendor_exam_key,
        vendor_name,
        exam_code,
        min(exam_name) as exam_name,
        cast(count(*) as integer) as attempt_count,
        cast(min(vendor_year) as integer) as first_vendor_year,
        cast(max(vendor_year) as integer) as last_vendor_year
    from attempts
    group by vendor_name, exam_code
)

select * from final
