-- One row per district, school year and reject reason: credential rows of the raw extract that could not be used.
-- District and year come from the raw values where they can be read ('UNKNOWN' and null otherwise).
with

rejects as (
    select * from {{ ref('stg_cteis__credentials_earned_rejects') }}
),

program_years as (
    select * from {{ ref('int_program_years') }}
),

located as (
    select
        rejects.reject_reason,
        {{ parse_school_year('rejects.raw_school_year') }} as school_year,
        trim(rejects.raw_program_serial_number) as program_serial_number
    from rejects
),

final as (
    select
        coalesce(program_years.district_code, 'UNKNOWN') as district_code,
        cast(located.school_year as integer) as school_year,
        located.reject_reason,
        cast(count(*) as integer) as rejected_count
    from located
    left join program_years
        on
            located.program_serial_number = program_years.program_serial_number
            and located.school_year = program_years.school_year
    group by coalesce(program_years.district_code, 'UNKNOWN'), located.school_year, located.reject_reason
)

select * from final
