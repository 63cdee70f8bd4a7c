-- The data-quality mart accounts for every raw credential row exactly once: records received summed over districts
-- and years equals the rows of the raw file, and received = rejected + staged in every row. Fails with the
-- offending totals; to resolve, look for a district/year join in dq_credential_rejects that loses or repeats rows.
with

dq as (
    select * from {{ ref('dq_credential_records') }}
),

totals as (
    select
        (select count(*) from {{ ref('base_cteis__credentials_earned') }}) as raw_rows,
        (select sum(records_received) from dq) as received_rows,
        (select count(*) from dq where records_received != records_rejected + records_staged) as unbalanced_rows
)

select * from totals
where raw_rows != received_rows or unbalanced_rows > 0
