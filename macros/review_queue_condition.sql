{#-
    review_queue_condition(): the one place that says what a person should review, over a relation's
    resolution_status, resolution_method and score columns: a decision that needs review (no candidate above the
    bars, or an ambiguity the program's CIP does not settle), or a fuzzy match scoring under cte:review_below_score.
    Read per string (credential_review_queue_strings) and per mention (credential_review_queue_students): a mention
    of a queued string decided otherwise (a code picked from the drop-down) is not waiting on the review.
-#}
{% macro review_queue_condition() -%}
    (
        resolution_status = 'needs_review'
        or (resolution_method in ('fuzzy', 'fuzzy_cip') and score < {{ var('cte:review_below_score') }})
    )
{%- endmacro %}
