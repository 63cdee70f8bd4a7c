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
        awareness_count_reported,
        exploration_count_reported,
        preparation_count_reported,
        training_count_reported,
        apprenticeship_count_reported
    from base
)

select * from final
