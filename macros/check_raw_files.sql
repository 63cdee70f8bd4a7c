{#-
    check_raw_files(): run before any model (on-run-start). Stops the build with one clear message naming the raw
    file and the problem when a file is missing, empty, not UTF-8, has the wrong delimiter or lacks a column of the
    codebook. The same checks, with the same messages, run on their own with `cte-credentials check-inputs`
    (cte_credentials/inputs.py). Runs for run, build and test only (not parse, compile or docs).
-#}
{% macro check_raw_files() %}
    {%- if not execute or flags.WHICH not in ['run', 'build', 'test'] -%}
        {{ return('') }}
    {%- endif -%}
    {%- set folder = raw_path() -%}
    {%- set fmt = raw_format() -%}
    {%- for table, columns in var('cte:raw_columns').items() -%}
        {%- set path = folder ~ '/' ~ table ~ '.' ~ fmt -%}
        {%- set where = 'raw file ' ~ path ~ ': ' -%}
        {%- set found = run_query("select count(*) from glob('" ~ path ~ "')").columns[0].values()[0] -%}
        {%- if found == 0 -%}
            {{ exceptions.raise_compiler_error(where ~ "not found. Put the extract's " ~ table ~ " file there, or point CTE_RAW_PATH (or the var cte:raw_path) at the folder that holds it.") }}
        {%- endif -%}
        {%- set size = run_query("select size from read_blob('" ~ path ~ "')").columns[0].values()[0] -%}
        {%- if size == 0 -%}
            {{ exceptions.raise_compiler_error(where ~ "is empty (0 bytes). Export the table again.") }}
        {%- endif -%}
        {%- if fmt == 'csv' -%}
            {#- every line streamed once in parallel, as bare text (no CSV parsing); a line that is not UTF-8 is
                kept in a temporary rejects table with its number. Reading the file whole into one string and
                decoding it took twice as long (2.4 s more per build at 10x) and could not say where -#}
            {%- set lines_sql -%}
                select count(*)
                from read_csv('{{ path }}', header = false, auto_detect = false, columns = {'line': 'VARCHAR'},
                    delim = chr(1), quote = '', escape = '', strict_mode = false, store_rejects = true,
                    rejects_table = 'cte_raw_line_errors', rejects_scan = 'cte_raw_line_scans')
            {%- endset -%}
            {%- do run_query(lines_sql) -%}
            {%- set bad_line = run_query("select min(line) from cte_raw_line_errors where error_type = 'INVALID ENCODING'").columns[0].values()[0] -%}
            {%- do run_query("drop table cte_raw_line_errors; drop table cte_raw_line_scans") -%}
            {%- if bad_line is not none -%}
                {{ exceptions.raise_compiler_error(where ~ "is not UTF-8 (it holds bytes that are not valid UTF-8 on line " ~ bad_line ~ "). Re-export it as UTF-8, e.g. iconv -f latin1 -t utf-8.") }}
            {%- endif -%}
            {#- the header line split on commas, quotes removed: no CSV sniffing, so a wrong delimiter shows. The
                line is streamed (limit 1), not cut out of the decoded file: at 10x that saved about 6 s per build.
                Not strict: read as bare lines, a CRLF file with a line break inside a quoted field is not RFC 4180,
                and the parser reads ahead of the first line (tests/python/test_incremental.py writes such files) -#}
            {%- set header_sql -%}
                select unnest(string_split(replace(replace(line, chr(13), ''), '"', ''), ','))
                from (
                    select line
                    from read_csv('{{ path }}', header = false, auto_detect = false, columns = {'line': 'VARCHAR'},
                        delim = chr(1), quote = '', escape = '', strict_mode = false)
                    limit 1
                )
            {%- endset -%}
            {%- set header = run_query(header_sql).columns[0].values() -%}
        {%- else -%}
            {%- set header = run_query("describe select * from read_parquet('" ~ path ~ "')").columns[0].values() -%}
        {%- endif -%}
        {%- set found_columns = header | map('upper') | map('trim') | list -%}
        {%- if fmt == 'csv' and found_columns | length == 1 -%}
            {%- for delimiter, label in [(';', 'semicolon'), ('\t', 'tab'), ('|', 'pipe')] -%}
                {%- if delimiter in header[0] -%}
                    {{ exceptions.raise_compiler_error(where ~ "has the wrong delimiter (" ~ label ~ "): the header reads as one column. Export it comma-delimited.") }}
                {%- endif -%}
            {%- endfor -%}
        {%- endif -%}
        {%- set missing = [] -%}
        {%- for column in columns if column not in found_columns -%}
            {%- do missing.append(column) -%}
        {%- endfor -%}
        {%- if missing -%}
            {{ exceptions.raise_compiler_error(where ~ "lacks column(s) " ~ missing | join(', ') ~ " (found: " ~ found_columns | join(', ') ~ "). Column names must follow the codebook (README, Run it on your own extract).") }}
        {%- endif -%}
    {%- endfor -%}
    {{ return('') }}
{% endmacro %}
