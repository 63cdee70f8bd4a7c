-- One row per program serial number and school year, from the program's first directory year to the year after
-- the current school year, with the program's CIP code, building and district in that year. A year missing from
-- the directory (a credential entered the year after a program closed) takes the nearest earlier directory row,
-- else the nearest later one, so every staged record finds its program.
with

serials as (
    select * from {{ ref('stg_cteis__program_serials') }}
),

years as (
    {{ integer_series(
        var('cte:first_school_year') | int - 1, var('cte:current_school_year') | int + 2, 'school_year'
    ) }}
),

candidates as (
    -- every directory row of a program against every year: the nearest earlier row wins, else the nearest later
    select
        serials.*,
        years.school_year as for_school_year,
        row_number() over (
            partition by serials.program_serial_number, years.school_year
            order by
                case when serials.school_year <= years.school_year then 0 else 1 end,
                abs(years.school_year - serials.school_year)
        ) as nearness_rank
    from serials
    cross join years
),

final as (
    select
        {{ surrogate_key(['program_serial_number', 'for_school_year']) }} as program_year_key,
        program_serial_number,
        for_school_year as school_year,
        school_year as directory_school_year,
        cip_code,
        program_name,
        program_type,
        building_code,
        building_name,
        district_code,
        district_name
    from candidates
    where nearness_rank = 1
)

select * from final
