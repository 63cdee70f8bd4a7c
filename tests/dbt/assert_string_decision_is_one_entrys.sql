-- Each string in int_credential_strings carries the whole decision of one of its entries, and a decision read from
-- the text wins over one taken from a code picked in the drop-down. Returns the strings that break this: their
-- decision matches none of their entries, or it came from a picked code while an entry's decision came from text.
-- Before this rule the decision was any_value() per column, so 453 of the 41,912 strings at 1x changed between two
-- builds of the same data.
with

strings as (
    select * from {{ ref('int_credential_strings') }}
),

entry_decisions as (
    select distinct
        resolved.normalized_name,
        resolved.normalized_vendor,
        mentions.cip_code,
        resolved.resolution_status,
        resolved.resolution_method,
        resolved.credential_code,
        resolved.score
    from {{ ref('int_credential_entries_resolved') }} as resolved
    inner join {{ ref('int_credential_mentions') }} as mentions
        on resolved.entry_key = mentions.entry_key
),

checked as (
    select
        strings.credential_string_key,
        strings.resolution_method,
        count(entry_decisions.resolution_method) filter (
            where entry_decisions.resolution_status is not distinct from strings.resolution_status
            and entry_decisions.resolution_method is not distinct from strings.resolution_method
            and entry_decisions.credential_code is not distinct from strings.credential_code
            and entry_decisions.score is not distinct from strings.score
        ) as matching_entries,
        count(*) filter (where entry_decisions.resolution_method != 'reported_code') as text_decisions
    from strings
    inner join entry_decisions
        on
            strings.normalized_name is not distinct from entry_decisions.normalized_name
            and strings.normalized_vendor is not distinct from entry_decisions.normalized_vendor
            and strings.cip_code is not distinct from entry_decisions.cip_code
    group by strings.credential_string_key, strings.resolution_method
)

select *
from checked
where matching_entries = 0 or (resolution_method = 'reported_code' and text_decisions > 0)
