{#-
    attainment_denominator(): the population attainment is measured over, from the var cte:attainment_denominator,
    checked against the populations int_attainment_populations builds. test_takers and first_attempt_passers need
    the vendor test results (an optional raw file): asking for them when the extract has none stops the build with
    that explanation rather than an empty mart (checked as the model runs, from what the hook found).
-#}
{% macro attainment_denominator() -%}
    {%- set chosen = var('cte:attainment_denominator') -%}
    {%- set available = attainment_populations() -%}
    {%- if chosen not in available -%}
        {{ exceptions.raise_compiler_error(
            "var cte:attainment_denominator is '" ~ chosen ~ "'; use one of: " ~ (available | join(', '))
        ) }}
    {%- endif -%}
    {%- if chosen in vendor_test_populations() and execute and flags.WHICH in ['run', 'build'] -%}
        {%- set present = run_query(
            "select count(*) from raw.raw_files where table_name = 'vendor_test_results' and is_present"
        ).columns[0].values()[0] -%}
        {%- if present == 0 -%}
            {{ exceptions.raise_compiler_error(
                "var cte:attainment_denominator is '" ~ chosen ~ "', which needs vendor test results; the raw "
                ~ "extract has no vendor_test_results file. Add it (README, Vendor-validated credentials) or use one "
                ~ "of: " ~ (available | reject('in', vendor_test_populations()) | join(', '))
            ) }}
        {%- endif -%}
    {%- endif -%}
    {{ return(chosen) }}
{%- endmacro %}

{#-
    attainment_populations(): the populations int_attainment_populations builds, one of which is the denominator.
    One list for the model, this macro's check and the accepted values of the population columns.
-#}
{% macro attainment_populations() -%}
    {{ return(['graduates', 'cte_enrolled', 'concentrators', 'completers', 'ninth_grade_cohort']
              + vendor_test_populations()) }}
{%- endmacro %}

{#-
    vendor_test_populations(): the populations drawn from linked vendor test attempts: CTE students who left school
    that year and had taken a data-sharing vendor's exam by then (test_takers), and those whose first attempt at
    some credential passed (first_attempt_passers). Empty without vendor files.
-#}
{% macro vendor_test_populations() -%}
    {{ return(['test_takers', 'first_attempt_passers']) }}
{%- endmacro %}
