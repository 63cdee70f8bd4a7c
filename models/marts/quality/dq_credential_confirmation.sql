-- One row per district, credential and school year with self-reports or unreported vendor passes: how many of the
-- schools' reports a data-sharing vendor confirms, contradicts or cannot speak to, and the vendor passes no school
-- reported. Restricted (small counts).
with

validation as (
    select * from {{ ref('fct_credential_validation') }}
),

credentials as (
    select * from {{ ref('xwalk_credentials') }}
),

counts as (
    select
        district_code,
        credential_code,
        school_year,
        sum(case when is_self_reported then 1 else 0 end) as self_reported_mentions,
        sum(case when validation_status = 'confirmed' then 1 else 0 end) as confirmed_mentions,
        sum(case when validation_status = 'contradicted' then 1 else 0 end) as contradicted_mentions,
        sum(case when validation_status = 'not_covered' then 1 else 0 end) as not_covered_mentions,
        sum(case when validation_status = 'unreported' then 1 else 0 end) as unreported_passes,
        count(distinct case when is_self_reported then student_id end) as self_reported_students
    from validation
    group by district_code, credential_code, school_year
),

final as (
    select
        {{ surrogate_key(['counts.district_code', 'counts.credential_code', 'counts.school_year']) }}
            as credential_confirmation_key,
        counts.district_code,
        counts.credential_code,
        credentials.credential_name,
        credentials.vendor_name,
        cast(counts.school_year as integer) as school_year,
        cast(counts.self_reported_mentions as integer) as self_reported_mentions,
        cast(counts.self_reported_students as integer) as self_reported_students,
        cast(counts.confirmed_mentions as integer) as confirmed_mentions,
        cast(counts.contradicted_mentions as integer) as contradicted_mentions,
        cast(counts.not_covered_mentions as integer) as not_covered_mentions,
        cast(counts.confirmed_mentions + counts.contradicted_mentions as integer) as covered_mentions,
        cast(counts.unreported_passes as integer) as unreported_passes,
        cast(counts.confirmed_mentions as double)
        / nullif(counts.confirmed_mentions + counts.contradicted_mentions, 0) as confirmation_rate
    from counts
    left join credentials
        on counts.credential_code = credentials.credential_code
)

select * from final
