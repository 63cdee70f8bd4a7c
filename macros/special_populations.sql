{#-
    special_populations(): the Perkins V special-population flags, as the boolean columns staging names them.
    One list, so the dimension, the attainment mart and the reporting cells cannot drift apart.
-#}
{% macro special_populations() -%}
    {{ return([
        'is_disability', 'is_economically_disadvantaged', 'is_english_learner', 'is_homeless', 'is_foster_care',
        'is_military_parent', 'is_single_parent', 'is_out_of_workforce', 'is_migrant', 'is_nontraditional',
    ]) }}
{%- endmacro %}
