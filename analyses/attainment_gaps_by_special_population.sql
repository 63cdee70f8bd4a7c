-- Gaps to the all-students rate for each Perkins V special population, latest cohort first (public, state level).
-- A positive gap means the group attains more often than all students.
select
    cohort_year,
    student_group as special_population,
    cohort_count,
    credential_rate_display,
    round(100 * credential_rate_gap, 1) as credential_gap_points,
    wbl_rate_display,
    round(100 * wbl_rate_gap, 1) as wbl_gap_points
from {{ ref('rpt_attainment') }}
where reporting_level = 'state' and student_group_type = 'special_population'
order by cohort_year desc, credential_gap_points asc
