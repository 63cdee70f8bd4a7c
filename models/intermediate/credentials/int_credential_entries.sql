-- One row per distinct raw credential entry: what was typed (name, vendor), the program's CIP code that year and
-- the code picked from the drop-down. Resolution works on these, so its cost grows with distinct entries, not rows.
with

credentials as (
    select * from {{ ref('stg_cteis__credentials_earned') }}
),

program_cips as (
    select * from {{ ref('int_program_years') }}
),

joined as (
    select
        credentials.credential_name_raw,
        credentials.vendor_raw,
        credentials.credential_code_reported,
        program_cips.cip_code
    from credentials
    left join program_cips
        on
            credentials.program_serial_number = program_cips.program_serial_number
            and credentials.school_year = program_cips.school_year
),

final as (
    select
        {{ surrogate_key(credential_entry_columns()) }} as entry_key,
        credential_name_raw,
        vendor_raw,
        cip_code,
        credential_code_reported,
        count(*) as record_count
    from joined
    group by {{ credential_entry_columns() | join(', ') }}
)

select * from final
