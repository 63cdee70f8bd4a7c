"""The decision rule fitted on the list at hand (cte_credentials/resolve/calibrate.py) and what resolution learns
from the list itself (list_features.py): shared acronyms go to review, unique ones resolve; a credential the list
does not have goes to review, never to the nearest code; the rule is deterministic, cached by the list and part of
the fingerprint."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pyarrow as pa
import pytest

from cte_credentials.paths import SEEDS_DIR
from cte_credentials.resolve import REF_KEYS, ResolutionConfig, calibrate, load_seed_tables, resolve_entries
from cte_credentials.resolve.fingerprint import resolution_fingerprint
from cte_credentials.resolve.rule import FEATURES, accept

pytestmark = pytest.mark.filterwarnings("ignore:.*not in the credential list:UserWarning")
KEYS = REF_KEYS


def tables_with(crosswalk: list[dict]) -> dict[str, list[dict]]:
    tables = calibrate.rows_of(load_seed_tables(SEEDS_DIR))
    tables["crosswalk"] = crosswalk
    return tables


def our_list() -> list[dict]:
    with (SEEDS_DIR / "xwalk_credentials.csv").open(newline="", encoding="utf-8") as fh:
        return [{k: r[k] for k in ("credential_code", "credential_name", "vendor_name")} for r in csv.DictReader(fh)]


def resolve(tables: dict[str, list[dict]], rule: dict | None, *names: str) -> list[list[tuple]]:
    refs = calibrate_refs(tables)
    entries = pa.table({
        "entry_key": [str(i) for i in range(len(names))], "credential_name_raw": list(names),
        **{c: pa.array([None] * len(names), pa.string())
           for c in ("vendor_raw", "cip_code", "credential_code_reported")}})
    out: dict[str, list[tuple]] = {}
    for row in resolve_entries(entries, refs, ResolutionConfig(rule=rule)).to_pylist():
        out.setdefault(row["entry_key"], []).append((row["resolution_status"], row["credential_code"]))
    return [out[str(i)] for i in range(len(names))]


def calibrate_refs(tables: dict[str, list[dict]]):
    from cte_credentials.resolve import build_refs

    return build_refs(*(tables[k] for k in KEYS))


@pytest.fixture(scope="module")
def issue_list() -> dict[str, list[dict]]:
    """Our list renamed the way another state names three credentials, without ServSafe Food Handler and the
    10-hour OSHA cards."""
    rows = [r for r in our_list() if r["credential_code"] not in ("SSVFDHND", "OSH010CN", "OSH010GI", "OSH010HC")]
    renamed = {"OSH030CN": "OSHA 30 Hour Construction", "SSVFDMGR": "ServSafe Manager",
               "INTQBCU1": "QuickBooks Certified User"}
    return tables_with([{**r, "credential_name": renamed.get(r["credential_code"], r["credential_name"])}
                        for r in rows])


@pytest.fixture(scope="module")
def issue_rule(issue_list: dict[str, list[dict]]) -> dict:
    return calibrate.fit_rule(*(issue_list[k] for k in KEYS))


def test_the_rule_is_fitted_deterministically_for_99_percent_on_the_variants(issue_list, issue_rule) -> None:
    assert issue_rule["kind"] == "tiers" and issue_rule["features"] == list(FEATURES)
    assert issue_rule["overall_precision"] >= 0.99 and issue_rule["variants"] >= 3 * 200
    assert calibrate.identity(calibrate.fit_rule(*(issue_list[k] for k in KEYS))) == calibrate.identity(issue_rule)
    assert json.loads(json.dumps(issue_rule)) == issue_rule  # travels to worker processes as JSON


def test_the_issues_write_ins_resolve_with_the_fitted_rule(issue_list, issue_rule) -> None:
    got = resolve(issue_list, issue_rule, "OSHA 30 Construction", "Quickbooks", "SERVSAFE FOOD PROTECTION MANAGER")
    assert got == [[("resolved", "OSH030CN")], [("resolved", "INTQBCU1")], [("resolved", "SSVFDMGR")]]


def test_a_credential_the_list_does_not_have_goes_to_review(issue_list, issue_rule) -> None:
    for rule in (issue_rule, None):
        got = resolve(issue_list, rule, "ServSafe Food Handler", "OSHA 10", "OSHA 10 Construction",
                      "OSHA 10 hr gen ind")
        assert all(m == [("needs_review", None)] for m in got), got


def test_shared_acronyms_go_to_review_and_unique_ones_resolve() -> None:
    tables = tables_with([
        {"credential_code": "D1", "credential_name": "Certified Dental Assistant", "vendor_name": ""},
        {"credential_code": "C1", "credential_name": "Child Development Associate", "vendor_name": ""},
        {"credential_code": "N1", "credential_name": "Certified Nursing Assistant (CNA)", "vendor_name": ""},
        {"credential_code": "P1", "credential_name": "PLS Certification", "vendor_name": ""},
        {"credential_code": "P2", "credential_name": "Professional Land Surveyor", "vendor_name": ""},
        {"credential_code": "M1", "credential_name": "Medical Assistant (RMA)", "vendor_name": ""},
        {"credential_code": "M2", "credential_name": "Certified Medical Assistant", "vendor_name": ""},
        {"credential_code": "M3", "credential_name": "Clinical Medical Assistant", "vendor_name": ""},
    ])
    got = resolve(tables, None, "CDA Credential", "CDA", "CNA", "PLS cert", "Child Development Associate (CDA)",
                  "Medical Assistant", "Certified Nursing Assistant")
    # "Medical Assistant" is the bracket-stripped name of M1, but two other names hold its words: no exact name
    assert got == [[("needs_review", None)], [("needs_review", None)], [("resolved", "N1")], [("needs_review", None)],
                   [("resolved", "C1")], [("needs_review", None)], [("resolved", "N1")]]


def test_a_fixed_bars_rule_is_the_two_cut_offs() -> None:
    features = [[0.85, 0.1] + [0.0] * (len(FEATURES) - 2), [0.79, 0.5] + [0.0] * (len(FEATURES) - 2)]
    import numpy as np

    assert accept({"kind": "bars", "min_score": 0.8, "min_margin": 0.08}, np.array(features)).tolist() == [True, False]


def test_the_rule_is_cached_by_the_list_and_in_the_fingerprint(issue_list, tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CTE_RESOLUTION_CACHE", str(tmp_path))
    first = calibrate.calibrated_rule(issue_list)
    assert [p.name for p in tmp_path.iterdir()] == [f"{first['list_key']}.json"]
    assert calibrate.calibrated_rule(issue_list) == first  # read back, not fitted again
    ours = calibrate.calibrated_rule(tables_with(our_list()))
    assert ours["list_key"] != first["list_key"]
    arrow = {k: pa.Table.from_pylist(v) for k, v in issue_list.items() if v}

    def fingerprint(rule: dict | None) -> str:
        return resolution_fingerprint(arrow, {"min_score": 0.8, "min_margin": 0.08, "rule": calibrate.identity(rule)})

    assert fingerprint(first) == fingerprint({**first, "seconds": 99.0})  # how long it took decides nothing
    assert fingerprint(first) != fingerprint(ours) != fingerprint(None)


def test_a_warned_candidate_needs_a_margin_of_the_floor_whatever_the_variants_allow() -> None:
    # State P: the variants let the warned tier's margin bar fall to the grid's 0.02, and "CPR/First Aid" from the
    # Red Cross went at 0.052 over the runner-up to the pediatric card. Every candidate here is right, clean or
    # warned, at a margin of 0.03: the clean bars may take them all, the warned bars may not
    import numpy as np

    x = np.zeros((40, len(FEATURES)))
    x[:, FEATURES.index("score")] = 0.9
    x[:, FEATURES.index("margin")] = 0.03
    x[20:, FEATURES.index("sibling_words")] = 1.0  # a warning
    rule = calibrate.fit_tiers(x, np.ones(40, dtype=bool), 0, 0)
    assert rule["clean"]["min_margin"] <= 0.03
    assert rule["warned"]["min_margin"] >= calibrate.WARNED_MARGIN_FLOOR > 0.03


def test_the_rule_is_fitted_on_variants_of_rows_put_back_where_the_export_swapped_them() -> None:
    # State BJ (Oklahoma-style) swapped its name and vendor columns on a fifth of rows: the calibration made messy
    # variants of "NCCER" for the row that resolution reads as "Carpentry Level 1", and fitted its rule on them
    from cte_credentials.resolve.indexing import rows_as_meant
    from cte_credentials.resolve.labelled import STATE_BJ_LIST, read_credential_list

    swapped = [{k: r.get(k) or "" for k in ("credential_code", "credential_name", "vendor_name")}
               for r in read_credential_list(STATE_BJ_LIST)]
    tables = tables_with(swapped)
    put_back = rows_as_meant(swapped, tables["vendor_aliases"])
    assert sum(a != b for a, b in zip(swapped, put_back, strict=True)) >= 40
    as_typed = calibrate.fit_rule(*(tables[k] for k in REF_KEYS))
    as_meant = calibrate.fit_rule(*(tables_with(put_back)[k] for k in REF_KEYS))
    assert {k: v for k, v in as_typed.items() if k != "seconds"} == {k: v for k, v in as_meant.items()
                                                                     if k != "seconds"}


def test_every_module_the_engine_reads_is_in_the_fingerprint() -> None:
    """A module added to the engine changes the fingerprint and the cached rule's key: the fingerprint once named its
    modules one by one, and five added later (badges, checklists, exports, first_names, spanish) changed decisions
    without changing it."""
    import sys

    from cte_credentials.resolve import calibrate as _calibrate  # noqa: F401  (the engine and its fitting)
    from cte_credentials.resolve import parallel as _parallel  # noqa: F401
    from cte_credentials.resolve.fingerprint import ENGINE_SOURCES, NOT_ENGINE

    read = {name.rsplit(".", 1)[1] + ".py" for name in sys.modules if name.startswith("cte_credentials.resolve.")}
    assert read - set(NOT_ENGINE) <= set(ENGINE_SOURCES)
    assert {"spanish.py", "exports.py", "renamed.py", "badges.py"} <= set(calibrate.CALIBRATION_SOURCES)
