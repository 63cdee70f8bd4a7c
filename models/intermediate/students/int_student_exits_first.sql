-- One row per student who has left school: the first school year with a final exit status (graduated, dropped
-- out, transferred out, completed without a diploma), that status, and the graduation year when they graduated.
with

exits as (
    select * from {{ ref('stg_cteis__student_exits') }}
),

exit_statuses as (
    select * from {{ ref('xwalk_exit_statuses') }}
),

final_exits as (
    select
        exits.student_id,
        exits.school_year,
        exits.exit_status,
        exits.is_graduate,
        row_number() over (
            partition by exits.student_id
            order by exits.school_year, exits.source_row_number
        ) as exit_order
    from exits
    inner join exit_statuses
        on exits.exit_status = exit_statuses.exit_status
    where exit_statuses.is_final
),

final as (
    select
        student_id,
        school_year as exit_school_year,
        exit_status,
        is_graduate,
        case when is_graduate then school_year end as graduation_school_year
    from final_exits
    where exit_order = 1
)

select * from final
