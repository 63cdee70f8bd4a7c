-- One row per student, population and cohort year: every population a denominator can be drawn from, with the
-- program the student is attributed to. The attainment mart keeps the one chosen by cte:attainment_denominator.
with

exits as (
    select * from {{ ref('int_student_exits_first') }}
),

student_programs as (
    select * from {{ ref('int_student_programs') }}
),

demographics as (
    -- a student-year has a demographics record exactly when it has a row in dim_student_years; read from staging
    -- so that an intermediate model never reads a mart
    select * from {{ ref('stg_cteis__student_demographics') }}
),

first_seen as (
    -- the extract has a grade only for CTE enrollments: a student's first year in the demographics file is
    -- taken as the ninth-grade year, so only cohorts whose ninth grade is inside the extract are formed. A first
    -- year after current - 3 forms a cohort past the current year, which final drops: skipping those years cannot
    -- change a kept student's first year and takes their rows out of this aggregate
    select
        student_id,
        min(school_year) as first_school_year
    from demographics
    where school_year <= {{ var('cte:current_school_year') | int }} - 3
    group by student_id
),

leavers as (
    -- final's cohort year filter, applied here too so that programs are ranked only for cohorts that are kept
    select
        exits.student_id,
        exits.exit_school_year as cohort_year,
        exits.is_graduate
    from exits
    where exits.exit_school_year <= {{ var('cte:current_school_year') | int }}
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

cohort_programs as (
    -- per student and cohort year, in one aggregate over their programs: whether any made them a concentrator or
    -- completer, and the one program they are attributed to: a concentrated program first, then the most courses,
    -- then the latest enrolled, then the lowest serial number (so a student counts once at every level). min_by over
    -- that order as a row (descending keys negated; a null field sorts last, as NULLS LAST did in the ranking window
    -- this replaces; serial numbers are never null, tested) saves the window and a join per population row
    select
        student_id,
        cohort_year,
        bool_or(is_concentrator) as is_concentrator,
        bool_or(is_completer) as is_completer,
        {{ min_by_tuple(
            'program_serial_number',
            ['not is_concentrator', '-courses_completed', '-last_school_year', 'program_serial_number'],
        ) }} as program_serial_number
    from program_status
    group by student_id, cohort_year
),

tests as (
    -- linked vendor attempts per student and credential (empty without vendor files)
    select * from {{ ref('int_student_credential_tests') }}
),

leaver_tests as (
    -- each leaver's vendor tests by the cohort year: whether they took any and whether a first attempt passed
    select
        leavers.student_id,
        leavers.cohort_year,
        max(case when tests.is_first_attempt_pass then 1 else 0 end) = 1 as has_first_attempt_pass
    from leavers
    inner join tests
        on
            leavers.student_id = tests.student_id
            and leavers.cohort_year >= tests.first_test_school_year
    group by leavers.student_id, leavers.cohort_year
),

leaver_programs as (
    -- each leaver with their program flags and attributed program, joined once per leaver rather than once per
    -- population row
    select
        leavers.student_id,
        leavers.cohort_year,
        leavers.is_graduate,
        cohort_programs.student_id is not null as is_cte_enrolled,
        leaver_tests.student_id is not null as is_test_taker,
        coalesce(leaver_tests.has_first_attempt_pass, false) as is_first_attempt_passer,
        coalesce(cohort_programs.is_concentrator, false) as is_concentrator,
        coalesce(cohort_programs.is_completer, false) as is_completer,
        cohort_programs.program_serial_number
    from leavers
    left join cohort_programs
        on
            leavers.student_id = cohort_programs.student_id
            and leavers.cohort_year = cohort_programs.cohort_year
    left join leaver_tests
        on
            leavers.student_id = leaver_tests.student_id
            and leavers.cohort_year = leaver_tests.cohort_year
),

{#-
    Who is in each population drawn from the leavers of a cohort year (attainment_populations() lists them all,
    with the ninth-grade cohort, which is drawn from first years instead). One union branch per population.
-#}
{%- set leaver_populations = {
    'graduates': 'is_graduate',
    'cte_enrolled': 'is_cte_enrolled',
    'concentrators': 'is_graduate and is_concentrator',
    'completers': 'is_graduate and is_completer',
    'test_takers': 'is_cte_enrolled and is_test_taker',
    'first_attempt_passers': 'is_cte_enrolled and is_first_attempt_passer',
} %}

populations as (
    {%- for population in attainment_populations() if population in leaver_populations %}
        select
            student_id,
            cohort_year,
            '{{ population }}' as population,
            program_serial_number
        from leaver_programs
        where {{ leaver_populations[population] }}

        union all
    {%- endfor %}

    select
        ninth_grade_cohort.student_id,
        ninth_grade_cohort.cohort_year,
        ninth_grade_cohort.population,
        cohort_programs.program_serial_number
    from ninth_grade_cohort
    left join cohort_programs
        on
            ninth_grade_cohort.student_id = cohort_programs.student_id
            and ninth_grade_cohort.cohort_year = cohort_programs.cohort_year
),

final as (
    select
        student_id,
        cast(cohort_year as integer) as cohort_year,
        population,
        program_serial_number
    from populations
    where cohort_year <= {{ var('cte:current_school_year') | int }}
)

select * from final
