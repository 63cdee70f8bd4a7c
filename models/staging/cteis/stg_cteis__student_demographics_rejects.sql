-- The raw student demographics rows that cannot be used, with the reason and every original value as text.
{{ staging_rejects('base_cteis__student_demographics') }}
