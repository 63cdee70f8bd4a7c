-- Names, birth dates, addresses and SSNs live in schema pii only (and in the hook's raw views of the files that
-- hold them, which are in pii too). Fails with every relation and column outside pii whose name says it holds
-- personal data (macro personal_data_column). Matters whenever a model is added or changed: a join that carries a
-- name out of pii would publish it to everyone who reads intermediate or marts. To resolve, drop the column from
-- the model (the linkage writes ids, probabilities and comparison levels only), or, if it is not personal data,
-- rename it.
with

columns_outside_pii as (
    select
        table_schema,
        table_name,
        column_name
    from information_schema.columns
    where
        table_catalog = current_database()
        and table_schema not in ('pii', 'information_schema', 'pg_catalog', 'main')
),

final as (
    select * from columns_outside_pii
    where {{ personal_data_column('column_name') }}
)

select * from final
