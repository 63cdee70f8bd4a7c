"""Clerical review of vendor links: export the review records with their candidates, import decisions (validated,
refusing unknown records and RICs, idempotent, never dropping or silently changing an earlier one), and a later
run applies them."""

from __future__ import annotations

import csv
from pathlib import Path

import pyarrow as pa
import pytest
from test_linkage import _hand_made

from cte_credentials.errors import UserError
from cte_credentials.linkage import NOT_A_MATCH, link_vendor_records
from cte_credentials.linkage.inputs import read_raw
from cte_credentials.linkage.review import (
    DECISION_FILE_COLUMNS,
    REVIEW_COLUMNS,
    export_review,
    import_decisions,
    read_decisions,
)


@pytest.fixture(scope="module")
def setting(small_extract):
    identities, vendors = _hand_made(*read_raw(small_extract / "raw"))
    return identities, vendors, link_vendor_records(identities, vendors)


def _rows(path: Path) -> list[dict]:
    with path.open(newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def _write(path: Path, rows: list[dict]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return path


def _status(result, record: str) -> tuple[str, str | None, str]:
    row = result.links.filter(pa.compute.equal(result.links["vendor_record_id"], record)).to_pylist()[0]
    return row["link_status"], row["ric"], row["link_method"]


def test_export_shows_the_record_beside_its_candidates(setting, tmp_path):
    identities, vendors, result = setting
    out = tmp_path / "review.csv"
    n = export_review(result, identities, vendors, out)
    rows = {r["vendor_record_id"]: r for r in _rows(out)}
    assert n == len(rows) == result.links["link_status"].to_pylist().count("review")
    assert list(_rows(out)[0])[:len(REVIEW_COLUMNS)] == REVIEW_COLUMNS
    twins = rows["HAND-10"]
    assert {twins["candidate_1_ric"], twins["candidate_2_ric"]} == {"9000000008", "9000000009"}
    assert {twins["candidate_1_first_name"], twins["candidate_2_first_name"]} == {"Rosalind", "Cordelia"}
    assert twins["vendor_last_name"] == "Fairweather" and twins["vendor_birth_date"] == "2007-4-4"
    assert twins["decided_ric"] == ""


def test_round_trip(setting, tmp_path):
    identities, vendors, result = setting
    export_review(result, identities, vendors, tmp_path / "review.csv")
    rows = _rows(tmp_path / "review.csv")
    for r in rows:
        r["decided_ric"] = {"HAND-10": "9000000008", "HAND-12": "not_a_match"}.get(r["vendor_record_id"], "")
    filled = _write(tmp_path / "filled.csv", rows)
    decisions = tmp_path / "decisions.csv"

    first = import_decisions(filled, decisions, identities, vendors, reviewer="tester")
    assert (first["added"], first["skipped (no decision)"]) == (2, len(rows) - 2)
    saved = _rows(decisions)
    assert list(saved[0]) == DECISION_FILE_COLUMNS
    assert {(r["vendor_record_id"], r["decided_ric"], r["decided_by"]) for r in saved} == {
        ("HAND-10", "9000000008", "tester"), ("HAND-12", NOT_A_MATCH, "tester")}

    # idempotent: the same file again changes nothing
    before = decisions.read_bytes()
    again = import_decisions(filled, decisions, identities, vendors)
    assert (again["added"], again["unchanged"]) == (0, 2)
    assert decisions.read_bytes() == before

    # a later run applies the decisions, and the decided records leave the queue
    rerun = link_vendor_records(identities, vendors, decisions=read_decisions(decisions), model=result.model)
    assert _status(rerun, "HAND-10") == ("linked", "9000000008", "clerical")
    assert _status(rerun, "HAND-12") == ("unlinked", None, "clerical")
    assert _status(rerun, "HAND-01") == ("linked", "9000000001", "model")
    export_review(rerun, identities, vendors, tmp_path / "review2.csv")
    left = {r["vendor_record_id"] for r in _rows(tmp_path / "review2.csv")}
    assert "HAND-10" not in left and "HAND-12" not in left


def test_a_changed_decision_needs_replace(setting, tmp_path):
    identities, vendors, _ = setting
    decisions = tmp_path / "decisions.csv"
    one = [{"vendor_record_id": "HAND-10", "decided_ric": "9000000008", "decided_by": "", "note": ""}]
    import_decisions(_write(tmp_path / "a.csv", one), decisions, identities, vendors)
    before = decisions.read_bytes()
    one[0]["decided_ric"] = "9000000009"
    changed = _write(tmp_path / "b.csv", one)
    with pytest.raises(UserError, match="change earlier ones"):
        import_decisions(changed, decisions, identities, vendors)
    assert decisions.read_bytes() == before
    assert import_decisions(changed, decisions, identities, vendors, replace=True)["replaced"] == 1
    assert _rows(decisions)[0]["decided_ric"] == "9000000009"


@pytest.mark.parametrize("record, ric, message", [
    ("NOPE-0000001", "9000000008", "unknown vendor record"),
    ("HAND-10", "123", "is no student's RIC"),
])
def test_unknown_ids_are_refused_and_nothing_is_written(setting, tmp_path, record, ric, message):
    identities, vendors, _ = setting
    decisions = tmp_path / "decisions.csv"
    rows = [{"vendor_record_id": "HAND-12", "decided_ric": NOT_A_MATCH, "decided_by": "", "note": ""},
            {"vendor_record_id": record, "decided_ric": ric, "decided_by": "", "note": ""}]
    with pytest.raises(UserError, match=message):
        import_decisions(_write(tmp_path / "bad.csv", rows), decisions, identities, vendors)
    assert not decisions.exists()


def test_one_record_decided_two_ways_in_one_file_is_refused(setting, tmp_path):
    identities, vendors, _ = setting
    rows = [{"vendor_record_id": "HAND-10", "decided_ric": "9000000008", "decided_by": "", "note": ""},
            {"vendor_record_id": "HAND-10", "decided_ric": "9000000009", "decided_by": "", "note": ""}]
    with pytest.raises(UserError, match="decided 9000000009 here"):
        import_decisions(_write(tmp_path / "two.csv", rows), tmp_path / "d.csv", identities, vendors)
