-- Work-based learning by experience type and cohort year (public, state level).
select
    cohort_year,
    experience_type,
    cohort_count,
    participant_count,
    round(100 * participation_rate, 1) as participation_pct
from {{ ref('rpt_wbl_participation_by_type') }}
order by cohort_year, experience_type_order
