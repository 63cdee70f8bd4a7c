-- One row per day from the July before the first school year to the June after the current one: the time spine the
-- semantic layer (MetricFlow) needs for time-based metrics.
with

days as (
    {{ date_series(
        "'" ~ (var('cte:first_school_year') | int - 2) ~ "-07-01'",
        "'" ~ (var('cte:current_school_year') | int + 1) ~ "-06-30'",
        'date_day',
    ) }}
),

final as (
    select date_day from days
)

select * from final
