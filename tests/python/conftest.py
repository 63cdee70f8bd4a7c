"""Shared test helpers: a small generated extract, and dbt runs isolated in their own warehouse and target folder."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

PROJECT_ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent


def run_dbt(args: list[str], workdir: Path, raw_path: Path, extra_env: dict[str, str] | None = None
            ) -> subprocess.CompletedProcess:
    """Run dbt on the project with its own DuckDB file, target and log folders, so tests never share state."""
    env = dict(os.environ)
    env.update(
        DBT_PROFILES_DIR=str(PROJECT_ROOT),
        CTE_DUCKDB_PATH=str(workdir / "warehouse.duckdb"),
        CTE_RAW_PATH=str(raw_path),
        **(extra_env or {}),
    )
    cmd = [str(BIN / "dbt"), *args, "--target-path", str(workdir / "target"), "--log-path", str(workdir / "logs")]
    return subprocess.run(cmd, cwd=PROJECT_ROOT, env=env, capture_output=True, text=True)


# the files that build warehouses, longest first (by their time in a one-process CI run): with `make test`'s two
# processes (pytest-xdist, --dist loadfile) a file is handed to whichever process is free in collection order, so
# the long ones start first and the short ones fill in; a file not named here keeps its place after them
LONGEST_FIRST = ("test_spark_equality.py", "test_bad_inputs.py", "test_vendor_validation_fixture.py",
                 "test_attainment_fixture.py", "test_incremental.py", "test_independent_recomputation.py",
                 "test_review.py", "test_resolution_vars.py")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    def rank(item: pytest.Item) -> int:
        name = item.path.name
        return LONGEST_FIRST.index(name) if name in LONGEST_FIRST else len(LONGEST_FIRST)

    items.sort(key=rank)  # stable: the order within a file is unchanged


@pytest.fixture(scope="session")
def small_extract(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A generated extract at scale 0.02: every table, realistic, quick to build."""
    from cte_credentials.generator.core import generate

    root = tmp_path_factory.mktemp("extract")
    generate(root / "raw", root / "gold", seed=7, scale=0.02, quiet=True)
    return root
