{#-
    parse_school_year(column): the integer spring year of a school year however the extract spells it.
    "2023-24", "2023-2024", "2024" and "SY 2023-24" (any spacing) all give 2024. Returns null when the text is not a
    school year: letters inside the digits ("20X3"), years that do not follow each other ("2023-25"), or a year
    outside cte:first_school_year - 1 .. cte:current_school_year + 1. Null means the row goes to the rejects model.
-#}
{% macro parse_school_year(column) -%}
    {%- set text = regexp_replace_all('upper(trim(cast(' ~ column ~ ' as ' ~ dbt.type_string() ~ ')))', '^SY\\s*|\\s+', "''") -%}
    {%- set first_year = var('cte:first_school_year') | int - 1 -%}
    {%- set last_year = var('cte:current_school_year') | int + 1 -%}
    {#- try_cast, although the pattern was matched first: an engine may evaluate the cast before the match -#}
    case
        when {{ regexp_full_match(text, '\\d{4}') }}
            and try_cast({{ text }} as integer) between {{ first_year }} and {{ last_year }}
            then try_cast({{ text }} as integer)
        when {{ regexp_full_match(text, '\\d{4}-\\d{2}') }}
            and try_cast(right({{ text }}, 2) as integer) = (try_cast(left({{ text }}, 4) as integer) + 1) % 100
            and try_cast(left({{ text }}, 4) as integer) + 1 between {{ first_year }} and {{ last_year }}
            then try_cast(left({{ text }}, 4) as integer) + 1
        when {{ regexp_full_match(text, '\\d{4}-\\d{4}') }}
            and try_cast(right({{ text }}, 4) as integer) = try_cast(left({{ text }}, 4) as integer) + 1
            and try_cast(right({{ text }}, 4) as integer) between {{ first_year }} and {{ last_year }}
            then try_cast(right({{ text }}, 4) as integer)
    end
{%- endmacro %}
