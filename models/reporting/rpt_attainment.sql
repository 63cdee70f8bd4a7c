-- One row per cohort year, reporting level, unit and student group: the public attainment table (Perkins V 5S1,
-- 5S3), suppressed. The only attainment model meant to leave the restricted warehouse.
with

cells as (
    select * from {{ ref('int_attainment_cells_suppressed') }}
),

programs as (
    select * from {{ ref('dim_programs') }}
),

cip as (
    select * from {{ ref('dim_cip') }}
),

unit_names as (
    select distinct
        'district' as reporting_level,
        district_code as unit_code,
        district_name as unit_name
    from programs
    union all
    select distinct
        'building' as reporting_level,
        building_code as unit_code,
        building_name as unit_name
    from programs
    union all
    select
        'program' as reporting_level,
        program_serial_number as unit_code,
        program_name as unit_name
    from programs
    union all
    select
        'cip' as reporting_level,
        cip_code as unit_code,
        cip_title as unit_name
    from cip
    union all
    select distinct
        'career_cluster' as reporting_level,
        career_cluster_code as unit_code,
        career_cluster_name as unit_name
    from cip
    union all
    select
        'state' as reporting_level,
        'STATE' as unit_code,
        'State' as unit_name
),

unit_names_unique as (
    select
        reporting_level,
        unit_code,
        min(unit_name) as unit_name
    from unit_names
    group by reporting_level, unit_code
),

rated as (
    -- every derived column is computed from published counts only, and is null unless all of them are published:
    -- the disclosure attack (cte_credentials/disclosure) models each one with the equation written here
    select
        cells.*,
        coalesce(unit_names_unique.unit_name, case when cells.unit_code = 'NONE' then 'No CTE program' end)
            as unit_name,
        {%- for numerator, rate in [
            ('credential_count', 'credential_rate'),
            ('priority_credential_count', 'priority_credential_rate'),
            ('wbl_count', 'wbl_rate'),
        ] %}
            cast(cells.{{ numerator }} as double) / nullif(cells.cohort_count, 0) as {{ rate }},
        {%- endfor %}
        cast(cells.credential_count + cells.review_pending_count as double) / nullif(cells.cohort_count, 0)
            as credential_rate_if_review_counts
    from cells
    left join unit_names_unique
        on
            cells.reporting_level = unit_names_unique.reporting_level
            and cells.unit_code = unit_names_unique.unit_code
),

with_gaps as (
    select
        rated.*,
        rated.credential_rate - all_students.credential_rate as credential_rate_gap,
        rated.priority_credential_rate - all_students.priority_credential_rate as priority_credential_rate_gap,
        rated.wbl_rate - all_students.wbl_rate as wbl_rate_gap
    from rated
    left join rated as all_students
        on
            rated.cohort_year = all_students.cohort_year
            and rated.reporting_level = all_students.reporting_level
            and rated.unit_code = all_students.unit_code
            and all_students.student_group_type = 'all'
),

final as (
    select
        {{ surrogate_key([
            'cohort_year', 'reporting_level', 'unit_code', 'student_group_type', 'student_group'
        ]) }} as attainment_cell_key,
        cast(cohort_year as integer) as cohort_year,
        '{{ var("cte:attainment_denominator") }}' as denominator,
        '{{ var("cte:credential_status_basis") }}' as credential_status_basis,
        reporting_level,
        unit_code,
        unit_name,
        district_code,
        building_code,
        cip_code,
        career_cluster_code,
        student_group_type,
        student_group,
        cast(cohort_count as integer) as cohort_count,
        cast(credential_count as integer) as credential_count,
        cast(credential_rate as double) as credential_rate,
        {{ rate_display('credential_rate', 'credential_count_band', 'cohort_count') }} as credential_rate_display,
        cast(credential_rate_gap as double) as credential_rate_gap,
        cast(priority_credential_count as integer) as priority_credential_count,
        cast(priority_credential_rate as double) as priority_credential_rate,
        {{ rate_display('priority_credential_rate', 'priority_credential_count_band', 'cohort_count') }}
            as priority_credential_rate_display,
        cast(priority_credential_rate_gap as double) as priority_credential_rate_gap,
        cast(review_pending_count as integer) as review_pending_count,
        cast(credential_rate_if_review_counts as double) as credential_rate_if_review_counts,
        cast(wbl_count as integer) as wbl_count,
        cast(wbl_rate as double) as wbl_rate,
        {{ rate_display('wbl_rate', 'wbl_count_band', 'cohort_count') }} as wbl_rate_display,
        cast(wbl_rate_gap as double) as wbl_rate_gap,
        cohort_count is null or credential_count is null or priority_credential_count is null or wbl_count is null
        or review_pending_count is null as has_suppressed_value,
        {{ cohort_window_complete('cohort_year') }} as is_cohort_window_complete
    from with_gaps
)

select * from final
