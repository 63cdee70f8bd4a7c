{#-
    string_characters(column): a set-returning expression giving one row per character of a string, used in a
    select list ("select key, {{ string_characters('s') }} as character from t"). An empty string gives no row.

    DuckDB splits the string into a list and unnests it; Spark would explode the split. Dispatched so that moving
    the models to another engine needs only this macro (the Spark version is written but not run here).
-#}
{% macro string_characters(column) -%}
    {{ return(adapter.dispatch('string_characters', 'cte_credentials')(column)) }}
{%- endmacro %}

{% macro duckdb__string_characters(column) -%}
    unnest(string_split({{ column }}, ''))
{%- endmacro %}

{% macro spark__string_characters(column) -%}
    explode(split({{ column }}, '(?!$)'))
{%- endmacro %}

{% macro default__string_characters(column) -%}
    {{ exceptions.raise_compiler_error(
        "string_characters() has no version for adapter '" ~ adapter.type() ~ "': add one in macros/string_characters.sql"
    ) }}
{%- endmacro %}
