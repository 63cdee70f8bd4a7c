-- Every raw exit row, renamed and cast, with the first rule it breaks (null when usable).
with

exit_statuses as (
    select
        exit_status,
        is_graduate
    from {{ ref('xwalk_exit_statuses') }}
),

source as (
    -- every record of the raw file, numbered in file order; a malformed record has only its line and its text
    select * from {{ source('cteis', 'student_exits') }}
),

school_years as (
    -- a file holds a handful of spellings of the school year: parse each once, not once per row
    select
        raw_school_year,
        {{ parse_school_year('raw_school_year') }} as school_year
    from (select distinct school_year as raw_school_year from source) as spellings
),

exit_spellings as (
    -- "Still Enrolled", "still_enrolled" and "STILL ENROLLED" are one status: normalised once per distinct value
    select
        raw_exit_status,
        regexp_replace(lower(trim(raw_exit_status)), '[\s\-]+', '_', 'g') as exit_status
    from (select distinct exit_status as raw_exit_status from source) as spellings
),

renamed as not materialized (
    -- read twice by flag_repeated_keys: not materialized, so its aggregate reads only the key columns
    select
        source.source_row_number,
        source.source_line_number,
        source.is_malformed,
        {{ clean_text('source.ric') }} as student_id,
        school_years.school_year,
        exit_spellings.exit_status,
        source.ric as raw_ric,
        source.school_year as raw_school_year,
        source.exit_status as raw_exit_status,
        source.raw_line
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
        * exclude (is_malformed, is_repeated_key),
        coalesce(exit_status in (
            select es.exit_status from exit_statuses as es
            where es.is_graduate
        ), false) as is_graduate,
        -- not exists, never not in: one null in the list would make not in unknown for every row
        case
            when is_malformed then 'malformed_row'
            when student_id is null then 'missing_student_id'
            when school_year is null then 'invalid_school_year'
            when not exists (
                select 1 from exit_statuses as es
                where es.exit_status = keyed.exit_status
            ) then 'unknown_exit_status'
            when is_repeated_key then 'duplicate_key'
        end as reject_reason
    from keyed
),

final as (
    select
        {{ raw_text_of_rejects([
            'ric',
            'school_year',
            'exit_status'
        ]) }}
    from validated
)

select * from final
