-- Every raw exit row, renamed and cast, with the first rule it breaks (null when usable).
-- The skeleton every base_ model shares (source, school_years, raw text, final) is in macros/base_model.sql.
with

exit_statuses as (
    select
        exit_status,
        is_graduate
    from {{ ref('xwalk_exit_statuses') }}
),

source as (
    select * from {{ source('cteis', 'student_exits') }}
),

school_years as (
    {{ school_year_spellings('source') }}
),

exit_spellings as (
    -- "Still Enrolled", "still_enrolled" and "STILL ENROLLED" are one status: normalised once per distinct value
    {{ code_spellings('source', 'exit_status') }}
),

renamed as {{ not_materialized() }} (
    -- read twice by flag_repeated_keys: not materialized, so its aggregate reads only the key columns
    select
        source.source_row_number,
        source.source_line_number,
        source.is_malformed,
        {{ clean_text('source.ric') }} as student_id,
        school_years.school_year,
        exit_spellings.exit_status,
        {{ raw_text('source', 'student_exits') }}
    from source
    left join school_years
        on source.school_year is not distinct from school_years.raw_school_year
    left join exit_spellings
        on source.exit_status is not distinct from exit_spellings.raw_exit_status
),

keyed as (
    {{ flag_repeated_keys('renamed', ['student_id', 'school_year']) }}
),

validated as (
    select
        {{ star_except(['is_malformed', 'is_repeated_key']) }},
        coalesce(exit_status in (
            select es.exit_status from exit_statuses as es
            where es.is_graduate
        ), false) as is_graduate,
        -- not exists, never not in: one null in the list would make not in unknown for every row
        case
            {{ record_rules('student_id') }}
            when not exists (
                select 1 from exit_statuses as es
                where es.exit_status = keyed.exit_status
            ) then 'unknown_exit_status'
            when is_repeated_key then 'duplicate_key'
        end as reject_reason
    from keyed
),

final as (
    select {{ raw_text_of_rejects('student_exits') }}
    from validated
)

select * from final
