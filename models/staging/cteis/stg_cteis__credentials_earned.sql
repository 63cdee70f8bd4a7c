-- The usable credential rows of the raw extract, renamed and typed (no joins: the type code is named in
-- int_credential_mentions from the seed xwalk_credential_types).
with

base as (
    select * from {{ ref('base_cteis__credentials_earned') }}
    where reject_reason is null
),

final as (
    select
        source_row_number,
        student_id,
        school_year,
        program_serial_number,
        credential_name_raw,
        vendor_raw,
        credential_code_reported,
        credential_type_code,
        credential_type_name_raw
    from base
)

select * from final
