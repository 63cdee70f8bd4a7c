-- Every raw program directory row, renamed and cast, with the first rule it breaks (null when usable).
with

source as (
    -- every record of the raw file, numbered in file order; a malformed record has only its line and its text
    select * from {{ source('cteis', 'program_serials') }}
),

renamed as not materialized (
    -- read twice by flag_repeated_keys: not materialized, so its aggregate reads only the key columns
    select
        source_row_number,
        source_line_number,
        is_malformed,
        {{ clean_text('program_serial_number') }} as program_serial_number,
        {{ parse_school_year('school_year') }} as school_year,
        -- a code exported through a spreadsheet loses its leading zero ("1.0000"): pad it back
        case
            when regexp_full_match(trim(cip_code), '\d{1,2}\.\d{4}')
                then lpad(trim(cip_code), 7, '0')
        end as cip_code,
        {{ clean_text('program_name') }} as program_name,
        lower({{ clean_text('program_type') }}) as program_type,
        {{ clean_text('building_code') }} as building_code,
        {{ clean_text('building_name') }} as building_name,
        {{ clean_text('district_code') }} as district_code,
        {{ clean_text('district_name') }} as district_name,
        program_serial_number as raw_program_serial_number,
        school_year as raw_school_year,
        cip_code as raw_cip_code,
        program_name as raw_program_name,
        program_type as raw_program_type,
        building_code as raw_building_code,
        building_name as raw_building_name,
        district_code as raw_district_code,
        district_name as raw_district_name,
        raw_line
    from source
),

keyed as (
    {{ flag_repeated_keys('renamed', ['program_serial_number', 'school_year']) }}
),

validated as (
    select
        * exclude (is_malformed, is_repeated_key),
        case
            when is_malformed then 'malformed_row'
            when program_serial_number is null then 'missing_program_serial_number'
            when school_year is null then 'invalid_school_year'
            when cip_code is null then 'invalid_cip_code'
            when building_code is null or district_code is null then 'missing_building_or_district'
            when is_repeated_key then 'duplicate_key'
        end as reject_reason
    from keyed
),

final as (
    select
        {{ raw_text_of_rejects([
            'program_serial_number',
            'school_year',
            'cip_code',
            'program_name',
            'program_type',
            'building_code',
            'building_name',
            'district_code',
            'district_name'
        ]) }}
    from validated
)

select * from final
