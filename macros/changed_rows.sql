{#-
    changed_rows(relation, unique_key): the rows of a CTE with a record_hash of the whole row, and in an incremental
    run only those that are new or whose hash differs from the stored row. Shared by the incremental facts, which
    recompute every row (cheap) but write only what changed, so a var, seed or review change reaches every year.
    The hash covers every column of the CTE, so a column added later can never be left out of it.
-#}
{% macro changed_rows(relation, unique_key) %}
    {{ return(adapter.dispatch('changed_rows', 'cte_credentials')(relation, unique_key)) }}
{% endmacro %}

{% macro default__changed_rows(relation, unique_key) %}
    select
        {{ relation }}.*,
        {{ row_hash(relation) }} as record_hash
    from {{ relation }}
    {%- if is_incremental() %}
        left join {{ this }} as stored
            on {{ relation }}.{{ unique_key }} = stored.{{ unique_key }}
        where stored.{{ unique_key }} is null or stored.record_hash != {{ row_hash(relation) }}
    {%- endif %}
{% endmacro %}

{#-
    On Spark the facts are written with insert_overwrite (fact_incremental_strategy): every run hands it every row,
    which is also a full rebuild's table. Reading the stored table in the query that overwrites it would not work.
-#}
{% macro spark__changed_rows(relation, unique_key) %}
    select
        {{ relation }}.*,
        {{ row_hash(relation) }} as record_hash
    from {{ relation }}
{% endmacro %}

{#-
    fact_incremental_strategy(): the incremental strategy of the incremental facts. delete+insert on DuckDB (the rows
    changed_rows selects replace theirs by key). Spark's Parquet tables have no delete or merge (those need Delta):
    there insert_overwrite replaces the whole table with every row (spark__changed_rows), which is what a full
    rebuild gives, at a full rebuild's cost.
-#}
{% macro fact_incremental_strategy() -%}
    {{ return(adapter.dispatch('fact_incremental_strategy', 'cte_credentials')()) }}
{%- endmacro %}

{% macro default__fact_incremental_strategy() -%}
    {{ return('delete+insert') }}
{%- endmacro %}

{% macro spark__fact_incremental_strategy() -%}
    {{ return('insert_overwrite') }}
{%- endmacro %}

{#-
    row_hash(relation): a 64-bit hash of a whole row of the named relation (DuckDB hashes the row as a struct). Not
    md5 of the row as text: formatting every row as text was 45% of a fact's build time. A different hash after an
    engine upgrade only rewrites rows once; a changed row keeping its hash has a 1 in 2^64 chance.
-#}
{% macro row_hash(relation) -%}
    {{ return(adapter.dispatch('row_hash', 'cte_credentials')(relation)) }}
{%- endmacro %}

{% macro duckdb__row_hash(relation) -%}
    hash({{ relation }})
{%- endmacro %}

{% macro spark__row_hash(relation) -%}
    xxhash64(struct({{ relation }}.*))
{%- endmacro %}

{% macro default__row_hash(relation) -%}
    {{ exceptions.raise_compiler_error(
        "row_hash() has no version for adapter '" ~ adapter.type() ~ "': add one in macros/changed_rows.sql"
    ) }}
{%- endmacro %}

{#-
    delete_rows_gone_from(unique_key, source, source_key): post-hook of the incremental facts. Deletes the rows
    whose key no longer comes out of the source: a raw row removed, or an entry a new resolution splits differently
    (a review decision, a seed or engine change). With changed_rows, the table always equals a full rebuild.
    source_key is a column or an expression over the source's columns (a surrogate key). Not exists, never not in: one null key in the source would make not in unknown for every row, and nothing
    would be deleted.
-#}
{% macro delete_rows_gone_from(unique_key, source, source_key) %}
    {{ return(adapter.dispatch('delete_rows_gone_from', 'cte_credentials')(unique_key, source, source_key)) }}
{% endmacro %}

{#- Spark: insert_overwrite has already left only the rows that exist (spark__changed_rows); nothing to delete. -#}
{% macro spark__delete_rows_gone_from(unique_key, source, source_key) %}
{% endmacro %}

{% macro default__delete_rows_gone_from(unique_key, source, source_key) %}
    delete from {{ this }} as stored
    where not exists (
        select 1 from (select {{ source_key }} as current_key from {{ source }}) as current_rows
        where current_rows.current_key = stored.{{ unique_key }}
    )
{% endmacro %}
