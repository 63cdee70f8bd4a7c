"""The vendors' side of the synthetic extract: student identities, vendor test results and their gold files.

One 0.05x extract (seed 11) is generated for the module; the rates are checked loosely (the 1x figures are in
docs/synthetic_vendor_data.md), the gold files against the data they describe.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from collections import Counter, defaultdict
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from cte_credentials.generator import names, vendors
from cte_credentials.generator.core import generate

ORIGINAL = ["credentials_earned", "wbl_experiences", "program_serials", "program_enrollments", "student_exits",
            "student_demographics"]


def _rows(path: Path) -> list[dict]:
    with path.open(newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def _header(path: Path) -> list[str]:
    with path.open(newline="", encoding="utf-8") as fh:
        return next(csv.reader(fh))


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> dict:
    root = tmp_path_factory.mktemp("vendors")
    generate(root / "raw", root / "gold", seed=11, scale=0.05, quiet=True)
    d = {name: _rows(root / "raw" / f"{name}.csv") for name in
         ["student_identities", "vendor_test_results", "credentials_earned", "student_exits"]}
    for name in ["vendor_gold_links", "vendor_gold_validation", "vendor_gold_exams", "student_identity_gold",
                 "credential_gold_labels"]:
        d[name] = _rows(root / "gold" / f"{name}.csv")
    d["root"] = root
    d["links_by_id"] = {r["vendor_record_id"]: r for r in d["vendor_gold_links"]}
    d["identity"] = {(r["RIC"], r["SCHOOL_YEAR"]): r for r in d["student_identities"]}
    return d


def test_the_six_original_files_are_the_same_bytes_with_or_without_the_vendor_side(tmp_path: Path) -> None:
    generate(tmp_path / "a", tmp_path / "ga", seed=5, scale=0.01, quiet=True, vendors=False)
    generate(tmp_path / "b", tmp_path / "gb", seed=5, scale=0.01, quiet=True)
    assert sorted(p.name for p in (tmp_path / "a").iterdir()) == sorted(f"{t}.csv" for t in ORIGINAL)
    for t in ORIGINAL:
        assert (tmp_path / "a" / f"{t}.csv").read_bytes() == (tmp_path / "b" / f"{t}.csv").read_bytes(), t
    gold = "credential_gold_labels.csv"
    assert (tmp_path / "ga" / gold).read_bytes() == (tmp_path / "gb" / gold).read_bytes()
    for name in ["vendor_test_results", "student_identities"]:
        assert (tmp_path / "b" / f"{name}.csv").exists()


def test_same_seed_same_vendor_bytes_other_seed_other_bytes(tmp_path: Path) -> None:
    files = ["raw/student_identities.csv", "raw/vendor_test_results.csv", "gold/vendor_gold_links.csv",
             "gold/vendor_gold_validation.csv", "gold/student_identity_gold.csv", "gold/vendor_gold_exams.csv"]
    for name, seed in [("a", 3), ("b", 3), ("c", 4)]:
        generate(tmp_path / name / "raw", tmp_path / name / "gold", seed=seed, scale=0.01, quiet=True)
    for f in files:
        assert (tmp_path / "a" / f).read_bytes() == (tmp_path / "b" / f).read_bytes(), f
    assert (tmp_path / "a" / files[1]).read_bytes() != (tmp_path / "c" / files[1]).read_bytes()


def test_parquet_format_writes_the_new_files_as_parquet(tmp_path: Path) -> None:
    generate(tmp_path / "raw", tmp_path / "gold", seed=2, scale=0.01, fmt="parquet", quiet=True)
    assert pq.read_table(tmp_path / "raw" / "vendor_test_results.parquet").column_names == vendors.VENDOR_COLUMNS
    assert pq.read_table(tmp_path / "raw" / "student_identities.parquet").column_names == vendors.IDENTITY_COLUMNS
    assert (tmp_path / "gold" / "vendor_gold_links.csv").exists()


def test_columns_are_the_documented_ones(data: dict) -> None:
    root = data["root"]
    assert _header(root / "raw" / "student_identities.csv") == vendors.IDENTITY_COLUMNS
    assert _header(root / "raw" / "vendor_test_results.csv") == vendors.VENDOR_COLUMNS
    assert _header(root / "gold" / "vendor_gold_links.csv") == vendors.LINK_COLUMNS
    assert _header(root / "gold" / "vendor_gold_validation.csv") == vendors.VALIDATION_COLUMNS
    assert _header(root / "gold" / "vendor_gold_exams.csv") == vendors.EXAM_COLUMNS
    assert _header(root / "gold" / "student_identity_gold.csv") == vendors.IDENTITY_GOLD_COLUMNS


def test_identities_cover_every_student_year_of_the_extract(data: dict) -> None:
    exits = {(r["RIC"], r["SCHOOL_YEAR"]) for r in data["student_exits"]}
    ident = {(r["RIC"], r["SCHOOL_YEAR"]) for r in data["student_identities"]}
    rics_exits = {r for r, _ in exits if r}
    assert {r for r, _ in ident} >= rics_exits - {""}
    assert len(ident) == len(data["student_identities"])  # one row per student and year
    by_ric = defaultdict(list)
    for r in data["student_identities"]:
        by_ric[r["RIC"]].append(r)
    moved = sum(len({r["HOME_ADDRESS"] for r in rows}) > 1 for rows in by_ric.values())
    renamed = sum(len({r["LAST_NAME"] for r in rows}) > 1 for rows in by_ric.values())
    assert 0.05 < moved / len(by_ric) < 0.3, moved / len(by_ric)
    assert renamed > 0
    assert all(re.fullmatch(r"\d{4}-\d{2}-\d{2}", r["BIRTH_DATE"]) for r in data["student_identities"])
    assert all(re.fullmatch(r"\d{5}", r["HOME_ZIP"]) for r in data["student_identities"])


def test_every_record_has_a_gold_link_and_the_link_agrees_with_the_record(data: dict) -> None:
    records, links = data["vendor_test_results"], data["vendor_gold_links"]
    assert [r["VENDOR_RECORD_ID"] for r in records] == [g["vendor_record_id"] for g in links]
    exam_code = {(e["vendor"], e["exam_code"]): e for e in data["vendor_gold_exams"]}
    rics = {r["RIC"] for r in data["student_identities"]}
    for r, g in zip(records, links, strict=True):
        exam = exam_code[(r["VENDOR"], r["EXAM_CODE"])]
        assert exam["credential_code"] == g["credential_code"] and exam["exam_name"] == r["EXAM_NAME"]
        assert (g["is_pass"] == "true") == (r["CERTIFICATION_STATUS"] == exam["pass_status"])
        assert r["CERTIFICATION_STATUS"] in (exam["pass_status"], exam["fail_status"])
        score = int(r["SCORE"])
        assert (score >= int(exam["pass_score"])) == (g["is_pass"] == "true")
        assert int(exam["score_min"]) <= score <= int(exam["score_max"])
        assert (g["population"] == "extract_student") == bool(g["true_ric"])
        if g["true_ric"]:
            assert g["true_ric"] in rics and g["person_key"] == g["true_ric"]
        # the testing date is in the vendor year (Sept 2 - Sept 1) and in the vendor's shared years
        day = dt.date.fromisoformat(r["TEST_DATE"])
        spring = int(r["VENDOR_YEAR"][:4]) + 1
        assert dt.date(spring - 1, 9, 2) <= day <= dt.date(spring, 9, 1)
        assert spring >= int(exam["vendor_coverage_start"])


def test_attempts_of_students_fall_in_years_they_are_in_the_extract(data: dict) -> None:
    for r in data["vendor_test_results"]:
        g = data["links_by_id"][r["VENDOR_RECORD_ID"]]
        if g["true_ric"]:
            assert (g["true_ric"], r["VENDOR_YEAR"]) in data["identity"], (g, r)


def test_about_15_percent_of_passes_are_missing_from_the_self_reports(data: dict) -> None:
    # independently of the gold flag: a pass is reported when credentials_earned has the student with that code
    reported = set()
    for row, gold in zip(data["credentials_earned"], data["credential_gold_labels"], strict=True):
        for code in filter(None, gold["gold_credential_codes"].split(";")):
            reported.add((row["RIC"], code))
    passes = [g for g in data["vendor_gold_links"] if g["true_ric"] and g["is_pass"] == "true"]
    missing = [g for g in passes if (g["true_ric"], g["credential_code"]) not in reported]
    assert 0.12 <= len(missing) / len(passes) <= 0.18, len(missing) / len(passes)
    flagged = [g for g in passes if g["reported_in_extract"] == "false"]
    assert abs(len(flagged) - len(missing)) <= 0.01 * len(passes)  # only spoiled RICs in the raw file differ


def test_about_3_percent_of_self_reports_were_never_passed(data: dict) -> None:
    val = data["vendor_gold_validation"]
    never = sum(v["truth"] != "passed" for v in val) / len(val)
    covered = [v for v in val if v["validation"] != "not_covered"]
    contradicted = sum(v["validation"] == "contradicted" for v in covered) / len(covered)
    assert 0.015 <= never <= 0.045 and 0.015 <= contradicted <= 0.045, (never, contradicted)
    assert Counter(v["truth"] for v in val)["only_failed"] > 0
    assert Counter(v["truth"] for v in val)["never_tested"] > 0
    assert {v["reason"] for v in val if v["validation"] == "not_covered"} == {"no_exam_in_file", "before_coverage"}


def test_validation_gold_is_consistent_with_the_records(data: dict) -> None:
    catalogue = {code for _, code, *_ in vendors.EXAMS} | set(vendors.NOT_IN_FILE)
    mentions = sum(1 for g in data["credential_gold_labels"] for c in g["gold_credential_codes"].split(";")
                   if c in catalogue)
    assert len(data["vendor_gold_validation"]) == mentions
    records = {r["VENDOR_RECORD_ID"]: r for r in data["vendor_test_results"]}
    passed = {(g["true_ric"], g["credential_code"]) for g in data["vendor_gold_links"] if g["is_pass"] == "true"}
    for v in data["vendor_gold_validation"]:
        if v["validation"] == "confirmed":
            g = data["links_by_id"][v["passing_record_id"]]
            assert (g["true_ric"], g["credential_code"], g["is_pass"]) == (v["ric"], v["credential_code"], "true")
            assert int(records[v["passing_record_id"]]["VENDOR_YEAR"][:4]) + 1 <= int(v["school_year"])
            assert v["truth"] == "passed"
        else:
            assert not v["passing_record_id"]
            assert (v["ric"], v["credential_code"]) not in passed
        if v["validation"] == "contradicted":
            assert v["truth"] in {"only_failed", "never_tested"}


def test_retake_chains_end_at_the_first_pass(data: dict) -> None:
    chains = defaultdict(list)
    for r in data["vendor_test_results"]:
        g = data["links_by_id"][r["VENDOR_RECORD_ID"]]
        chains[(g["person_key"], g["credential_code"])].append((r["TEST_DATE"], int(g["attempt_number"]),
                                                                g["is_pass"] == "true"))
    fail_then_pass = 0
    for attempts in chains.values():
        attempts.sort()
        assert [a for _, a, _ in attempts] == list(range(1, len(attempts) + 1))
        assert not any(ok for _, _, ok in attempts[:-1])  # nobody retakes a passed exam
        fail_then_pass += len(attempts) > 1 and attempts[-1][2]
    assert fail_then_pass > 0.05 * len(chains)
    by_vendor = defaultdict(list)
    for g in data["vendor_gold_links"]:
        by_vendor[g["vendor"]].append(g["is_pass"] == "true")
    assert len(by_vendor) == 5
    for vendor, oks in by_vendor.items():
        assert 0.5 < sum(oks) / len(oks) < 0.95, vendor


def test_people_not_in_the_extract_are_present(data: dict) -> None:
    links = data["vendor_gold_links"]
    share = sum(not g["true_ric"] for g in links) / len(links)
    assert 0.1 < share < 0.4, share
    assert {g["population"] for g in links} == {"extract_student", "adult", "parent_of_student",
                                                 "out_of_state_student", "private_school_student"}
    assert all(g["person_key"].startswith("X") for g in links if not g["true_ric"])


def test_twins_share_birth_date_last_name_and_address_but_not_first_name(data: dict) -> None:
    pairs = {tuple(sorted((r["ric"], r["twin_ric"]))) for r in data["student_identity_gold"] if r["twin_ric"]}
    students = len(data["student_identity_gold"])
    assert 0.015 < 2 * len(pairs) / students < 0.05
    checked = 0
    for a, b in pairs:
        for (ric, year), row in data["identity"].items():
            if ric == a and (b, year) in data["identity"]:
                other = data["identity"][(b, year)]
                assert (row["BIRTH_DATE"], row["LAST_NAME"], row["HOME_ADDRESS"]) == \
                    (other["BIRTH_DATE"], other["LAST_NAME"], other["HOME_ADDRESS"])
                assert row["FIRST_NAME"] != other["FIRST_NAME"]
                checked += 1
                break
    assert checked > 0.8 * len(pairs)
    twins_in_files = {g["true_ric"] for g in data["vendor_gold_links"] if g["is_twin"] == "true"}
    assert sum(1 for a, b in pairs if a in twins_in_files and b in twins_in_files) > 0


def test_messiness_is_what_the_gold_says(data: dict) -> None:
    nick = names.nicknames()
    kinds = Counter()
    for r in data["vendor_test_results"]:
        g = data["links_by_id"][r["VENDOR_RECORD_ID"]]
        mess = set(filter(None, g["mess_kinds"].split(";")))
        kinds.update(mess)
        if r["SSN"]:
            assert re.fullmatch(r"9\d\d-\d\d-\d{4}", r["SSN"]), r["SSN"]
        if not g["true_ric"]:
            continue
        truth = data["identity"][(g["true_ric"], r["VENDOR_YEAR"])]
        if mess & {"nickname"} and not mess & {"typo_first", "names_swapped", "accent_stripped"}:
            assert r["FIRST_NAME"].lower() in {n.lower() for n in nick[truth["FIRST_NAME"]]}
        if not mess & {"nickname", "typo_first", "names_swapped", "accent_stripped"}:
            assert r["FIRST_NAME"].lower() == truth["FIRST_NAME"].lower()
        born = dt.date.fromisoformat(truth["BIRTH_DATE"])
        if not mess & {"dob_missing", "dob_day_month_swap", "dob_typo"}:
            assert (r["BIRTH_YEAR"], r["BIRTH_MONTH"], r["BIRTH_DAY"]) == (str(born.year), str(born.month),
                                                                           str(born.day))
        if "dob_day_month_swap" in mess:
            assert (r["BIRTH_MONTH"], r["BIRTH_DAY"]) == (str(born.day), str(born.month))
        if "middle_missing" in mess:
            assert r["MIDDLE_NAME"] == "" and truth["MIDDLE_NAME"] != ""
    for kind in ["nickname", "typo_first", "typo_last", "middle_missing", "middle_initial", "hyphen_space",
                 "last_name_partial", "last_name_changed", "dob_day_month_swap", "dob_missing", "address_stale",
                 "zip_missing", "address_missing"]:
        assert kinds[kind] > 0, kind
    assert 0.03 < kinds["nickname"] / len(data["vendor_test_results"]) < 0.15


def test_common_names_are_common(data: dict) -> None:
    latest = {}
    for r in data["student_identities"]:
        latest[r["RIC"]] = (r["FIRST_NAME"], r["LAST_NAME"])
    counts = Counter(latest.values())
    assert counts.most_common(1)[0][1] >= 5  # at 0.05x: a first and last name shared by five students or more
    assert len(counts) > 0.5 * len(latest)  # and most names rare
