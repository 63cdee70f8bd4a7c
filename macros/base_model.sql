{#-
    The skeleton the six base_cteis__ models share, written once so that each base model shows only its own
    columns and rules. A base model reads, in order:

        source         select * from source('cteis', <table>): every record of the raw file, numbered in file order;
                       a malformed record has only its line and its text (macro check_raw_files makes the view)
        school_years   school_year_spellings('source'): the school year's spellings, each parsed once
        renamed        source_row_number, source_line_number, is_malformed, the model's own columns, then
                       raw_text('source', <table>): every codebook column as it was typed, and raw_line
        validated      the model's rules, first failing rule wins: record_rules (malformed, missing key, school
                       year) first, program_serial_rules where the file names a program, then its own
        final          raw_text_of_rejects(<table>): the raw text kept on rejected rows only

    The stg_ model keeps the rows whose reject_reason is null; the _rejects model is staging_rejects().
-#}

{#-
    cteis_raw_columns(table): the columns of a raw file as the codebook names them (var cte:raw_columns), lower
    case. The raw_<column> text a base model keeps for its rejects follows this list, so a column the contract
    requires is always shown on a rejected row, and the list is written once.
-#}
{% macro cteis_raw_columns(table) -%}
    {%- set columns = [] -%}
    {%- for column in var('cte:raw_columns')[table] -%}
        {%- do columns.append(column | lower) -%}
    {%- endfor -%}
    {{ return(columns) }}
{%- endmacro %}

{#-
    distinct_spellings(relation, column, expression): one row per distinct value of `column` in `relation`, as
    raw_<column>, with `expression` (written over raw_<column>) computed for it as <column>. A file holds a handful
    of spellings of a school year or a code: computing the expression once per spelling and joining it back
    (`left join ... on source.<column> is not distinct from <cte>.raw_<column>`) is cheaper than once per row.
-#}
{% macro distinct_spellings(relation, column, expression) -%}
    select
        raw_{{ column }},
        {{ expression }} as {{ column }}
    from (select distinct {{ column }} as raw_{{ column }} from {{ relation }}) as spellings
{%- endmacro %}

{#- school_year_spellings(relation): each spelling of the school year in `relation`, parsed once (parse_school_year). -#}
{% macro school_year_spellings(relation) -%}
    {{ distinct_spellings(relation, 'school_year', parse_school_year('raw_school_year')) }}
{%- endmacro %}

{#-
    code_spellings(relation, column): each spelling of a code in `relation` as one snake_case code, normalised once:
    "Still Enrolled", "still_enrolled" and "STILL ENROLLED" are still_enrolled; "Black or African American" and
    "black_or_african-american" are one spelling too. A code that is still not in the codebook after this is
    rejected by the base model's rules.
-#}
{% macro code_spellings(relation, column) -%}
    {{ distinct_spellings(relation, column, snake_code('raw_' ~ column)) }}
{%- endmacro %}

{#- snake_code(column): a code's text, trimmed and lower case, every run of spaces and hyphens one underscore. -#}
{% macro snake_code(column) -%}
    {{ regexp_replace_all('lower(trim(' ~ column ~ '))', '[\\s\\-]+', "'_'") }}
{%- endmacro %}

{#-
    raw_text(relation, table): the last columns of a base model's renamed step: raw_<column>, the text as it was
    typed, for every codebook column of the file (cteis_raw_columns), then raw_line (the text of a malformed
    record). raw_text_of_rejects keeps them on rejected rows only.
-#}
{% macro raw_text(relation, table) -%}
    {%- for column in cteis_raw_columns(table) -%}
        {{ relation }}.{{ column }} as raw_{{ column }},{{ '\n        ' }}
    {%- endfor -%}
    {{ relation }}.raw_line
{%- endmacro %}

{#-
    raw_text_of_rejects(table): the select list of a base model's final step, every column (star_replace), that keeps
    each raw_<column> (the original text) on rows that break a rule and sets it to null on usable rows. Only the
    _rejects model reads the original text (to show the row so it can be fixed at the source); writing a second
    copy of every column for every usable row was almost half of a base_ model's time.
-#}
{% macro raw_text_of_rejects(table) -%}
    {%- set replacements = [] -%}
    {%- for column in cteis_raw_columns(table) -%}
        {%- do replacements.append(('raw_' ~ column, 'case when reject_reason is not null then raw_' ~ column ~ ' end')) -%}
    {%- endfor -%}
    {{ star_replace(replacements) }}
{%- endmacro %}

{#-
    record_rules(key_column): the first three rules of every base model, as `when` clauses of reject_reason:
    malformed_row (a record the reader could not parse, which has no values), missing_<key_column> (the student,
    or the program in the program directory) and invalid_school_year (a spelling parse_school_year cannot read).
-#}
{% macro record_rules(key_column) -%}
    when is_malformed then 'malformed_row'
            when {{ key_column }} is null then 'missing_{{ key_column }}'
            when school_year is null then 'invalid_school_year'
{%- endmacro %}

{#-
    program_serial_rules(relation): the two rules of every file whose rows name a program (credentials, WBL,
    enrollments), as `when` clauses of the base model's reject_reason: missing_program_serial_number, then
    unknown_program_serial_number when the serial is not among the usable rows of the program directory (a serial
    known only from a rejected directory row is unknown). This is validation, not enrichment: it only decides
    whether a row can be used. Not exists, never not in: one null in the list would make not in unknown for every
    row.
-#}
{% macro program_serial_rules(relation) -%}
    when program_serial_number is null then 'missing_program_serial_number'
            when not exists (
                select 1 from {{ ref('stg_cteis__program_serials') }} as ps
                where ps.program_serial_number = {{ relation }}.program_serial_number
            ) then 'unknown_program_serial_number'
{%- endmacro %}
