{#-
    raw_text_of_rejects(columns, reason='reject_reason'): a select list, `* replace (...)`, that keeps each
    raw_<column> (the original text) on rows that break a rule and sets it to null on usable rows. Only the
    _rejects model reads the original text (to show the row so it can be fixed at the source); writing a second
    copy of every column for every usable row was almost half of a base_ model's time.
-#}
{% macro raw_text_of_rejects(columns, reason='reject_reason') -%}
    * replace (
    {%- for column in columns %}
        case when {{ reason }} is not null then raw_{{ column }} end as raw_{{ column }}{{ ',' if not loop.last }}
    {%- endfor %}
    )
{%- endmacro %}
