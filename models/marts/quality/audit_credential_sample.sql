-- One row per credential record drawn for a proof-of-attainment audit: cte:audit_sample_rate of the resolved
-- credential mentions of every district and school year, chosen by a seeded hash (same seed, same sample).
{%- set rate = var('cte:audit_sample_rate') | float %}
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

ranked as (
    select
        credential_mention_key,
        source_row_number,
        student_id,
        school_year,
        district_code,
        building_code,
        program_serial_number,
        credential_code,
        credential_name,
        status_for_attainment,
        is_counted,
        row_number() over (
            partition by district_code, school_year
            order by {{ dbt.hash(dbt.concat(["credential_mention_key", "'" ~ var('cte:audit_sample_seed') ~ "'"])) }}
        ) as draw_order,
        count(*) over (partition by district_code, school_year) as stratum_records
    from facts
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
        cast(stratum_records as integer) as stratum_records
    from ranked
    where draw_order <= ceil({{ rate }} * stratum_records)
)

select * from final
