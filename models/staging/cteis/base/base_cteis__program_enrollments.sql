-- Every raw enrollment row, renamed and cast, with the first rule it breaks (null when usable).
-- The membership test below is validation, not enrichment: it only decides whether a row can be used.
with

source as (
    select
        *,
        row_number() over () as source_row_number
    from {{ source('cteis', 'program_enrollments') }}
),

program_serials as (
    select distinct trim(program_serial_number) as program_serial_number
    from {{ source('cteis', 'program_serials') }}
),

renamed as (
    select
        source_row_number,
        {{ clean_text('ric') }} as student_id,
        {{ parse_school_year('school_year') }} as school_year,
        {{ clean_text('program_serial_number') }} as program_serial_number,
        try_cast(trim(grade_level) as integer) as grade_level,
        try_cast(trim(courses_completed) as integer) as courses_completed,
        {{ to_boolean_flag('concentrator_flag') }} as is_concentrator_reported,
        {{ to_boolean_flag('completer_flag') }} as is_completer_reported,
        {{ is_valid_flag('concentrator_flag') }} and {{ is_valid_flag('completer_flag') }} as has_valid_flags,
        ric as raw_ric,
        school_year as raw_school_year,
        program_serial_number as raw_program_serial_number,
        grade_level as raw_grade_level,
        courses_completed as raw_courses_completed,
        concentrator_flag as raw_concentrator_flag,
        completer_flag as raw_completer_flag
    from source
),

final as (
    select
        * exclude (has_valid_flags),
        case
            when student_id is null then 'missing_student_id'
            when school_year is null then 'invalid_school_year'
            when program_serial_number not in (select ps.program_serial_number from program_serials as ps)
                then 'unknown_program_serial_number'
            when grade_level is null or grade_level not between 6 and 13 then 'invalid_grade_level'
            when courses_completed is null or courses_completed < 0 then 'invalid_count'
            when not has_valid_flags then 'invalid_flag'
            when row_number() over (
                partition by student_id, school_year, program_serial_number order by source_row_number
            ) > 1 then 'duplicate_key'
        end as reject_reason
    from renamed
)

select * from final
