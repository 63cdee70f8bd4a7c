-- The relations the disclosure attack assumes of every attainment cell hold in the data: every numerator is at
-- most the cohort, students waiting for review are students without a counted credential, and a cell has a student. If this fails, the attack models a
-- sum the table does not have (or misses one): fix int_attainment_cells or cte_credentials/disclosure, never both
-- silently. Returns the offending cells.
with

cells as (
    select * from {{ ref('int_attainment_cells') }}
)

select *
from cells
where
    credential_count > cohort_count
    or priority_credential_count > credential_count
    or wbl_count > cohort_count
    or credential_count + review_pending_count > cohort_count
    or cohort_count < 1
