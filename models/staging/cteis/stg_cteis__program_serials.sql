-- The usable rows of the raw program serials file, typed.
with

base as (
    select * from {{ ref('base_cteis__program_serials') }}
    where reject_reason is null
),

final as (
    select
        source_row_number,
        program_serial_number,
        school_year,
        cip_code,
        program_name,
        program_type,
        building_code,
        building_name,
        district_code,
        district_name
    from base
)

select * from final
