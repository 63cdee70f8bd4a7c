-- The usable rows of the raw wbl experiences file, typed.
with

base as (
    select * from {{ ref('base_cteis__wbl_experiences') }}
    where reject_reason is null
),

final as (
    select
        source_row_number,
        student_id,
        school_year,
        program_serial_number,
        wbl_experiences,
        wbl_string_length,
        {%- for experience_type in wbl_experience_types() %}
            {{ experience_type }}_count_reported{% if not loop.last %},{% endif %}
        {%- endfor %}
    from base
)

select * from final
