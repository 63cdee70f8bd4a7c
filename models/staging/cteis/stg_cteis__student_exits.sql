-- The usable rows of the raw student exits file, typed.
with

base as (
    select * from {{ ref('base_cteis__student_exits') }}
    where reject_reason is null
),

final as (
    select
        source_row_number,
        student_id,
        school_year,
        exit_status,
        is_graduate
    from base
)

select * from final
