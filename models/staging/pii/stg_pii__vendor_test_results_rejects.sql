-- The raw vendor test result rows that cannot be used, with the reason and every original value as text (pii).
{{ staging_rejects('base_pii__vendor_test_results') }}
