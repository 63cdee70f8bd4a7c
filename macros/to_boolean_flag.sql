{#-
    to_boolean_flag(column): a raw Y/N flag as a boolean. Accepts Y/N, Yes/No, 1/0, TRUE/FALSE, T/F in any case.
    Blank gives null; any other value also gives null, so a base_ model rejects a row whose flag is null.
    'Y' and 'N', the spellings the state's system writes, are matched as they are first, so that most flags skip
    the costly path (trimming, upper-casing and two IN lists for every flag of every row). Other spellings take the
    full path and give the same result.
-#}
{% macro to_boolean_flag(column) -%}
    case {{ column }}
        when 'Y' then true
        when 'N' then false
        else
            case
                when upper(trim({{ column }})) in ('Y', 'YES', '1', 'TRUE', 'T') then true
                when upper(trim({{ column }})) in ('N', 'NO', '0', 'FALSE', 'F') then false
            end
    end
{%- endmacro %}
