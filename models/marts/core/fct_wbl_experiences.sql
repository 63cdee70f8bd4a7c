-- One row per WBL record: student x school year x program serial number, with the experience string decoded into
-- a count per experience type (one character = one experience; see xwalk_wbl_experience_codes).
-- Incremental: every record is decoded (cheap), but only records that are new or whose content changed (a new
-- school year, an older row usable only now, a changed code seed or var) are written, replaced by record key; records
-- no longer staged are deleted (post-hook).
{{ config(
    materialized='incremental',
    incremental_strategy='delete+insert',
    unique_key='wbl_record_key',
    on_schema_change='fail',
    post_hook="{{ delete_rows_gone_from('wbl_record_key', ref('stg_cteis__wbl_experiences'),
        surrogate_key(['student_id', 'school_year', 'program_serial_number'])) }}",
) }}

with

wbl as (
    select * from {{ ref('stg_cteis__wbl_experiences') }}
),

experience_codes as (
    select * from {{ ref('xwalk_wbl_experience_codes') }}
),

program_years as (
    select * from {{ ref('int_program_years') }}
),

characters as (
    select
        source_row_number,
        {{ string_characters('wbl_experiences') }} as experience_code
    from wbl
),

decoded as (
    select
        characters.source_row_number,
        count(*) filter (where experience_codes.experience_type = 'awareness') as awareness_count,
        count(*) filter (where experience_codes.experience_type = 'exploration') as exploration_count,
        count(*) filter (where experience_codes.experience_type = 'preparation') as preparation_count,
        count(*) filter (where experience_codes.experience_type = 'training') as training_count,
        count(*) filter (where experience_codes.experience_type = 'apprenticeship') as apprenticeship_count,
        count(*) filter (where experience_codes.experience_type is null) as unknown_count,
        count(*) filter (
            where experience_codes.experience_type in (
                {%- for experience_type in var('cte:counted_wbl_types') %}
                    '{{ experience_type }}'{{ ',' if not loop.last }}
                {%- endfor %}
            )
        ) as counted_experience_count,
        count(*) as total_experience_count
    from characters
    left join experience_codes
        on characters.experience_code = experience_codes.experience_code
    group by characters.source_row_number
),

joined as (
    select
        wbl.*,
        program_years.cip_code,
        program_years.building_code,
        program_years.district_code,
        coalesce(decoded.awareness_count, 0) as awareness_count,
        coalesce(decoded.exploration_count, 0) as exploration_count,
        coalesce(decoded.preparation_count, 0) as preparation_count,
        coalesce(decoded.training_count, 0) as training_count,
        coalesce(decoded.apprenticeship_count, 0) as apprenticeship_count,
        coalesce(decoded.unknown_count, 0) as unknown_count,
        coalesce(decoded.counted_experience_count, 0) as counted_experience_count,
        coalesce(decoded.total_experience_count, 0) as total_experience_count
    from wbl
    left join decoded
        on wbl.source_row_number = decoded.source_row_number
    left join program_years
        on
            wbl.program_serial_number = program_years.program_serial_number
            and wbl.school_year = program_years.school_year
),

computed as (
    select
        {{ surrogate_key(['student_id', 'school_year', 'program_serial_number']) }} as wbl_record_key,
        source_row_number,
        student_id,
        cast(school_year as integer) as school_year,
        program_serial_number,
        cip_code,
        building_code,
        district_code,
        wbl_experiences,
        cast(wbl_string_length as integer) as wbl_string_length,
        cast(awareness_count as integer) as awareness_count,
        cast(exploration_count as integer) as exploration_count,
        cast(preparation_count as integer) as preparation_count,
        cast(training_count as integer) as training_count,
        cast(apprenticeship_count as integer) as apprenticeship_count,
        cast(unknown_count as integer) as unknown_count,
        cast(total_experience_count as integer) as total_experience_count,
        cast(counted_experience_count as integer) as counted_experience_count,
        counted_experience_count > 0 as has_counted_experience,
        wbl_string_length >= 30 as is_possibly_truncated,
        cast(awareness_count_reported as integer) as awareness_count_reported,
        cast(exploration_count_reported as integer) as exploration_count_reported,
        cast(preparation_count_reported as integer) as preparation_count_reported,
        cast(training_count_reported as integer) as training_count_reported,
        cast(apprenticeship_count_reported as integer) as apprenticeship_count_reported,
        (
            awareness_count != awareness_count_reported
            or exploration_count != exploration_count_reported
            or preparation_count != preparation_count_reported
            or training_count != training_count_reported
            or apprenticeship_count != apprenticeship_count_reported
        ) as has_count_mismatch
    from joined
),

final as (
    {{ changed_rows('computed', 'wbl_record_key') }}
)

select * from final
