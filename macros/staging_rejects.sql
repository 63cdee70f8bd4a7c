{#-
    staging_rejects(base_model): the rows of a base_ staging model that cannot be used, with the reason and every
    original value as text (the base model's raw_<column> of every codebook column, in its order, then raw_line; for a malformed_row, which has no values, raw_line
    holds its text and source_line_number its physical line). Each stg_..._rejects model is this one select, so
    the six rejects models cannot drift apart; stg_ models keep the rows where reject_reason is null.
-#}
{% macro staging_rejects(base_model) %}
{%- set table = base_model.replace('base_cteis__', '') %}
with

base as (
    select * from {{ ref(base_model) }}
    where reject_reason is not null
),

final as (
    select
        source_row_number,
        source_line_number,
        reject_reason,
        {%- for column in cteis_raw_columns(table) %}
        raw_{{ column }},
        {%- endfor %}
        raw_line
    from base
)

select * from final
{% endmacro %}
