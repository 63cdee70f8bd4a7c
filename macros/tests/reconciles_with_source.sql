{#-
    Test reconciles_with_source: raw rows = staged rows + rejected rows.
    Applied to a base_ model: fails (returns one row with the three counts) when the raw file has a different
    number of rows than the staging model and its rejects model together, i.e. a row was dropped or duplicated
    between the raw extract and staging. To resolve: look for a join or filter in the staging models that
    loses or repeats rows; every unusable row must land in the _rejects model with a reason.
-#}
{% test reconciles_with_source(model, source_name, source_table, staged_model, rejects_model) %}

with

counts as (
    select
        (select count(*) from {{ source(source_name, source_table) }}) as raw_rows,
        (select count(*) from {{ ref(staged_model) }}) as staged_rows,
        (select count(*) from {{ ref(rejects_model) }}) as rejected_rows,
        (select count(*) from {{ model }}) as base_rows
)

select *
from counts
where raw_rows != staged_rows + rejected_rows
    or raw_rows != base_rows

{% endtest %}
