{#-
    spark__check_raw_files(): the on-run-start hook on Spark (the DuckDB version and what both check:
    macros/check_raw_files.sql). Same contract, same checks and messages, same tables in database raw:

    - raw.<table>: every record of the file as text, numbered in file order (source_row_number), read by Spark's CSV
      reader with the header's names, every column a string, quoted line breaks kept (multiLine) and, in PERMISSIVE
      mode, a record that cannot be parsed (too few or too many fields, a quote never closed, a whitespace-only line)
      kept as a row with is_malformed and its text (raw_line) from the corrupt-record column. A table, not a view:
      monotonically_increasing_id gives file order only within one read, so the numbers are fixed once;
    - raw.raw_files, raw.raw_file_years, raw.malformed_rows;
    - as on DuckDB, the files with personal data (var cte:personal_data_files) go to database pii instead of raw (their
      table and malformed records), an optional file that is absent (var cte:optional_raw_files) becomes an empty
      table with the codebook's columns (is_present false in raw.raw_files), a file's columns may be renamed to the
      codebook's (var cte:raw_column_names) and its school year read from another column (var cte:raw_year_columns).

    The checks that need Python (a folder, an unreadable or empty file, UTF-8, the header's names read without a CSV
    parser) are the DuckDB plugin's functions (cte_credentials/raw_contract.py), which `python -m
    cte_credentials.spark_dbt` gives the hook as adapter.cte_raw_check. Without the runner (a cluster: dbt-spark over thrift or http) they
    are not there: Spark's own read errors stop the build instead and the header is read as the file's first line;
    run `cte-credentials check-inputs` on the extract first. What differs from DuckDB: a malformed record's
    source_line_number is null (Spark reports records, not lines; the messages name the record number instead), and
    Spark's reader decides what is malformed (it agrees with DuckDB on the cases above).
-#}
{% macro spark__check_raw_files() %}
    {%- if not execute or flags.WHICH not in ['run', 'build', 'test'] -%}
        {{ return('') }}
    {%- endif -%}
    {%- set folder = raw_path().rstrip('/') -%}
    {%- set fmt = raw_format() -%}
    {%- set python_checks = spark_local_session() -%}
    {%- if python_checks -%}
        {%- do spark_raise_raw_problem(adapter.cte_raw_check('path_problem', folder, 'folder')) -%}
    {%- endif -%}
    {%- do run_query('create database if not exists raw') -%}
    {%- do run_query('create database if not exists pii') -%}
    {%- set notes = [] -%}
    {%- set files = [] -%}
    {%- set years = [] -%}
    {%- set optional = var('cte:optional_raw_files', []) -%}
    {%- for table, columns in var('cte:raw_columns').items() -%}
        {%- set path = folder ~ '/' ~ table ~ '.' ~ fmt -%}
        {%- if table in optional and python_checks and not adapter.cte_raw_check('file_exists', path) -%}
            {#- an optional file that is absent: an empty table with the codebook's columns, and a note -#}
            {%- do spark_run_statements(spark_raw_absent_table_sql(table, columns)) -%}
            {%- do files.append((table, path, fmt, 0, 0, false)) -%}
            {%- do notes.append('raw file ' ~ path ~ ': absent (optional, var cte:optional_raw_files); the models built from it are empty.') -%}
        {%- else -%}
            {%- if python_checks -%}
                {%- do spark_raise_raw_problem(adapter.cte_raw_check('path_problem', path, fmt)) -%}
            {%- endif -%}
            {%- if fmt == 'csv' -%}
                {%- set file_header = spark_raw_csv_header(path, python_checks) -%}
            {%- else -%}
                {%- set file_header = spark_raw_parquet_header(path, table) -%}
            {%- endif -%}
            {#- the codebook's names where the state's file names a column otherwise (var cte:raw_column_names) -#}
            {%- set header = raw_renamed_header(table, file_header) -%}
            {%- do check_raw_header(path, header, columns, fmt) -%}
            {%- do spark_run_statements(spark_raw_table_sql(table, path, fmt, file_header, header)) -%}
            {%- set scan = spark_scan_raw_file(table, path) -%}
            {%- do files.append((table, path, fmt, scan.parsed, scan.malformed, true)) -%}
            {%- for year, rows in scan.years -%}
                {%- do years.append((table, year, rows)) -%}
            {%- endfor -%}
            {%- if scan.note -%}
                {%- do notes.append(scan.note) -%}
            {%- endif -%}
        {%- endif -%}
    {%- endfor -%}
    {%- do spark_run_statements(spark_raw_check_tables_sql(files, years)) -%}
    {%- do check_raw_school_years(folder, fmt) -%}
    {%- for note in notes -%}
        {{ log(note, info=True) }}
    {%- endfor -%}
    {{ return('') }}
{% endmacro %}

{#-
    spark_raw_csv_header(path, python_checks): the header's names, trimmed and upper case, after the UTF-8 check
    (as raw_csv_header on DuckDB, by the same Python function when the runner registered it).
-#}
{% macro spark_raw_csv_header(path, python_checks) %}
    {%- if python_checks -%}
        {%- do spark_raise_raw_problem(adapter.cte_raw_check('utf8_problem', path)) -%}
        {{ return(adapter.cte_raw_check('csv_header', path)) }}
    {%- endif -%}
    {%- set first = run_query("select value from text.`" ~ path ~ "` limit 1").columns[0].values()[0] -%}
    {%- set names = [] -%}
    {%- for name in first.replace('\r', '').replace('\ufeff', '').replace('"', '').split(',') -%}
        {%- do names.append(name | trim | upper) -%}
    {%- endfor -%}
    {{ return(names) }}
{% endmacro %}

{#-
    spark_local_session(): true when dbt runs Spark in its own process through `python -m cte_credentials.spark_dbt`
    (which sets CTE_SPARK_RUNNER): the project's files are then where Spark runs, and adapter.cte_raw_check exists.
-#}
{% macro spark_local_session() %}
    {{ return(env_var('CTE_SPARK_RUNNER', '') == '1') }}
{% endmacro %}

{#- spark_raise_raw_problem(problem): stop the build with the message, when there is one. -#}
{% macro spark_raise_raw_problem(problem) %}
    {%- if problem -%}
        {{ exceptions.raise_compiler_error(problem) }}
    {%- endif -%}
{% endmacro %}

{#-
    spark_run_statements(sql): run each statement of `sql` (separated by a semicolon at the end of a line): Spark
    runs one statement per call.
-#}
{% macro spark_run_statements(sql) %}
    {%- for statement in sql.split(';\n') if statement | trim -%}
        {%- do run_query(statement) -%}
    {%- endfor -%}
{% endmacro %}

{#- spark_raw_parquet_header(path, table): the column names of a Parquet file, after refusing a wrong type. -#}
{% macro spark_raw_parquet_header(path, table) %}
    {%- set described = run_query("describe query select * from parquet.`" ~ path ~ "`") -%}
    {%- set names = described.columns[0].values() | list -%}
    {%- set types = described.columns[1].values() | list -%}
    {%- set contract = var('cte:raw_columns')[table] -%}
    {%- set readable = ['string', 'void', 'boolean', 'tinyint', 'smallint', 'int', 'bigint'] -%}
    {%- for name in raw_renamed_header(table, names) if (name | trim | upper) in contract and types[loop.index0] not in readable -%}
        {{ exceptions.raise_compiler_error('raw file ' ~ path ~ ': column ' ~ (name | trim | upper) ~ ' is ' ~ types[loop.index0] ~ ', expected text (VARCHAR; integer and boolean columns are also read as text). Export the column as text.') }}
    {%- endfor -%}
    {{ return(names) }}
{% endmacro %}

{#-
    spark_raw_table_sql(table, path, fmt, file_header, header): the table raw.<table> (pii.<table> for a file with
    personal data). A CSV is read with an explicit schema in the header's order (every column a string, named as the
    codebook names it: `header`, after cte:raw_column_names; plus the corrupt-record column); a malformed record's
    fields are nulled, as DuckDB has none. A Parquet file's columns are read by their names in the file
    (`file_header`).
-#}
{% macro spark_raw_table_sql(table, path, fmt, file_header, header) %}
    {%- set reader = 'cte_raw_' ~ table -%}
    {%- set columns = [] -%}
    {%- for name in header -%}
        {%- do columns.append('`' ~ (name | trim | upper) ~ '`') -%}
    {%- endfor -%}
    {%- if fmt == 'csv' -%}
        create or replace temporary view {{ reader }} (
            {%- for column in columns %}{{ column }} string, {% endfor %}_cte_corrupt_record string
        )
        using csv
        options (
            path {{ sql_string(path) }}, header 'true', multiLine 'true', mode 'PERMISSIVE',
            columnNameOfCorruptRecord '_cte_corrupt_record', quote '"', escape '"', encoding 'UTF-8'
        );
    {% else -%}
        create or replace temporary view {{ reader }} as
        select
            {%- for name in file_header %}
            cast(`{{ name }}` as string) as {{ columns[loop.index0] }},
            {%- endfor %}
            cast(null as string) as _cte_corrupt_record
        from parquet.`{{ path }}`;
    {%- endif %}

    drop table if exists {{ raw_schema(table) }}.{{ table }};
    create table {{ raw_schema(table) }}.{{ table }} using parquet as
    select
        {%- for column in columns %}
        case when records._cte_corrupt_record is null then records.{{ column }} end as {{ column }},
        {%- endfor %}
        cast(row_number() over (order by records._cte_record_order) as bigint) as source_row_number,
        cast(null as bigint) as source_line_number,
        records._cte_corrupt_record as raw_line,
        records._cte_corrupt_record is not null as is_malformed
    from (select *, monotonically_increasing_id() as _cte_record_order from {{ reader }}) as records;
{% endmacro %}

{#-
    spark_scan_raw_file(table, path): the rows per school year, the parsed and malformed counts of raw.<table>; stops
    on a file with no rows or too many malformed ones (the messages of the DuckDB hook, with the record number).
-#}
{% macro spark_scan_raw_file(table, path) %}
    {%- set where = 'raw file ' ~ path ~ ': ' -%}
    {%- set counts = run_query(
        "select count_if(not is_malformed), count_if(is_malformed), min(case when is_malformed then source_row_number end) from " ~ raw_schema(table) ~ "." ~ table
    ).rows[0] -%}
    {%- set parsed, malformed, first_record = counts[0] | int, counts[1] | int, counts[2] -%}
    {%- set raw_rows = parsed + malformed -%}
    {%- if raw_rows == 0 -%}
        {{ exceptions.raise_compiler_error(where ~ "has a header but no data rows. Export the table again: the build needs every table.") }}
    {%- endif -%}
    {%- set share = var('cte:max_rejected_share') | float -%}
    {%- if malformed > share * raw_rows -%}
        {{ exceptions.raise_compiler_error(where ~ raw_share_text(malformed, raw_rows) ~ " are malformed (too few or too many fields, or a quote that is not closed; the first is record " ~ first_record ~ "), more than cte:max_rejected_share (" ~ raw_percent(share) ~ "). Fix the export, or raise cte:max_rejected_share (README, Run it on your own extract).") }}
    {%- endif -%}
    {%- set years_sql -%}
        select school_year, sum(raw_rows)
        from (
            select {{ parse_school_year('raw_school_year') }} as school_year, raw_rows
            from (
                select {{ raw_year_column(table) }} as raw_school_year, count(*) as raw_rows
                from {{ raw_schema(table) }}.{{ table }}
                where not is_malformed
                group by {{ raw_year_column(table) }}
            ) as spellings
        ) as parsed
        where school_year is not null
        group by school_year
    {%- endset -%}
    {%- set years = [] -%}
    {%- for row in run_query(years_sql).rows -%}
        {%- do years.append((row[0] | int, row[1] | int)) -%}
    {%- endfor -%}
    {%- set note = (where ~ raw_share_text(malformed, raw_rows) ~ " are malformed (the first is record " ~ first_record ~ "); they go to stg_" ~ raw_source_name(table) ~ "__" ~ table ~ "_rejects as malformed_row.") if malformed > 0 else '' -%}
    {{ return({'parsed': parsed, 'malformed': malformed, 'years': years, 'note': note}) }}
{% endmacro %}

{#- spark_raw_check_tables_sql(files, years): raw.raw_files, raw.raw_file_years and raw.malformed_rows, rebuilt. -#}
{% macro spark_raw_check_tables_sql(files, years) %}
    drop table if exists raw.raw_files;
    create table raw.raw_files using parquet as
    select
        table_name, file_path, file_format, cast(parsed_rows as bigint) as parsed_rows,
        cast(malformed_rows as bigint) as malformed_rows, cast(parsed_rows + malformed_rows as bigint) as raw_rows,
        current_timestamp() as checked_at, is_present
    from (values
        {%- for table, path, fmt, parsed, malformed, present in files %}
        ({{ sql_string(table) }}, {{ sql_string(path) }}, {{ sql_string(fmt) }}, {{ parsed }}, {{ malformed }}, {{ 'true' if present else 'false' }}){{ ',' if not loop.last }}
        {%- endfor %}
    ) as files (table_name, file_path, file_format, parsed_rows, malformed_rows, is_present);
    drop table if exists raw.raw_file_years;
    create table raw.raw_file_years using parquet as
    select table_name, cast(school_year as int) as school_year, cast(raw_rows as bigint) as raw_rows
    from (values
        {%- for table, year, rows in years %}
        ({{ sql_string(table) }}, {{ year }}, {{ rows }}),
        {%- endfor %}
        (cast(null as string), cast(null as int), cast(null as bigint))
    ) as file_years (table_name, school_year, raw_rows)
    where table_name is not null;
    {%- for schema in ['raw', 'pii'] %}
    {%- set present = [] %}
    {%- for table, path, fmt, parsed, malformed, is_present in files if is_present and raw_schema(table) == schema %}
        {%- do present.append(table) %}
    {%- endfor %}
    drop table if exists {{ schema }}.malformed_rows;
    create table {{ schema }}.malformed_rows using parquet as
    {%- for table in present %}
    select
        {{ sql_string(table) }} as table_name, source_row_number, source_line_number,
        'a record the CSV reader could not parse (too few or too many fields, or a quote that is not closed)' as problem,
        raw_line
    from {{ schema }}.{{ table }}
    where is_malformed
    union all
    {%- endfor %}
    select
        cast(null as string) as table_name, cast(null as bigint) as source_row_number,
        cast(null as bigint) as source_line_number, cast(null as string) as problem, cast(null as string) as raw_line
    where false;
    {%- endfor %}
{% endmacro %}

{#-
    spark_raw_absent_table_sql(table, columns): for an optional file that is absent (var cte:optional_raw_files), the
    table <schema>.<table> with the codebook's columns and no row (as raw_absent_view_sql on DuckDB).
-#}
{% macro spark_raw_absent_table_sql(table, columns) %}
    drop table if exists {{ raw_schema(table) }}.{{ table }};
    create table {{ raw_schema(table) }}.{{ table }} using parquet as
    select
        {%- for column in columns %}
        cast(null as string) as `{{ column }}`,
        {%- endfor %}
        cast(null as bigint) as source_row_number,
        cast(null as bigint) as source_line_number,
        cast(null as string) as raw_line,
        false as is_malformed
    where false;
{% endmacro %}
