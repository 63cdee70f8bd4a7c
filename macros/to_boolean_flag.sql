{#-
    to_boolean_flag(column): a raw Y/N flag as a boolean. Accepts Y/N, Yes/No, 1/0, TRUE/FALSE, T/F in any case.
    Blank gives null; any other value also gives null, so a base_ model rejects a row whose flag is null.
-#}
{% macro to_boolean_flag(column) -%}
    case
        when upper(trim({{ column }})) in ('Y', 'YES', '1', 'TRUE', 'T') then true
        when upper(trim({{ column }})) in ('N', 'NO', '0', 'FALSE', 'F') then false
    end
{%- endmacro %}
