{#- raw_path(): the folder of the raw extract (var cte:raw_path, else env CTE_RAW_PATH, else data/raw). -#}
{% macro raw_path() -%}
    {{ return(var('cte:raw_path', env_var('CTE_RAW_PATH', 'data/raw'))) }}
{%- endmacro %}

{#- raw_format(): csv or parquet (var cte:raw_format, else env CTE_RAW_FORMAT, else csv). -#}
{% macro raw_format() -%}
    {{ return(var('cte:raw_format', env_var('CTE_RAW_FORMAT', 'csv'))) }}
{%- endmacro %}

{#-
    sql_string(value): value as a SQL string literal, quotes doubled. Every path, column name and table name that
    reaches SQL in the raw-file hook goes through it: a folder such as /data/o'brien/ must not end the literal.
-#}
{% macro sql_string(value) -%}
    {{ return("'" ~ (value | string).replace("'", "''") ~ "'") }}
{%- endmacro %}

{#-
    sql_identifier(value): value as a quoted identifier, for the column names of a raw file, which are data (a
    Parquet column may be named anything). The project's own SQL never quotes identifiers.
-#}
{% macro sql_identifier(value) -%}
    {{ return('"' ~ (value | string).replace('"', '""') ~ '"') }}
{%- endmacro %}

{#-
    raw_csv_reader(path, columns, table): the one read_csv call for a raw CSV file, used by the hook's scan and by
    the source view raw.<table>, so both read the same records. Columns are named from the file's own header
    (so extra and reordered columns still read by name) and typed text; nothing is sniffed (auto_detect = false),
    so no dialect guess can fail on a bad line. A record with too few or too many fields, or a quote that is never
    closed, is set aside in the temporary table cte_rejects_<table> instead of stopping the read: store_rejects,
    not ignore_errors, which after an unclosed quote drops the rest of the file. cte_credentials/inputs.py holds
    the same options (CSV_OPTIONS), and a test checks that the two agree.
-#}
{% macro raw_csv_reader(path, columns, table) -%}
    {%- set column_types = [] -%}
    {%- for column in columns -%}
        {%- do column_types.append(sql_string(column) ~ ": 'VARCHAR'") -%}
    {%- endfor -%}
    read_csv({{ sql_string(path) }}, header = true, auto_detect = false, columns = { {{- column_types | join(', ') -}} },
        delim = ',', quote = '"', escape = '"', strict_mode = true, buffer_size = 33554432, store_rejects = true,
        rejects_table = {{ sql_string('cte_rejects_' ~ table) }}, rejects_scan = {{ sql_string('cte_rejects_scan_' ~ table) }})
{%- endmacro %}

{#-
    raw_parquet_reader(path, file_columns, columns): the records of a raw Parquet file with the contract's names
    (`columns`: the file's names, trimmed, upper case and renamed by cte:raw_column_names, in the file's order) and
    every column as text: integer and boolean columns (the hook has refused any other type) read as the text a CSV
    export would hold.
-#}
{% macro raw_parquet_reader(path, file_columns, columns) -%}
    {%- set casts = [] -%}
    {%- for column in file_columns -%}
        {%- do casts.append('cast(' ~ sql_identifier(column) ~ ' as varchar) as ' ~ sql_identifier(columns[loop.index0] | trim | upper)) -%}
    {%- endfor -%}
    (select {{ casts | join(', ') }} from read_parquet({{ sql_string(path) }}))
{%- endmacro %}

{#- raw_year_column(table): the column holding a file's school year (var cte:raw_year_columns, else SCHOOL_YEAR). -#}
{% macro raw_year_column(table) -%}
    {{ return(var('cte:raw_year_columns', {}).get(table, 'SCHOOL_YEAR')) }}
{%- endmacro %}

{#-
    raw_schema(table): where the hook puts a file's view and malformed records: pii for the files with personal data
    (var cte:personal_data_files: names, birth dates, addresses, SSNs), raw for the others.
-#}
{% macro raw_schema(table) -%}
    {{ return('pii' if table in var('cte:personal_data_files', []) else 'raw') }}
{%- endmacro %}

{#-
    raw_source_name(table): the dbt source a raw file belongs to, which names its staging models
    (stg_<source>__<table>): pii for the files with personal data, cteis for the state's CTE files.
-#}
{% macro raw_source_name(table) -%}
    {{ return('pii' if table in var('cte:personal_data_files', []) else 'cteis') }}
{%- endmacro %}
