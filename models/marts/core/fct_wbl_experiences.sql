-- One row per WBL record: student x school year x program serial number, with the experience string decoded into
-- a count per experience type (one character = one experience; see xwalk_wbl_experience_codes).
-- Incremental: every record is decoded (cheap), but only records that are new or whose content changed (a new
-- school year, an older row usable only now, a changed code seed or var) are written, replaced by record key; records
-- no longer staged are deleted (post-hook).
{{ config(
    materialized='incremental',
    incremental_strategy=fact_incremental_strategy(),
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

{%- set experience_types = wbl_experience_types() %}

type_marks as (
    -- each code stands for its type's mark: a private-use character per type (U+E001 awareness ... U+E005
    -- apprenticeship, U+E000 a code of any other type), so no character that could be typed is a mark
    select
        experience_code,
        case experience_type
            {%- for experience_type in experience_types %}
                when '{{ experience_type }}' then {{ unicode_char(57344 + loop.index) }}
            {%- endfor %}
            else {{ unicode_char(57344) }}
        end as type_mark
    from experience_codes
),

code_sets as (
    select
        {{ string_agg_ordered('experience_code', "''", ['experience_code']) }} as codes,
        {{ string_agg_ordered('type_mark', "''", ['experience_code']) }} as marks
    from type_marks
),

marked as (
    -- one translate() turns every code into its type's mark (unknown characters stay as they are); counting a
    -- mark is then a constant replace(). No row per character, which would be one row per experience to join and
    -- group
    select
        wbl.*,
        translate(wbl.wbl_experiences, coalesce(code_sets.codes, ''), coalesce(code_sets.marks, '')) as type_marks
    from wbl
    cross join code_sets
),

decoded as (
    select
        {{ star_except(['type_marks']) }},
        {%- for experience_type in experience_types %}
            {{ count_character('type_marks', unicode_char(57344 + loop.index)) }} as {{ experience_type }}_count,
        {%- endfor %}
        length(type_marks)
        {%- for mark in range(57344, 57350) %}
            - {{ count_character('type_marks', unicode_char(mark)) }}
        {%- endfor %} as unknown_count,
        0
        {%- for experience_type in var('cte:counted_wbl_types') %}
            {%- if experience_type not in experience_types %}
                {{ exceptions.raise_compiler_error("var cte:counted_wbl_types: '" ~ experience_type ~ "' is not one of "
                    ~ experience_types | join(', ')) }}
            {%- endif %}
            + {{ count_character('type_marks', unicode_char(57345 + experience_types.index(experience_type))) }}
        {%- endfor %} as counted_experience_count,
        length(wbl_experiences) as total_experience_count
    from marked
),

joined as (
    select
        decoded.*,
        program_years.cip_code,
        program_years.building_code,
        program_years.district_code
    from decoded
    left join program_years
        on
            decoded.program_serial_number = program_years.program_serial_number
            and decoded.school_year = program_years.school_year
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
        {%- for experience_type in experience_types %}
            cast({{ experience_type }}_count as integer) as {{ experience_type }}_count,
        {%- endfor %}
        cast(unknown_count as integer) as unknown_count,
        cast(total_experience_count as integer) as total_experience_count,
        cast(counted_experience_count as integer) as counted_experience_count,
        counted_experience_count > 0 as has_counted_experience,
        wbl_string_length >= 30 as is_possibly_truncated,
        {%- for experience_type in experience_types %}
            cast({{ experience_type }}_count_reported as integer) as {{ experience_type }}_count_reported,
        {%- endfor %}
        (
            {%- for experience_type in experience_types %}
                {{ 'or ' if not loop.first }}{{ experience_type }}_count != {{ experience_type }}_count_reported
            {%- endfor %}
        ) as has_count_mismatch
    from joined
),

final as (
    {{ changed_rows('computed', 'wbl_record_key') }}
)

select * from final
