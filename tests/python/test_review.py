"""The review loop: export the queue, import decisions (validated, idempotent, never dropping earlier ones)."""

from __future__ import annotations

import csv
import shutil
import subprocess
from pathlib import Path

import duckdb
import pytest
from conftest import BIN

from cte_credentials.errors import UserError
from cte_credentials.paths import SEEDS_DIR
from cte_credentials.resolve import load_refs_from_seeds
from cte_credentials.resolve.engine import Resolver, resolve_entry
from cte_credentials.resolve.review import EXPORT_COLUMNS, export_queue, import_decisions


@pytest.fixture()
def warehouse(tmp_path: Path) -> Path:
    path = tmp_path / "wh.duckdb"
    con = duckdb.connect(str(path))
    con.execute("create schema intermediate")
    cols = ", ".join(f"{c} varchar" for c in EXPORT_COLUMNS)
    con.execute(f"create table intermediate.credential_review_queue ({cols})")
    values = {c: "" for c in EXPORT_COLUMNS}
    for rank, name in [(1, "osha 10"), (2, "servsafe mngr card"), (3, "mystery entry")]:
        row = dict(values, review_rank=str(rank), normalized_name=name, normalized_vendor="", cip_code="12.0500",
                   records_affected=str(100 - rank))
        marks = ", ".join("?" * len(EXPORT_COLUMNS))
        con.execute(f"insert into intermediate.credential_review_queue values ({marks})",
                    [row[c] for c in EXPORT_COLUMNS])
    con.close()
    return path


def _decide(export: Path, decisions: dict[str, str], out: Path) -> Path:
    with export.open(newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    for row in rows:
        row["decided_code"] = decisions.get(row["normalized_name"], "")
    with out.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return out


@pytest.fixture()
def aliases(tmp_path: Path) -> Path:
    path = tmp_path / "credential_aliases.csv"
    shutil.copy(SEEDS_DIR / "credential_aliases.csv", path)
    return path


def test_export_ranks_the_queue(warehouse: Path, tmp_path: Path) -> None:
    out = tmp_path / "queue.csv"
    assert export_queue(warehouse, out) == 3
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert [r["normalized_name"] for r in rows] == ["osha 10", "servsafe mngr card", "mystery entry"]
    assert "decided_code" in rows[0]


def test_export_without_warehouse_is_a_clear_error(tmp_path: Path) -> None:
    result = subprocess.run([str(BIN / "cte-credentials"), "review-export", "--warehouse", str(tmp_path / "x.duckdb")],
                            capture_output=True, text=True)
    assert result.returncode == 2 and "run `make demo`" in result.stderr and "Traceback" not in result.stderr


def test_import_is_idempotent_and_keeps_earlier_decisions(warehouse: Path, aliases: Path, tmp_path: Path) -> None:
    before = list(csv.DictReader(aliases.open(encoding="utf-8")))
    export_queue(warehouse, tmp_path / "q.csv")
    decided = _decide(tmp_path / "q.csv", {"servsafe mngr card": "SSVFDMGR", "mystery entry": "NO_CREDENTIAL"},
                      tmp_path / "d.csv")
    first = import_decisions(decided, aliases, SEEDS_DIR / "xwalk_credentials.csv")
    assert first["added"] == 2 and first["skipped (no decision)"] == 1
    after = list(csv.DictReader(aliases.open(encoding="utf-8")))
    assert len(after) == len(before) + 2
    assert all(any(b["normalized_name"] == a["normalized_name"] for a in after) for b in before)
    content = aliases.read_bytes()
    second = import_decisions(decided, aliases, SEEDS_DIR / "xwalk_credentials.csv")
    assert second["added"] == 0 and second["unchanged"] == 2
    assert aliases.read_bytes() == content


def test_unknown_codes_are_refused_and_nothing_is_written(warehouse: Path, aliases: Path, tmp_path: Path) -> None:
    export_queue(warehouse, tmp_path / "q.csv")
    decided = _decide(tmp_path / "q.csv", {"osha 10": "OSH010CN", "mystery entry": "NOPE123"}, tmp_path / "d.csv")
    content = aliases.read_bytes()
    with pytest.raises(UserError, match="line 4: unknown credential code 'NOPE123'"):
        import_decisions(decided, aliases, SEEDS_DIR / "xwalk_credentials.csv")
    assert aliases.read_bytes() == content


def test_a_changed_decision_needs_replace(warehouse: Path, aliases: Path, tmp_path: Path) -> None:
    export_queue(warehouse, tmp_path / "q.csv")
    import_decisions(_decide(tmp_path / "q.csv", {"osha 10": "OSH010CN"}, tmp_path / "a.csv"), aliases,
                     SEEDS_DIR / "xwalk_credentials.csv")
    changed = _decide(tmp_path / "q.csv", {"osha 10": "OSH010GI"}, tmp_path / "b.csv")
    with pytest.raises(UserError, match="--replace"):
        import_decisions(changed, aliases, SEEDS_DIR / "xwalk_credentials.csv")
    summary = import_decisions(changed, aliases, SEEDS_DIR / "xwalk_credentials.csv", replace=True)
    assert summary["replaced"] == 1


def test_malformed_file_is_refused(aliases: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("name,code\nx,y\n", encoding="utf-8")
    with pytest.raises(UserError, match="missing column"):
        import_decisions(bad, aliases, SEEDS_DIR / "xwalk_credentials.csv")


def test_imported_decisions_resolve_by_alias(warehouse: Path, aliases: Path, tmp_path: Path) -> None:
    export_queue(warehouse, tmp_path / "q.csv")
    import_decisions(_decide(tmp_path / "q.csv", {"osha 10": "OSH010CN", "mystery entry": "NO_CREDENTIAL"},
                             tmp_path / "d.csv"), aliases, SEEDS_DIR / "xwalk_credentials.csv")
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS_DIR, seeds)
    shutil.copy(aliases, seeds / "credential_aliases.csv")
    resolver = Resolver(load_refs_from_seeds(seeds))
    osha = resolve_entry(resolver, "OSHA 10", "", "12.0500", None)[0][1]
    assert (osha.code, osha.method) == ("OSH010CN", "alias")
    mystery = resolve_entry(resolver, "Mystery Entry", "", "12.0500", None)[0][1]
    assert (mystery.status, mystery.method) == ("no_credential", "alias")
