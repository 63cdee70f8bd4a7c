"""The commands that measure, draw and check: benchmarks (`bench_build`, `bench_nodes`, `bench_resolution`), the
HTML report (`report`, `report_charts`), the browser check, the disclosure check of a built warehouse and the seed
builder (`seedgen`).

They read the domain (`cte_credentials.resolve`, `disclosure`, `generator`, `inputs`); nothing in the domain
imports them.
"""
