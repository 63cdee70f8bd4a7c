-- One row per credential mention (as int_credential_mentions), with the credential's attributes and its type three
-- ways: as reported, as of review (the rule applied in the record's school year) and current (the rule applied in
-- cte:current_school_year), and whether it counts toward attainment under the configured rules.
with

mentions as (
    select * from {{ ref('int_credential_mentions') }}
),

credentials as (
    select * from {{ ref('xwalk_credentials') }}
),

alignment as (
    select * from {{ ref('xwalk_credential_cip_alignment') }}
),

review_schedule as (
    select * from {{ ref('xwalk_cip_review_schedule') }}
),

joined as (
    select
        mentions.credential_mention_key,
        mentions.school_year,
        mentions.credential_type_reported,
        credentials.credential_name,
        credentials.vendor_name,
        -- a state's own crosswalk may leave these empty: the documented defaults apply to resolved mentions
        case when credentials.credential_code is not null then coalesce(credentials.hierarchy_level, 2) end
            as hierarchy_level,
        case when credentials.credential_code is not null then coalesce(credentials.priority_tier, 2) end
            as priority_tier,
        {{ credential_classification_inputs('mentions.cip_code') }}
    from mentions
    left join credentials
        on mentions.credential_code = credentials.credential_code
    left join alignment
        on
            mentions.credential_code = alignment.credential_code
            and mentions.cip_code = alignment.cip_code
    left join review_schedule
        on mentions.cip_code = review_schedule.cip_code
),

classified as (
    select
        *,
        {{ credential_statuses('school_year') }}
    from joined
),

final as (
    select
        credential_mention_key,
        credential_name,
        vendor_name,
        credential_kind,
        hierarchy_level,
        priority_tier,
        is_aligned_to_program_cip,
        cip_review_school_year,
        credential_type_reported,
        status_as_of_review,
        status_current,
        {{ credential_status_for_attainment() }} as status_for_attainment,
        coalesce(
            {{ credential_status_for_attainment() }} in (
                {%- for type_name in var('cte:counted_credential_types') %}
                    '{{ type_name }}'{{ ',' if not loop.last }}
                {%- endfor %}
            ),
            false
        ) and credential_kind is not null as is_counted,
        case
            when status_as_of_review is null or credential_type_reported is null then null
            else credential_type_reported != status_as_of_review
        end as has_type_disagreement
    from classified
)

select * from final
