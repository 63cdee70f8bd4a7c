-- One row per student and school year with a demographics record: sex, race/ethnicity, the Perkins V special
-- populations, CTE enrollment that year and the year's exit status. Restricted: student level, no names.
with

demographics as (
    select * from {{ ref('stg_cteis__student_demographics') }}
),

exits as (
    select * from {{ ref('stg_cteis__student_exits') }}
),

enrollments as (
    select * from {{ ref('stg_cteis__program_enrollments') }}
),

enrollment_years as (
    select
        student_id,
        school_year,
        max(grade_level) as grade_level,
        count(*) as cte_program_count,
        sum(courses_completed) as cte_courses_completed
    from enrollments
    group by student_id, school_year
),

exit_years as (
    -- one exit status per student and year (staging rejects duplicate keys)
    select
        student_id,
        school_year,
        exit_status,
        is_graduate
    from exits
),

final as (
    select
        {{ surrogate_key(['demographics.student_id', 'demographics.school_year']) }} as student_year_key,
        demographics.student_id,
        cast(demographics.school_year as integer) as school_year,
        cast(enrollment_years.grade_level as integer) as grade_level,
        demographics.sex,
        demographics.race_ethnicity,
        demographics.is_disability,
        demographics.is_economically_disadvantaged,
        demographics.is_english_learner,
        demographics.is_homeless,
        demographics.is_foster_care,
        demographics.is_military_parent,
        demographics.is_single_parent,
        demographics.is_out_of_workforce,
        demographics.is_migrant,
        demographics.is_nontraditional,
        (
            {%- for flag in special_populations() %}
                demographics.{{ flag }}{{ ' or' if not loop.last }}
            {%- endfor %}
        ) as is_any_special_population,
        enrollment_years.student_id is not null as is_cte_enrolled,
        cast(coalesce(enrollment_years.cte_program_count, 0) as integer) as cte_program_count,
        cast(coalesce(enrollment_years.cte_courses_completed, 0) as integer) as cte_courses_completed,
        exit_years.exit_status,
        coalesce(exit_years.is_graduate, false) as is_graduate
    from demographics
    left join enrollment_years
        on
            demographics.student_id = enrollment_years.student_id
            and demographics.school_year = enrollment_years.school_year
    left join exit_years
        on
            demographics.student_id = exit_years.student_id
            and demographics.school_year = exit_years.school_year
)

select * from final
