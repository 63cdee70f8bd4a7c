{#-
    parse_school_year(column): the integer spring year of a school year however the extract spells it.
    "2023-24", "2023-2024", "2024" and "SY 2023-24" (any spacing) all give 2024. Returns null when the text is not a
    school year: letters inside the digits ("20X3"), years that do not follow each other ("2023-25"), or a year
    outside cte:first_school_year - 1 .. cte:current_school_year + 1. Null means the row goes to the rejects model.
-#}
{% macro parse_school_year(column) -%}
    {%- set text -%}regexp_replace(upper(trim(cast({{ column }} as varchar))), '^SY\s*|\s+', '', 'g'){%- endset -%}
    {%- set first_year = var('cte:first_school_year') | int - 1 -%}
    {%- set last_year = var('cte:current_school_year') | int + 1 -%}
    case
        when regexp_full_match({{ text }}, '\d{4}')
            and cast({{ text }} as integer) between {{ first_year }} and {{ last_year }}
            then cast({{ text }} as integer)
        when regexp_full_match({{ text }}, '\d{4}-\d{2}')
            and cast(right({{ text }}, 2) as integer) = (cast(left({{ text }}, 4) as integer) + 1) % 100
            and cast(left({{ text }}, 4) as integer) + 1 between {{ first_year }} and {{ last_year }}
            then cast(left({{ text }}, 4) as integer) + 1
        when regexp_full_match({{ text }}, '\d{4}-\d{4}')
            and cast(right({{ text }}, 4) as integer) = cast(left({{ text }}, 4) as integer) + 1
            and cast(right({{ text }}, 4) as integer) between {{ first_year }} and {{ last_year }}
            then cast(right({{ text }}, 4) as integer)
    end
{%- endmacro %}
