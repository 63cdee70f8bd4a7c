{#-
    wbl_experience_types(): the stages of the work-based learning continuum, in order, as the experience types of
    seed xwalk_wbl_experience_codes name them. One list for every place the types are written: the raw count
    columns the base model reads (<type>_experiences), the decoded and reported count columns of
    fct_wbl_experiences (their private-use marks follow this order), the types of rpt_wbl_participation_by_type
    (experience_type_order is the place in this list) and the accepted values of the seed's experience_type.

    A macro, not the seed read at compile time: the list decides column names (an enforced contract, the state's
    codebook in var cte:raw_columns) and the order of the continuum, which are structure, not data. Read from the
    seed, a state adding a type to it would change the mart's columns and break its contract at build time, and
    every model would need the database to compile (run_query; empty under dbt parse and docs). Here a seed row of
    another type fails the seed's accepted_values test, which names this macro.
-#}
{% macro wbl_experience_types() -%}
    {{ return(['awareness', 'exploration', 'preparation', 'training', 'apprenticeship']) }}
{%- endmacro %}
