-- The usable rows of the raw vendor test results file, typed. Restricted: schema pii (names, birth dates,
-- addresses, SSNs).
with

base as (
    select * from {{ ref('base_pii__vendor_test_results') }}
    where reject_reason is null
),

final as (
    select
        source_row_number,
        vendor_record_id,
        vendor_name,
        vendor_year,
        exam_code,
        exam_name,
        first_name,
        middle_name,
        last_name,
        home_address,
        home_zip,
        birth_month,
        birth_day,
        birth_year,
        ssn,
        school_district_name,
        testing_site,
        test_date,
        score,
        certification_status,
        is_pass
    from base
)

select * from final
