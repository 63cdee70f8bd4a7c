-- One row per school year: the state's credential records from received to counted (the data-quality funnel).
-- Public. Counts of records, not of students, with no student attribute, so they need no suppression.
with

dq as (
    select * from {{ ref('dq_credential_records') }}
),

final as (
    select
        cast(school_year as integer) as school_year,
        cast(sum(records_received) as integer) as records_received,
        cast(sum(records_rejected) as integer) as records_rejected,
        cast(sum(records_staged) as integer) as records_staged,
        cast(sum(mentions) as integer) as mentions,
        cast(sum(mentions_resolved) as integer) as mentions_resolved,
        cast(sum(mentions_junk) as integer) as mentions_junk,
        cast(sum(mentions_needing_review) as integer) as mentions_needing_review,
        cast(sum(mentions_counted) as integer) as mentions_counted,
        cast(sum(mentions_with_type_disagreement) as integer) as mentions_with_type_disagreement,
        cast(sum(mentions_reported_after_exit) as integer) as mentions_reported_after_exit
    from dq
    where school_year is not null
    group by school_year
)

select * from final
