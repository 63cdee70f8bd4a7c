{#-
    Text functions whose spelling differs between engines. Regular expressions are written once, for both: RE2
    (DuckDB) and Java (Spark) read the classes the project uses (\d, \s, [^a-z0-9+#]) alike; Spark's string
    literals unescape backslashes, so its version doubles them.
-#}

{#- regex_literal(pattern): `pattern` as a string literal of the engine. -#}
{% macro regex_literal(pattern) -%}
    {{ return(adapter.dispatch('regex_literal', 'cte_credentials')(pattern)) }}
{%- endmacro %}

{% macro default__regex_literal(pattern) -%}
    '{{ pattern | replace("'", "''") }}'
{%- endmacro %}

{% macro spark__regex_literal(pattern) -%}
    '{{ pattern | replace('\\', '\\\\') | replace("'", "\\'") }}'
{%- endmacro %}

{#- regexp_full_match(text, pattern): true when the whole text matches `pattern` (null for null text). -#}
{% macro regexp_full_match(text, pattern) -%}
    {{ return(adapter.dispatch('regexp_full_match', 'cte_credentials')(text, pattern)) }}
{%- endmacro %}

{% macro duckdb__regexp_full_match(text, pattern) -%}
    regexp_full_match({{ text }}, {{ regex_literal(pattern) }})
{%- endmacro %}

{#- \z, not $: Java's $ also matches before a final line break -#}
{% macro spark__regexp_full_match(text, pattern) -%}
    ({{ text }} rlike {{ regex_literal('^(?:' ~ pattern ~ ')\\z') }})
{%- endmacro %}

{#- regexp_replace_all(text, pattern, replacement): every match of `pattern` replaced (`replacement` is SQL). -#}
{% macro regexp_replace_all(text, pattern, replacement) -%}
    {{ return(adapter.dispatch('regexp_replace_all', 'cte_credentials')(text, pattern, replacement)) }}
{%- endmacro %}

{% macro duckdb__regexp_replace_all(text, pattern, replacement) -%}
    regexp_replace({{ text }}, {{ regex_literal(pattern) }}, {{ replacement }}, 'g')
{%- endmacro %}

{% macro spark__regexp_replace_all(text, pattern, replacement) -%}
    regexp_replace({{ text }}, {{ regex_literal(pattern) }}, {{ replacement }})
{%- endmacro %}

{#-
    unicode_char(codepoint): the one character of that code point, as a constant. DuckDB's chr() takes any code
    point; Spark's chr() only 0-255, so Spark writes the \uXXXX literal its strings read.
-#}
{% macro unicode_char(codepoint) -%}
    {{ return(adapter.dispatch('unicode_char', 'cte_credentials')(codepoint)) }}
{%- endmacro %}

{% macro duckdb__unicode_char(codepoint) -%}
    chr({{ codepoint }})
{%- endmacro %}

{% macro spark__unicode_char(codepoint) -%}
    '\u{{ '%04X' | format(codepoint | int) }}'
{%- endmacro %}

{#-
    string_agg_ordered(expression, delimiter, order_by, distinct): the values of a group joined by `delimiter` (SQL)
    in the order `order_by` gives (a list of SQL sort keys; with distinct, the expression itself). DuckDB's
    string_agg ... order by; Spark's listagg ... within group (order by). dbt.listagg cannot be used: on Spark it
    ignores the order, and a joined list must read the same on every build and engine.
-#}
{% macro string_agg_ordered(expression, delimiter, order_by, distinct=false) -%}
    {{ return(adapter.dispatch('string_agg_ordered', 'cte_credentials')(expression, delimiter, order_by, distinct)) }}
{%- endmacro %}

{% macro duckdb__string_agg_ordered(expression, delimiter, order_by, distinct) -%}
    string_agg({{ 'distinct ' if distinct }}{{ expression }}, {{ delimiter }} order by {{ order_by | join(', ') }})
{%- endmacro %}

{% macro spark__string_agg_ordered(expression, delimiter, order_by, distinct) -%}
    listagg({{ 'distinct ' if distinct }}{{ expression }}, {{ delimiter }}) within group (order by {{ order_by | join(', ') }})
{%- endmacro %}

{#- format_thousands(number): an integer as text with thousands separators ("12,345"), for messages. -#}
{% macro format_thousands(number) -%}
    {{ return(adapter.dispatch('format_thousands', 'cte_credentials')(number)) }}
{%- endmacro %}

{% macro duckdb__format_thousands(number) -%}
    format('{:,}', {{ number }})
{%- endmacro %}

{% macro spark__format_thousands(number) -%}
    format_number({{ number }}, 0)
{%- endmacro %}
