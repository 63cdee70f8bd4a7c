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
    -- one decision per normalised string, taken whole from one entry so that its columns agree. Entries that
    -- normalise alike can still differ (one picked a code from the drop-down, another typed the name), so the
    -- entry is chosen, not any one: a decision read from the text before one taken from a picked code (this table
    -- is about strings and feeds the review queue), then the smallest entry_key, so every build picks the same
    select
        resolved.normalized_name,
        resolved.normalized_vendor,
        entry_cips.cip_code,
        resolved.resolution_status,
        resolved.resolution_method,
        resolved.credential_code,
        resolved.score,
        resolved.margin,
        resolved.runner_up_code,
        resolved.candidate_1_code,
        resolved.candidate_1_score,
        resolved.candidate_2_code,
        resolved.candidate_2_score,
        resolved.candidate_3_code,
        resolved.candidate_3_score
    from resolved
    inner join entry_cips
        on resolved.entry_key = entry_cips.entry_key
    qualify row_number() over (
        partition by resolved.normalized_name, resolved.normalized_vendor, entry_cips.cip_code
        order by resolved.resolution_method = 'reported_code', resolved.entry_key
    ) = 1
),

usage as (
    select
        normalized_name,
        normalized_vendor,
        cip_code,
        count(*) as records_affected,
        -- the entry as the school typed it, not the mention as read (normalized_name says that): a reviewer
        -- recognises "Certificación de Microsoft Excel" or "CNA & BLS", not "microsoft excel certification"
        min(credential_name_raw) as example_text,
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
