-- The raw wbl experiences rows that cannot be used, with the reason and every original value as text.
with

base as (
    select * from {{ ref('base_cteis__wbl_experiences') }}
    where reject_reason is not null
),

final as (
    select
        source_row_number,
        reject_reason,
        columns('^raw_')
    from base
)

select * from final
