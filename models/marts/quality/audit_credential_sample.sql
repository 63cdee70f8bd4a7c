-- One row per credential record drawn for a proof-of-attainment audit: cte:audit_sample_rate of the resolved
-- credential mentions of every district and school year, chosen by a seeded hash (same seed, same sample); districts
-- whose self-reports the vendors confirm less (confirmation rate under cte:audit_low_confirmation_rate) are drawn at
-- cte:audit_low_confirmation_sample_rate instead. Without vendor files every district is drawn at the base rate.
{%- set rate = var('cte:audit_sample_rate') | float %}
{%- set seed_literal = "'" ~ var('cte:audit_sample_seed') ~ "'" %}
{%- set low_rate = var('cte:audit_low_confirmation_sample_rate') | float %}
{%- if low_rate < rate or low_rate > 1 %}
    {{ exceptions.raise_compiler_error(
        "var cte:audit_low_confirmation_sample_rate is " ~ low_rate ~ "; it must be between cte:audit_sample_rate and 1"
    ) }}
{%- endif %}
{%- if rate < 0.10 or rate > 0.20 %}
    {{ exceptions.raise_compiler_error(
        "var cte:audit_sample_rate is " ~ rate ~ "; the audit draws between 0.10 and 0.20 of the records"
    ) }}
{%- endif %}
with

facts as (
    select * from {{ ref('fct_credentials_earned') }}
    where resolution_status = 'resolved'
),

district_rates as (
    {{ audit_district_rates() }}
),

ranked as (
    select
        facts.credential_mention_key,
        facts.source_row_number,
        facts.student_id,
        facts.school_year,
        facts.district_code,
        facts.building_code,
        facts.program_serial_number,
        facts.credential_code,
        facts.credential_name,
        facts.status_for_attainment,
        facts.is_counted,
        row_number() over (
            partition by facts.district_code, facts.school_year
            order by {{ dbt.hash(dbt.concat(["facts.credential_mention_key", seed_literal])) }}
        ) as draw_order,
        count(*) over (partition by facts.district_code, facts.school_year) as stratum_records,
        coalesce(district_rates.sample_rate, {{ rate }}) as sample_rate
    from facts
    left join district_rates
        on facts.district_code = district_rates.district_code
),

final as (
    select
        credential_mention_key,
        source_row_number,
        student_id,
        cast(school_year as integer) as school_year,
        district_code,
        building_code,
        program_serial_number,
        credential_code,
        credential_name,
        status_for_attainment,
        is_counted,
        cast(draw_order as integer) as draw_order,
        cast(stratum_records as integer) as stratum_records,
        cast(sample_rate as double) as sample_rate
    from ranked
    where draw_order <= ceil(sample_rate * stratum_records)
)

select * from final
