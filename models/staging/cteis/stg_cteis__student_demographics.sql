-- The usable rows of the raw student demographics file, typed.
with

base as (
    select * from {{ ref('base_cteis__student_demographics') }}
    where reject_reason is null
),

final as (
    select
        source_row_number,
        student_id,
        school_year,
        sex,
        race_ethnicity,
        is_disability,
        is_economically_disadvantaged,
        is_english_learner,
        is_homeless,
        is_foster_care,
        is_military_parent,
        is_single_parent,
        is_out_of_workforce,
        is_migrant,
        is_nontraditional
    from base
)

select * from final
