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

{#-
    review_impact_counts(counted_reviewed_mentions): what deciding a review could change in 5S1, as two aggregates
    over one row per cohort student with a mention under review: cohort_students_could_gain (students with no
    counted credential, whom a decision could give one) and cohort_students_could_lose (students whose every
    counted mention, counted_mention_count of them, is one of the reviewed low-confidence matches, counted in
    `counted_reviewed_mentions`). The same rule per string (credential_review_queue_strings) and per group
    (credential_review_queue).
-#}
{% macro review_impact_counts(counted_reviewed_mentions) -%}
    count(*) filter (where not has_counted_credential) as cohort_students_could_gain,
        count(*) filter (
            where has_counted_credential and {{ counted_reviewed_mentions }} = counted_mention_count
        ) as cohort_students_could_lose
{%- endmacro %}

{#-
    starts_with_spelling(text, spelling): true when `text` starts with the words of `spelling`, then a space, and
    more than two characters are left after them: a vendor's name typed at the start of a credential name, as the
    resolution engine strips it. The first words are compared alone first, an equality the join can use as its key.
    What is left after the spelling is substring(text, length(spelling) + 2).
-#}
{% macro starts_with_spelling(text, spelling) -%}
    {{ dbt.split_part(text, "' '", 1) }}
            = {{ dbt.split_part(spelling, "' '", 1) }}
            and substring({{ text }}, 1, length({{ spelling }}) + 1)
            = {{ dbt.concat([spelling, "' '"]) }}
            and length({{ text }}) > length({{ spelling }}) + 3
{%- endmacro %}

{#-
    review_could_move(counted_reviewed_mentions): the same rule for one student row: true when deciding the review
    could move the student in (no counted credential) or out (every counted mention is one under review) of 5S1.
-#}
{% macro review_could_move(counted_reviewed_mentions) -%}
    (not has_counted_credential or {{ counted_reviewed_mentions }} = counted_mention_count)
{%- endmacro %}
