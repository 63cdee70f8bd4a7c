-- The usable credential rows of the raw extract, typed; the type name comes from the type code.
with

base as (
    select * from {{ ref('base_cteis__credentials_earned') }}
    where reject_reason is null
),

credential_types as (
    select * from {{ ref('xwalk_credential_types') }}
),

final as (
    select
        base.source_row_number,
        base.student_id,
        base.school_year,
        base.program_serial_number,
        base.credential_name_raw,
        base.vendor_raw,
        base.credential_code_reported,
        base.credential_type_code,
        base.credential_type_name_raw,
        credential_types.credential_type_name as credential_type_reported
    from base
    left join credential_types
        on base.credential_type_code = cast(credential_types.credential_type_code as varchar)
)

select * from final
