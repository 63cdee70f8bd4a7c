{#-
    Test equal_rowcount: the model has exactly as many rows as compare_model.
    Used where a model must keep every row of its input, neither dropping nor repeating one (a fact over its
    staged rows). Fails with one row holding both counts. To resolve: look for an inner join that loses rows
    or a join on a non-unique key that repeats them.
-#}
{% test equal_rowcount(model, compare_model) %}

with

counts as (
    select
        (select count(*) from {{ model }}) as model_rows,
        (select count(*) from {{ compare_model }}) as compare_rows
)

select *
from counts
where model_rows != compare_rows

{% endtest %}
