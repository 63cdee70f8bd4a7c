{#-
    basic_clean_text(column): the SQL twin of cte_credentials.resolve.normalize.basic_clean for plain ASCII text
    (lower case, "&" read as "and", every run of other characters than letters, digits, "+" and "#" one space,
    trimmed), for the seeds' vendor spellings the review queue compares with normalised names. It does not strip
    accents or split "osha10": a spelling it cleans differently from the engine only fails to match, never matches
    wrongly. Regular expressions differ between engines, hence adapter.dispatch.
-#}
{% macro basic_clean_text(column) -%}
    {{ return(adapter.dispatch('basic_clean_text', 'cte_credentials')(column)) }}
{%- endmacro %}

{% macro duckdb__basic_clean_text(column) -%}
    trim(regexp_replace(replace(lower({{ column }}), '&', ' and '), '[^a-z0-9+#]+', ' ', 'g'))
{%- endmacro %}

{% macro spark__basic_clean_text(column) -%}
    trim(regexp_replace(replace(lower({{ column }}), '&', ' and '), '[^a-z0-9+#]+', ' '))
{%- endmacro %}

{% macro default__basic_clean_text(column) -%}
    {{ exceptions.raise_compiler_error(
        "basic_clean_text() has no version for adapter '" ~ adapter.type() ~ "': add one in macros/basic_clean_text.sql"
    ) }}
{%- endmacro %}
