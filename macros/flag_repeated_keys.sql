{#-
    flag_repeated_keys(relation, key_columns): a select of every column of `relation` plus is_repeated_key, true on
    each row whose key (key_columns, nulls equal) already occurred on an earlier row (smaller source_row_number).
    The base_ models reject such rows as duplicate_key, so the first row of a key is the one kept.
    The repeated keys come from an aggregate over the key columns, joined back. A window partitioned by the key
    (row_number over the key ordered by row) carried every column of the row through a sort. Declare `relation` as
    a CTE `as not materialized`:
    it is read twice, and the aggregate then reads only the key columns instead of a copy of every row.
-#}
{% macro flag_repeated_keys(relation, key_columns) -%}
    select
        {{ relation }}.*,
        coalesce({{ relation }}.source_row_number > repeated_keys.first_source_row_number, false) as is_repeated_key
    from {{ relation }}
    left join (
        select
            {{ key_columns | join(', ') }},
            min(source_row_number) as first_source_row_number
        from {{ relation }}
        group by {{ key_columns | join(', ') }}
        having count(*) > 1
    ) as repeated_keys
        on
        {%- for column in key_columns %}
            {{ 'and ' if not loop.first }}{{ relation }}.{{ column }} is not distinct from repeated_keys.{{ column }}
        {%- endfor %}
{%- endmacro %}
