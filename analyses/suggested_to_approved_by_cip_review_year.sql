-- How many credential mentions were "suggested" in their own year but are "approved" today, by the CIP's review
-- year: the part of an "approved credentials" trend that comes from the approval schedule, not from students.
select
    cip_review_school_year,
    school_year,
    count(*) as mentions,
    count(*) filter (where status_as_of_review = 'suggested' and status_current = 'approved')
        as suggested_then_approved_now,
    count(*) filter (where credential_type_reported = 'suggested' and status_as_of_review = 'approved')
        as reported_suggested_after_review
from {{ ref('fct_credentials_earned') }}
where credential_kind = 'industry' and is_aligned_to_program_cip
group by cip_review_school_year, school_year
order by cip_review_school_year, school_year
