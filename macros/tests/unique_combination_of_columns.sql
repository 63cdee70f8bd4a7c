{#-
    Generic test: the combination of the given columns is unique (a multi-column key).

    Why here: no dbt packages are available (no dbt_utils), and several seeds and models have a grain of
    more than one column. Fails with one row per duplicated combination and how many times it occurs.

    Usage (yml):
        data_tests:
          - unique_combination_of_columns:
              arguments:
                combination_of_columns: [credential_code, cip_code]
-#}
{% test unique_combination_of_columns(model, combination_of_columns) %}

    {%- set column_list = combination_of_columns | join(', ') %}

with

validation as (

    select
        {{ column_list }},
        count(*) as n_records
    from {{ model }}
    group by {{ column_list }}
    having count(*) > 1

)

select * from validation

{% endtest %}
