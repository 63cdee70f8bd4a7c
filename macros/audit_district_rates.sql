{#-
    audit_district_rates(): a select of (district_code, sample_rate) for the districts the audit sample draws at
    cte:audit_low_confirmation_sample_rate: those whose self-reports the vendors confirm less than
    cte:audit_low_confirmation_rate of the time (confirmed / covered mentions, all years), with at least
    cte:audit_min_covered_mentions covered mentions so that a handful of reports does not decide. Other districts
    (and every district without vendor files) are drawn at cte:audit_sample_rate. One place for the model
    audit_credential_sample and its test.
-#}
{% macro audit_district_rates() -%}
    select
        district_code,
        cast({{ var('cte:audit_low_confirmation_sample_rate') | float }} as double) as sample_rate
    from {{ ref('fct_credential_validation') }}
    where is_self_reported and district_code is not null
    group by district_code
    having
        sum(case when validation_status in ('confirmed', 'contradicted') then 1 else 0 end)
        >= {{ var('cte:audit_min_covered_mentions') | int }}
        and sum(case when validation_status = 'confirmed' then 1 else 0 end)
        < {{ var('cte:audit_low_confirmation_rate') | float }}
        * sum(case when validation_status in ('confirmed', 'contradicted') then 1 else 0 end)
{%- endmacro %}
