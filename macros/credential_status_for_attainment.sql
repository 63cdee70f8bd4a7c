{#-
    credential_status_for_attainment(): the column holding the type that decides whether a credential counts,
    chosen by the var cte:credential_status_basis:
      as_of_review (default)  status_as_of_review, the classification in the record's school year;
      current                 status_current, today's classification applied to every year (consistent trends);
      reported                credential_type_reported, the type as the district typed it.
    Any other value stops the build with a message naming the var.
-#}
{% macro credential_status_for_attainment() -%}
    {%- set basis = var('cte:credential_status_basis') -%}
    {%- set columns = {
        'as_of_review': 'status_as_of_review',
        'current': 'status_current',
        'reported': 'credential_type_reported',
    } -%}
    {%- if basis not in columns -%}
        {{ exceptions.raise_compiler_error(
            "var cte:credential_status_basis is '" ~ basis ~ "'; use one of: " ~ (columns.keys() | join(', '))
        ) }}
    {%- endif -%}
    {{ columns[basis] }}
{%- endmacro %}
