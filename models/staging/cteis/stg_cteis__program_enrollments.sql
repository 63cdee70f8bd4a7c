-- The usable rows of the raw program enrollments file, typed.
with

base as (
    select * from {{ ref('base_cteis__program_enrollments') }}
    where reject_reason is null
),

final as (
    select
        source_row_number,
        student_id,
        school_year,
        program_serial_number,
        grade_level,
        courses_completed,
        is_concentrator_reported,
        is_completer_reported
    from base
)

select * from final
