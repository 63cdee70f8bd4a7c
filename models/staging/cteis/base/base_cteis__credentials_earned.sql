-- Every raw credential row, renamed and cast, with the first rule it breaks (null when usable).
-- The membership tests below are validation, not enrichment: they only decide whether a row can be used.
-- The skeleton every base_ model shares (source, school_years, raw text, final) is in macros/base_model.sql.
with

source as (
    select * from {{ source('cteis', 'credentials_earned') }}
),

school_years as (
    {{ school_year_spellings('source') }}
),

credential_types as (
    select cast(credential_type_code as {{ dbt.type_string() }}) as credential_type_code
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
        {{ raw_text('source', 'credentials_earned') }}
    from source
    left join school_years
        on source.school_year is not distinct from school_years.raw_school_year
),

validated as (
    select
        {{ star_except(['is_malformed']) }},
        case
            {{ record_rules('student_id') }}
            {{ program_serial_rules('renamed') }}
            -- not exists, never not in: one null in the list would make not in unknown for every row
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
    select {{ raw_text_of_rejects('credentials_earned') }}
    from validated
)

select * from final
