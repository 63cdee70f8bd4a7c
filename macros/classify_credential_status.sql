{#-
    classify_credential_status(credential_kind, is_aligned, review_school_year, as_of_school_year): the type a
    credential had in a given school year, as one of approved, suggested, supplementary, postsecondary, license
    (null when it cannot be classified: the credential is unresolved or the program's CIP is unknown).

    The one place the rule lives; credential_statuses (below) calls it twice, with the record's school year (status
    as of review) and with cte:current_school_year (current status). The rule, in order:
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

{#-
    credential_classification_inputs(cip_code, credentials, alignment, review_schedule): the three inputs of
    classify_credential_status for a credential counted under a program CIP, as select-list columns, from a query that
    has left-joined the crosswalk (`credentials`, on the code), the alignment (`alignment`, on code and CIP) and the
    review schedule (`review_schedule`, on the CIP):
      - credential_kind: the crosswalk's, `industry` when a state's crosswalk leaves it empty; null for a code the
        crosswalk does not hold (an unresolved mention);
      - is_aligned_to_program_cip: null without such a code or without a CIP;
      - cip_review_school_year: null when the CIP is not scheduled for review.
    Used for the school-reported mentions (int_credential_mentions_classified) and for vendor passes no school
    reported (fct_credential_validation), so both are classified by the same defaults.
-#}
{% macro credential_classification_inputs(
    cip_code, credentials='credentials', alignment='alignment', review_schedule='review_schedule'
) -%}
    case
        when {{ credentials }}.credential_code is not null then coalesce({{ credentials }}.credential_kind, 'industry')
    end as credential_kind,
    case
        when {{ credentials }}.credential_code is null or {{ cip_code }} is null then null
        else {{ alignment }}.credential_code is not null
    end as is_aligned_to_program_cip,
    {{ review_schedule }}.review_school_year as cip_review_school_year
{%- endmacro %}

{#-
    credential_statuses(school_year): status_as_of_review (the rule in `school_year`, the column of the record's or
    the pass's school year) and status_current (the rule in cte:current_school_year), from the columns
    credential_classification_inputs names.
-#}
{% macro credential_statuses(school_year) -%}
    {{ classify_credential_status(
        'credential_kind', 'is_aligned_to_program_cip', 'cip_review_school_year', school_year
    ) }} as status_as_of_review,
    {{ classify_credential_status(
        'credential_kind', 'is_aligned_to_program_cip', 'cip_review_school_year',
        var('cte:current_school_year') | int
    ) }} as status_current
{%- endmacro %}
