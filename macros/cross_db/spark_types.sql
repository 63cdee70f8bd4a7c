{#-
    The project writes its types in plain names (STYLE.md): varchar, integer, double, date, boolean, in seed
    column_types and in the data_type of every contracted column. Spark takes them all but varchar, which it accepts
    only with a length; these overrides of dbt-spark's macros read varchar as string (and DuckDB's ubigint, the type
    of its row hash, as bigint), so the same yml builds on both.

    spark_type(data_type): a plain type name as Spark writes it.
-#}
{% macro spark_type(data_type) -%}
    {%- set name = data_type | string | trim | lower -%}
    {{ return({'varchar': 'string', 'text': 'string', 'ubigint': 'bigint'}.get(name, data_type)) }}
{%- endmacro %}

{#- dbt's cast(), which builds the empty query a contract's declared types are compared with. -#}
{% macro spark__cast(field, type) -%}
    cast({{ field }} as {{ spark_type(type) }})
{%- endmacro %}

{#- dbt-spark's seed table and row loading (materializations/seed.sql), with column_types through spark_type. -#}
{% macro spark__create_csv_table(model, agate_table) %}
  {%- set column_override = model['config'].get('column_types', {}) -%}
  {%- set quote_seed_column = model['config'].get('quote_columns', None) -%}

  {% set sql %}
    create table {{ this.render() }} (
        {%- for col_name in agate_table.column_names -%}
            {%- set inferred_type = adapter.convert_type(agate_table, loop.index0) -%}
            {%- set type = spark_type(column_override.get(col_name, inferred_type)) -%}
            {%- set column_name = (col_name | string) -%}
            {{ adapter.quote_seed_column(column_name, quote_seed_column) }} {{ type }} {%- if not loop.last -%}, {%- endif -%}
        {%- endfor -%}
    )
    {{ file_format_clause() }}
    {{ partition_cols(label="partitioned by") }}
    {{ clustered_cols(label="clustered by") }}
    {{ location_clause() }}
    {{ comment_clause() }}
  {% endset %}

  {% call statement('_') -%}
    {{ sql }}
  {%- endcall %}

  {{ return(sql) }}
{% endmacro %}

{#-
    Seed rows. With a local session the file is read by Spark's CSV reader, as DuckDB reads it: an empty field is
    null, and the text "null" stays text (xwalk_junk_entries has it; dbt's agate loader would make it null). On a
    cluster the file is not where Spark runs, so the rows go in as literals (escaped: the session cursor substitutes
    bindings with `sql % params` and no quoting, which a quote in a value broke).
-#}
{% macro spark__load_csv_rows(model, agate_table) %}
  {% set column_override = model['config'].get('column_types', {}) %}
  {% set types = [] %}
  {% for col_name in agate_table.column_names %}
      {% do types.append(spark_type(column_override.get(col_name, adapter.convert_type(agate_table, loop.index0)))) %}
  {% endfor %}

  {% if spark_local_session() %}
      {% set reader = 'cte_seed_' ~ this.identifier %}
      {% set path = model['root_path'] ~ '/' ~ model['original_file_path'] %}
      {% call statement('_') %}
          create or replace temporary view {{ reader }}
          using csv options (path {{ sql_string(path) }}, header 'true', multiLine 'true', quote '"', escape '"')
      {% endcall %}
      {% set sql %}
          insert into {{ this.render() }}
          select
          {%- for col_name in agate_table.column_names %}
              cast(`{{ col_name }}` as {{ types[loop.index0] }}){{ ',' if not loop.last }}
          {%- endfor %}
          from {{ reader }}
      {% endset %}
      {% do adapter.add_query(sql, abridge_sql_log=True) %}
      {{ return(sql) }}
  {% endif %}

  {% set statements = [] %}
  {% for chunk in agate_table.rows | batch(get_batch_size()) %}
      {% set sql %}
          insert into {{ this.render() }} values
          {% for row in chunk -%}
              ({%- for value in row -%}
                    cast({{ 'null' if value is none else "'" ~ (value | string | replace('\\', '\\\\') | replace("'", "\\'")) ~ "'" }} as {{ types[loop.index0] }})
                  {%- if not loop.last%},{%- endif %}
              {%- endfor -%})
              {%- if not loop.last%},{%- endif %}
          {%- endfor %}
      {% endset %}
      {% do adapter.add_query(sql, abridge_sql_log=True) %}
      {% if loop.index0 == 0 %}
          {% do statements.append(sql) %}
      {% endif %}
  {% endfor %}
  {{ return(statements[0]) }}
{% endmacro %}
