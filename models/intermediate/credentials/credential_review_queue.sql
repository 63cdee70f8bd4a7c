-- One row per distinct string a person should review: unresolved strings, and resolved ones whose confidence is
-- low (fuzzy matches close to the thresholds), ranked by the number of records they affect. Export it with
-- `cte-credentials review-export`; decisions imported with `review-import` resolve by alias on the next build.
with

strings as (
    select * from {{ ref('int_credential_strings') }}
),

credentials as (
    select * from {{ ref('xwalk_credentials') }}
),

queued as (
    select
        *,
        case
            when resolution_status = 'needs_review' then 'unresolved'
            else 'low_confidence'
        end as review_reason
    from strings
    where
        resolution_status = 'needs_review'
        or (
            resolution_method in ('fuzzy', 'fuzzy_cip')
            and score < {{ var('cte:review_below_score') }}
        )
),

final as (
    select
        row_number() over (
            order by
                queued.records_affected desc, queued.normalized_name asc, queued.normalized_vendor asc,
                queued.cip_code asc
        ) as review_rank,
        queued.credential_string_key,
        queued.review_reason,
        queued.records_affected,
        queued.normalized_name,
        queued.normalized_vendor,
        queued.cip_code,
        queued.example_text,
        queued.resolution_method,
        queued.credential_code as current_credential_code,
        queued.score,
        queued.margin,
        queued.candidate_1_code,
        c1.credential_name as candidate_1_name,
        queued.candidate_1_score,
        queued.candidate_2_code,
        c2.credential_name as candidate_2_name,
        queued.candidate_2_score,
        queued.candidate_3_code,
        c3.credential_name as candidate_3_name,
        queued.candidate_3_score
    from queued
    left join credentials as c1 on queued.candidate_1_code = c1.credential_code
    left join credentials as c2 on queued.candidate_2_code = c2.credential_code
    left join credentials as c3 on queued.candidate_3_code = c3.credential_code
)

select * from final
