{#-
    classify_credential_status(credential_kind, is_aligned, review_school_year, as_of_school_year): the type a
    credential had in a given school year, as one of approved, suggested, supplementary, postsecondary, license
    (null when it cannot be classified: the credential is unresolved or the program's CIP is unknown).

    The one place the rule lives; fct_credentials_earned calls it twice, with the record's school year (status as
    of review) and with cte:current_school_year (current status). The rule, in order:
      1. a licence is `license` and a college certificate or degree is `postsecondary`, whatever the program;
      2. an industry credential not aligned with the program's CIP code is `supplementary`;
      3. an aligned one is `approved` once the CIP's review year has come (review_school_year <= as_of_school_year)
         and `suggested` before it, or when the CIP has not been scheduled for review (review_school_year null).
    See the docs block credential_classification_rules for worked examples.
-#}
{% macro classify_credential_status(credential_kind, is_aligned, review_school_year, as_of_school_year) -%}
    case
        when {{ credential_kind }} is null then null
        when {{ credential_kind }} = 'license' then 'license'
        when {{ credential_kind }} = 'postsecondary' then 'postsecondary'
        when {{ is_aligned }} is null then null
        when not {{ is_aligned }} then 'supplementary'
        when {{ review_school_year }} <= {{ as_of_school_year }} then 'approved'
        else 'suggested'
    end
{%- endmacro %}
