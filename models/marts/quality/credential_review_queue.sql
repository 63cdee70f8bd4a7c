-- One row per review group: queued strings one decision settles (see the yml for the grouping rule), ranked by the
-- cohort students deciding the group could move in or out of 5S1, then by records affected. Export it with
-- `cte-credentials review-export`; `review-import` writes the decision as an alias for every member string, and those
-- strings resolve by alias on the next build.
with

strings as (
    select * from {{ ref('credential_review_queue_strings') }}
),

group_students as (
    select * from {{ ref('credential_review_queue_group_students') }}
),

impact as (
    -- a student with no counted credential could gain one; a student whose every counted mention in the window is
    -- a low-confidence match of the group could lose theirs
    select
        review_group_key,
        {{ review_impact_counts('counted_group_mention_count') }}
    from group_students
    group by review_group_key
),

members as (
    select
        review_group_key,
        count(*) as member_count,
        sum(records_affected) as records_affected,
        case when min(review_reason) = max(review_reason) then min(review_reason) else 'mixed' end as review_reason,
        -- the code the group's low-confidence members resolve to now (their best candidate, the group's)
        max(current_credential_code) as current_credential_code,
        {{ string_agg_ordered('cip_code', "', '", ['cip_code'], distinct=true) }} as cip_codes,
        -- what review-import writes an alias for: normalised name, vendor and CIP of every member. Normalised text
        -- holds only letters, digits, "+", "#" and spaces, and a CIP code digits and a dot, so "|" and ";" are free
        {{ string_agg_ordered(
            dbt.concat(['normalized_name', "'|'", 'normalized_vendor', "'|'", 'cip_code']),
            "'; '",
            ['records_affected desc', 'normalized_name', 'normalized_vendor', 'cip_code'],
        ) }} as member_strings
    from strings
    group by review_group_key
),

leads as (
    -- the member shown for the group: the one affecting the most cohort students, then records
    select * from strings
    qualify row_number() over (
        partition by review_group_key
        order by
            cohort_students_affected desc, records_affected desc, normalized_name asc, normalized_vendor asc,
            cip_code asc
    ) = 1
),

ranked as (
    select
        leads.*,
        members.member_count,
        members.records_affected as group_records_affected,
        members.review_reason as group_review_reason,
        members.current_credential_code as group_current_credential_code,
        members.cip_codes,
        members.member_strings,
        coalesce(impact.cohort_students_could_gain, 0) as group_could_gain,
        coalesce(impact.cohort_students_could_lose, 0) as group_could_lose
    from leads
    inner join members
        on leads.review_group_key = members.review_group_key
    left join impact
        on leads.review_group_key = impact.review_group_key
),

final as (
    select
        cast(
            row_number() over (
                order by
                    group_could_gain + group_could_lose desc, group_records_affected desc, group_text asc,
                    group_vendor asc, review_group_key asc
            ) as integer
        ) as review_rank,
        review_group_key,
        group_review_reason as review_reason,
        cast(member_count as integer) as member_count,
        cast(group_could_gain + group_could_lose as integer) as cohort_students_affected,
        cast(group_could_gain as integer) as cohort_students_could_gain,
        cast(group_could_lose as integer) as cohort_students_could_lose,
        cast(group_records_affected as integer) as records_affected,
        example_text,
        group_text,
        group_vendor,
        cip_codes,
        group_current_credential_code as current_credential_code,
        score,
        candidate_1_code,
        candidate_1_name,
        candidate_1_score,
        candidate_2_code,
        candidate_2_name,
        candidate_2_score,
        candidate_3_code,
        candidate_3_name,
        candidate_3_score,
        member_strings
    from ranked
)

select * from final
