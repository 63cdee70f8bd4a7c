-- Every staged credential row appears in int_credential_mentions at least once, and its mentions are numbered
-- 1..mention_count without gaps. Fails with the rows that lost or garbled mentions; to resolve, look at the join
-- between staging and int_credential_entries_resolved (entry_key must be computed identically on both sides).
with

staged as (
    select source_row_number from {{ ref('stg_cteis__credentials_earned') }}
),

mentions as (
    select
        source_row_number,
        count(*) as n_mentions,
        max(mention_count) as mention_count,
        max(mention_index) as max_index
    from {{ ref('int_credential_mentions') }}
    group by source_row_number
),

final as (
    select
        staged.source_row_number,
        mentions.n_mentions,
        mentions.mention_count
    from staged
    left join mentions
        on staged.source_row_number = mentions.source_row_number
    where
        mentions.source_row_number is null
        or mentions.n_mentions != mentions.mention_count
        or mentions.max_index != mentions.mention_count
)

select * from final
