{#-
    Select lists DuckDB writes with its star modifiers. Spark 4 (and Databricks) has `* except (...)` and no
    `* replace (...)`; a replaced column moves to the end of the list there, which only the column order of a base_
    table shows (every reader selects by name).
-#}

{#- star_except(columns, relation): every column of `relation` (or of the query's sources) but `columns`. -#}
{% macro star_except(columns, relation=none) -%}
    {{ return(adapter.dispatch('star_except', 'cte_credentials')(columns, relation)) }}
{%- endmacro %}

{% macro duckdb__star_except(columns, relation) -%}
    {{ relation ~ '.' if relation }}* exclude ({{ columns | join(', ') }})
{%- endmacro %}

{% macro spark__star_except(columns, relation) -%}
    {{ relation ~ '.' if relation }}* except ({{ columns | join(', ') }})
{%- endmacro %}

{#-
    star_replace(replacements): every column, with each (name, expression) of `replacements` computed instead of the
    column of that name.
-#}
{% macro star_replace(replacements) -%}
    {{ return(adapter.dispatch('star_replace', 'cte_credentials')(replacements)) }}
{%- endmacro %}

{% macro duckdb__star_replace(replacements) -%}
    * replace (
    {%- for name, expression in replacements %}
        {{ expression }} as {{ name }}{{ ',' if not loop.last }}
    {%- endfor %}
    )
{%- endmacro %}

{% macro spark__star_replace(replacements) -%}
    * except ({{ replacements | map(attribute=0) | join(', ') }}),
    {%- for name, expression in replacements %}
        {{ expression }} as {{ name }}{{ ',' if not loop.last }}
    {%- endfor %}
{%- endmacro %}

{#-
    not_materialized(): the hint that lets a CTE read twice be inlined rather than copied (DuckDB: `as not
    materialized`); Spark inlines CTEs anyway and has no such keyword.
-#}
{% macro not_materialized() -%}
    {{ return(adapter.dispatch('not_materialized', 'cte_credentials')()) }}
{%- endmacro %}

{% macro duckdb__not_materialized() -%}
    not materialized
{%- endmacro %}

{% macro spark__not_materialized() -%}
{%- endmacro %}
