{#-
    count_character(text, character): how many times a single character occurs in a text, as the length a
    replace() removes. With a constant character this is a fast scan; fct_wbl_experiences counts the WBL string's
    experiences per type with it, without a row per character.
-#}
{% macro count_character(text, character) -%}
    (length({{ text }}) - length(replace({{ text }}, {{ character }}, '')))
{%- endmacro %}
