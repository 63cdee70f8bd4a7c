{#-
    program_cip_by_year(): one row per program serial number and school year with the program's CIP code, for
    every year from the program's first directory year to the current school year. A year missing from the
    directory (e.g. a credential entered the year after a program closed) takes the nearest earlier directory
    row, else the nearest later one, so every staged record finds its program's CIP.
-#}
{% macro program_cip_by_year() %}
    select
        serials.program_serial_number,
        years.school_year,
        coalesce(
            max_by(serials.cip_code, serials.school_year) filter (where serials.school_year <= years.school_year),
            min_by(serials.cip_code, serials.school_year)
        ) as cip_code
    from {{ ref('stg_cteis__program_serials') }} as serials
    cross join (
        select unnest(range(
            {{ var('cte:first_school_year') | int - 1 }}, {{ var('cte:current_school_year') | int + 2 }}
        )) as school_year
    ) as years
    group by serials.program_serial_number, years.school_year
{% endmacro %}
