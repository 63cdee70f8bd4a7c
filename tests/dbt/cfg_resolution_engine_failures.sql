-- Credential entries the resolution engine failed to read: each went to review (resolution_method engine_failure,
-- the error's kind in junk_reason) so that the rest of the build went on. Warns with their count; a reviewer
-- decides them like any other review, and the text is worth reporting as an issue of the engine.
{{ config(severity='warn') }}
with

resolved as (
    select * from {{ ref('int_credential_entries_resolved') }}
)

select
    entry_key,
    junk_reason
from resolved
where resolution_method = 'engine_failure'
