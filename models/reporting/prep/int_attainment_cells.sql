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

{#-
    The reporting levels, from the state down and then by field: the unit a row is about (unit_code), the columns
    that say where the unit sits (in this order; the others are null on the level's rows) and whether the level is
    reported by student group (else for all students only). One union branch per level.
-#}
{%- set levels = [
    {'name': 'state', 'unit_code': "'STATE'", 'key_columns': [], 'by_group': true},
    {'name': 'district', 'unit_code': 'district_code', 'key_columns': ['district_code'],
        'by_group': var('cte:report_groups_by_district')},
    {'name': 'building', 'unit_code': 'building_code', 'key_columns': ['district_code', 'building_code'],
        'by_group': false},
    {'name': 'program', 'unit_code': 'program_serial_number',
        'key_columns': ['district_code', 'building_code', 'program_serial_number', 'cip_code', 'career_cluster_code'],
        'by_group': false},
    {'name': 'cip', 'unit_code': 'cip_code', 'key_columns': ['cip_code', 'career_cluster_code'], 'by_group': false},
    {'name': 'career_cluster', 'unit_code': 'career_cluster_code', 'key_columns': ['career_cluster_code'],
        'by_group': false},
] %}

cells as (
    {%- for level in levels %}
        {%- set group_by = ['cohort_year'] + level.key_columns
            + (['student_group_type', 'student_group'] if level.by_group else []) %}
        select
            cohort_year,
            '{{ level.name }}' as reporting_level,
            {{ level.unit_code }} as unit_code,
            {%- for column in ['district_code', 'building_code', 'cip_code', 'career_cluster_code'] %}
                {{ column if column in level.key_columns else 'cast(null as ' ~ dbt.type_string() ~ ') as ' ~ column }},
            {%- endfor %}
            {%- if level.by_group %}
                student_group_type,
                student_group,
            {%- else %}
                'all' as student_group_type,
                'all' as student_group,
            {%- endif %}
            count(*) as cohort_count,
            count(*) filter (where has_counted_credential) as credential_count,
            count(*) filter (where highest_credential_tier = 1) as priority_credential_count,
            count(*) filter (where has_counted_wbl) as wbl_count,
            count(*) filter (where is_attainment_pending_review) as review_pending_count
        from {{ 'student_groups' if level.by_group else 'attributed' }}
        group by {{ group_by | join(', ') }}
        {% if not loop.last %}union all{% endif %}
    {%- endfor %}
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
