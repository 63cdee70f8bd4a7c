"""The same project on Spark: the whole build (seeds, models, data and unit tests) on a local Spark session, and its
marts and rpt_ tables equal DuckDB's built from the same extract.

Both builds read one generated extract at scale 0.01 (`make test-spark` runs this file). Spark runs inside dbt's
process through `python -m cte_credentials.spark_dbt` (dbt-spark `method: session`, the profile's `spark` target).
The tables are compared by cte_credentials.tools.engine_equality: EXCEPT ALL both ways, order-free, floats rounded
to 6 decimal places; a difference names the table and a few rows of each side.

Outside CI the test is skipped when pyspark, dbt-spark or a Java runtime is missing (`make test-spark` installs
them). In CI (CI set) it never skips: a missing piece fails test_spark_is_there_in_ci.
"""

from __future__ import annotations

import importlib.util
import io
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import PROJECT_ROOT, run_dbt

IN_CI = bool(os.environ.get("CI"))
SCALE = 0.01


def _importable(module: str) -> bool:
    try:
        return importlib.util.find_spec(module) is not None
    except ModuleNotFoundError:  # a parent package is missing
        return False


def spark_missing() -> str | None:
    """Why the Spark build cannot run here, or None when it can."""
    missing = [name for name in ("pyspark", "dbt.adapters.spark") if not _importable(name)]
    if missing:
        return f"{' and '.join(missing)} not installed (pip install -e '.[spark]', or make test-spark)"
    java = Path(os.environ["JAVA_HOME"], "bin", "java") if os.environ.get("JAVA_HOME") else shutil.which("java")
    if not java or not Path(java).exists():
        return "no Java runtime (java not on PATH, JAVA_HOME unset): apt-get install openjdk-17-jre-headless"
    return None


MISSING = spark_missing()
needs_spark = pytest.mark.skipif(MISSING is not None and not IN_CI, reason=f"Spark build not run: {MISSING}")


@pytest.mark.skipif(not IN_CI, reason="outside CI the Spark build may be absent")
def test_spark_is_there_in_ci():
    assert MISSING is None, f"CI must build on Spark too: {MISSING}"


@pytest.fixture(scope="module")
def both_builds(tmp_path_factory: pytest.TempPathFactory) -> dict:
    """The 0.01x extract built on DuckDB and on Spark; the seconds each build took."""
    from cte_credentials.generator.core import generate

    root = tmp_path_factory.mktemp("engines")
    generate(root / "raw", root / "gold", scale=SCALE, quiet=True)
    started = time.monotonic()
    duckdb_run = run_dbt(["build"], root / "duckdb", root / "raw")
    duckdb_seconds = time.monotonic() - started
    env = dict(os.environ, DBT_PROFILES_DIR=str(PROJECT_ROOT), CTE_RAW_PATH=str(root / "raw"),
               CTE_SPARK_WAREHOUSE=str(root / "spark"))
    started = time.monotonic()
    spark_run = subprocess.run(
        [sys.executable, "-m", "cte_credentials.spark_dbt", "build", "--target", "spark",
         "--target-path", str(root / "spark_target"), "--log-path", str(root / "spark_logs")],
        cwd=PROJECT_ROOT, env=env, capture_output=True, text=True)
    spark_seconds = time.monotonic() - started
    print(f"build at {SCALE}x: DuckDB {duckdb_seconds:.0f} s, Spark {spark_seconds:.0f} s")
    return {"root": root, "duckdb": duckdb_run, "spark": spark_run}


def _tail(run: subprocess.CompletedProcess, lines: int = 40) -> str:
    return "\n".join((run.stdout + run.stderr).splitlines()[-lines:])


@needs_spark
def test_duckdb_build_passes(both_builds: dict):
    assert both_builds["duckdb"].returncode == 0, _tail(both_builds["duckdb"])


@needs_spark
def test_spark_build_passes_seeds_models_and_tests(both_builds: dict):
    assert both_builds["spark"].returncode == 0, _tail(both_builds["spark"])


@needs_spark
def test_spark_marts_equal_duckdb(both_builds: dict):
    from cte_credentials.tools.engine_equality import compare, report

    root = both_builds["root"]
    results = compare(root / "duckdb" / "warehouse.duckdb", root / "spark")
    out = io.StringIO()
    equal = report(results, root / "duckdb" / "warehouse.duckdb", root / "spark", out=out)
    assert equal, out.getvalue()
    assert len(results) >= 23, out.getvalue()
