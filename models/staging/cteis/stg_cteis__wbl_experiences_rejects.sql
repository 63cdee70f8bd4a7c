-- The raw wbl experiences rows that cannot be used, with the reason and every original value as text.
{{ staging_rejects('base_cteis__wbl_experiences') }}
