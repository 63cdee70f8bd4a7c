-- Every district and school year of resolved credential mentions has exactly ceil(rate x records) records in the
-- audit sample. Fails with the strata drawn too few or too many; to resolve, check the draw in
-- audit_credential_sample (the window must partition by district and year).
with

facts as (
    select
        district_code,
        school_year,
        count(*) as records
    from {{ ref('fct_credentials_earned') }}
    where resolution_status = 'resolved'
    group by district_code, school_year
),

sample as (
    select
        district_code,
        school_year,
        count(*) as sampled
    from {{ ref('audit_credential_sample') }}
    group by district_code, school_year
),

final as (
    select
        facts.district_code,
        facts.school_year,
        facts.records,
        coalesce(sample.sampled, 0) as sampled
    from facts
    left join sample
        on
            facts.district_code = sample.district_code
            and facts.school_year = sample.school_year
    where coalesce(sample.sampled, 0) != ceil({{ var('cte:audit_sample_rate') | float }} * facts.records)
)

select * from final
