-- One row per credential mention: each staged credential row once per credential its entry names (an entry with
-- "CNA & BLS" gives two mentions), with how the mention was resolved.
with

credentials as (
    select * from {{ ref('stg_cteis__credentials_earned') }}
),

program_cips as (
    select * from {{ ref('int_program_years') }}
),

resolved as (
    select * from {{ ref('int_credential_entries_resolved') }}
),

credential_types as (
    select * from {{ ref('xwalk_credential_types') }}
),

joined as (
    select
        credentials.*,
        program_cips.cip_code
    from credentials
    left join program_cips
        on
            credentials.program_serial_number = program_cips.program_serial_number
            and credentials.school_year = program_cips.school_year
),

keyed as (
    -- the key of the row's entry, as int_credential_entries computes it (macro credential_entry_columns)
    select
        *,
        {{ surrogate_key(credential_entry_columns()) }} as entry_key
    from joined
),

final as (
    select
        {{ surrogate_key(['keyed.source_row_number', 'resolved.mention_index']) }} as credential_mention_key,
        keyed.source_row_number,
        resolved.mention_index,
        resolved.mention_count,
        keyed.student_id,
        keyed.school_year,
        keyed.program_serial_number,
        keyed.cip_code,
        keyed.credential_name_raw,
        keyed.vendor_raw,
        keyed.credential_code_reported,
        keyed.credential_type_code,
        credential_types.credential_type_name as credential_type_reported,
        keyed.entry_key,
        resolved.mention_text,
        resolved.normalized_name,
        resolved.normalized_vendor,
        resolved.resolution_status,
        resolved.resolution_method,
        resolved.credential_code,
        resolved.score,
        resolved.margin,
        resolved.runner_up_code,
        resolved.runner_up_score,
        resolved.junk_reason
    from keyed
    inner join resolved
        on keyed.entry_key = resolved.entry_key
    left join credential_types
        on keyed.credential_type_code = cast(credential_types.credential_type_code as {{ dbt.type_string() }})
)

select * from final
