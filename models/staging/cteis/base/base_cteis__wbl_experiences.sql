-- Every raw WBL row, renamed and cast, with the first rule it breaks (null when usable).
-- The skeleton every base_ model shares (source, school_years, raw text, final) is in macros/base_model.sql.
with

source as (
    select * from {{ source('cteis', 'wbl_experiences') }}
),

school_years as (
    {{ school_year_spellings('source') }}
),

experience_codes as (
    select {{ string_agg_ordered('experience_code', "''", ['experience_code']) }} as all_codes
    from {{ ref('xwalk_wbl_experience_codes') }}
),

renamed as {{ not_materialized() }} (
    -- read twice by flag_repeated_keys: not materialized, so its aggregate reads only the key columns
    select
        source.source_row_number,
        source.source_line_number,
        source.is_malformed,
        {{ clean_text('source.ric') }} as student_id,
        school_years.school_year,
        {{ clean_text('source.program_serial_number') }} as program_serial_number,
        coalesce(trim(source.wbl_experiences), '') as wbl_experiences,
        length(coalesce(trim(source.wbl_experiences), '')) as wbl_string_length,
        -- the count column of each experience type (wbl_experience_types), as reported
        {%- for experience_type in wbl_experience_types() %}
            try_cast(trim(source.{{ experience_type }}_experiences) as integer) as {{ experience_type }}_count_reported,
        {%- endfor %}
        {{ raw_text('source', 'wbl_experiences') }}
    from source
    left join school_years
        on source.school_year is not distinct from school_years.raw_school_year
),

keyed as (
    {{ flag_repeated_keys('renamed', ['student_id', 'school_year', 'program_serial_number']) }}
),

checked as (
    select
        keyed.*,
        -- characters left after deleting every known experience code (translate, not a regular expression built
        -- per row: that was most of this model's time)
        length(translate(keyed.wbl_experiences, experience_codes.all_codes, '')) as unknown_character_count
    from keyed
    cross join experience_codes
),

validated as (
    select
        {{ star_except(['is_malformed', 'is_repeated_key', 'unknown_character_count']) }},
        case
            {{ record_rules('student_id') }}
            {{ program_serial_rules('checked') }}
            when unknown_character_count > 0 then 'invalid_wbl_character'
            when wbl_string_length > 30 then 'wbl_string_too_long'
            when (
                {%- for experience_type in wbl_experience_types() %}
                    {{ 'or ' if not loop.first }}{{ experience_type }}_count_reported is null
                    or {{ experience_type }}_count_reported < 0
                {%- endfor %}
            ) then 'invalid_count'
            when is_repeated_key then 'duplicate_key'
        end as reject_reason
    from checked
),

final as (
    select {{ raw_text_of_rejects('wbl_experiences') }}
    from validated
)

select * from final
