-- One row per cohort year, reporting level, unit and student group: the attainment counts before suppression.
-- Restricted (small counts). Student groups are reported at state level (and district level when
-- cte:report_groups_by_district is true); building, program, CIP and career cluster for all students.
-- int_attainment_cells_suppressed decides what can be published.
with

students as (
    select * from {{ ref('fct_student_attainment') }}
),

attributed as (
    -- a student with no CTE program (possible in the graduates and ninth-grade denominators) is reported under
    -- the unit NONE at every level below the state, so that every level adds up to the state
    select
        cohort_year,
        coalesce(district_code, 'NONE') as district_code,
        coalesce(building_code, 'NONE') as building_code,
        coalesce(program_serial_number, 'NONE') as program_serial_number,
        coalesce(cip_code, 'NONE') as cip_code,
        coalesce(career_cluster_code, 'NONE') as career_cluster_code,
        coalesce(sex, 'unknown') as sex,
        coalesce(race_ethnicity, 'unknown') as race_ethnicity,
        {%- for flag in special_populations() %}
            {{ flag }},
        {%- endfor %}
        has_counted_credential,
        highest_credential_tier,
        has_counted_wbl,
        is_attainment_pending_review
    from students
),

student_groups as (
    -- each student once per group they belong to: all students, their sex, their race/ethnicity and each special
    -- population they are in
    select
        *,
        'all' as student_group_type,
        'all' as student_group
    from attributed
    union all
    select
        *,
        'sex' as student_group_type,
        sex as student_group
    from attributed
    union all
    select
        *,
        'race_ethnicity' as student_group_type,
        race_ethnicity as student_group
    from attributed
    {%- for flag in special_populations() %}
        union all
        select
            *,
            'special_population' as student_group_type,
            '{{ flag[3:] }}' as student_group
        from attributed
        where {{ flag }}
    {%- endfor %}
),

{%- set measures -%}
        count(*) as cohort_count,
        count(*) filter (where has_counted_credential) as credential_count,
        count(*) filter (where highest_credential_tier = 1) as priority_credential_count,
        count(*) filter (where has_counted_wbl) as wbl_count,
        count(*) filter (where is_attainment_pending_review) as review_pending_count
{%- endset %}

cells as (
    select
        cohort_year,
        'state' as reporting_level,
        'STATE' as unit_code,
        cast(null as varchar) as district_code,
        cast(null as varchar) as building_code,
        cast(null as varchar) as cip_code,
        cast(null as varchar) as career_cluster_code,
        student_group_type,
        student_group,
        {{ measures }}
    from student_groups
    group by cohort_year, student_group_type, student_group

    union all

    select
        cohort_year,
        'district' as reporting_level,
        district_code as unit_code,
        district_code,
        cast(null as varchar) as building_code,
        cast(null as varchar) as cip_code,
        cast(null as varchar) as career_cluster_code,
        student_group_type,
        student_group,
        {{ measures }}
    from student_groups
    {%- if not var('cte:report_groups_by_district') %}
        where student_group_type = 'all'
    {%- endif %}
    group by cohort_year, district_code, student_group_type, student_group

    union all

    select
        cohort_year,
        'building' as reporting_level,
        building_code as unit_code,
        district_code,
        building_code,
        cast(null as varchar) as cip_code,
        cast(null as varchar) as career_cluster_code,
        'all' as student_group_type,
        'all' as student_group,
        {{ measures }}
    from attributed
    group by cohort_year, district_code, building_code

    union all

    select
        cohort_year,
        'program' as reporting_level,
        program_serial_number as unit_code,
        district_code,
        building_code,
        cip_code,
        career_cluster_code,
        'all' as student_group_type,
        'all' as student_group,
        {{ measures }}
    from attributed
    group by
        cohort_year, district_code, building_code, program_serial_number, cip_code,
        career_cluster_code

    union all

    select
        cohort_year,
        'cip' as reporting_level,
        cip_code as unit_code,
        cast(null as varchar) as district_code,
        cast(null as varchar) as building_code,
        cip_code,
        career_cluster_code,
        'all' as student_group_type,
        'all' as student_group,
        {{ measures }}
    from attributed
    group by cohort_year, cip_code, career_cluster_code

    union all

    select
        cohort_year,
        'career_cluster' as reporting_level,
        career_cluster_code as unit_code,
        cast(null as varchar) as district_code,
        cast(null as varchar) as building_code,
        cast(null as varchar) as cip_code,
        career_cluster_code,
        'all' as student_group_type,
        'all' as student_group,
        {{ measures }}
    from attributed
    group by cohort_year, career_cluster_code
),

final as (
    select
        cast(cohort_year as integer) as cohort_year,
        reporting_level,
        unit_code,
        district_code,
        building_code,
        cip_code,
        career_cluster_code,
        student_group_type,
        student_group,
        cast(cohort_count as integer) as cohort_count,
        cast(credential_count as integer) as credential_count,
        cast(priority_credential_count as integer) as priority_credential_count,
        cast(wbl_count as integer) as wbl_count,
        cast(review_pending_count as integer) as review_pending_count
    from cells
)

select * from final
