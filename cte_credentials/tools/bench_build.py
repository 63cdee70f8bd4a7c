"""`cte-credentials bench-build`: how fast the whole build is, how it grows with the data, where the time goes.

For each scale factor it generates the synthetic extract, runs a full `dbt build` into an empty DuckDB file, reads
each model's time from dbt's run_results.json and the peak memory of the dbt process, and times the floor: reading
every raw file once with DuckDB, which no pipeline can beat. Every figure is the median of ``--runs`` runs.
The result is written to docs/benchmarks.md so the numbers in the docs always come from this command.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import NamedTuple

from cte_credentials.errors import UserError
from cte_credentials.inputs import sql_string
from cte_credentials.paths import DOCS_DIR, PROJECT_ROOT

RAW_TABLES = (
    "credentials_earned",
    "wbl_experiences",
    "program_serials",
    "program_enrollments",
    "student_exits",
    "student_demographics",
)


@dataclass
class ScaleResult:
    scale: float
    raw_rows: int = 0
    build_seconds: list[float] = field(default_factory=list)
    floor_seconds: list[float] = field(default_factory=list)
    peak_mb: list[float] = field(default_factory=list)
    startup_seconds: list[float] = field(default_factory=list)
    cpu_seconds: list[float] = field(default_factory=list)
    model_seconds: dict[str, list[float]] = field(default_factory=dict)
    failures: list[str] = field(default_factory=list)

    @property
    def build(self) -> float:
        return _median(self.build_seconds)

    @property
    def floor(self) -> float:
        return _median(self.floor_seconds)

    @property
    def startup(self) -> float:
        return _median(self.startup_seconds)

    @property
    def cpu(self) -> float:
        return _median(self.cpu_seconds)

    @property
    def peak(self) -> float:
        return _median(self.peak_mb)


class BuildRun(NamedTuple):
    """One full build: wall seconds, dbt's start-up seconds (before its run begins: imports, parsing, the graph),
    CPU seconds (user and system, dbt and every process it started), peak MB, per-node seconds, error or None."""
    seconds: float
    startup: float
    cpu: float
    peak_mb: float
    timings: dict[str, float]
    error: str | None


def _median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--scales", default="0.1,1,10", help="comma-separated scale factors (default 0.1,1,10)")
    parser.add_argument("--runs", type=int, default=3, help="runs per scale; figures are medians (default 3)")
    parser.add_argument("--work-dir", type=Path, default=PROJECT_ROOT / "data" / "bench",
                        help="where generated data and warehouses go (gitignored; default data/bench)")
    parser.add_argument("--out", type=Path, default=DOCS_DIR / "benchmarks.md", help="markdown report to write")
    parser.add_argument("--keep", action="store_true", help="keep generated data and warehouses")


def _bin(name: str) -> str:
    """Tools of the venv this package runs in, so the benchmark measures the pinned versions."""
    candidate = Path(sys.executable).parent / name
    return str(candidate) if candidate.exists() else name


def _generate(scale: float, raw_dir: Path) -> None:
    if (raw_dir / ".generated").exists():
        return
    raw_dir.mkdir(parents=True, exist_ok=True)
    cmd = [_bin("cte-credentials"), "generate", "--scale", str(scale), "--out", str(raw_dir),
           "--gold", str(raw_dir.parent / "gold"), "--quiet"]
    subprocess.run(cmd, check=True)
    (raw_dir / ".generated").touch()


def _floor_seconds(raw_dir: Path) -> tuple[float, int]:
    """Read every raw file once, all columns as text, as the staging layer does: the floor of any build."""
    import duckdb

    con = duckdb.connect()
    start = time.perf_counter()
    rows = 0
    for table in RAW_TABLES:
        path = raw_dir / f"{table}.csv"
        rows += con.execute(
            f"select count(*) from read_csv({sql_string(path)}, all_varchar = true, header = true)"  # noqa: S608
        ).fetchone()[0]
    return time.perf_counter() - start, rows


def _build(raw_dir: Path, run_dir: Path) -> BuildRun:
    """One full `dbt build` into an empty warehouse."""
    if run_dir.exists():
        shutil.rmtree(run_dir)
    run_dir.mkdir(parents=True)
    env = dict(os.environ)
    env.update(
        CTE_RAW_PATH=str(raw_dir),
        CTE_DUCKDB_PATH=str(run_dir / "warehouse.duckdb"),
        DBT_PROFILES_DIR=str(PROJECT_ROOT),
    )
    cmd = [_bin("dbt"), "build", "--target-path", str(run_dir / "target"), "--log-path", str(run_dir / "logs"),
           "--no-partial-parse"]
    # A fresh wrapper process runs dbt and reports the peak resident set of its largest child, so the generator or
    # an earlier build never inflates the figure (ru_maxrss of RUSAGE_CHILDREN is a maximum over all children).
    # dbt may start worker processes (credential resolution), so the resident sets of the whole process tree are
    # also summed every 0.1 s; the peak reported is the larger of the two.
    wrapper = (
        "import resource, subprocess, sys; rc = subprocess.run(sys.argv[1:]).returncode; "
        "usage = resource.getrusage(resource.RUSAGE_CHILDREN); "
        "sys.stderr.write('PEAK_KB=%d\\nCPU_S=%.2f\\n' % (usage.ru_maxrss, usage.ru_utime + usage.ru_stime)); "
        "sys.exit(rc)"
    )
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", wrapper, *cmd], cwd=PROJECT_ROOT, env=env,  # noqa: S603
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    sampler = TreeMemorySampler(proc.pid)
    sampler.start()
    stdout, stderr = proc.communicate()
    seconds = time.perf_counter() - start
    sampler.stop()
    peak_lines = [ln for ln in stderr.splitlines() if ln.startswith("PEAK_KB=")]
    largest_mb = int(peak_lines[-1].split("=")[1]) / 1024 if peak_lines else float("nan")
    cpu_lines = [ln for ln in stderr.splitlines() if ln.startswith("CPU_S=")]
    cpu = float(cpu_lines[-1].split("=")[1]) if cpu_lines else float("nan")
    peak_mb = max(largest_mb, sampler.peak_kb / 1024)
    timings: dict[str, float] = {}
    startup = float("nan")
    results_file = run_dir / "target" / "run_results.json"
    if results_file.exists():
        results = json.loads(results_file.read_text())
        startup = seconds - float(results["elapsed_time"])
        for result in results["results"]:
            if result["unique_id"].startswith(("model.", "seed.")):
                timings[result["unique_id"].split(".", 2)[-1]] = float(result["execution_time"])
    error = None if proc.returncode == 0 else (stdout.strip().splitlines() or ["dbt build failed"])[-1]
    return BuildRun(seconds, startup, cpu, peak_mb, timings, error)


class TreeMemorySampler(threading.Thread):
    """Samples the summed resident set (VmRSS) of a process and all its descendants from /proc, keeping the peak.

    Where /proc is missing (not Linux) the peak stays 0 and the caller falls back to ru_maxrss."""

    def __init__(self, root_pid: int, interval: float = 0.1) -> None:
        super().__init__(daemon=True)
        self.root_pid, self.interval, self.peak_kb = root_pid, interval, 0
        self._done = threading.Event()

    @staticmethod
    def _parents() -> dict[int, int]:
        parents = {}
        for stat in Path("/proc").glob("[0-9]*/stat"):
            try:
                # the command name (field 2) may hold spaces: the parent pid is the 2nd field after its ')'
                parents[int(stat.parent.name)] = int(stat.read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
        return parents

    @staticmethod
    def _rss_kb(pid: int) -> int:
        try:
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
        except (OSError, ValueError):
            pass
        return 0

    def tree_rss_kb(self) -> int:
        parents = self._parents()
        tree, frontier = {self.root_pid}, [self.root_pid]
        while frontier:
            children = [pid for pid, ppid in parents.items() if ppid in frontier and pid not in tree]
            tree.update(children)
            frontier = children
        return sum(self._rss_kb(pid) for pid in tree)

    def run(self) -> None:
        while not self._done.is_set():
            self.peak_kb = max(self.peak_kb, self.tree_rss_kb())
            self._done.wait(self.interval)

    def stop(self) -> None:
        self._done.set()
        self.join()


def _versions() -> dict[str, str]:
    from importlib.metadata import version

    return {name: version(name) for name in ("dbt-core", "dbt-duckdb", "duckdb")}


def _report(results: list[ScaleResult], runs: int) -> str:
    versions = _versions()
    lines = [
        "# Build benchmarks",
        "",
        "Produced by `cte-credentials bench-build` (`make bench`); do not edit by hand.",
        "",
        f"- date: {date.today().isoformat()}",
        f"- machine: {platform.machine()}, {os.cpu_count()} cores, {platform.system()} {platform.release()},"
        f" Python {platform.python_version()}",
        "- versions: " + ", ".join(f"{k} {v}" for k, v in versions.items()),
        f"- settings: {os.environ.get('CTE_DBT_THREADS', '2')} dbt threads, DuckDB memory limit"
        f" {os.environ.get('CTE_DUCKDB_MEMORY_LIMIT', '4GB')} (profiles.yml defaults unless set in the environment)",
        f"- each figure is the median of {runs} runs; a build is a full `dbt build` (seeds, models, tests) into an"
        " empty DuckDB file; the floor reads every raw file once with DuckDB. \"runs\" lists every run: on a shared"
        " virtual machine one build can differ from the next by 10-20%. dbt start-up is the time before dbt's run"
        " begins (imports, parsing the project, the graph): it does not grow with the data. CPU is the user and"
        " system time of dbt and every process it starts: on this machine's cores a build cannot take less than"
        " CPU / cores seconds, and it varies less from run to run than the wall time.",
        "",
        "| scale | raw rows | full build (s) | runs (s) | dbt start-up (s) | CPU (s) | floor (s) | build / floor"
        " | peak memory (MB) | vs 1x build |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    one_x = next((r.build for r in results if r.scale == 1), None)
    for r in results:
        ratio = r.build / r.floor if r.floor else float("nan")
        growth = f"{r.build / one_x:.2f}x" if one_x else "-"
        runs = ", ".join(f"{b:.0f}" for b in r.build_seconds)
        lines.append(f"| {r.scale:g}x | {r.raw_rows:,} | {r.build:.1f} | {runs} | {r.startup:.1f} | {r.cpu:.0f} |"
                     f" {r.floor:.2f} |"
                     f" {ratio:.0f} |"
                     f" {r.peak:.0f} | {growth} |")
    for r in results:
        if r.failures:
            lines += ["", f"Failures at {r.scale:g}x: " + "; ".join(r.failures)]
    largest = results[-1]
    slow = sorted(((statistics.median(v), k) for k, v in largest.model_seconds.items()), reverse=True)[:10]
    lines += ["", f"## Ten slowest models and seeds at {largest.scale:g}x (median seconds)", "",
              "| node | seconds |", "|---|---|"]
    lines += [f"| `{name}` | {sec:.2f} |" for sec, name in slow]
    lines += ["", "Peak memory is the peak of the resident sets of dbt and the processes it starts (credential"
              " resolution workers), summed every 0.1 s, or the largest single process's ru_maxrss if that is higher."]
    return "\n".join(lines) + "\n"


def run(args: argparse.Namespace) -> int:
    try:
        scales = [float(s) for s in args.scales.split(",") if s.strip()]
    except ValueError as exc:
        raise UserError(f"--scales must be numbers separated by commas, got {args.scales!r}") from exc
    if args.runs < 1:
        raise UserError("--runs must be at least 1")
    results = []
    for scale in scales:
        result = ScaleResult(scale=scale)
        raw_dir = args.work_dir / f"scale_{scale:g}" / "raw"
        print(f"[bench-build] scale {scale:g}x: generating data in {raw_dir}", file=sys.stderr)
        _generate(scale, raw_dir)
        for i in range(args.runs):
            floor, rows = _floor_seconds(raw_dir)
            result.floor_seconds.append(floor)
            result.raw_rows = rows
            build = _build(raw_dir, args.work_dir / f"scale_{scale:g}" / "run")
            if build.error:
                result.failures.append(build.error)
            result.build_seconds.append(build.seconds)
            result.startup_seconds.append(build.startup)
            result.cpu_seconds.append(build.cpu)
            result.peak_mb.append(build.peak_mb)
            for node, sec in build.timings.items():
                result.model_seconds.setdefault(node, []).append(sec)
            print(f"[bench-build] scale {scale:g}x run {i + 1}: build {build.seconds:.1f}s, CPU {build.cpu:.0f}s,"
                  f" floor {floor:.2f}s, peak {build.peak_mb:.0f} MB{' FAILED: ' + build.error if build.error else ''}",
                  file=sys.stderr)
        results.append(result)
        if not args.keep:
            shutil.rmtree(args.work_dir / f"scale_{scale:g}" / "run", ignore_errors=True)
    report = _report(results, args.runs)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(report)
    print(report)
    return 1 if any(r.failures for r in results) else 0
