{#- raw_path(): the folder of the raw extract (var cte:raw_path, else env CTE_RAW_PATH, else data/raw). -#}
{% macro raw_path() -%}
    {{ return(var('cte:raw_path', env_var('CTE_RAW_PATH', 'data/raw'))) }}
{%- endmacro %}

{#- raw_format(): csv or parquet (var cte:raw_format, else env CTE_RAW_FORMAT, else csv). -#}
{% macro raw_format() -%}
    {{ return(var('cte:raw_format', env_var('CTE_RAW_FORMAT', 'csv'))) }}
{%- endmacro %}
