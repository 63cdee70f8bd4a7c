-- Every raw enrollment row, renamed and cast, with the first rule it breaks (null when usable).
-- The membership test below is validation, not enrichment: it only decides whether a row can be used.
with

source as (
    -- every record of the raw file, numbered in file order; a malformed record has only its line and its text
    select * from {{ source('cteis', 'program_enrollments') }}
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

renamed as not materialized (
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
        source.ric as raw_ric,
        source.school_year as raw_school_year,
        source.program_serial_number as raw_program_serial_number,
        source.grade_level as raw_grade_level,
        source.courses_completed as raw_courses_completed,
        source.concentrator_flag as raw_concentrator_flag,
        source.completer_flag as raw_completer_flag,
        source.raw_line
    from source
    left join school_years
        on source.school_year is not distinct from school_years.raw_school_year
),

keyed as (
    {{ flag_repeated_keys('renamed', ['student_id', 'school_year', 'program_serial_number']) }}
),

validated as (
    select
        * exclude (is_malformed, is_repeated_key),
        -- not exists, never not in: one null in the list would make not in unknown for every row
        case
            when is_malformed then 'malformed_row'
            when student_id is null then 'missing_student_id'
            when school_year is null then 'invalid_school_year'
            when program_serial_number is null then 'missing_program_serial_number'
            when not exists (
                select 1 from program_serials as ps
                where ps.program_serial_number = keyed.program_serial_number
            ) then 'unknown_program_serial_number'
            when grade_level is null or grade_level not between 6 and 13 then 'invalid_grade_level'
            when courses_completed is null or courses_completed < 0 then 'invalid_count'
            -- a flag is null when blank or spelled in a way to_boolean_flag does not know
            when is_concentrator_reported is null or is_completer_reported is null then 'invalid_flag'
            when is_repeated_key then 'duplicate_key'
        end as reject_reason
    from keyed
),

final as (
    select
        {{ raw_text_of_rejects([
            'ric',
            'school_year',
            'program_serial_number',
            'grade_level',
            'courses_completed',
            'concentrator_flag',
            'completer_flag'
        ]) }}
    from validated
)

select * from final
