-- One row per student in the attainment denominator (cte:attainment_denominator) and cohort year, with whether
-- they earned a counted credential (5S1) and took part in counted work-based learning (5S3). Restricted.
{%- set evidence = var('cte:credential_evidence') %}
{%- if evidence not in ['self_reported', 'vendor_validated', 'either'] %}
    {{ exceptions.raise_compiler_error(
        "var cte:credential_evidence is '" ~ evidence ~ "'; use one of: self_reported, vendor_validated, either"
    ) }}
{%- endif %}
with

populations as (
    select * from {{ ref('int_attainment_populations') }}
    where population = '{{ attainment_denominator() }}'
),

credentials as (
    {%- if evidence == 'self_reported' %}
        -- every counted mention, repeats included: a student counts when any of their mentions counts. A repeat
        -- report must never remove a counted mention (a credential first reported while its CIP was not yet
        -- reviewed, and reported again once approved, counts through the re-report); counting distinct codes keeps
        -- repeats from double counting. Mentions waiting for review are kept too: they bound what review could still
        -- change.
        select * from {{ ref('fct_credentials_earned') }}
        where is_counted or resolution_status = 'needs_review'
    {%- else %}
        -- cte:credential_evidence vendor_validated: counted credentials a linked vendor pass proves (a confirmed
        -- report, in the report's school year; a pass no school reported, in the pass's school year); either: those
        -- and every counted report. Mentions waiting for review are kept as with self-reports (they bound what review
        -- could still change).
        select
            validation.student_id,
            validation.school_year,
            validation.credential_code,
            coalesce(xwalk.priority_tier, 2) as priority_tier,
            validation.is_counted,
            'resolved' as resolution_status
        from {{ ref('fct_credential_validation') }} as validation
        inner join {{ ref('xwalk_credentials') }} as xwalk
            on validation.credential_code = xwalk.credential_code
        where
            validation.is_counted
            and validation.validation_status in ('confirmed', 'unreported')
        union all
        select
            student_id,
            school_year,
            credential_code,
            priority_tier,
            is_counted,
            resolution_status
        from {{ ref('fct_credentials_earned') }}
        where
            {%- if evidence == 'either' %}
            is_counted or resolution_status = 'needs_review'
            {%- else %}
            resolution_status = 'needs_review'
            {%- endif %}
    {%- endif %}
),

wbl as (
    select * from {{ ref('fct_wbl_experiences') }}
    where has_counted_experience
),

student_years as {{ not_materialized() }} (
    -- read twice: not materialized, so neither read copies the whole dimension first
    select * from {{ ref('dim_student_years') }}
),

program_years as (
    select * from {{ ref('int_program_years') }}
),

cip as (
    select * from {{ ref('dim_cip') }}
),

student_credentials as (
    -- counted credentials earned up to the cohort year plus the grace window (entered after graduation)
    select
        populations.student_id,
        populations.cohort_year,
        count(distinct credentials.credential_code) filter (where credentials.is_counted) as counted_credential_count,
        count(distinct credentials.credential_code) filter (
            where credentials.is_counted and credentials.priority_tier = 1
        ) as priority_credential_count,
        -- the highest tier reached (1 is the highest); the tier-weighted score is that tier's weight
        min(credentials.priority_tier) filter (where credentials.is_counted) as highest_credential_tier,
        min(credentials.school_year) filter (where credentials.is_counted) as first_credential_school_year,
        bool_and(credentials.school_year > populations.cohort_year) filter (where credentials.is_counted)
            as is_credential_in_grace_window_only,
        count(*) filter (where credentials.resolution_status = 'needs_review') as pending_review_mention_count
    from populations
    inner join credentials
        on
            populations.student_id = credentials.student_id
            and credentials.school_year <= populations.cohort_year + {{ var('cte:attainment_grace_years') | int }}
    group by populations.student_id, populations.cohort_year
),

student_wbl as (
    select
        populations.student_id,
        populations.cohort_year,
        sum(wbl.counted_experience_count) as counted_wbl_experience_count
    from populations
    inner join wbl
        on
            populations.student_id = wbl.student_id
            and populations.cohort_year >= wbl.school_year
    group by populations.student_id, populations.cohort_year
),

cohort_year_demographics as (
    -- the latest record up to the cohort year is the cohort year's own whenever there is one, found by an equality
    -- join: a range join over every earlier year multiplied the rows and ranked them all
    select
        populations.student_id,
        populations.cohort_year,
        student_years.student_id is not null as has_record,
        {{ star_except(['student_id', 'school_year'], 'student_years') }}  -- noqa: RF02
    from populations
    left join student_years
        on
            populations.student_id = student_years.student_id
            and populations.cohort_year = student_years.school_year
),

earlier_demographics as (
    -- otherwise the latest earlier record (only the population rows without a record in the cohort year)
    select
        cohort_year_demographics.student_id,
        cohort_year_demographics.cohort_year,
        {{ star_except(['student_id', 'school_year'], 'student_years') }},  -- noqa: RF02
        row_number() over (
            partition by cohort_year_demographics.student_id, cohort_year_demographics.cohort_year
            order by student_years.school_year desc
        ) as recency_rank
    from cohort_year_demographics
    inner join student_years
        on
            cohort_year_demographics.student_id = student_years.student_id
            and cohort_year_demographics.cohort_year > student_years.school_year
    where not cohort_year_demographics.has_record
),

demographics as (
    -- the student's latest demographics record up to the cohort year
    select {{ star_except(['has_record']) }} from cohort_year_demographics
    where has_record

    union all

    select {{ star_except(['recency_rank']) }} from earlier_demographics
    where recency_rank = 1
),

final as (
    select
        {{ surrogate_key(['populations.student_id', 'populations.cohort_year']) }} as student_attainment_key,
        populations.student_id,
        populations.cohort_year,
        -- the end of the cohort's school year (30 June), the time dimension of the semantic layer
        cast({{ dbt.concat(["cast(populations.cohort_year as " ~ dbt.type_string() ~ ")", "'-06-30'"]) }} as date)
            as cohort_year_end_date,
        populations.population,
        populations.program_serial_number,
        program_years.cip_code,
        cip.career_cluster_code,
        program_years.building_code,
        program_years.district_code,
        demographics.sex,
        demographics.race_ethnicity,
        {%- for flag in special_populations() %}
            coalesce(demographics.{{ flag }}, false) as {{ flag }},
        {%- endfor %}
        cast(coalesce(student_credentials.counted_credential_count, 0) as integer) as counted_credential_count,
        coalesce(student_credentials.counted_credential_count, 0) > 0 as has_counted_credential,
        coalesce(student_credentials.priority_credential_count, 0) > 0 as has_priority_credential,
        cast(student_credentials.highest_credential_tier as integer) as highest_credential_tier,
        cast(
            case student_credentials.highest_credential_tier
                {%- for tier, weight in var('cte:priority_tier_weights').items() %}
                    when {{ tier }} then {{ weight }}
                {%- endfor %}
                else 0
            end as double
        ) as credential_tier_score,
        cast(student_credentials.first_credential_school_year as integer) as first_credential_school_year,
        coalesce(student_credentials.is_credential_in_grace_window_only, false) as is_credential_in_grace_window_only,
        cast(coalesce(student_credentials.pending_review_mention_count, 0) as integer) as pending_review_mention_count,
        coalesce(student_credentials.counted_credential_count, 0) = 0
        and coalesce(student_credentials.pending_review_mention_count, 0) > 0 as is_attainment_pending_review,
        cast(coalesce(student_wbl.counted_wbl_experience_count, 0) as integer) as counted_wbl_experience_count,
        coalesce(student_wbl.counted_wbl_experience_count, 0) > 0 as has_counted_wbl,
        {{ cohort_window_complete('populations.cohort_year') }} as is_cohort_window_complete
    from populations
    left join student_credentials
        on
            populations.student_id = student_credentials.student_id
            and populations.cohort_year = student_credentials.cohort_year
    left join student_wbl
        on
            populations.student_id = student_wbl.student_id
            and populations.cohort_year = student_wbl.cohort_year
    left join demographics
        on
            populations.student_id = demographics.student_id
            and populations.cohort_year = demographics.cohort_year
    left join program_years
        on
            populations.program_serial_number = program_years.program_serial_number
            and populations.cohort_year = program_years.school_year
    left join cip
        on program_years.cip_code = cip.cip_code
)

select * from final
