"""The embedded synthetic extract: deterministic, the stated volumes, messy where it must be, honest gold labels."""

from __future__ import annotations

import csv
import hashlib
import re
from collections import Counter
from pathlib import Path

import pytest

from cte_credentials.generator.core import generate

TABLES = ["credentials_earned", "wbl_experiences", "program_serials", "program_enrollments", "student_exits",
          "student_demographics"]


def _digest(folder: Path) -> str:
    h = hashlib.sha256()
    for name in sorted(p.name for p in folder.iterdir()):
        h.update((folder / name).read_bytes())
    return h.hexdigest()


def _rows(path: Path) -> list[dict]:
    with path.open(newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def _spring(text: str) -> int | None:
    text = text.strip()
    if text.isdigit():
        return int(text)
    if len(text) == 7 and text[:4].isdigit() and text[5:].isdigit():
        return int(text[:4]) + 1
    if len(text) == 9 and text[5:].isdigit():
        return int(text[5:])
    return None


@pytest.fixture(scope="module")
def extract(small_extract: Path) -> dict[str, list[dict]]:
    tables = {t: _rows(small_extract / "raw" / f"{t}.csv") for t in TABLES}
    tables["gold"] = _rows(small_extract / "gold" / "credential_gold_labels.csv")
    return tables


def test_same_seed_same_bytes_other_seed_other_bytes(tmp_path: Path) -> None:
    generate(tmp_path / "a", tmp_path / "ga", seed=1, scale=0.01, quiet=True)
    generate(tmp_path / "b", tmp_path / "gb", seed=1, scale=0.01, quiet=True)
    generate(tmp_path / "c", tmp_path / "gc", seed=2, scale=0.01, quiet=True)
    assert _digest(tmp_path / "a") == _digest(tmp_path / "b")
    assert _digest(tmp_path / "ga") == _digest(tmp_path / "gb")
    assert _digest(tmp_path / "a") != _digest(tmp_path / "c")


def test_volumes_per_year_at_scale_1_are_in_the_stated_ranges(tmp_path: Path) -> None:
    # Scale 0.25 projected to scale 1 (volumes are proportional to students); large enough that sampling noise
    # is about 1%, small enough to take a few seconds.
    generate(tmp_path / "raw", tmp_path / "gold", seed=20260, scale=0.25, quiet=True)
    factor = 1 / 0.25
    creds = Counter(_spring(r["SCHOOL_YEAR"]) for r in _rows(tmp_path / "raw" / "credentials_earned.csv"))
    wbl = Counter(_spring(r["SCHOOL_YEAR"]) for r in _rows(tmp_path / "raw" / "wbl_experiences.csv"))
    for year in range(2020, 2027):
        assert 27_000 <= creds[year] * factor <= 45_000, (year, creds[year] * factor)
        assert 90_000 <= wbl[year] * factor <= 110_000, (year, wbl[year] * factor)


def test_a_few_hundred_programs_over_real_cip_codes(extract: dict) -> None:
    serials = {r["PROGRAM_SERIAL_NUMBER"] for r in extract["program_serials"]}
    assert 200 <= len(serials) <= 600
    cips = {r["CIP_CODE"] for r in extract["program_serials"]}
    assert len(cips) > 50
    # a spreadsheet export loses the leading zero of some CIP codes ("01.0000" -> "1.0000"); staging must cope
    assert any(re.fullmatch(r"[1-9]\.\d{4}", c) for c in cips), "no CIP code lost its leading zero"


def test_messiness_is_present(extract: dict) -> None:
    gold = extract["gold"]
    pre = [g for g, r in zip(gold, _by_row(extract), strict=True) if _spring(r["SCHOOL_YEAR"]) != 2026]
    kinds = Counter(k for g in pre for k in g["mess_kinds"].split(";") if k)
    for kind in ["typo", "abbreviation", "case", "vendor_abbrev", "vendor_blank", "vendor_swap", "multi", "junk",
                 "type_disagrees"]:
        assert kinds[kind] > 0, kind
    messy_share = sum(1 for g in pre if g["mess_kinds"]) / len(pre)
    assert 0.35 <= messy_share <= 0.7, messy_share
    junk = sum(g["is_junk"] == "true" for g in gold) / len(gold)
    multi = sum(g["is_multi"] == "true" for g in gold) / len(gold)
    assert 0.02 <= junk <= 0.04 and 0.03 <= multi <= 0.06, (junk, multi)


def test_dropdown_years_are_mostly_clean(extract: dict) -> None:
    rows = [r for r in extract["credentials_earned"] if _spring(r["SCHOOL_YEAR"]) == 2026]
    with_code = sum(1 for r in rows if r["CREDENTIAL_CODE"]) / len(rows)
    assert with_code > 0.75
    before = [r for r in extract["credentials_earned"] if (_spring(r["SCHOOL_YEAR"]) or 9999) < 2026]
    assert not any(r["CREDENTIAL_CODE"] for r in before)


def _by_row(extract: dict) -> list[dict]:
    return extract["credentials_earned"]


def test_gold_labels_are_consistent(extract: dict) -> None:
    from cte_credentials.paths import SEEDS_DIR

    codes = {r["credential_code"] for r in _rows(SEEDS_DIR / "xwalk_credentials.csv")}
    gold = extract["gold"]
    assert len(gold) == len(extract["credentials_earned"])
    assert [int(g["source_row_number"]) for g in gold] == list(range(1, len(gold) + 1))
    for g, row in zip(gold, extract["credentials_earned"], strict=True):
        labels = [c for c in g["gold_credential_codes"].split(";") if c]
        assert set(labels) <= codes
        assert (g["is_junk"] == "true") == (not labels)
        assert (g["is_multi"] == "true") == (len(labels) >= 2)
        if row["CREDENTIAL_CODE"] and "dropdown" in g["mess_kinds"]:
            assert labels == [row["CREDENTIAL_CODE"]]


def test_wbl_strings_cut_at_30_and_counts_mostly_agree(extract: dict) -> None:
    from cte_credentials.generator.core import load_seeds

    letter_type = {c: t for t, letters in load_seeds().wbl_codes.items() for c in letters}
    rows = extract["wbl_experiences"]
    assert max(len(r["WBL_EXPERIENCES"]) for r in rows) == 30
    assert sum(len(r["WBL_EXPERIENCES"]) == 30 for r in rows) > 0
    agree = 0
    for r in rows:
        decoded = Counter(letter_type.get(c, "?") for c in r["WBL_EXPERIENCES"])
        reported = {t: r[f"{t.upper()}_EXPERIENCES"] for t in ["awareness", "exploration", "preparation",
                                                                "training", "apprenticeship"]}
        agree += all(str(decoded.get(t, 0)) == v for t, v in reported.items())
    assert 0.9 <= agree / len(rows) < 1.0


def test_histories_are_consistent(extract: dict) -> None:
    final: dict[str, int] = {}
    for r in extract["student_exits"]:
        y = _spring(r["SCHOOL_YEAR"])
        status = r["EXIT_STATUS"].lower().replace(" ", "_")
        if r["RIC"] and y and status in {"graduated", "dropped_out", "transferred_out", "completed_non_diploma"}:
            final[r["RIC"]] = y
    assert final, "some students leave"
    late = [r for r in extract["program_enrollments"]
            if r["RIC"] in final and (_spring(r["SCHOOL_YEAR"]) or 0) > final[r["RIC"]]]
    assert not late, late[:3]
    flags_ok = [r for r in extract["program_enrollments"] if r["COURSES_COMPLETED"].isdigit()]
    assert all((int(r["COURSES_COMPLETED"]) >= 2) == (r["CONCENTRATOR_FLAG"] == "Y") for r in flags_ok)


def test_scale_factor_changes_volume(tmp_path: Path) -> None:
    small = generate(tmp_path / "s", tmp_path / "gs", seed=3, scale=0.01, quiet=True)
    bigger = generate(tmp_path / "b", tmp_path / "gb", seed=3, scale=0.03, quiet=True)
    assert 2.3 < bigger["wbl_experiences"] / small["wbl_experiences"] < 3.7
