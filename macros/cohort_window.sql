{#-
    cohort_window_complete(cohort_year): true when the extract holds the cohort's whole credential window: the four
    high-school years (cohort year - 3 to the cohort year, from cte:first_school_year on) and the grace years after
    it (cte:attainment_grace_years, up to cte:current_school_year). A cohort whose window is cut is not comparable
    with the others: its 5S1 rate is low because records are missing, not because students earned fewer
    credentials. The marts, the rpt_ tables and the report mark such cohorts.
-#}
{% macro cohort_window_complete(cohort_year) -%}
    ({{ cohort_year }} - 3 >= {{ var('cte:first_school_year') | int }}
    and {{ cohort_year }} + {{ var('cte:attainment_grace_years') | int }} <= {{ var('cte:current_school_year') | int }})
{%- endmacro %}
