-- One row per CIP code: title, family, career cluster, the year the state reviewed its credentials and how many
-- credentials are aligned with it.
with

cip_codes as (
    select * from {{ ref('xwalk_cip_codes') }}
),

review_schedule as (
    select * from {{ ref('xwalk_cip_review_schedule') }}
),

alignment as (
    select * from {{ ref('xwalk_credential_cip_alignment') }}
),

aligned_credentials as (
    select
        cip_code,
        count(*) as aligned_credential_count
    from alignment
    group by cip_code
),

final as (
    select
        cip_codes.cip_code,
        cip_codes.cip_title,
        cip_codes.cip_family,
        cip_codes.career_cluster_code,
        cip_codes.career_cluster_name,
        cip_codes.is_state_specific,
        cast(review_schedule.review_school_year as integer) as review_school_year,
        coalesce(review_schedule.review_school_year <= {{ var('cte:current_school_year') | int }}, false)
            as is_reviewed,
        cast(coalesce(aligned_credentials.aligned_credential_count, 0) as integer) as aligned_credential_count
    from cip_codes
    left join review_schedule
        on cip_codes.cip_code = review_schedule.cip_code
    left join aligned_credentials
        on cip_codes.cip_code = aligned_credentials.cip_code
)

select * from final
