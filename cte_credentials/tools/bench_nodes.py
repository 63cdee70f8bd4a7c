"""`cte-credentials bench-nodes`: the CPU time of each SQL model and test run alone, on a built warehouse.

A full build runs two nodes at a time on every core, so a node's time in dbt's run results says little about what
it costs. This command reruns the compiled SQL of every model and data test of a finished `dbt build` (from its
run_results.json) one at a time, against that build's warehouse opened read-only, and reports the user + system
CPU seconds of each: the work a change to that node can save. Models are written to a temporary table, tests are
counted. Python models are skipped (their cost is in `bench-resolution`).

Run it on a warehouse from a full build (incremental models compiled in an incremental run read their existing
table and would look almost free), e.g. at 10x:

    cte-credentials bench-build --scales 10 --runs 1 --keep --out /tmp/bench.md
    cte-credentials bench-nodes --target-path data/bench/scale_10/run/target \
        --warehouse data/bench/scale_10/run/warehouse.duckdb
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import time
from pathlib import Path

from cte_credentials.errors import UserError
from cte_credentials.inputs import sql_identifier, sql_string
from cte_credentials.paths import PROJECT_ROOT


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--target-path", type=Path, default=PROJECT_ROOT / "target",
                        help="dbt target folder of the build (holds run_results.json; default target)")
    default_warehouse = os.environ.get("CTE_DUCKDB_PATH", PROJECT_ROOT / "warehouse" / "cte_credentials.duckdb")
    parser.add_argument("--warehouse", type=Path, default=Path(default_warehouse),
                        help="the build's DuckDB file (default CTE_DUCKDB_PATH or warehouse/cte_credentials.duckdb)")
    parser.add_argument("--min-seconds", type=float, default=0.5,
                        help="only nodes that took at least this long in the build (default 0.5)")
    parser.add_argument("--threads", type=int, default=2, help="DuckDB threads, as in profiles.yml (default 2)")
    parser.add_argument("--memory-limit", default=os.environ.get("CTE_DUCKDB_MEMORY_LIMIT", "4GB"),
                        help="DuckDB memory limit, as in profiles.yml (default CTE_DUCKDB_MEMORY_LIMIT or 4GB)")


def _cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _nodes(target: Path, min_seconds: float) -> list[tuple[str, str, float]]:
    """(unique_id, compiled SQL, seconds in the build) of the SQL models and data tests worth timing."""
    results_file, manifest_file = target / "run_results.json", target / "manifest.json"
    for path in (results_file, manifest_file):
        if not path.exists():
            raise UserError(f"{path} not found: run a full `dbt build` with --target-path {target} first")
    results = json.loads(results_file.read_text())["results"]
    manifest_nodes = json.loads(manifest_file.read_text())["nodes"]
    nodes = []
    for result in results:
        uid, code = result["unique_id"], result.get("compiled_code")
        if not code or not uid.startswith(("model.", "test.")) or result["execution_time"] < min_seconds:
            continue
        if manifest_nodes.get(uid, {}).get("language") == "python":
            continue
        nodes.append((uid, code, float(result["execution_time"])))
    return nodes


def run(args: argparse.Namespace) -> int:
    import duckdb

    target, warehouse = args.target_path.resolve(), args.warehouse.resolve()
    nodes = _nodes(target, args.min_seconds)
    if not warehouse.exists():
        raise UserError(f"warehouse {warehouse} not found: give the DuckDB file of the build with --warehouse")
    con = duckdb.connect()
    # the compiled SQL names relations "<catalog>"."<schema>"."<table>"; the catalog is the file's stem
    con.execute(f"attach {sql_string(warehouse)} as {sql_identifier(warehouse.stem)} (read_only)")
    con.execute(f"use {sql_identifier(warehouse.stem)}")
    con.execute(f"set threads = {int(args.threads)}; set memory_limit = {sql_string(args.memory_limit)}")
    # compiled SQL reads the raw files by paths relative to the project, as dbt ran it
    con.execute(f"set file_search_path = {sql_string(PROJECT_ROOT)}")
    rows = []
    for uid, code, build_seconds in nodes:
        kind = uid.split(".")[0]
        sql = (f"create or replace temp table __bench_node as {code}" if kind == "model"
               else f"select count(*) from ({code}) as failures")
        start, cpu_start = time.perf_counter(), _cpu_seconds()
        try:
            con.execute(sql)
        except duckdb.Error as exc:
            raise UserError(f"{uid} did not run alone: {str(exc).splitlines()[0]}") from exc
        cpu, wall = _cpu_seconds() - cpu_start, time.perf_counter() - start
        rows.append((cpu, wall, build_seconds, kind, uid.split(".", 2)[-1]))
    rows.sort(reverse=True)
    print("| node | kind | CPU alone (s) | wall alone (s) | in the build (s) |")
    print("|---|---|---|---|---|")
    for cpu, wall, build_seconds, kind, name in rows:
        print(f"| `{name}` | {kind} | {cpu:.1f} | {wall:.1f} | {build_seconds:.1f} |")
    models = sum(r[0] for r in rows if r[3] == "model")
    tests = sum(r[0] for r in rows if r[3] == "test")
    print(f"\n{len(rows)} nodes: models {models:.0f} CPU-s, tests {tests:.0f} CPU-s (Python models not included)")
    return 0
