{#-
    credential_entry_columns(): the grain of a credential entry, the unit resolution decides once: the name and the
    vendor as typed, the program's CIP code that school year and the code picked from the drop-down, in the order
    entry_key hashes them. int_credential_entries keys each distinct entry with them and int_credential_mentions
    keys each staged row with them, so the two keys cannot drift apart (a row whose key found no resolved entry
    would be lost by the mentions' inner join; assert_every_staged_credential_row_has_a_mention checks none is).
-#}
{% macro credential_entry_columns() -%}
    {{ return(['credential_name_raw', 'vendor_raw', 'cip_code', 'credential_code_reported']) }}
{%- endmacro %}
