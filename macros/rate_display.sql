{#-
    rate_display(rate, band, denominator): a published rate as text for tables and charts: "43.2%" when the rate
    is published, the band ("<5%", ">95%") when only that is safe to say, "*" when the cell is suppressed.
-#}
{% macro rate_display(rate, band, denominator) -%}
    case
        when {{ rate }} is not null then {{ dbt.concat([
            "cast(round(100 * " ~ rate ~ ", 1) as " ~ dbt.type_string() ~ ")", "'%'"
        ]) }}
        when {{ band }} is not null then {{ band }}
        else '*'
    end
{%- endmacro %}
