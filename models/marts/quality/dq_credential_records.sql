-- One row per district and school year: how the year's credential records fared, from received to counted.
with

facts as (
    select * from {{ ref('fct_credentials_earned') }}
),

rejects as (
    select * from {{ ref('dq_credential_rejects') }}
),

staged as (
    select
        district_code,
        school_year,
        count(distinct source_row_number) as records_staged,
        count(*) as mentions,
        count(*) filter (where resolution_status = 'resolved') as mentions_resolved,
        {%- for method in ['reported_code', 'alias', 'exact', 'fuzzy', 'fuzzy_cip'] %}
            count(*) filter (where resolution_method = '{{ method }}') as mentions_by_{{ method }},
        {%- endfor %}
        count(*) filter (where resolution_status = 'no_credential') as mentions_junk,
        count(*) filter (where resolution_status = 'needs_review') as mentions_needing_review,
        count(*) filter (where has_type_disagreement) as mentions_with_type_disagreement,
        count(*) filter (where is_reported_after_exit) as mentions_reported_after_exit,
        count(*) filter (where is_repeat_report) as mentions_repeating_a_report,
        count(*) filter (where is_counted) as mentions_counted
    from facts
    group by district_code, school_year
),

rejected as (
    select
        district_code,
        school_year,
        sum(rejected_count) as records_rejected
    from rejects
    group by district_code, school_year
),

final as (
    select
        {{ surrogate_key(['coalesce(staged.district_code, rejected.district_code)',
                          'coalesce(staged.school_year, rejected.school_year)']) }} as district_year_key,
        coalesce(staged.district_code, rejected.district_code) as district_code,
        cast(coalesce(staged.school_year, rejected.school_year) as integer) as school_year,
        cast(coalesce(staged.records_staged, 0) + coalesce(rejected.records_rejected, 0) as integer)
            as records_received,
        cast(coalesce(rejected.records_rejected, 0) as integer) as records_rejected,
        cast(coalesce(staged.records_staged, 0) as integer) as records_staged,
        cast(coalesce(staged.mentions, 0) as integer) as mentions,
        cast(coalesce(staged.mentions_resolved, 0) as integer) as mentions_resolved,
        {%- for method in ['reported_code', 'alias', 'exact', 'fuzzy', 'fuzzy_cip'] %}
            cast(coalesce(staged.mentions_by_{{ method }}, 0) as integer) as mentions_by_{{ method }},
        {%- endfor %}
        cast(coalesce(staged.mentions_junk, 0) as integer) as mentions_junk,
        cast(coalesce(staged.mentions_needing_review, 0) as integer) as mentions_needing_review,
        cast(staged.mentions_needing_review as double) / nullif(staged.mentions, 0) as share_needing_review,
        cast(coalesce(staged.mentions_with_type_disagreement, 0) as integer) as mentions_with_type_disagreement,
        cast(coalesce(staged.mentions_reported_after_exit, 0) as integer) as mentions_reported_after_exit,
        cast(coalesce(staged.mentions_repeating_a_report, 0) as integer) as mentions_repeating_a_report,
        cast(coalesce(staged.mentions_counted, 0) as integer) as mentions_counted
    from staged
    full outer join rejected
        on
            staged.district_code = rejected.district_code
            and staged.school_year = rejected.school_year
)

select * from final
