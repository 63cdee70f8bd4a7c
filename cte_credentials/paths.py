"""Where things live, so the command-line tools work from any working directory."""

from __future__ import annotations

import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
SEEDS_DIR = PROJECT_ROOT / "seeds"
DEFAULT_RAW_DIR = PROJECT_ROOT / "data" / "raw"
DEFAULT_GOLD_DIR = PROJECT_ROOT / "data" / "gold"
DOCS_DIR = PROJECT_ROOT / "docs"


def raw_dir() -> Path:
    """The raw extract folder: CTE_RAW_PATH when set (a real extract), else the embedded data folder."""
    value = os.environ.get("CTE_RAW_PATH")
    if not value:
        return DEFAULT_RAW_DIR
    path = Path(value)
    return path if path.is_absolute() else PROJECT_ROOT / path


def warehouse_path() -> Path:
    """The DuckDB file dbt builds: CTE_DUCKDB_PATH when set, else warehouse/cte_credentials.duckdb."""
    value = os.environ.get("CTE_DUCKDB_PATH", "warehouse/cte_credentials.duckdb")
    path = Path(value)
    return path if path.is_absolute() else PROJECT_ROOT / path
