-- One row per state credential code: the crosswalk with its documented defaults, how widely it is aligned and
-- the stacks it belongs to.
with

credentials as (
    select * from {{ ref('xwalk_credentials') }}
),

alignment as (
    select * from {{ ref('xwalk_credential_cip_alignment') }}
),

stacks as (
    select * from {{ ref('xwalk_credential_stacks') }}
),

aligned_cips as (
    select
        credential_code,
        count(*) as aligned_cip_count
    from alignment
    group by credential_code
),

credential_stacks as (
    select
        credential_code,
        {{ string_agg_ordered('stack_code', "', '", ['stack_code'], distinct=true) }} as stack_codes
    from stacks
    group by credential_code
),

final as (
    select
        credentials.credential_code,
        credentials.credential_name,
        credentials.vendor_name,
        coalesce(credentials.credential_kind, 'industry') as credential_kind,
        cast(coalesce(credentials.hierarchy_level, 2) as integer) as hierarchy_level,
        cast(coalesce(credentials.priority_tier, 2) as integer) as priority_tier,
        coalesce(credentials.priority_tier, 2) = 1 as is_priority_credential,
        cast(coalesce(aligned_cips.aligned_cip_count, 0) as integer) as aligned_cip_count,
        credential_stacks.stack_codes
    from credentials
    left join aligned_cips
        on credentials.credential_code = aligned_cips.credential_code
    left join credential_stacks
        on credentials.credential_code = credential_stacks.credential_code
)

select * from final
