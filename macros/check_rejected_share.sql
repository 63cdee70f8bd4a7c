{#-
    check_rejected_share(): post-hook of the base_ staging models. Stops the build when more than
    cte:max_rejected_share of a raw file's rows are rejected (malformed ones included), naming the file, the share
    and the reasons: a file whose rows are all (or mostly) unusable would otherwise publish tables that look fine
    and say nothing ("<5%" everywhere, or no row at all). The model fails and its table is rolled back (a failing
    post-hook undoes the model's transaction), so every model and test built from it is skipped and the warehouse
    keeps what the last good build made.
-#}
{% macro check_rejected_share() %}
    {%- if not execute -%}
        {{ return('') }}
    {%- endif -%}
    {%- set table = this.identifier.split('__', 1)[1] -%}
    {%- set counts_sql -%}
        select
            count(*) as raw_rows,
            count(reject_reason) as rejected_rows,
            coalesce(
                (
                    select {{ string_agg_ordered(
                        "reject_reason || ' ' || " ~ format_thousands('rejected_rows'),
                        "', '",
                        ['rejected_rows desc', 'reject_reason'],
                    ) }}
                    from (
                        select reject_reason, count(*) as rejected_rows from {{ this }}
                        where reject_reason is not null group by reject_reason
                    ) as reasons
                ),
                ''
            ) as reasons
        from {{ this }}
    {%- endset -%}
    {%- set counts = run_query(counts_sql).rows[0] -%}
    {%- set raw_rows, rejected, reasons = counts[0] | int, counts[1] | int, counts[2] -%}
    {%- set share = var('cte:max_rejected_share') | float -%}
    {%- if raw_rows > 0 and rejected > share * raw_rows -%}
        {%- set path = raw_path().rstrip('/') ~ '/' ~ table ~ '.' ~ raw_format() -%}
        {{ exceptions.raise_compiler_error('raw file ' ~ path ~ ': ' ~ raw_share_text(rejected, raw_rows) ~ ' are rejected, more than cte:max_rejected_share (' ~ raw_percent(share) ~ '): ' ~ reasons ~ '. Nothing is built from this file. Fix the file; or, to build anyway and read the rows in ' ~ this.schema ~ '.stg_' ~ raw_source_name(table) ~ '__' ~ table ~ '_rejects, raise cte:max_rejected_share (README, Run it on your own extract).') }}
    {%- endif -%}
    {{ return('') }}
{% endmacro %}
