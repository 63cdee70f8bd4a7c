-- One row per credential mention: student x school year x program serial number x credential named in the entry.
-- See the yml for the business rules; the classification rule lives in the macro classify_credential_status.
-- Incremental by school year: a run rebuilds the latest school year already loaded and every later one, plus any
-- older mention that is new (a row usable only now, e.g. its program reached the directory later) or whose repeat
-- flag changed; every year when cte:current_school_year changed (status_current depends on it). Rows are replaced
-- by mention key. After a correction to earlier years' files or to a seed, run with --full-refresh (README).
{{ config(
    materialized='incremental',
    incremental_strategy='delete+insert',
    unique_key='credential_mention_key',
    on_schema_change='fail',
) }}

with

all_mentions as (
    -- the repeat flag looks at every mention, so it is computed over all of them (cheap) before any filtering
    select
        *,
        credential_code is not null and row_number() over (
            partition by student_id, credential_code
            order by school_year, source_row_number, mention_index
        ) > 1 as is_repeat_report
    from {{ ref('int_credential_mentions') }}
),

mentions as (
    select all_mentions.*
    from all_mentions
    {% if is_incremental() %}
        left join {{ this }} as this_fact
            on all_mentions.credential_mention_key = this_fact.credential_mention_key
        where
            all_mentions.school_year >= (
                select
                    case
                        when min(status_current_school_year) = {{ var('cte:current_school_year') | int }}
                            and max(status_current_school_year) = {{ var('cte:current_school_year') | int }}
                            then max(school_year)
                        else 0
                    end
                from {{ this }}
            )
            or this_fact.credential_mention_key is null
            or this_fact.is_repeat_report != all_mentions.is_repeat_report
    {% endif %}
),

classified as (
    select * from {{ ref('int_credential_mentions_classified') }}
),

program_years as (
    select * from {{ ref('int_program_years') }}
),

student_exits as (
    select * from {{ ref('int_student_exits_first') }}
),

joined as (
    select
        mentions.credential_mention_key,
        mentions.source_row_number,
        mentions.mention_index,
        mentions.mention_count,
        mentions.student_id,
        mentions.school_year,
        mentions.program_serial_number,
        mentions.cip_code,
        program_years.building_code,
        program_years.district_code,
        mentions.credential_code,
        classified.credential_name,
        classified.vendor_name,
        mentions.credential_name_raw,
        mentions.vendor_raw,
        mentions.mention_text,
        mentions.resolution_status,
        mentions.resolution_method,
        mentions.score as resolution_score,
        mentions.margin as resolution_margin,
        mentions.credential_type_code as credential_type_code_reported,
        classified.credential_type_reported,
        classified.credential_kind,
        classified.is_aligned_to_program_cip,
        classified.cip_review_school_year,
        classified.status_as_of_review,
        classified.status_current,
        classified.status_for_attainment,
        classified.hierarchy_level,
        classified.priority_tier,
        classified.is_counted,
        classified.has_type_disagreement,
        student_exits.exit_school_year,
        mentions.is_repeat_report
    from mentions
    inner join classified
        on mentions.credential_mention_key = classified.credential_mention_key
    left join program_years
        on
            mentions.program_serial_number = program_years.program_serial_number
            and mentions.school_year = program_years.school_year
    left join student_exits
        on mentions.student_id = student_exits.student_id
),

final as (
    select
        credential_mention_key,
        source_row_number,
        cast(mention_index as integer) as mention_index,
        cast(mention_count as integer) as mention_count,
        student_id,
        cast(school_year as integer) as school_year,
        program_serial_number,
        cip_code,
        building_code,
        district_code,
        credential_code,
        credential_name,
        vendor_name,
        credential_name_raw,
        vendor_raw,
        mention_text,
        resolution_status,
        resolution_method,
        cast(resolution_score as double) as resolution_score,
        cast(resolution_margin as double) as resolution_margin,
        credential_type_code_reported,
        credential_type_reported,
        credential_kind,
        is_aligned_to_program_cip,
        cast(cip_review_school_year as integer) as cip_review_school_year,
        status_as_of_review,
        status_current,
        status_for_attainment,
        cast(hierarchy_level as integer) as hierarchy_level,
        cast(priority_tier as integer) as priority_tier,
        is_counted,
        has_type_disagreement,
        is_repeat_report,
        coalesce(school_year > exit_school_year, false) as is_reported_after_exit,
        cast({{ var('cte:current_school_year') | int }} as integer) as status_current_school_year
    from joined
)

select * from final
