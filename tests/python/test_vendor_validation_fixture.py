"""An independent check of vendor validation: thirteen students and one adult whose vendor records, validation
statuses, first-attempt figures and attainment under each credential evidence are worked out by hand.

Every student is a CTE concentrator in P1 (CIP 12.0500, district D1) who graduates in 2024; credentials are reported
by drop-down code so resolution is not what is tested. The vendors: the National Restaurant Association (exams
FPM-EN, ServSafe Manager, and FPM-ES, its Spanish exam, both from the seed xwalk_vendor_exams; shares from 2020),
CareerSafe ("OSHA 10-Hour General Industry", resolved by the engine; from 2021), Certiport (MO-100, MOS Word; from
2020) and NIMS (MMS-L1; from 2022). Each vendor record repeats the student's identity as the state holds it, so the
linkage (with a model trained on a generated extract: the fixture is too small to train on) links it; the twins share
a birth date, a last name and a household and differ in their first names.

| student | school reported (year)  | vendor records (date, result)              | validation                          |
|---------|-------------------------|--------------------------------------------|-------------------------------------|
| V01     | ServSafe Manager (2024) | FPM-EN 2024-03-10 pass                     | confirmed; first-attempt pass       |
| V02     | ServSafe Manager (2024) | FPM-EN 2023-11-05 fail, 2024-02-01 pass    | confirmed; retake: fail then pass   |
| V03     | ServSafe Manager (2024) | FPM-EN 2024-01-15 fail                     | contradicted (only_failed)          |
| V04     | ServSafe Manager (2024) | none                                       | contradicted (no_attempt_found)     |
| V05     | CNA licence (2024)      | none (Department of Health shares no data) | not_covered (vendor_shares_no_data) |
| V06     | MOS Master (2024)       | none (a combination: no exam of its own)   | not_covered (no_exam_in_file)       |
| V07     | NIMS MMS (2022)         | none (NIMS shares from 2022 only)          | not_covered (before_coverage)       |
| V08     | nothing                 | OSHA 10 GI 2024-02-20 pass                 | unreported pass                     |
| V09     | ServSafe Manager (2024) | FPM-EN 2024-04-02 pass                     | confirmed (twin of V10)             |
| V10     | nothing                 | FPM-EN 2024-04-02 fail (with the twin)     | no row: a fail no school claimed    |
| V11     | MOS Word (2024)         | MO-100 2024-03-01 pass                     | confirmed                           |
| V12     | nothing                 | none                                       | no row                              |
| V13     | nothing                 | FPM-ES 2024-05-15 pass (the Spanish exam)  | unreported pass (a counted one)     |
| adult   | (not a student)         | NIMS MMS-L1 2023-10-10 pass                | unlinked                            |

(V07: a 2022 report with no pass in the file is not contradicted, because a pass may be a year older than the report
and NIMS sent nothing before 2022: cte:validation_coverage_years_before.)

ServSafe Manager, school year 2024: 6 test takers (V01, V02, V03, V09, V10, V13), 3 first-attempt passes (V01, V09,
V13), 4 eventual passes (V01, V02, V09, V13); 5 students with a covered report (V01, V02, V03, V04, V09), 3 confirmed
(confirmation rate 0.6 in D1), 1 unreported pass (V13).
Cohort 2024: test takers V01, V02, V03, V08, V09, V10, V11, V13; first-attempt passers V01, V08, V09, V11, V13.

Counted credentials for 5S1 under CIP 12.0500 in 2024 (from the review schedule): ServSafe Manager (approved) and the
CNA licence (a licence always counts); MOS Master, MOS Word, NIMS MMS and OSHA 10 are supplementary and never count.
So by cte:credential_evidence, the students of cohort 2024 with a counted credential:

| denominator           | self_reported (default)     | vendor_validated    | either                          |
|-----------------------|-----------------------------|---------------------|---------------------------------|
| concentrators (all)   | V01 V02 V03 V04 V05 V09 (6) | V01 V02 V09 V13 (4) | V01 V02 V03 V04 V05 V09 V13 (7) |
| test_takers (8)       | V01 V02 V03 V09 (4)         | V01 V02 V09 V13 (4) | V01 V02 V03 V09 V13 (5)         |
| first_attempt_passers | V01 V09 (2 of 5)            | V01 V09 V13 (3)     | V01 V09 V13 (3)                 |

vendor_validated drops the contradicted reports (V03, V04) and the licence whose vendor shares no data (V05) and adds
the unreported pass (V13); V08's unreported OSHA 10 pass is supplementary and counts under no evidence.
"""

from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path

import duckdb
import pytest
from conftest import run_dbt

YEARS = (2022, 2023, 2024)
# student -> first, middle, last, birth date, address, zip, first school year
PEOPLE = {
    "V01": ("Amelia", "Rose", "Thornbury", "2006-03-14", "12 Oak St", "42001", 2022),
    "V02": ("Marcus", "Lee", "Okonkwo", "2006-01-09", "450 Pine Ave Apt 3", "42002", 2022),
    "V03": ("Priya", "Anand", "Raghunathan", "2005-11-30", "7 Elm Ct", "42003", 2022),
    "V04": ("Dmitri", "Ivan", "Volkonsky", "2006-05-22", "88 Birch Rd", "42004", 2022),
    "V05": ("Harriet", "Jane", "Quimby", "2006-08-02", "3 Cedar Ln", "42005", 2022),
    "V06": ("Tobias", "Karl", "Fenwright", "2006-02-17", "19 Maple Dr", "42006", 2022),
    "V07": ("Yolanda", "Marie", "Esterhazy", "2005-12-05", "240 Walnut St", "42007", 2022),
    "V08": ("Cyrus", "Omid", "Farahani", "2006-06-11", "61 Spruce Way", "42008", 2022),
    "V09": ("Liam", "James", "Castellano", "2006-07-21", "5 Willow Pl", "42009", 2022),
    "V10": ("Noah", "Peter", "Castellano", "2006-07-21", "5 Willow Pl", "42009", 2022),
    "V11": ("Beatrix", "Anne", "Lindqvist", "2006-04-28", "902 Aspen Blvd", "42010", 2022),
    "V12": ("Ezekiel", "Ray", "Montgomery", "2006-09-16", "14 Poplar St", "42011", 2022),
    "V13": ("Rosalind", "Mae", "Okafor", "2006-10-08", "33 Chestnut Ave", "42012", 2022),
}
ADULT = ("Gerald", "", "Pemberton-Hale", "1971-10-03", "77 Harbor Rd", "43999")
REPORTS = [("V01", 2024, "SSVFDMGR"), ("V02", 2024, "SSVFDMGR"), ("V03", 2024, "SSVFDMGR"), ("V04", 2024, "SSVFDMGR"),
           ("V05", 2024, "LICCNA00"), ("V06", 2024, "MOSMASTR"), ("V07", 2022, "NIMSMMS1"), ("V09", 2024, "SSVFDMGR"),
           ("V11", 2024, "MOSWORD1")]
EXAMS = {
    "NRA": ("National Restaurant Association", "FPM-EN", "ServSafe Food Protection Manager Certification Examination",
            ("PASS", "FAIL")),
    "NRA-ES": ("National Restaurant Association", "FPM-ES",
               "ServSafe Food Protection Manager Certification Examination - Spanish", ("PASS", "FAIL")),
    "CS": ("CareerSafe", "OSHA10-GI", "OSHA 10-Hour General Industry", ("Completed", "Not Completed")),
    "CPT": ("Certiport", "MO-100", "Microsoft Word (Word and Word 2019)", ("Passed", "Failed")),
    "NIMS": ("NIMS", "MMS-L1", "Measurement, Materials & Safety - Level I", ("P", "F")),
}
ATTEMPTS = [  # record id, person, exam, date, passed
    ("NRA-0000001", "V01", "NRA", "2024-03-10", True),
    ("NRA-0000002", "V02", "NRA", "2023-11-05", False),
    ("NRA-0000003", "V02", "NRA", "2024-02-01", True),
    ("NRA-0000004", "V03", "NRA", "2024-01-15", False),
    ("NRA-0000005", "V09", "NRA", "2024-04-02", True),
    ("NRA-0000006", "V10", "NRA", "2024-04-02", False),
    ("NRA-0000007", "V13", "NRA-ES", "2024-05-15", True),
    ("CS-0000001", "V08", "CS", "2024-02-20", True),
    ("CPT-0000001", "V11", "CPT", "2024-03-01", True),
    ("NIMS-0000001", "adult", "NIMS", "2023-10-10", True),
]
EXPECTED_VALIDATION = {
    ("V01", "SSVFDMGR"): ("confirmed", "vendor_pass"),
    ("V02", "SSVFDMGR"): ("confirmed", "vendor_pass"),
    ("V03", "SSVFDMGR"): ("contradicted", "only_failed"),
    ("V04", "SSVFDMGR"): ("contradicted", "no_attempt_found"),
    ("V05", "LICCNA00"): ("not_covered", "vendor_shares_no_data"),
    ("V06", "MOSMASTR"): ("not_covered", "no_exam_in_file"),
    ("V07", "NIMSMMS1"): ("not_covered", "before_coverage"),
    ("V08", "OSH010GI"): ("unreported", "unreported_pass"),
    ("V09", "SSVFDMGR"): ("confirmed", "vendor_pass"),
    ("V11", "MOSWORD1"): ("confirmed", "vendor_pass"),
    ("V13", "SSVFDMGR"): ("unreported", "unreported_pass"),
}
# (denominator, evidence) -> students of cohort 2024 with a counted credential, from the docstring's second table
EXPECTED_ATTAINMENT = {
    ("concentrators", "self_reported"): ["V01", "V02", "V03", "V04", "V05", "V09"],
    ("concentrators", "vendor_validated"): ["V01", "V02", "V09", "V13"],
    ("concentrators", "either"): ["V01", "V02", "V03", "V04", "V05", "V09", "V13"],
    ("test_takers", "self_reported"): ["V01", "V02", "V03", "V09"],
    ("test_takers", "vendor_validated"): ["V01", "V02", "V09", "V13"],
    ("test_takers", "either"): ["V01", "V02", "V03", "V09", "V13"],
    ("first_attempt_passers", "self_reported"): ["V01", "V09"],
    ("first_attempt_passers", "vendor_validated"): ["V01", "V09", "V13"],
    ("first_attempt_passers", "either"): ["V01", "V09", "V13"],
}
POPULATIONS = {
    "concentrators": sorted(PEOPLE),
    "test_takers": ["V01", "V02", "V03", "V08", "V09", "V10", "V11", "V13"],
    "first_attempt_passers": ["V01", "V08", "V09", "V11", "V13"],
}


def _write(path: Path, header: list[str], rows: list[list]) -> None:
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh, quoting=csv.QUOTE_ALL)
        writer.writerow(header)
        writer.writerows(rows)


def _vendor_year(date: str) -> str:
    year, month, day = (int(p) for p in date.split("-"))
    spring = year + 1 if (month, day) >= (9, 2) else year
    return f"{spring - 1}-{spring % 100:02d}"


def write_fixture(raw: Path) -> None:
    raw.mkdir(parents=True)
    _write(raw / "program_serials.csv",
           ["PROGRAM_SERIAL_NUMBER", "SCHOOL_YEAR", "CIP_CODE", "PROGRAM_NAME", "PROGRAM_TYPE", "BUILDING_CODE",
            "BUILDING_NAME", "DISTRICT_CODE", "DISTRICT_NAME"],
           [["P1", y, "12.0500", "Culinary Arts", "secondary", "B1", "Building One", "D1", "District One"]
            for y in YEARS])
    enrollments, exits, demographics, identities = [], [], [], []
    for i, (s, (first, middle, last, dob, address, zip_code, start)) in enumerate(PEOPLE.items()):
        for courses, y in enumerate(range(start, 2025), start=1):
            enrollments.append([s, y, "P1", str(9 + courses), courses, "Y" if courses >= 2 else "N", "N"])
            exits.append([s, y, "graduated" if y == 2024 else "still_enrolled"])
            demographics.append([s, y, "F" if i % 2 else "M", "white", *(["N"] * 10)])
            identities.append([s, f"{y - 1}-{y % 100:02d}", first, middle, last, dob, address, zip_code, "D1"])
    _write(raw / "program_enrollments.csv",
           ["RIC", "SCHOOL_YEAR", "PROGRAM_SERIAL_NUMBER", "GRADE_LEVEL", "COURSES_COMPLETED", "CONCENTRATOR_FLAG",
            "COMPLETER_FLAG"], enrollments)
    _write(raw / "student_exits.csv", ["RIC", "SCHOOL_YEAR", "EXIT_STATUS"], exits)
    _write(raw / "student_demographics.csv",
           ["RIC", "SCHOOL_YEAR", "SEX", "RACE_ETHNICITY", "DISABILITY_FLAG", "ECON_DISADVANTAGED_FLAG",
            "ENGLISH_LEARNER_FLAG", "HOMELESS_FLAG", "FOSTER_CARE_FLAG", "MILITARY_PARENT_FLAG", "SINGLE_PARENT_FLAG",
            "OUT_OF_WORKFORCE_FLAG", "MIGRANT_FLAG", "NONTRADITIONAL_FLAG"], demographics)
    _write(raw / "student_identities.csv",
           ["RIC", "SCHOOL_YEAR", "FIRST_NAME", "MIDDLE_NAME", "LAST_NAME", "BIRTH_DATE", "HOME_ADDRESS", "HOME_ZIP",
            "DISTRICT_CODE"], identities)
    _write(raw / "credentials_earned.csv",
           ["RIC", "SCHOOL_YEAR", "PROGRAM_SERIAL_NUMBER", "CREDENTIAL_NAME", "VENDOR", "CREDENTIAL_CODE",
            "CREDENTIAL_TYPE_CODE", "CREDENTIAL_TYPE_NAME"],
           [[s, y, "P1", code, "", code, "1", "approved"] for s, y, code in REPORTS])
    _write(raw / "wbl_experiences.csv",
           ["RIC", "SCHOOL_YEAR", "PROGRAM_SERIAL_NUMBER", "WBL_EXPERIENCES", "AWARENESS_EXPERIENCES",
            "EXPLORATION_EXPERIENCES", "PREPARATION_EXPERIENCES", "TRAINING_EXPERIENCES", "APPRENTICESHIP_EXPERIENCES"],
           [["V01", 2024, "P1", "G", "1", "0", "0", "0", "0"]])
    vendor_rows = []
    for record, person, exam, date, passed in ATTEMPTS:
        vendor, code, name, (pass_word, fail_word) = EXAMS[exam]
        first, middle, last, dob, address, zip_code = PEOPLE[person][:6] if person in PEOPLE else ADULT
        year, month, day = dob.split("-")
        vendor_rows.append([record, vendor, _vendor_year(date), code, name, first, middle, last, address, zip_code,
                            str(int(month)), str(int(day)), year, "", "District One" if person in PEOPLE else "",
                            "Building One", date, "80" if passed else "50", pass_word if passed else fail_word])
    _write(raw / "vendor_test_results.csv",
           ["VENDOR_RECORD_ID", "VENDOR", "VENDOR_YEAR", "EXAM_CODE", "EXAM_NAME", "FIRST_NAME", "MIDDLE_NAME",
            "LAST_NAME", "HOME_ADDRESS", "HOME_ZIP", "BIRTH_MONTH", "BIRTH_DAY", "BIRTH_YEAR", "SSN", "SCHOOL_DISTRICT",
            "TESTING_SITE", "TEST_DATE", "SCORE", "CERTIFICATION_STATUS"], vendor_rows)


@pytest.fixture(scope="module")
def linkage_model(small_extract: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A Splink model trained on a generated extract, stored as the var cte:linkage_model expects."""
    from cte_credentials.linkage import link_vendor_records
    from cte_credentials.linkage.inputs import read_raw

    identities, vendors = read_raw(small_extract / "raw")
    path = tmp_path_factory.mktemp("linkage_model") / "model.json"
    path.write_text(json.dumps(link_vendor_records(identities, vendors).model))
    return path


@pytest.fixture(scope="module")
def fixture_build(tmp_path_factory: pytest.TempPathFactory, linkage_model: Path) -> Path:
    work = tmp_path_factory.mktemp("vendor_fixture")
    write_fixture(work / "raw")
    variables = json.dumps({"cte:linkage_model": str(linkage_model)})
    for args in (["seed"], ["run", "--vars", variables]):
        result = run_dbt(args, work, work / "raw")
        assert result.returncode == 0, result.stdout[-4000:]
    return work


def _query(work: Path, sql: str) -> list[tuple]:
    con = duckdb.connect(str(work / "warehouse.duckdb"), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def test_links_every_student_record_keeps_the_twins_apart_and_leaves_the_adult_unlinked(fixture_build: Path) -> None:
    links = dict(_query(fixture_build, "select vendor_record_id, coalesce(student_id, link_status) "
                                       "from intermediate.int_vendor_links"))
    expected = {record: person if person in PEOPLE else "unlinked" for record, person, *_ in ATTEMPTS}
    assert links == expected


def test_validation_statuses_match_the_hand_worked_table(fixture_build: Path) -> None:
    rows = _query(fixture_build, "select student_id, credential_code, validation_status, validation_reason "
                                 "from marts.fct_credential_validation")
    assert {(s, c): (status, reason) for s, c, status, reason in rows} == EXPECTED_VALIDATION
    assert len(rows) == len(EXPECTED_VALIDATION)


def test_attempt_numbers_and_first_attempt_outcomes(fixture_build: Path) -> None:
    rows = _query(fixture_build, "select student_id, test_date::varchar, attempt_number, is_pass, "
                                 "is_first_attempt_pass, is_eventual_pass from marts.fct_credential_attempts "
                                 "where credential_code = 'SSVFDMGR' order by student_id, test_date")
    assert rows == [
        ("V01", "2024-03-10", 1, True, True, True),
        ("V02", "2023-11-05", 1, False, False, True),
        ("V02", "2024-02-01", 2, True, False, True),
        ("V03", "2024-01-15", 1, False, False, False),
        ("V09", "2024-04-02", 1, True, True, True),
        ("V10", "2024-04-02", 1, False, False, False),
        ("V13", "2024-05-15", 1, True, True, True),
    ]


def test_outcome_cells_and_confirmation_by_district(fixture_build: Path) -> None:
    cells = _query(fixture_build, "select school_year, credential_code, test_taker_count, first_attempt_pass_count, "
                                  "eventual_pass_count, covered_report_count, confirmed_report_count "
                                  "from intermediate.int_vendor_outcome_cells order by credential_code")
    assert cells == [(2024, "MOSWORD1", 1, 1, 1, 1, 1), (2024, "OSH010GI", 1, 1, 1, 0, 0),
                     (2024, "SSVFDMGR", 6, 3, 4, 5, 3)]
    district = _query(fixture_build, "select credential_code, confirmed_mentions, contradicted_mentions, "
                                     "not_covered_mentions, unreported_passes, confirmation_rate "
                                     "from marts.dq_credential_confirmation where credential_code = 'SSVFDMGR'")
    assert district == [("SSVFDMGR", 3, 2, 0, 1, 0.6)]
    # every published count of the fixture is below the threshold: the public table shows none of them
    published = _query(fixture_build, "select count(*), count(test_taker_count), count(confirmation_rate) "
                                      "from reporting.rpt_vendor_credential_outcomes")
    assert published == [(3, 0, 0)]


def test_the_vendor_denominators(fixture_build: Path) -> None:
    for denominator, students in POPULATIONS.items():
        rows = _query(fixture_build, "select student_id from intermediate.int_attainment_populations "
                                     f"where population = '{denominator}' and cohort_year = 2024 order by 1")
        assert [r[0] for r in rows] == students, denominator


@pytest.mark.parametrize("denominator", list(POPULATIONS))
def test_attainment_by_denominator_and_credential_evidence(fixture_build: Path, denominator: str) -> None:
    """The mart rebuilt through the vars, as a state would switch them: every (denominator, evidence) of the table."""
    for evidence in ("self_reported", "vendor_validated", "either"):
        variables = json.dumps({"cte:attainment_denominator": denominator, "cte:credential_evidence": evidence})
        result = run_dbt(["run", "--select", "fct_student_attainment", "--vars", variables], fixture_build,
                         fixture_build / "raw")
        assert result.returncode == 0, result.stdout[-4000:]
        rows = _query(fixture_build, "select student_id, population, has_counted_credential "
                                     "from marts.fct_student_attainment where cohort_year = 2024 order by 1")
        assert [s for s, _, _ in rows] == POPULATIONS[denominator], (denominator, evidence)
        assert {p for _, p, _ in rows} == {denominator}
        counted = [s for s, _, has in rows if has]
        assert counted == EXPECTED_ATTAINMENT[(denominator, evidence)], (denominator, evidence)


def test_a_vendor_file_with_its_own_column_names(fixture_build: Path, tmp_path: Path) -> None:
    """A vendor naming columns otherwise: the build stops naming them, and cte:raw_column_names maps them."""
    raw = tmp_path / "raw"
    shutil.copytree(fixture_build / "raw", raw)
    vendor_file = raw / "vendor_test_results.csv"
    header, rest = vendor_file.read_text(encoding="utf-8").split("\n", 1)
    header = header.replace('"TEST_DATE"', '"EXAM_DATE"').replace('"CERTIFICATION_STATUS"', '"RESULT"')
    vendor_file.write_text(header + "\n" + rest, encoding="utf-8")
    shutil.copy(fixture_build / "warehouse.duckdb", tmp_path / "warehouse.duckdb")
    select = ["run", "--select", "base_pii__vendor_test_results", "stg_pii__vendor_test_results"]
    result = run_dbt(select, tmp_path, raw)
    assert result.returncode != 0
    assert "lacks column(s) TEST_DATE, CERTIFICATION_STATUS" in result.stdout
    variables = json.dumps({"cte:raw_column_names": {
        "vendor_test_results": {"TEST_DATE": "EXAM_DATE", "CERTIFICATION_STATUS": "RESULT"}}})
    result = run_dbt([*select, "--vars", variables], tmp_path, raw)
    assert result.returncode == 0, result.stdout[-4000:]
    sql = "select vendor_record_id, test_date, is_pass from pii.stg_pii__vendor_test_results order by 1"
    assert _query(tmp_path, sql) == _query(fixture_build, sql)
    assert len(_query(tmp_path, sql)) == len(ATTEMPTS)
