-- Names, birth dates, addresses and SSNs live in schema pii only (and in the hook's raw views of the files that
-- hold them, which are in pii too). Fails with every relation and column outside pii whose name says it holds
-- personal data (macro personal_data_column). Matters whenever a model is added or changed: a join that carries a
-- name out of pii would publish it to everyone who reads intermediate or marts. To resolve, drop the column from
-- the model (the linkage writes ids, probabilities and comparison levels only), or, if it is not personal data,
-- rename it.
-- Runs after every model (each model outside pii is one of these or upstream of one; without them the test would run
-- first in a fresh build and see no table):
-- depends_on: {{ ref('audit_credential_sample') }}
-- depends_on: {{ ref('credential_review_queue') }}
-- depends_on: {{ ref('dim_credentials') }}
-- depends_on: {{ ref('dq_credential_confirmation') }}
-- depends_on: {{ ref('fct_student_credential_stacks') }}
-- depends_on: {{ ref('rpt_attainment') }}
-- depends_on: {{ ref('rpt_credential_data_quality') }}
-- depends_on: {{ ref('rpt_vendor_credential_outcomes') }}
-- depends_on: {{ ref('rpt_wbl_participation_by_type') }}
-- depends_on: {{ ref('stg_cteis__program_enrollments_rejects') }}
-- depends_on: {{ ref('stg_cteis__program_serials_rejects') }}
-- depends_on: {{ ref('stg_cteis__student_demographics_rejects') }}
-- depends_on: {{ ref('stg_cteis__student_exits_rejects') }}
-- depends_on: {{ ref('stg_cteis__wbl_experiences_rejects') }}
-- depends_on: {{ ref('time_spine_daily') }}
-- On Spark, which has no information_schema.columns, the columns are read from every built model and seed of the
-- project outside pii (adapter.get_columns_in_relation); the hook's tables of files with personal data are in pii.
with

{% if target.type == 'spark' -%}
{%- set found = [] -%}
{%- if execute -%}
    {%- for node in graph.nodes.values()
        if node.resource_type in ['model', 'seed', 'snapshot'] and node.schema != 'pii' and node.config.enabled -%}
        {%- set relation = adapter.get_relation(database=node.database, schema=node.schema, identifier=node.alias) -%}
        {%- if relation -%}
            {%- for column in adapter.get_columns_in_relation(relation) -%}
                {%- do found.append((node.schema, node.alias, column.name)) -%}
            {%- endfor -%}
        {%- endif -%}
    {%- endfor -%}
{%- endif %}
columns_outside_pii as (
    select table_schema, table_name, column_name
    from (values
        {%- for schema, name, column in found %}
        ({{ sql_string(schema) }}, {{ sql_string(name) }}, {{ sql_string(column) }}),
        {%- endfor %}
        (cast(null as string), cast(null as string), cast(null as string))
    ) as found_columns (table_schema, table_name, column_name)
    where column_name is not null
),
{%- else %}
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
{%- endif %}

final as (
    select * from columns_outside_pii
    where {{ personal_data_column('column_name') }}
)

select * from final
