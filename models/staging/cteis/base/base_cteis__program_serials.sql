-- Every raw program directory row, renamed and cast, with the first rule it breaks (null when usable).
-- The skeleton every base_ model shares (source, school_years, raw text, final) is in macros/base_model.sql.
with

source as (
    select * from {{ source('cteis', 'program_serials') }}
),

school_years as (
    {{ school_year_spellings('source') }}
),

renamed as {{ not_materialized() }} (
    -- read twice by flag_repeated_keys: not materialized, so its aggregate reads only the key columns
    select
        source.source_row_number,
        source.source_line_number,
        source.is_malformed,
        {{ clean_text('source.program_serial_number') }} as program_serial_number,
        school_years.school_year,
        -- a code exported through a spreadsheet loses its leading zero ("1.0000"): pad it back
        case
            when {{ regexp_full_match('trim(source.cip_code)', '\\d{1,2}\\.\\d{4}') }}
                then lpad(trim(source.cip_code), 7, '0')
        end as cip_code,
        {{ clean_text('source.program_name') }} as program_name,
        lower({{ clean_text('source.program_type') }}) as program_type,
        {{ clean_text('source.building_code') }} as building_code,
        {{ clean_text('source.building_name') }} as building_name,
        {{ clean_text('source.district_code') }} as district_code,
        {{ clean_text('source.district_name') }} as district_name,
        {{ raw_text('source', 'program_serials') }}
    from source
    left join school_years
        on source.school_year is not distinct from school_years.raw_school_year
),

keyed as (
    {{ flag_repeated_keys('renamed', ['program_serial_number', 'school_year']) }}
),

validated as (
    select
        {{ star_except(['is_malformed', 'is_repeated_key']) }},
        case
            {{ record_rules('program_serial_number') }}
            when cip_code is null then 'invalid_cip_code'
            when building_code is null or district_code is null then 'missing_building_or_district'
            when is_repeated_key then 'duplicate_key'
        end as reject_reason
    from keyed
),

final as (
    select {{ raw_text_of_rejects('program_serials') }}
    from validated
)

select * from final
