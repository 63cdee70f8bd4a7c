-- One row per student, population and cohort year: every population a denominator can be drawn from, with the
-- program the student is attributed to. The attainment mart keeps the one chosen by cte:attainment_denominator.
with

exits as (
    select * from {{ ref('int_student_exits_first') }}
),

student_programs as (
    select * from {{ ref('int_student_programs') }}
),

student_years as (
    select * from {{ ref('dim_student_years') }}
),

first_seen as (
    -- the extract has a grade only for CTE enrollments: a student's first year in the demographics file is
    -- taken as the ninth-grade year, so only cohorts whose ninth grade is inside the extract are formed
    select
        student_id,
        min(school_year) as first_school_year
    from student_years
    group by student_id
),

leavers as (
    select
        exits.student_id,
        exits.exit_school_year as cohort_year,
        exits.is_graduate
    from exits
),

ninth_grade_cohort as (
    select
        student_id,
        first_school_year + 3 as cohort_year,
        'ninth_grade_cohort' as population
    from first_seen
    where first_school_year > {{ var('cte:first_school_year') | int }}
),

student_cohort_years as (
    select
        student_id,
        cohort_year
    from leavers
    union
    select
        student_id,
        cohort_year
    from ninth_grade_cohort
),

program_status as (
    -- each student's programs as of the cohort year
    select
        student_cohort_years.student_id,
        student_cohort_years.cohort_year,
        student_programs.program_serial_number,
        student_programs.courses_completed,
        student_programs.last_school_year,
        coalesce(student_programs.concentrator_school_year <= student_cohort_years.cohort_year, false)
            as is_concentrator,
        coalesce(student_programs.completer_school_year <= student_cohort_years.cohort_year, false) as is_completer
    from student_cohort_years
    inner join student_programs
        on
            student_cohort_years.student_id = student_programs.student_id
            and student_cohort_years.cohort_year >= student_programs.first_school_year
),

leaver_flags as (
    select
        leavers.student_id,
        leavers.cohort_year,
        leavers.is_graduate,
        bool_or(program_status.is_concentrator) as is_concentrator,
        bool_or(program_status.is_completer) as is_completer
    from leavers
    inner join program_status
        on
            leavers.student_id = program_status.student_id
            and leavers.cohort_year = program_status.cohort_year
    group by leavers.student_id, leavers.cohort_year, leavers.is_graduate
),

populations as (
    select
        student_id,
        cohort_year,
        'graduates' as population
    from leavers
    where is_graduate

    union all

    select
        student_id,
        cohort_year,
        'cte_enrolled' as population
    from leaver_flags

    union all

    select
        student_id,
        cohort_year,
        'concentrators' as population
    from leaver_flags
    where is_graduate and is_concentrator

    union all

    select
        student_id,
        cohort_year,
        'completers' as population
    from leaver_flags
    where is_graduate and is_completer

    union all

    select
        student_id,
        cohort_year,
        population
    from ninth_grade_cohort
),

ranked_programs as (
    -- the one program a student is attributed to: a concentrated program first, then the most courses, then the
    -- latest enrolled, then the lowest serial number (so a student counts once at every level)
    select
        student_id,
        cohort_year,
        program_serial_number,
        row_number() over (
            partition by student_id, cohort_year
            order by is_concentrator desc, courses_completed desc, last_school_year desc, program_serial_number asc
        ) as program_rank
    from program_status
),

final as (
    select
        populations.student_id,
        cast(populations.cohort_year as integer) as cohort_year,
        populations.population,
        ranked_programs.program_serial_number
    from populations
    left join ranked_programs
        on
            populations.student_id = ranked_programs.student_id
            and populations.cohort_year = ranked_programs.cohort_year
            and ranked_programs.program_rank = 1
    where populations.cohort_year <= {{ var('cte:current_school_year') | int }}
)

select * from final
