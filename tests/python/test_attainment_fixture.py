"""An independent check of the attainment marts: twelve students whose 5S1 and 5S3 outcomes are worked out by hand.

Program P1 is CIP 51.3902 (Nursing Assistant), whose credentials the state reviewed in 2022; P2 is CIP 48.0508.
Credentials are given by drop-down code so resolution is not what is tested here:
LICCNA00 is a licence (always counts), PSCNURSA a college certificate (postsecondary, counts), AHABLS01 is aligned
with 51.3902 (suggested before 2022, approved from 2022), OSH010GI is not aligned with it (supplementary).
WBL letters: N internship (preparation, counts), G guest speaker (awareness, does not), O co-op and R registered
apprenticeship (training, apprenticeship: count).

| student | left | concentrator in one program | credential (year)           | WBL | cohort 2024 5S1 | 5S3 |
|---------|------|-----------------------------|-----------------------------|-----|-----------------|-----|
| S01     | grad 2024 | yes | LICCNA00 (2024)                         | N   | yes | yes |
| S02     | grad 2024 | yes | AHABLS01 (2021: suggested then)         | G   | no (yes if current) | no |
| S03     | grad 2024 | yes | LICCNA00 (2025, inside the grace year)  |     | yes (no if grace 0) | no |
| S04     | grad 2024 | yes | LICCNA00 (2026, after the grace year)   |     | no  | no  |
| S05     | grad 2024 | no (1 course) | LICCNA00 (2024)               |     | not in cohort | |
| S06     | grad 2024 | yes | OSH010GI (2024, supplementary)          | OR  | no  | yes |
| S07     | dropped out 2024 | yes | LICCNA00 (2023)                |     | not in cohort | |
| S08     | grad 2024 | yes | "N/A" (junk)                            | ""  | no  | no  |
| S09     | grad 2024 | no (1 course in P1, 1 in P2) | PSCNURSA (2024)  |     | not in cohort | |
| S10     | grad 2023 | yes | AHABLS01 (2023: approved)               |     | cohort 2023: yes | |
| S11     | grad 2024 | yes | LICCNA00 (2023) and again (2024)        |     | yes (once) | no |
| S12     | still enrolled | yes | LICCNA00 (2024)                   |     | in no cohort | |
| S13     | grad 2024 | yes | AHABLS01 (2021: suggested), again (2023: approved) |   | yes (the re-report) | no |
| S14     | grad 2024 | yes | AHABLS01 (2023: approved), again in P2 (2024: suppl.) | | yes | no  |
| S15     | grad 2024 | yes | "Zorblax Widget Technician" (no such credential)  |     | no, pending review | no |

S13 is the repeat-report case: its first report was made before CIP 51.3902 was reviewed (suggested, not counted),
the second after (approved, counted). A repeat must never remove a counted mention, so S13 counts; S14 is the
reverse (counted first report, uncounted re-report). S15's only entry cannot be resolved: the student does not count
yet, and is the one cohort-2024 student whose attainment depends on the review queue.
"""

from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path

import duckdb
import pytest
from conftest import run_dbt

YEARS = (2020, 2021, 2022, 2023, 2024, 2025, 2026)
# student -> (final exit status, exit year, [(program, year, cumulative courses)])
STUDENTS = {
    "S01": ("graduated", 2024, [("P1", 2022, 1), ("P1", 2023, 2), ("P1", 2024, 3)]),
    "S02": ("graduated", 2024, [("P1", 2021, 1), ("P1", 2022, 2)]),
    "S03": ("graduated", 2024, [("P1", 2023, 2)]),
    "S04": ("graduated", 2024, [("P1", 2023, 2)]),
    "S05": ("graduated", 2024, [("P1", 2024, 1)]),
    "S06": ("graduated", 2024, [("P1", 2023, 1), ("P1", 2024, 2)]),
    "S07": ("dropped_out", 2024, [("P1", 2023, 2)]),
    "S08": ("graduated", 2024, [("P1", 2024, 2)]),
    "S09": ("graduated", 2024, [("P1", 2023, 1), ("P2", 2024, 1)]),
    "S10": ("graduated", 2023, [("P1", 2022, 1), ("P1", 2023, 2)]),
    "S11": ("graduated", 2024, [("P1", 2023, 2)]),
    "S12": (None, None, [("P1", 2024, 2)]),
    "S13": ("graduated", 2024, [("P1", 2021, 1), ("P1", 2022, 2)]),
    "S14": ("graduated", 2024, [("P1", 2022, 1), ("P1", 2023, 2)]),
    "S15": ("graduated", 2024, [("P1", 2023, 2)]),
}
CREDENTIALS = [  # student, year, program, name as typed, code
    ("S01", 2024, "P1", "Certified Nursing Assistant", "LICCNA00"),
    ("S02", 2021, "P1", "BLS Provider", "AHABLS01"),
    ("S03", 2025, "P1", "Certified Nursing Assistant", "LICCNA00"),
    ("S04", 2026, "P1", "Certified Nursing Assistant", "LICCNA00"),
    ("S05", 2024, "P1", "Certified Nursing Assistant", "LICCNA00"),
    ("S06", 2024, "P1", "OSHA 10 General Industry", "OSH010GI"),
    ("S07", 2023, "P1", "Certified Nursing Assistant", "LICCNA00"),
    ("S08", 2024, "P1", "N/A", ""),
    ("S09", 2024, "P2", "College Certificate - Nurse Aide", "PSCNURSA"),
    ("S10", 2023, "P1", "BLS Provider", "AHABLS01"),
    ("S11", 2023, "P1", "Certified Nursing Assistant", "LICCNA00"),
    ("S11", 2024, "P1", "Certified Nursing Assistant", "LICCNA00"),
    ("S12", 2024, "P1", "Certified Nursing Assistant", "LICCNA00"),
    ("S13", 2021, "P1", "BLS Provider", "AHABLS01"),
    ("S13", 2023, "P1", "BLS Provider", "AHABLS01"),
    ("S14", 2023, "P1", "BLS Provider", "AHABLS01"),
    ("S14", 2024, "P2", "BLS Provider", "AHABLS01"),
    ("S15", 2024, "P1", "Zorblax Widget Technician", ""),
]
WBL = [("S01", 2024, "P1", "N"), ("S02", 2022, "P1", "G"), ("S06", 2024, "P1", "OR"), ("S08", 2024, "P1", "")]


def _write(path: Path, header: list[str], rows: list[list]) -> None:
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh, quoting=csv.QUOTE_ALL)
        writer.writerow(header)
        writer.writerows(rows)


def _wbl_counts(letters: str) -> list[str]:
    types = {"G": 0, "N": 2, "O": 3, "R": 4}
    counts = [0] * 5
    for letter in letters:
        counts[types[letter]] += 1
    return [str(c) for c in counts]


def write_fixture(raw: Path) -> None:
    raw.mkdir(parents=True)
    programs = {"P1": ("51.3902", "B1", "D1"), "P2": ("48.0508", "B2", "D1")}
    _write(raw / "program_serials.csv",
           ["PROGRAM_SERIAL_NUMBER", "SCHOOL_YEAR", "CIP_CODE", "PROGRAM_NAME", "PROGRAM_TYPE", "BUILDING_CODE",
            "BUILDING_NAME", "DISTRICT_CODE", "DISTRICT_NAME"],
           [[p, y, cip, f"{p} program", "secondary", b, f"Building {b}", d, "District One"]
            for p, (cip, b, d) in programs.items() for y in YEARS])
    _write(raw / "program_enrollments.csv",
           ["RIC", "SCHOOL_YEAR", "PROGRAM_SERIAL_NUMBER", "GRADE_LEVEL", "COURSES_COMPLETED", "CONCENTRATOR_FLAG",
            "COMPLETER_FLAG"],
           [[s, y, p, "11", c, "Y" if c >= 2 else "N", "N"] for s, (_, _, e) in STUDENTS.items() for p, y, c in e])
    exits, demographics = [], []
    for s, (status, year, enrollments) in STUDENTS.items():
        first = min(y for _, y, _ in enrollments)
        last = year or 2026
        for y in range(first, last + 1):
            exits.append([s, y, status if y == year else "still_enrolled"])
            demographics.append([s, y, "F" if int(s[1:]) % 2 else "M", "white", *(["N"] * 10)])
    _write(raw / "student_exits.csv", ["RIC", "SCHOOL_YEAR", "EXIT_STATUS"], exits)
    _write(raw / "student_demographics.csv",
           ["RIC", "SCHOOL_YEAR", "SEX", "RACE_ETHNICITY", "DISABILITY_FLAG", "ECON_DISADVANTAGED_FLAG",
            "ENGLISH_LEARNER_FLAG", "HOMELESS_FLAG", "FOSTER_CARE_FLAG", "MILITARY_PARENT_FLAG", "SINGLE_PARENT_FLAG",
            "OUT_OF_WORKFORCE_FLAG", "MIGRANT_FLAG", "NONTRADITIONAL_FLAG"], demographics)
    _write(raw / "credentials_earned.csv",
           ["RIC", "SCHOOL_YEAR", "PROGRAM_SERIAL_NUMBER", "CREDENTIAL_NAME", "VENDOR", "CREDENTIAL_CODE",
            "CREDENTIAL_TYPE_CODE", "CREDENTIAL_TYPE_NAME"],
           [[s, y, p, name, "", code, "1", "approved"] for s, y, p, name, code in CREDENTIALS])
    _write(raw / "wbl_experiences.csv",
           ["RIC", "SCHOOL_YEAR", "PROGRAM_SERIAL_NUMBER", "WBL_EXPERIENCES", "AWARENESS_EXPERIENCES",
            "EXPLORATION_EXPERIENCES", "PREPARATION_EXPERIENCES", "TRAINING_EXPERIENCES", "APPRENTICESHIP_EXPERIENCES"],
           [[s, y, p, letters, *_wbl_counts(letters)] for s, y, p, letters in WBL])


@pytest.fixture(scope="module")
def fixture_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = tmp_path_factory.mktemp("attainment_fixture")
    write_fixture(work / "raw")
    for args in (["seed"], ["run"]):
        result = run_dbt(args, work, work / "raw")
        assert result.returncode == 0, result.stdout[-4000:]
    return work


def attainment(work: Path) -> dict:
    """{cohort_year: (sorted cohort, sorted 5S1 students, sorted 5S3 students)} as the warehouse holds them now."""
    con = duckdb.connect(str(work / "warehouse.duckdb"), read_only=True)
    rows = con.execute("select cohort_year, student_id, has_counted_credential, has_counted_wbl "
                       "from marts.fct_student_attainment").fetchall()
    con.close()
    out: dict[int, tuple[list, list, list]] = {}
    for year, student, credential, wbl in rows:
        cohort, s1, s3 = out.setdefault(year, ([], [], []))
        cohort.append(student)
        if credential:
            s1.append(student)
        if wbl:
            s3.append(student)
    return {year: tuple(sorted(v) for v in value) for year, value in out.items()}


@pytest.fixture
def rebuilt_with(fixture_build: Path, tmp_path: Path):
    """Rebuild part of a copy of the fixture's warehouse with vars, so no test sees the vars of another (and the
    fixture needs no rebuild with the defaults after it)."""
    shutil.copy(fixture_build / "warehouse.duckdb", tmp_path / "warehouse.duckdb")

    def rebuild(variables: dict, select: str = "fct_student_attainment") -> dict:
        result = run_dbt(["run", "--select", select, "--vars", json.dumps(variables)], tmp_path,
                         fixture_build / "raw")
        assert result.returncode == 0, result.stdout[-4000:]
        return attainment(tmp_path)

    return rebuild


COHORT_2024 = ["S01", "S02", "S03", "S04", "S06", "S08", "S11", "S13", "S14", "S15"]


def test_concentrator_cohorts_and_outcomes_match_the_hand_worked_table(fixture_build: Path) -> None:
    result = attainment(fixture_build)
    assert result[2024] == (COHORT_2024, ["S01", "S03", "S11", "S13", "S14"], ["S01", "S06"])
    assert result[2023] == (["S10"], ["S10"], [])
    assert set(result) == {2023, 2024}


def test_a_repeat_report_never_removes_a_counted_mention(fixture_build: Path) -> None:
    """S13: first reported while suggested (not counted), again once approved (counted, and a repeat)."""
    con = duckdb.connect(str(fixture_build / "warehouse.duckdb"), read_only=True)
    mentions = con.execute("select school_year, is_counted, is_repeat_report from marts.fct_credentials_earned "
                           "where student_id = 'S13' order by school_year").fetchall()
    counts = con.execute("select student_id, counted_credential_count from marts.fct_student_attainment "
                         "where student_id in ('S11', 'S13', 'S14') order by student_id").fetchall()
    con.close()
    assert mentions == [(2021, False, False), (2023, True, True)]
    # a credential reported twice counts once
    assert counts == [("S11", 1), ("S13", 1), ("S14", 1)]


def test_students_whose_attainment_waits_for_review_are_marked(fixture_build: Path) -> None:
    con = duckdb.connect(str(fixture_build / "warehouse.duckdb"), read_only=True)
    pending = con.execute("select student_id from marts.fct_student_attainment where is_attainment_pending_review"
                          ).fetchall()
    cells = con.execute("select cohort_count, credential_count, review_pending_count from "
                        "intermediate.int_attainment_cells where cohort_year = 2024 and reporting_level = 'state' "
                        "and student_group_type = 'all'").fetchall()
    con.close()
    assert pending == [("S15",)]
    assert cells == [(10, 5, 1)]


def test_only_cohorts_with_their_whole_window_in_the_extract_are_complete(fixture_build: Path) -> None:
    """The extract runs 2020-2026 with one grace year: cohort 2023 is complete (2020-2024); 2024 too (2021-2025)."""
    con = duckdb.connect(str(fixture_build / "warehouse.duckdb"), read_only=True)
    flags = con.execute("select distinct cohort_year, is_cohort_window_complete from marts.fct_student_attainment "
                        "order by 1").fetchall()
    con.close()
    assert flags == [(2023, True), (2024, True)]


def test_no_grace_year_drops_the_credential_entered_after_graduation(rebuilt_with) -> None:
    result = rebuilt_with({"cte:attainment_grace_years": 0})
    assert result[2024][1] == ["S01", "S11", "S13", "S14"]


def test_current_status_counts_the_credential_approved_after_it_was_earned(rebuilt_with) -> None:
    result = rebuilt_with({"cte:credential_status_basis": "current"}, select="int_credential_mentions_classified+")
    assert result[2024][1] == ["S01", "S02", "S03", "S11", "S13", "S14"]


def test_graduates_denominator_takes_every_graduate(rebuilt_with) -> None:
    result = rebuilt_with({"cte:attainment_denominator": "graduates"}, select="int_attainment_populations+")
    assert result[2024][0] == ["S01", "S02", "S03", "S04", "S05", "S06", "S08", "S09", "S11", "S13", "S14", "S15"]
    assert result[2024][1] == ["S01", "S03", "S05", "S09", "S11", "S13", "S14"]


def test_cte_enrolled_denominator_counts_the_student_who_dropped_out(rebuilt_with) -> None:
    result = rebuilt_with({"cte:attainment_denominator": "cte_enrolled"}, select="int_attainment_populations+")
    assert result[2024][0] == ["S01", "S02", "S03", "S04", "S05", "S06", "S07", "S08", "S09", "S11", "S13", "S14",
                               "S15"]
    assert result[2024][1] == ["S01", "S03", "S05", "S07", "S09", "S11", "S13", "S14"]


def test_vendor_test_denominators_stop_with_an_explanation(fixture_build: Path) -> None:
    result = run_dbt(["run", "--select", "fct_student_attainment", "--vars",
                      json.dumps({"cte:attainment_denominator": "test_takers"})], fixture_build, fixture_build / "raw")
    assert result.returncode != 0
    assert "needs vendor test results" in result.stdout
