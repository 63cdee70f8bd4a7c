-- Credential attainment (5S1) and WBL (5S3) by career cluster and cohort year, from the public table.
-- Suppressed cells show "*" or a band; read the rate columns only where they are not null.
select
    cohort_year,
    unit_code as career_cluster_code,
    unit_name as career_cluster,
    cohort_count,
    credential_rate_display,
    priority_credential_rate_display,
    wbl_rate_display
from {{ ref('rpt_attainment') }}
where reporting_level = 'career_cluster'
order by career_cluster, cohort_year
