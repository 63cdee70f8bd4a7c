{#- clean_text(column): trimmed text, with blank turned into null, so "missing" has one spelling downstream. -#}
{% macro clean_text(column) -%}
    nullif(trim(cast({{ column }} as {{ dbt.type_string() }})), '')
{%- endmacro %}
