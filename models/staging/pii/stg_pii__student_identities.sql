-- The usable rows of the raw student identity file, typed. Restricted: schema pii (names, birth dates, addresses).
with

base as (
    select * from {{ ref('base_pii__student_identities') }}
    where reject_reason is null
),

final as (
    select
        source_row_number,
        student_id,
        school_year,
        first_name,
        middle_name,
        last_name,
        birth_date,
        home_address,
        home_zip,
        district_code
    from base
)

select * from final
