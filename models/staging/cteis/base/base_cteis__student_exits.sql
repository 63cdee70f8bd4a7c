-- Every raw exit row, renamed and cast, with the first rule it breaks (null when usable).
with

exit_statuses as (
    select
        exit_status,
        is_graduate
    from {{ ref('xwalk_exit_statuses') }}
),

source as (
    select
        *,
        row_number() over () as source_row_number
    from {{ source('cteis', 'student_exits') }}
),

renamed as (
    select
        source_row_number,
        {{ clean_text('ric') }} as student_id,
        {{ parse_school_year('school_year') }} as school_year,
        -- "Still Enrolled", "still_enrolled" and "STILL ENROLLED" are one status
        regexp_replace(lower(trim(exit_status)), '[\s\-]+', '_', 'g') as exit_status,
        ric as raw_ric,
        school_year as raw_school_year,
        exit_status as raw_exit_status
    from source
),

final as (
    select
        *,
        coalesce(exit_status in (
            select es.exit_status from exit_statuses as es
            where es.is_graduate
        ), false) as is_graduate,
        case
            when student_id is null then 'missing_student_id'
            when school_year is null then 'invalid_school_year'
            when coalesce(exit_status, '') not in (select es.exit_status from exit_statuses as es)
                then 'unknown_exit_status'
            when row_number() over (partition by student_id, school_year order by source_row_number) > 1
                then 'duplicate_key'
        end as reject_reason
    from renamed
)

select * from final
