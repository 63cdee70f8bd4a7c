{#-
    personal_data_column(column_name): a condition true when a column's name says it holds personal data: a first,
    middle or last name, a birth date or its parts, an address, a ZIP code, an SSN. The linkage's comparison levels
    (gamma_first_name, gamma_address...) are levels, not values, and are not matched. Used by the test
    assert_no_personal_data_outside_pii (and tests/python/test_linkage.py checks that no name, birth date or address
    value leaves the linkage).
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
        and instr(lower({{ column_name }}), 'gamma_') = 0
    )
{%- endmacro %}
