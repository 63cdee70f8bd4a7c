{#-
    Use the custom schema name as is (staging, intermediate, marts, reporting, seeds) instead of dbt's default
    "<target schema>_<custom schema>", so the warehouse reads the same for every user of the project.
-#}
{% macro generate_schema_name(custom_schema_name, node) -%}
    {%- if custom_schema_name is none -%}
        {{ target.schema }}
    {%- else -%}
        {{ custom_schema_name | trim }}
    {%- endif -%}
{%- endmacro %}
