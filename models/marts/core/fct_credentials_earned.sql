-- One row per credential mention: student x school year x program serial number x credential named in the entry.
-- See the yml for the business rules; the classification rule lives in the macro classify_credential_status.
-- Incremental: every mention is computed (cheap; the costly resolution upstream is itself incremental), but only
-- mentions that are new or whose content changed are written (a new school year, an older row usable only now, a
-- repeat flag, a review decision, a seed or a var that changes a classification), and mentions that no longer exist
-- are deleted (post-hook), so the table always equals a full rebuild.
{{ config(
    materialized='incremental',
    incremental_strategy=fact_incremental_strategy(),
    unique_key='credential_mention_key',
    on_schema_change='fail',
    post_hook="{{ delete_rows_gone_from('credential_mention_key', ref('int_credential_mentions'), 'credential_mention_key') }}",
) }}

with

mentions as {{ not_materialized() }} (
    -- read twice: not materialized, so repeat_flags reads only its narrow columns instead of a copy of every row
    select * from {{ ref('int_credential_mentions') }}
),

repeat_flags as (
    -- the repeat flag looks at every mention of the student, so it is computed over all of them; the window sorts
    -- only the key and order columns and is joined back on the key (carrying every column through it cost 2x)
    select
        credential_mention_key,
        credential_code is not null and row_number() over (
            partition by student_id, credential_code
            order by school_year, source_row_number, mention_index
        ) > 1 as is_repeat_report
    from mentions
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
        repeat_flags.is_repeat_report
    from mentions
    inner join classified
        on mentions.credential_mention_key = classified.credential_mention_key
    inner join repeat_flags
        on mentions.credential_mention_key = repeat_flags.credential_mention_key
    left join program_years
        on
            mentions.program_serial_number = program_years.program_serial_number
            and mentions.school_year = program_years.school_year
    left join student_exits
        on mentions.student_id = student_exits.student_id
),

computed as (
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
),

final as (
    {{ changed_rows('computed', 'credential_mention_key') }}
)

select * from final
