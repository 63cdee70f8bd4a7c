-- One row per school year and credential a data-sharing vendor covers (state level): first-attempt and eventual
-- pass rates of the students who tested, and how many of the schools' covered reports a vendor pass confirms.
-- Suppressed; public. Empty without vendor files.
with

cells as (
    select * from {{ ref('int_vendor_outcome_cells_suppressed') }}
),

credentials as (
    select * from {{ ref('xwalk_credentials') }}
),

agreements as (
    select * from {{ ref('xwalk_data_sharing_vendors') }}
),

rated as (
    -- every rate is computed from published counts only, and is null unless both are published: the disclosure
    -- attack (cte_credentials/disclosure/vendor.py) models the counts, the register (published.py) each column
    select
        cells.*,
        credentials.credential_name,
        agreements.vendor_name as data_sharing_vendor_name,
        cast(cells.first_attempt_pass_count as double) / nullif(cells.test_taker_count, 0) as first_attempt_pass_rate,
        cast(cells.eventual_pass_count as double) / nullif(cells.test_taker_count, 0) as eventual_pass_rate,
        cast(cells.confirmed_report_count as double) / nullif(cells.covered_report_count, 0) as confirmation_rate
    from cells
    left join credentials
        on cells.credential_code = credentials.credential_code
    left join agreements
        on credentials.vendor_name = agreements.credential_vendor_name
),

final as (
    select
        {{ surrogate_key(['school_year', 'credential_code']) }} as vendor_outcome_key,
        cast(school_year as integer) as school_year,
        credential_code,
        credential_name,
        data_sharing_vendor_name,
        cast(test_taker_count as integer) as test_taker_count,
        cast(first_attempt_pass_count as integer) as first_attempt_pass_count,
        cast(eventual_pass_count as integer) as eventual_pass_count,
        first_attempt_pass_rate,
        {{ rate_display('first_attempt_pass_rate', 'null') }} as first_attempt_pass_rate_display,
        eventual_pass_rate,
        {{ rate_display('eventual_pass_rate', 'null') }} as eventual_pass_rate_display,
        cast(covered_report_count as integer) as covered_report_count,
        cast(confirmed_report_count as integer) as confirmed_report_count,
        confirmation_rate,
        {{ rate_display('confirmation_rate', 'null') }} as confirmation_rate_display,
        (
            test_taker_count is null
            or first_attempt_pass_count is null
            or eventual_pass_count is null
            or covered_report_count is null
            or confirmed_report_count is null
        ) as has_suppressed_value
    from rated
)

select * from final
