"""Layers flow one way: staging -> intermediate -> marts -> reporting. A model never reads a model of a later layer.

A model's layer is the folder under models/ it sits in (models/reporting/prep/ is the reporting layer: it only
prepares the public tables). Refs are read from the SQL and Python files themselves, so the check needs no dbt run.
"""

from __future__ import annotations

import re
from pathlib import Path

MODELS = Path(__file__).resolve().parents[2] / "models"
ORDER = ("staging", "intermediate", "marts", "reporting")
REF = re.compile(r"""\bref\(\s*['"]([A-Za-z0-9_]+)['"]\s*\)""")


def layer_violations(models: Path) -> list[str]:
    files = [p for p in models.rglob("*") if p.suffix in (".sql", ".py")]
    layer = {p.stem: p.relative_to(models).parts[0] for p in files}
    problems = []
    for path in files:
        own = layer[path.stem]
        for name in REF.findall(path.read_text(encoding="utf-8")):
            other = layer.get(name)  # None: a seed
            if other is not None and ORDER.index(other) > ORDER.index(own):
                problems.append(f"{path.relative_to(models)} ({own}) reads {name} ({other})")
    return problems


def test_every_model_sits_in_a_known_layer():
    assert {p.relative_to(MODELS).parts[0] for p in MODELS.rglob("*.sql")} <= set(ORDER)


def test_no_model_reads_a_later_layer():
    assert layer_violations(MODELS) == []


def test_the_check_finds_an_intermediate_model_reading_a_mart(tmp_path):
    (tmp_path / "marts").mkdir()
    (tmp_path / "intermediate").mkdir()
    (tmp_path / "marts" / "dim_things.sql").write_text("select 1 as thing")
    (tmp_path / "intermediate" / "int_things.sql").write_text("select * from {{ ref('dim_things') }}")
    assert layer_violations(tmp_path) == ["intermediate/int_things.sql (intermediate) reads dim_things (marts)"]
