-- Every district and school year of resolved credential mentions has exactly ceil(rate x records) records in the
-- audit sample, rate being cte:audit_sample_rate, or cte:audit_low_confirmation_sample_rate for the districts
-- audit_district_rates() names (low confirmation by vendors). Fails with the strata drawn too few or too many; to resolve, check the draw in
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

district_rates as (
    {{ audit_district_rates() }}
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
    left join district_rates
        on facts.district_code = district_rates.district_code
    where
        coalesce(sample.sampled, 0)
        != ceil(coalesce(district_rates.sample_rate, {{ var('cte:audit_sample_rate') | float }}) * facts.records)
)

select * from final
