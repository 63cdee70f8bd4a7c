-- Every raw vendor test attempt, renamed and cast, with the first rule it breaks (null when usable). Restricted:
-- schema pii. The skeleton every base_ model shares (source, raw text, final) is in macros/base_model.sql.
with

statuses as (
    select
        certification_status,
        is_pass
    from {{ ref('xwalk_vendor_result_statuses') }}
),

source as (
    select * from {{ source('pii', 'vendor_test_results') }}
),

vendor_years as (
    -- the vendor's year (Sept 2 - Sept 1) as its spring year, each spelling parsed once
    {{ distinct_spellings('source', 'vendor_year', parse_school_year('raw_vendor_year')) }}
),

renamed as {{ not_materialized() }} (
    -- read twice by flag_repeated_keys: not materialized, so its aggregate reads only the key columns
    select
        source.source_row_number,
        source.source_line_number,
        source.is_malformed,
        {{ clean_text('source.vendor_record_id') }} as vendor_record_id,
        {{ clean_text('source.vendor') }} as vendor_name,
        vendor_years.vendor_year,
        {{ clean_text('source.exam_code') }} as exam_code,
        {{ clean_text('source.exam_name') }} as exam_name,
        {{ clean_text('source.first_name') }} as first_name,
        {{ clean_text('source.middle_name') }} as middle_name,
        {{ clean_text('source.last_name') }} as last_name,
        {{ clean_text('source.home_address') }} as home_address,
        {{ clean_text('source.home_zip') }} as home_zip,
        {{ dbt.safe_cast(clean_text('source.birth_month'), 'integer') }} as birth_month,
        {{ dbt.safe_cast(clean_text('source.birth_day'), 'integer') }} as birth_day,
        {{ dbt.safe_cast(clean_text('source.birth_year'), 'integer') }} as birth_year,
        {{ clean_text('source.ssn') }} as ssn,
        {{ clean_text('source.school_district') }} as school_district_name,
        {{ clean_text('source.testing_site') }} as testing_site,
        {{ dbt.safe_cast(clean_text('source.test_date'), 'date') }} as test_date,
        {{ clean_text('source.score') }} as score_text,
        {{ dbt.safe_cast(clean_text('source.score'), 'double') }} as score,
        lower({{ clean_text('source.certification_status') }}) as certification_status,
        {{ raw_text('source', 'vendor_test_results') }}
    from source
    left join vendor_years
        on source.vendor_year is not distinct from vendor_years.raw_vendor_year
),

keyed as (
    {{ flag_repeated_keys('renamed', ['vendor_record_id']) }}
),

validated as (
    select
        {{ star_except(['is_malformed', 'is_repeated_key', 'score_text'], 'keyed') }},  -- noqa: RF02
        statuses.is_pass,
        case
            when keyed.is_malformed then 'malformed_row'
            when keyed.vendor_record_id is null then 'missing_vendor_record_id'
            when keyed.vendor_year is null then 'invalid_vendor_year'
            when keyed.vendor_name is null then 'missing_vendor'
            when keyed.exam_code is null then 'missing_exam_code'
            when keyed.test_date is null then 'invalid_test_date'
            when statuses.is_pass is null then 'unknown_certification_status'
            when keyed.score_text is not null and keyed.score is null then 'invalid_score'
            when keyed.is_repeated_key then 'duplicate_key'
        end as reject_reason
    from keyed
    left join statuses
        on keyed.certification_status = statuses.certification_status
),

final as (
    select {{ raw_text_of_rejects('vendor_test_results') }}
    from validated
)

select * from final
