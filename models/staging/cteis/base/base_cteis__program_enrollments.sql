-- Every raw enrollment row, renamed and cast, with the first rule it breaks (null when usable).
-- The skeleton every base_ model shares (source, school_years, raw text, final) is in macros/base_model.sql.
with

source as (
    select * from {{ source('cteis', 'program_enrollments') }}
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
        {{ clean_text('source.program_serial_number') }} as program_serial_number,
        try_cast(trim(source.grade_level) as integer) as grade_level,
        try_cast(trim(source.courses_completed) as integer) as courses_completed,
        {{ to_boolean_flag('source.concentrator_flag') }} as is_concentrator_reported,
        {{ to_boolean_flag('source.completer_flag') }} as is_completer_reported,
        {{ raw_text('source', 'program_enrollments') }}
    from source
    left join school_years
        on source.school_year is not distinct from school_years.raw_school_year
),

keyed as (
    {{ flag_repeated_keys('renamed', ['student_id', 'school_year', 'program_serial_number']) }}
),

validated as (
    select
        {{ star_except(['is_malformed', 'is_repeated_key']) }},
        case
            {{ record_rules('student_id') }}
            {{ program_serial_rules('keyed') }}
            when grade_level is null or grade_level not between 6 and 13 then 'invalid_grade_level'
            when courses_completed is null or courses_completed < 0 then 'invalid_count'
            -- a flag is null when blank or spelled in a way to_boolean_flag does not know
            when is_concentrator_reported is null or is_completer_reported is null then 'invalid_flag'
            when is_repeated_key then 'duplicate_key'
        end as reject_reason
    from keyed
),

final as (
    select {{ raw_text_of_rejects('program_enrollments') }}
    from validated
)

select * from final
