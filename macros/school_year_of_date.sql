{#-
    school_year_of_date(date_column): the school year (spring year) a date falls in: 1 July starts the next school
    year, so 2023-10-14 and 2024-06-15 are both in 2024. Vendors test students from October to June; their own
    year (Sept 2 - Sept 1) differs from the school year only in the summer.
-#}
{% macro school_year_of_date(date_column) -%}
    cast(
        case
            when extract(month from {{ date_column }}) >= 7 then extract(year from {{ date_column }}) + 1
            else extract(year from {{ date_column }})
        end as integer
    )
{%- endmacro %}
