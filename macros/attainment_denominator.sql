{#-
    attainment_denominator(): the population attainment is measured over, from the var cte:attainment_denominator,
    checked against the populations int_attainment_populations builds. test_takers and first_attempt_passers are
    named by the state's design but need vendor test results, which the extract does not hold yet: asking for
    them stops the build with that explanation rather than an empty mart.
-#}
{% macro attainment_denominator() -%}
    {%- set chosen = var('cte:attainment_denominator') -%}
    {%- set available = attainment_populations() -%}
    {%- if chosen in ['test_takers', 'first_attempt_passers'] -%}
        {{ exceptions.raise_compiler_error(
            "var cte:attainment_denominator is '" ~ chosen ~ "', which needs vendor test results; the raw extract "
            ~ "has none yet. Use one of: " ~ (available | join(', '))
        ) }}
    {%- elif chosen not in available -%}
        {{ exceptions.raise_compiler_error(
            "var cte:attainment_denominator is '" ~ chosen ~ "'; use one of: " ~ (available | join(', '))
        ) }}
    {%- endif -%}
    {{ return(chosen) }}
{%- endmacro %}

{#-
    attainment_populations(): the populations int_attainment_populations builds, one of which is the denominator.
    One list for the model, this macro's check and the accepted values of the population columns.
-#}
{% macro attainment_populations() -%}
    {{ return(['graduates', 'cte_enrolled', 'concentrators', 'completers', 'ninth_grade_cohort']) }}
{%- endmacro %}
