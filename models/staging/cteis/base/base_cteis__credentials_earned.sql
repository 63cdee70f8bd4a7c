-- Every raw credential row, renamed and cast, with the first rule it breaks (null when usable).
-- The membership tests below are validation, not enrichment: they only decide whether a row can be used.
with

source as (
    -- every record of the raw file, numbered in file order; a malformed record has only its line and its text
    select * from {{ source('cteis', 'credentials_earned') }}
),

school_years as (
    -- a file holds a handful of spellings of the school year: parse each once, not once per row
    select
        raw_school_year,
        {{ parse_school_year('raw_school_year') }} as school_year
    from (select distinct school_year as raw_school_year from source) as spellings
),

program_serials as (
    -- the usable rows of the program directory: a serial known only from a rejected row is unknown
    select program_serial_number from {{ ref('stg_cteis__program_serials') }}
),

credential_types as (
    select cast(credential_type_code as varchar) as credential_type_code
    from {{ ref('xwalk_credential_types') }}
),

renamed as (
    select
        source.source_row_number,
        source.source_line_number,
        source.is_malformed,
        {{ clean_text('source.ric') }} as student_id,
        school_years.school_year,
        {{ clean_text('source.program_serial_number') }} as program_serial_number,
        {{ clean_text('source.credential_name') }} as credential_name_raw,
        {{ clean_text('source.vendor') }} as vendor_raw,
        upper({{ clean_text('source.credential_code') }}) as credential_code_reported,
        {{ clean_text('source.credential_type_code') }} as credential_type_code,
        {{ clean_text('source.credential_type_name') }} as credential_type_name_raw,
        source.ric as raw_ric,
        source.school_year as raw_school_year,
        source.program_serial_number as raw_program_serial_number,
        source.credential_name as raw_credential_name,
        source.vendor as raw_vendor,
        source.credential_code as raw_credential_code,
        source.credential_type_code as raw_credential_type_code,
        source.credential_type_name as raw_credential_type_name,
        source.raw_line
    from source
    left join school_years
        on source.school_year is not distinct from school_years.raw_school_year
),

validated as (
    select
        * exclude (is_malformed),
        -- not exists, never not in: one null in the list would make not in unknown for every row
        case
            when is_malformed then 'malformed_row'
            when student_id is null then 'missing_student_id'
            when school_year is null then 'invalid_school_year'
            when program_serial_number is null then 'missing_program_serial_number'
            when not exists (
                select 1 from program_serials as ps
                where ps.program_serial_number = renamed.program_serial_number
            ) then 'unknown_program_serial_number'
            when not exists (
                select 1 from credential_types as ct
                where ct.credential_type_code = renamed.credential_type_code
            ) then 'unknown_credential_type_code'
            when
                credential_name_raw is null and vendor_raw is null
                and credential_code_reported is null
                then 'missing_credential_name'
        end as reject_reason
    from renamed
),

final as (
    select
        {{ raw_text_of_rejects([
            'ric',
            'school_year',
            'program_serial_number',
            'credential_name',
            'vendor',
            'credential_code',
            'credential_type_code',
            'credential_type_name'
        ]) }}
    from validated
)

select * from final
