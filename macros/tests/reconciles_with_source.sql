{#-
    Test reconciles_with_source: raw rows = staged rows + rejected rows.
    Applied to a base_ model: fails (returns one row with the counts) when the raw file has a different number of
    rows than the staging model and its rejects model together, i.e. a row was dropped or duplicated between the
    raw extract and staging. The raw count is the one the on-run-start hook took when it read the file (table
    raw.raw_files): every record the CSV reader parsed plus every record it could not parse (malformed rows, which
    the base_ model rejects as malformed_row), so it does not come from the reading it checks. To resolve: look
    for a join or filter in the staging models that loses or repeats rows; every unusable row must land in the
    _rejects model with a reason.
-#}
{% test reconciles_with_source(model, source_table, staged_model, rejects_model) %}

with

counts as (
    select
        (
            select raw_files.raw_rows from {{ source('cteis_checks', 'raw_files') }} as raw_files
            where raw_files.table_name = '{{ source_table }}'
        ) as raw_rows,
        (select count(*) from {{ ref(staged_model) }}) as staged_rows,
        (select count(*) from {{ ref(rejects_model) }}) as rejected_rows,
        (select count(*) from {{ model }}) as base_rows
)

select *
from counts
where raw_rows is distinct from staged_rows + rejected_rows
    or raw_rows is distinct from base_rows

{% endtest %}
