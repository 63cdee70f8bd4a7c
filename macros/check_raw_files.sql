{#-
    check_raw_files(): the on-run-start hook. Before any model runs it reads every raw file of the contract
    (var cte:raw_columns) once and either stops the build with one message naming the file (and the line or column
    where there is one), or leaves, in schema raw, what the staging models read:

    - views raw.<table>: every record of the file as text, numbered (source_row_number, file order); a record that
      could not be parsed (too few or too many fields, a quote never closed, a whitespace-only line) is a row too,
      with is_malformed, its physical line (source_line_number) and its text (raw_line), so the base_ model rejects
      it as malformed_row and no row disappears;
    - raw.raw_files: one row per file with its record count, which reconciles_with_source compares with staged +
      rejected rows; raw.malformed_rows; raw.raw_file_years (rows per file and school year);
    - for the files with personal data (var cte:personal_data_files: the identity table and the vendors' test
      results), the view and the malformed records go to the restricted schema pii instead of raw, so that names,
      birth dates and addresses are in pii only.

    It stops when the raw folder or a file is missing, a folder, unreadable or empty (0 bytes); a CSV is not UTF-8
    (a byte-order mark is fine), has the wrong delimiter, lacks a column of the codebook or has one twice; a
    Parquet column has a type that cannot be read as text; a file has a header but no rows; more than
    cte:max_rejected_share of a file's rows are malformed; or a school year present in one file is absent from a
    file that needs it (var cte:raw_years_needed). `cte-credentials check-inputs` (cte_credentials/inputs.py) runs
    the same checks with the same messages; the checks that need Python (a folder, an unreadable file, a Parquet
    type, a physical line) are the same Python functions in both, registered in DuckDB by the project's dbt-duckdb
    plugin (cte_credentials/dbt_plugin.py). Runs for run, build and test only (not parse, compile or docs).
-#}
{% macro check_raw_files() %}
    {{ return(adapter.dispatch('check_raw_files', 'cte_credentials')()) }}
{% endmacro %}

{#- DuckDB: the views read the files with read_csv / read_parquet. Spark's version: macros/cross_db/check_raw_files_spark.sql -#}
{% macro duckdb__check_raw_files() %}
    {%- if not execute or flags.WHICH not in ['run', 'build', 'test'] -%}
        {{ return('') }}
    {%- endif -%}
    {%- set folder = raw_path().rstrip('/') -%}
    {%- set fmt = raw_format() -%}
    {%- do raise_raw_problem("select cte_raw_path_problem(" ~ sql_string(folder) ~ ", 'folder')") -%}
    {%- do run_query(raw_check_tables_sql()) -%}
    {%- set notes = [] -%}
    {%- set optional = var('cte:optional_raw_files', []) -%}
    {%- for table, columns in var('cte:raw_columns').items() -%}
        {%- set path = folder ~ '/' ~ table ~ '.' ~ fmt -%}
        {%- if table in optional and not run_query("select cte_raw_file_exists(" ~ sql_string(path) ~ ")").columns[0].values()[0] -%}
            {#- an optional file that is absent: an empty view with the codebook's columns, and a note -#}
            {%- do run_query(raw_absent_view_sql(table, path, fmt, columns)) -%}
            {%- do notes.append('raw file ' ~ path ~ ': absent (optional, var cte:optional_raw_files); the models built from it are empty.') -%}
        {%- else -%}
            {%- do raise_raw_problem("select cte_raw_path_problem(" ~ sql_string(path) ~ ", " ~ sql_string(fmt) ~ ")") -%}
            {%- if fmt == 'csv' -%}
                {%- set file_header = raw_csv_header(path) -%}
            {%- else -%}
                {%- set file_header = raw_parquet_header(path) -%}
            {%- endif -%}
            {#- the codebook's names where the state's file names a column otherwise (var cte:raw_column_names) -#}
            {%- set header = raw_renamed_header(table, file_header) -%}
            {%- if fmt == 'parquet' -%}
                {%- do check_raw_parquet_types(path, table, file_header, header) -%}
            {%- endif -%}
            {%- do check_raw_header(path, header, columns, fmt) -%}
            {%- if fmt == 'csv' -%}
                {%- set records = raw_csv_reader(path, header, table) -%}
            {%- else -%}
                {%- set records = raw_parquet_reader(path, file_header, header) -%}
            {%- endif -%}
            {%- do notes.append(scan_raw_file(table, path, fmt, records)) -%}
        {%- endif -%}
    {%- endfor -%}
    {%- do check_raw_school_years(folder, fmt) -%}
    {%- for note in notes if note -%}
        {{ log(note, info=True) }}
    {%- endfor -%}
    {{ return('') }}
{% endmacro %}

{#- raise_raw_problem(sql): stop the build with the message a one-value query returns, when it is not null. -#}
{% macro raise_raw_problem(sql) %}
    {%- set problem = run_query(sql).columns[0].values()[0] -%}
    {%- if problem is not none -%}
        {{ exceptions.raise_compiler_error(problem) }}
    {%- endif -%}
{% endmacro %}

{#- raw_check_tables_sql(): the hook's tables in schema raw, emptied at the start of every run. -#}
{% macro raw_check_tables_sql() %}
    create schema if not exists raw;
    create or replace table raw.raw_files (
        table_name varchar, file_path varchar, file_format varchar,
        parsed_rows bigint, malformed_rows bigint, raw_rows bigint, checked_at timestamp, is_present boolean
    );
    create or replace table raw.raw_file_years (table_name varchar, school_year integer, raw_rows bigint);
    create or replace table raw.malformed_rows (
        table_name varchar, source_row_number bigint, source_line_number bigint, problem varchar, raw_line varchar
    );
    {#- the malformed records of files with personal data (var cte:personal_data_files) hold names: schema pii -#}
    create schema if not exists pii;
    create or replace table pii.malformed_rows as select * from raw.malformed_rows;
{% endmacro %}

{#-
    raw_csv_header(path): the names of a CSV file's header, trimmed and upper case, after two checks on the bytes.
    UTF-8: every line is streamed once in parallel as bare text (no CSV parsing) and a line that is not UTF-8 is
    kept in a temporary rejects table with its number (reading the file whole into one string took twice as long
    and could not say where). The header is the first line split on commas, quotes removed (no CSV sniffing, so a
    wrong delimiter shows) and a UTF-8 byte-order mark (Excel's "CSV UTF-8") dropped. The line is streamed (limit
    1), not cut out of the decoded file, which is the cheaper of the two.
-#}
{% macro raw_csv_header(path) %}
    {%- set bare_lines -%}
        read_csv({{ sql_string(path) }}, header = false, auto_detect = false, columns = {'line': 'VARCHAR'},
            delim = chr(1), quote = '', escape = '', strict_mode = false
    {%- endset -%}
    {%- do run_query("select count(*) from " ~ bare_lines ~ ", store_rejects = true, rejects_table = 'cte_raw_line_errors', rejects_scan = 'cte_raw_line_scans')") -%}
    {%- set bad_line = run_query("select min(line) from cte_raw_line_errors where error_type = 'INVALID ENCODING'").columns[0].values()[0] -%}
    {%- do run_query("drop table cte_raw_line_errors; drop table cte_raw_line_scans") -%}
    {%- if bad_line is not none -%}
        {{ exceptions.raise_compiler_error('raw file ' ~ path ~ ": is not UTF-8 (it holds bytes that are not valid UTF-8 on line " ~ bad_line ~ "). Re-export it as UTF-8, e.g. iconv -f latin1 -t utf-8.") }}
    {%- endif -%}
    {%- set header_sql -%}
        select trim(upper(unnest(string_split(replace(replace(replace(line, chr(13), ''), chr(65279), ''), '"', ''), ','))))
        from (select line from {{ bare_lines }}) limit 1)
    {%- endset -%}
    {{ return(run_query(header_sql).columns[0].values() | list) }}
{% endmacro %}

{#- raw_parquet_header(path): the column names of a Parquet file, as the file has them. -#}
{% macro raw_parquet_header(path) %}
    {%- set columns = run_query("describe select * from read_parquet(" ~ sql_string(path) ~ ")") -%}
    {{ return(columns.columns[0].values() | list) }}
{% endmacro %}

{#-
    check_raw_parquet_types(path, table, file_header, header): refuse a contract column whose Parquet type cannot be
    read as text (header: the names after raw_renamed_header, in the file's order).
-#}
{% macro check_raw_parquet_types(path, table, file_header, header) %}
    {%- set types = run_query("describe select * from read_parquet(" ~ sql_string(path) ~ ")").columns[1].values() | list -%}
    {%- set contract = var('cte:raw_columns')[table] -%}
    {%- for name in header if (name | trim | upper) in contract -%}
        {%- do raise_raw_problem("select cte_raw_column_type_problem(" ~ sql_string(path) ~ ", " ~ sql_string(name | trim | upper) ~ ", " ~ sql_string(types[loop.index0]) ~ ")") -%}
    {%- endfor -%}
{% endmacro %}

{#-
    raw_renamed_header(table, header): the header with the codebook's name where the var cte:raw_column_names
    ({table: {CODEBOOK_NAME: NAME_IN_THE_FILE}}) says the state's file names a column otherwise. Names are compared
    trimmed and upper case; cte_credentials/raw_contract.py (renamed_header) does the same for check-inputs.
-#}
{% macro raw_renamed_header(table, header) %}
    {%- set mapping = var('cte:raw_column_names', {}).get(table) or {} -%}
    {%- set file_to_codebook = {} -%}
    {%- for codebook_name, file_name in mapping.items() -%}
        {%- do file_to_codebook.update({file_name | string | trim | upper: codebook_name | string | trim | upper}) -%}
    {%- endfor -%}
    {%- set renamed = [] -%}
    {%- for name in header -%}
        {%- do renamed.append(file_to_codebook.get(name | trim | upper, name)) -%}
    {%- endfor -%}
    {{ return(renamed) }}
{% endmacro %}

{#-
    raw_absent_view_sql(table, path, fmt, columns): for an optional file that is absent (var
    cte:optional_raw_files), the view raw.<table> with the codebook's columns and no row, and its line in
    raw.raw_files (no rows, is_present false), so the models built from it are empty and its tests pass.
-#}
{% macro raw_absent_view_sql(table, path, fmt, columns) %}
    create or replace view {{ raw_schema(table) }}.{{ table }} as
    select
        {%- for column in columns %}
        cast(null as varchar) as {{ column }},
        {%- endfor %}
        cast(null as bigint) as source_row_number,
        cast(null as bigint) as source_line_number,
        cast(null as varchar) as raw_line,
        false as is_malformed
    where false;
    insert into raw.raw_files
    select {{ sql_string(table) }}, {{ sql_string(path) }}, {{ sql_string(fmt) }}, 0, 0, 0, current_timestamp, false;
{% endmacro %}

{#- check_raw_header(path, header, columns, fmt): the wrong delimiter, a column twice, a missing column. -#}
{% macro check_raw_header(path, header, columns, fmt) %}
    {%- set where = 'raw file ' ~ path ~ ': ' -%}
    {%- set found = header | map('trim') | map('upper') | list -%}
    {%- if fmt == 'csv' and found | length == 1 -%}
        {%- for delimiter, label in [(';', 'semicolon'), ('\t', 'tab'), ('|', 'pipe')] -%}
            {%- if delimiter in header[0] -%}
                {{ exceptions.raise_compiler_error(where ~ "has the wrong delimiter (" ~ label ~ "): the header reads as one column. Export it comma-delimited.") }}
            {%- endif -%}
        {%- endfor -%}
    {%- endif -%}
    {%- for column in found if found.count(column) > 1 -%}
        {{ exceptions.raise_compiler_error(where ~ "has column " ~ column ~ " more than once. Export it with one column per name.") }}
    {%- endfor -%}
    {%- set missing = [] -%}
    {%- for column in columns if column not in found -%}
        {%- do missing.append(column) -%}
    {%- endfor -%}
    {%- if missing -%}
        {{ exceptions.raise_compiler_error(where ~ "lacks column(s) " ~ missing | join(', ') ~ " (found: " ~ found | join(', ') ~ "). Column names must follow the codebook (README, Run it on your own extract).") }}
    {%- endif -%}
{% endmacro %}

{#-
    scan_raw_file(table, path, fmt, records): read the file once through `records` (a reader), record its rows per
    school year, its malformed records and its counts, stop when it has no rows or too many malformed ones, and
    create the view raw.<table> the base_ model reads. Returns a note on malformed rows for the log, or ''.
-#}
{% macro scan_raw_file(table, path, fmt, records) %}
    {%- set where = 'raw file ' ~ path ~ ': ' -%}
    {%- set name = sql_string(table) -%}
    {%- set scan_sql -%}
        drop table if exists {{ 'cte_rejects_' ~ table }};
        drop table if exists {{ 'cte_rejects_scan_' ~ table }};
        create or replace temp table cte_raw_year_spellings as
        select {{ raw_year_column(table) }} as raw_school_year, count(*) as raw_rows
        from {{ records }}
        group by {{ raw_year_column(table) }};
        insert into raw.raw_file_years
        select {{ name }}, school_year, sum(raw_rows)
        from (
            select {{ parse_school_year('raw_school_year') }} as school_year, raw_rows from cte_raw_year_spellings
        )
        where school_year is not null
        group by school_year;
    {%- endset -%}
    {%- do run_query(scan_sql) -%}
    {%- if fmt == 'csv' -%}
        {%- set malformed_sql -%}
            insert into {{ raw_schema(table) }}.malformed_rows
            select
                {{ name }},
                line - 1 - cte_raw_blank_lines_before({{ sql_string(path) }}, line_byte_position),
                cte_raw_line_number({{ sql_string(path) }}, line_byte_position),
                problem,
                trim(csv_line, chr(13) || chr(10))
            from (
                select
                    line,
                    cast(min(line_byte_position) as bigint) as line_byte_position,
                    arg_min(
                        case error_type
                            when 'MISSING COLUMNS' then 'too few fields'
                            when 'TOO MANY COLUMNS' then 'too many fields'
                            when 'UNQUOTED VALUE' then 'a quote that is not closed'
                            else lower(error_type)
                        end || ' (' || error_message || ')',
                        byte_position
                    ) as problem,
                    arg_min(csv_line, byte_position) as csv_line
                from {{ 'cte_rejects_' ~ table }}
                group by line
            );
            drop table {{ 'cte_rejects_' ~ table }};
            drop table {{ 'cte_rejects_scan_' ~ table }};
        {%- endset -%}
        {%- do run_query(malformed_sql) -%}
    {%- endif -%}
    {%- set counts_sql -%}
        insert into raw.raw_files
        select
            {{ name }}, {{ sql_string(path) }}, {{ sql_string(fmt) }},
            parsed_rows, malformed_rows, parsed_rows + malformed_rows, current_timestamp, true
        from
            (select coalesce(sum(raw_rows), 0) as parsed_rows from cte_raw_year_spellings),
            (select count(*) as malformed_rows from {{ raw_schema(table) }}.malformed_rows where table_name = {{ name }});
        select parsed_rows, malformed_rows, raw_rows,
            (select min(source_line_number) from {{ raw_schema(table) }}.malformed_rows where table_name = {{ name }})
        from raw.raw_files where table_name = {{ name }}
    {%- endset -%}
    {%- set counts = run_query(counts_sql).rows[0] -%}
    {%- set malformed, raw_rows, first_line = counts[1] | int, counts[2] | int, counts[3] -%}
    {%- if raw_rows == 0 -%}
        {{ exceptions.raise_compiler_error(where ~ "has a header but no data rows. Export the table again: the build needs every table.") }}
    {%- endif -%}
    {%- set share = var('cte:max_rejected_share') | float -%}
    {%- if malformed > share * raw_rows -%}
        {{ exceptions.raise_compiler_error(where ~ raw_share_text(malformed, raw_rows) ~ " are malformed (too few or too many fields, or a quote that is not closed; the first on line " ~ first_line ~ "), more than cte:max_rejected_share (" ~ raw_percent(share) ~ "). Fix the export, or raise cte:max_rejected_share (README, Run it on your own extract).") }}
    {%- endif -%}
    {%- do run_query(raw_source_view_sql(table, records, malformed > 0)) -%}
    {%- if malformed > 0 -%}
        {{ return(where ~ raw_share_text(malformed, raw_rows) ~ " are malformed (the first on line " ~ first_line ~ "); they go to stg_" ~ raw_source_name(table) ~ "__" ~ table ~ "_rejects as malformed_row.") }}
    {%- endif -%}
    {{ return('') }}
{% endmacro %}

{#- raw_share_text(part, whole): "3 of 1,200 rows (0.2%)", as cte_credentials/inputs.py writes it. -#}
{% macro raw_share_text(part, whole) %}
    {{ return("{:,} of {:,} rows ({})".format(part, whole, raw_percent(part / whole))) }}
{% endmacro %}

{% macro raw_percent(share) %}
    {{ return("{:.1f}%".format(share * 100)) }}
{% endmacro %}

{#-
    raw_source_view_sql(table, records, has_malformed): the view raw.<table>. Without malformed records it is the
    reader numbered in file order. With them, a record's number counts the malformed records before it too (so a
    row keeps its number whether or not an earlier one is malformed), and the malformed ones are added as rows.
-#}
{% macro raw_source_view_sql(table, records, has_malformed) %}
    create or replace view {{ raw_schema(table) }}.{{ table }} as
    {%- if not has_malformed %}
    select
        *,
        row_number() over () as source_row_number,
        cast(null as bigint) as source_line_number,
        cast(null as varchar) as raw_line,
        false as is_malformed
    from {{ records }}
    {%- else %}
    with
    parsed as (
        select *, row_number() over () as parsed_row_number
        from {{ records }}
    ),
    malformed as (
        select
            source_row_number,
            source_line_number,
            raw_line,
            -- usable records before this one: a usable record with more than this many before it comes after it
            source_row_number - row_number() over (order by source_row_number) as parsed_rows_before
        from {{ raw_schema(table) }}.malformed_rows
        where table_name = {{ sql_string(table) }}
    )
    select
        parsed.* exclude (parsed_row_number),
        parsed.parsed_row_number + (
            select count(*) from malformed where malformed.parsed_rows_before < parsed.parsed_row_number
        ) as source_row_number,
        cast(null as bigint) as source_line_number,
        cast(null as varchar) as raw_line,
        false as is_malformed
    from parsed
    union all by name
    select source_row_number, source_line_number, raw_line, true as is_malformed
    from malformed
    {%- endif %}
{% endmacro %}

{#-
    check_raw_school_years(folder, fmt): stop when a school year present in one file is absent from a file that
    needs it (var cte:raw_years_needed, e.g. credentials for 2024 but no program directory for 2024), naming both.
-#}
{% macro check_raw_school_years(folder, fmt) %}
    {%- set pairs = [] -%}
    {%- for table, needs in var('cte:raw_years_needed').items() -%}
        {%- for needed in needs -%}
            {%- do pairs.append('(' ~ sql_string(table) ~ ', ' ~ sql_string(needed) ~ ')') -%}
        {%- endfor -%}
    {%- endfor -%}
    {%- if not pairs -%}
        {{ return('') }}
    {%- endif -%}
    {%- set gap_sql -%}
        select needing.table_name, needing.school_year, needing.raw_rows, pairs.needed_table
        from (values {{ pairs | join(', ') }}) as pairs (table_name, needed_table)
        inner join raw.raw_file_years as needing
            on pairs.table_name = needing.table_name
        where not exists (
            select 1 from raw.raw_file_years as needed
            where needed.table_name = pairs.needed_table and needed.school_year = needing.school_year
        )
        order by needing.school_year, needing.table_name, pairs.needed_table
        limit 1
    {%- endset -%}
    {%- set gaps = run_query(gap_sql).rows -%}
    {%- if gaps | length > 0 -%}
        {%- set table, year, rows, needed = gaps[0][0], gaps[0][1] | int, gaps[0][2] | int, gaps[0][3] -%}
        {{ exceptions.raise_compiler_error('raw file ' ~ folder ~ '/' ~ table ~ '.' ~ fmt ~ ": has " ~ "{:,}".format(rows) ~ " rows for school year " ~ raw_school_year_label(year) ~ " but raw file " ~ folder ~ '/' ~ needed ~ '.' ~ fmt ~ " has none. Every school year in " ~ table ~ " must be in " ~ needed ~ " too (var cte:raw_years_needed): export that year's " ~ needed ~ " rows, or leave the year out of " ~ table ~ ".") }}
    {%- endif -%}
{% endmacro %}

{#- raw_school_year_label(year): 2024 -> "2023-24 (2024)". -#}
{% macro raw_school_year_label(year) %}
    {{ return((year - 1) ~ '-' ~ ('%02d' | format(year % 100)) ~ ' (' ~ year ~ ')') }}
{% endmacro %}
