-- Every credential mention of int_credential_mentions appears exactly once in fct_credentials_earned, and the
-- fact holds nothing else. Fails with one row per mention key found a number of times other than once (in the
-- fact or in the mentions). To resolve: a join in fct_credentials_earned or int_credential_mentions_classified
-- has lost or repeated rows; the join keys must be unique on the right-hand side.
with

mentions as (
    select
        credential_mention_key,
        count(*) as times_in_mentions
    from {{ ref('int_credential_mentions') }}
    group by credential_mention_key
),

fact as (
    select
        credential_mention_key,
        count(*) as times_in_fact
    from {{ ref('fct_credentials_earned') }}
    group by credential_mention_key
),

final as (
    select
        coalesce(mentions.credential_mention_key, fact.credential_mention_key) as credential_mention_key,
        coalesce(mentions.times_in_mentions, 0) as times_in_mentions,
        coalesce(fact.times_in_fact, 0) as times_in_fact
    from mentions
    full outer join fact
        on mentions.credential_mention_key = fact.credential_mention_key
    where
        coalesce(mentions.times_in_mentions, 0) != 1
        or coalesce(fact.times_in_fact, 0) != 1
)

select * from final
