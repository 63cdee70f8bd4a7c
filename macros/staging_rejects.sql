{#-
    staging_rejects(base_model): the rows of a base_ staging model that cannot be used, with the reason and every
    original value as text (the base model's raw_* columns; for a malformed_row, which has no values, raw_line
    holds its text and source_line_number its physical line). Each stg_..._rejects model is this one select, so
    the six rejects models cannot drift apart; stg_ models keep the rows where reject_reason is null.
-#}
{% macro staging_rejects(base_model) %}
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
        columns('^raw_')
    from base
)

select * from final
{% endmacro %}
