{#-
    personal_data_column(column_name): a condition true when a column's name says it holds personal data: a first,
    middle or last name, a birth date or its parts, an address, a ZIP code, an SSN. The linkage's comparison levels
    (gamma_first_name, gamma_address...) are levels, not values, and are not matched. Used by the test
    assert_no_personal_data_outside_pii; tests/python/test_privacy.py applies the same patterns (PERSONAL_PATTERNS)
    to every model's column list.
-#}
{% macro personal_data_column(column_name) -%}
    (
        (
            lower({{ column_name }}) like '%first_name%'
            or lower({{ column_name }}) like '%middle_name%'
            or lower({{ column_name }}) like '%last_name%'
            or lower({{ column_name }}) like '%birth%'
            or lower({{ column_name }}) like '%address%'
            or lower({{ column_name }}) like '%zip%'
            or lower({{ column_name }}) like '%ssn%'
        )
        and lower({{ column_name }}) not like '%gamma\_%' escape '\'
    )
{%- endmacro %}
