-- One row per distinct normalised mention (name, vendor, program CIP): the unit resolution decides once, with the
-- decision and the number of records it affects.
with

mentions as (
    select * from {{ ref('int_credential_mentions') }}
),

resolved as (
    select * from {{ ref('int_credential_entries_resolved') }}
),

entry_cips as (
    select distinct
        entry_key,
        cip_code
    from mentions
),

decisions as (
    -- one decision per normalised string: the same string always gets the same decision
    select
        resolved.normalized_name,
        resolved.normalized_vendor,
        entry_cips.cip_code,
        any_value(resolved.resolution_status) as resolution_status,
        any_value(resolved.resolution_method) as resolution_method,
        any_value(resolved.credential_code) as credential_code,
        any_value(resolved.score) as score,
        any_value(resolved.margin) as margin,
        any_value(resolved.runner_up_code) as runner_up_code,
        any_value(resolved.candidate_1_code) as candidate_1_code,
        any_value(resolved.candidate_1_score) as candidate_1_score,
        any_value(resolved.candidate_2_code) as candidate_2_code,
        any_value(resolved.candidate_2_score) as candidate_2_score,
        any_value(resolved.candidate_3_code) as candidate_3_code,
        any_value(resolved.candidate_3_score) as candidate_3_score
    from resolved
    inner join entry_cips
        on resolved.entry_key = entry_cips.entry_key
    group by resolved.normalized_name, resolved.normalized_vendor, entry_cips.cip_code
),

usage as (
    select
        normalized_name,
        normalized_vendor,
        cip_code,
        count(*) as records_affected,
        min(mention_text) as example_text,
        min(school_year) as first_school_year,
        max(school_year) as last_school_year
    from mentions
    group by normalized_name, normalized_vendor, cip_code
),

final as (
    select
        {{ surrogate_key(['decisions.normalized_name', 'decisions.normalized_vendor', 'decisions.cip_code']) }}
            as credential_string_key,
        decisions.*,
        usage.records_affected,
        usage.example_text,
        usage.first_school_year,
        usage.last_school_year
    from decisions
    inner join usage
        on
            decisions.normalized_name is not distinct from usage.normalized_name
            and decisions.normalized_vendor is not distinct from usage.normalized_vendor
            and decisions.cip_code is not distinct from usage.cip_code
)

select * from final
