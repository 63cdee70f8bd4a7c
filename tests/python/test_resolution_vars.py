"""The resolution thresholds set as dbt vars reach the Python model: a stricter cte:resolution_min_score sends a
misspelled write-in to review, and the default resolves it (a regression test: the vars were once silently ignored
because dbt did not see `dbt.config.get` nested inside another expression)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import duckdb
import pytest
from conftest import run_dbt
from test_attainment_fixture import write_fixture

# scores 0.82 against AHABLS01 and no general rule below the bar settles it (two letters off "Provider", its vowels
# kept: no reading mends it; "Provdr", its vowels dropped, is read as shorthand since the fiftieth round), so only the
# threshold decides
MISSPELLED = "American Heart Association BLS Provdir"


def _decision(work: Path) -> tuple[str, str, str | None]:
    con = duckdb.connect(str(work / "warehouse.duckdb"), read_only=True)
    row = con.execute("""
        select r.resolution_status, r.resolution_method, r.credential_code
        from intermediate.int_credential_entries_resolved as r
        inner join intermediate.int_credential_entries as e using (entry_key)
        where e.credential_name_raw = ?""", [MISSPELLED]).fetchone()
    con.close()
    return row


@pytest.fixture(scope="module")
def work(tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = tmp_path_factory.mktemp("resolution_vars")
    write_fixture(work / "raw")
    with (work / "raw" / "credentials_earned.csv").open("a", newline="") as fh:
        csv.writer(fh, quoting=csv.QUOTE_ALL).writerow(["S01", 2024, "P1", MISSPELLED, "", "", "1", "approved"])
    for args in (["seed"], ["run", "--select", "+int_credential_entries_resolved"]):
        result = run_dbt(args, work, work / "raw")
        assert result.returncode == 0, result.stdout[-4000:]
    return work


def test_default_threshold_resolves_the_misspelling(work: Path) -> None:
    assert _decision(work) == ("resolved", "fuzzy", "AHABLS01")


def test_stricter_min_score_sends_it_to_review(work: Path) -> None:
    result = run_dbt(["run", "--select", "int_credential_entries_resolved",
                      "--vars", json.dumps({"cte:resolution_min_score": 0.999})], work, work / "raw")
    assert result.returncode == 0, result.stdout[-4000:]
    status, method, code = _decision(work)
    assert (status, method, code) == ("needs_review", "unresolved", None)
