-- One row per student and CTE program ever enrolled in: courses completed in the program (cumulative), the years
-- enrolled, and whether the student is a concentrator or completer in it under the configured rule.
with

enrollments as (
    select * from {{ ref('stg_cteis__program_enrollments') }}
),

by_program as (
    select
        student_id,
        program_serial_number,
        min(school_year) as first_school_year,
        max(school_year) as last_school_year,
        max(courses_completed) as courses_completed,
        -- the year the student reached the concentrator threshold in this program
        min(school_year) filter (
            where courses_completed >= {{ var('cte:concentrator_min_courses') | int }}
        ) as courses_concentrator_school_year,
        min(school_year) filter (where is_concentrator_reported) as concentrator_reported_school_year,
        min(school_year) filter (where is_completer_reported) as completer_school_year
    from enrollments
    group by student_id, program_serial_number
),

final as (
    select
        student_id,
        program_serial_number,
        first_school_year,
        last_school_year,
        courses_completed,
        {% if var('cte:concentrator_rule') == 'courses' -%}
            courses_concentrator_school_year
        {%- elif var('cte:concentrator_rule') == 'reported' -%}
            concentrator_reported_school_year
        {%- else -%}
            {{ exceptions.raise_compiler_error(
                "var cte:concentrator_rule is '" ~ var('cte:concentrator_rule') ~ "'; use courses or reported"
            ) }}
        {%- endif %} as concentrator_school_year,
        completer_school_year
    from by_program
)

select * from final
