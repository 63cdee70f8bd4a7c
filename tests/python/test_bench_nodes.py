"""bench-nodes reruns each SQL model and data test of a build alone and reports its CPU time."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import duckdb
import pytest

from cte_credentials.errors import UserError
from cte_credentials.tools import bench_nodes


def _build(tmp_path: Path) -> tuple[Path, Path]:
    """A warehouse named like dbt-duckdb names its catalog (the file's stem) and the run results of a 'build'."""
    warehouse = tmp_path / "wh.duckdb"
    con = duckdb.connect(str(warehouse))
    con.execute("create schema marts; create table marts.facts as select range as id from range(1000)")
    con.close()
    target = tmp_path / "target"
    target.mkdir()
    results = [
        {"unique_id": "model.p.big_model", "execution_time": 2.0,
         "compiled_code": 'select id, id * 2 as twice from "wh"."marts"."facts"'},
        {"unique_id": "test.p.unique_facts_id.abc", "execution_time": 1.0,
         "compiled_code": 'select id from "wh"."marts"."facts" group by id having count(*) > 1'},
        {"unique_id": "model.p.python_model", "execution_time": 5.0, "compiled_code": "def model(dbt, session): ..."},
        {"unique_id": "model.p.quick_model", "execution_time": 0.1, "compiled_code": "select 1"},
        {"unique_id": "seed.p.a_seed", "execution_time": 3.0, "compiled_code": None},
    ]
    (target / "run_results.json").write_text(json.dumps({"results": results}))
    manifest = {"nodes": {"model.p.big_model": {"language": "sql"}, "model.p.python_model": {"language": "python"},
                          "model.p.quick_model": {"language": "sql"}}}
    (target / "manifest.json").write_text(json.dumps(manifest))
    return target, warehouse


def _args(target: Path, warehouse: Path) -> argparse.Namespace:
    return argparse.Namespace(target_path=target, warehouse=warehouse, min_seconds=0.5, threads=1,
                              memory_limit="1GB")


def test_reruns_sql_models_and_tests_only(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target, warehouse = _build(tmp_path)
    assert bench_nodes.run(_args(target, warehouse)) == 0
    out = capsys.readouterr().out
    assert "`big_model` | model" in out
    assert "`unique_facts_id.abc` | test" in out
    # a Python model, a node quicker than --min-seconds and a seed are not rerun
    assert "python_model" not in out and "quick_model" not in out and "a_seed" not in out
    assert "2 nodes" in out


def test_a_node_that_fails_alone_is_named(tmp_path: Path) -> None:
    target, warehouse = _build(tmp_path)
    results = json.loads((target / "run_results.json").read_text())
    results["results"][0]["compiled_code"] = 'select * from "wh"."marts"."gone"'
    (target / "run_results.json").write_text(json.dumps(results))
    with pytest.raises(UserError, match="model.p.big_model did not run alone"):
        bench_nodes.run(_args(target, warehouse))


def test_missing_run_results_is_a_user_error(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="run_results.json not found"):
        bench_nodes.run(_args(tmp_path / "nowhere", tmp_path / "wh.duckdb"))
