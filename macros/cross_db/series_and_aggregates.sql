{#-
    Generated rows and aggregates whose spelling differs between engines.
-#}

{#- integer_series(start, stop, column): a select of one row per integer from start up to stop - 1 (as range). -#}
{% macro integer_series(start, stop, column) -%}
    {{ return(adapter.dispatch('integer_series', 'cte_credentials')(start, stop, column)) }}
{%- endmacro %}

{% macro duckdb__integer_series(start, stop, column) -%}
    select unnest(range({{ start }}, {{ stop }})) as {{ column }}
{%- endmacro %}

{% macro spark__integer_series(start, stop, column) -%}
    select explode(sequence({{ start }}, {{ stop }} - 1)) as {{ column }}
{%- endmacro %}

{#- date_series(first_date, last_date, column): a select of one row per day from first_date to last_date. -#}
{% macro date_series(first_date, last_date, column) -%}
    {{ return(adapter.dispatch('date_series', 'cte_credentials')(first_date, last_date, column)) }}
{%- endmacro %}

{% macro duckdb__date_series(first_date, last_date, column) -%}
    select cast(unnest(generate_series(
        cast({{ first_date }} as date), cast({{ last_date }} as date), interval 1 day
    )) as date) as {{ column }}
{%- endmacro %}

{% macro spark__date_series(first_date, last_date, column) -%}
    select explode(sequence(cast({{ first_date }} as date), cast({{ last_date }} as date), interval 1 day)) as {{ column }}
{%- endmacro %}

{#-
    min_by_tuple(value, fields): `value` of the row whose `fields` (a list of SQL expressions, compared left to
    right) are smallest. DuckDB compares them as a row(), Spark as a struct(). A null field sorts last in DuckDB and
    first in Spark: use it on fields that are never null (int_attainment_populations' are not).
-#}
{% macro min_by_tuple(value, fields) -%}
    {{ return(adapter.dispatch('min_by_tuple', 'cte_credentials')(value, fields)) }}
{%- endmacro %}

{% macro duckdb__min_by_tuple(value, fields) -%}
    min_by({{ value }}, row({{ fields | join(', ') }}))
{%- endmacro %}

{% macro spark__min_by_tuple(value, fields) -%}
    min_by({{ value }}, struct({{ fields | join(', ') }}))
{%- endmacro %}
