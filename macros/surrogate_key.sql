{#-
    surrogate_key(columns): the key of a grain, as the md5 hash of its columns cast to text and joined with '|'
    (nulls written as '_null_' so that (null, 'a') and ('', 'a') differ). Uses dbt's cross-database macros so it
    runs unchanged on other engines.
-#}
{% macro surrogate_key(columns) -%}
    {%- set parts = [] -%}
    {%- for column in columns -%}
        {%- do parts.append("coalesce(cast(" ~ column ~ " as " ~ dbt.type_string() ~ "), '_null_')") -%}
        {%- if not loop.last %}{% do parts.append("'|'") %}{% endif -%}
    {%- endfor -%}
    {{ dbt.hash(dbt.concat(parts)) }}
{%- endmacro %}
