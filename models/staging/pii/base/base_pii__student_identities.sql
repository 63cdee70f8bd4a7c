-- Every raw identity row, renamed and cast, with the first rule it breaks (null when usable). Restricted: schema
-- pii. The skeleton every base_ model shares (source, school_years, raw text, final) is in macros/base_model.sql.
with

source as (
    select * from {{ source('pii', 'student_identities') }}
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
        {{ clean_text('source.ric') }} as student_id,
        school_years.school_year,
        {{ clean_text('source.first_name') }} as first_name,
        {{ clean_text('source.middle_name') }} as middle_name,
        {{ clean_text('source.last_name') }} as last_name,
        {{ clean_text('source.birth_date') }} as birth_date_text,
        {{ dbt.safe_cast(clean_text('source.birth_date'), 'date') }} as birth_date,
        {{ clean_text('source.home_address') }} as home_address,
        {{ clean_text('source.home_zip') }} as home_zip,
        {{ clean_text('source.district_code') }} as district_code,
        {{ raw_text('source', 'student_identities') }}
    from source
    left join school_years
        on source.school_year is not distinct from school_years.raw_school_year
),

keyed as (
    {{ flag_repeated_keys('renamed', ['student_id', 'school_year']) }}
),

validated as (
    select
        {{ star_except(['is_malformed', 'is_repeated_key', 'birth_date_text']) }},
        case
            {{ record_rules('student_id') }}
            when birth_date_text is not null and birth_date is null then 'invalid_birth_date'
            when is_repeated_key then 'duplicate_key'
        end as reject_reason
    from keyed
),

final as (
    select {{ raw_text_of_rejects('student_identities') }}
    from validated
)

select * from final
