"""The review loop: export the queue by group, import decisions (one alias per member string; validated, idempotent,
never dropping earlier ones), and the queue's cohort counts on a hand-built extract."""

from __future__ import annotations

import csv
import os
import shutil
import subprocess
from pathlib import Path

import duckdb
import pytest
from conftest import BIN, PROJECT_ROOT

from cte_credentials.errors import UserError
from cte_credentials.paths import SEEDS_DIR
from cte_credentials.resolve import load_refs_from_seeds
from cte_credentials.resolve.cascade import Resolver
from cte_credentials.resolve.review import (
    GROUP_COLUMNS,
    STRING_COLUMNS,
    export_queue,
    import_decisions,
    parse_members,
)
from cte_credentials.resolve.split import resolve_entry

OSHA = "occupational safety and health administration"
# (rank, key, members as (normalized_name, normalized_vendor, cip_code))
GROUPS = [
    (1, "g1", [("osha 10", "", "12.0500"), ("osha 10", OSHA, "12.0500")]),
    (2, "g2", [("servsafe mngr card", "", "12.0500")]),
    (3, "g3", [("mystery entry", "", "12.0500")]),
]
CROSSWALK = SEEDS_DIR / "xwalk_credentials.csv"


def _members_text(members: list[tuple[str, str, str]]) -> str:
    return "; ".join("|".join(m) for m in members)


@pytest.fixture()
def warehouse(tmp_path: Path) -> Path:
    """The two queue tables as the marts hold them, with three groups (the first of two strings)."""
    path = tmp_path / "wh.duckdb"
    con = duckdb.connect(str(path))
    con.execute("create schema marts")
    for table, columns in (("credential_review_queue", GROUP_COLUMNS),
                           ("credential_review_queue_strings", STRING_COLUMNS)):
        con.execute(f"create table marts.{table} ({', '.join(f'{c} varchar' for c in columns)})")
    for rank, key, members in GROUPS:
        group = dict.fromkeys(GROUP_COLUMNS, "") | {
            "review_rank": str(rank), "review_group_key": key, "member_count": str(len(members)),
            "cohort_students_affected": str(10 - rank), "member_strings": _members_text(members)}
        con.execute(f"insert into marts.credential_review_queue values ({', '.join('?' * len(GROUP_COLUMNS))})",
                    [group[c] for c in GROUP_COLUMNS])
        for name, vendor, cip in members:
            string = dict.fromkeys(STRING_COLUMNS, "") | {
                "review_group_key": key, "normalized_name": name, "normalized_vendor": vendor, "cip_code": cip,
                "cohort_students_affected": "1", "records_affected": "1"}
            con.execute(f"insert into marts.credential_review_queue_strings values "
                        f"({', '.join('?' * len(STRING_COLUMNS))})", [string[c] for c in STRING_COLUMNS])
    con.close()
    return path


def _decide(export: Path, decisions: dict[str, str], out: Path, by: str = "normalized_name") -> Path:
    """Fill decided_code on the lines whose `by` column (a group's example name is its first member's) is decided."""
    with export.open(newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    for row in rows:
        name = row[by] if by in row else parse_members(row["member_strings"])[0][0]
        row["decided_code"] = decisions.get(name, "")
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


def _alias_rows(path: Path) -> list[dict]:
    return list(csv.DictReader(path.open(encoding="utf-8")))


def test_export_writes_one_line_per_group_in_rank_order(warehouse: Path, tmp_path: Path) -> None:
    out = tmp_path / "queue.csv"
    assert export_queue(warehouse, out) == 3
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert [parse_members(r["member_strings"]) for r in rows] == [m for _, _, m in GROUPS]
    assert [r["member_count"] for r in rows] == ["2", "1", "1"]
    assert "decided_code" in rows[0] and "normalized_name" not in rows[0]


def test_string_export_lists_every_member_in_group_order(warehouse: Path, tmp_path: Path) -> None:
    out = tmp_path / "strings.csv"
    assert export_queue(warehouse, out, strings=True) == 4
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert [(r["review_rank"], r["normalized_name"], r["normalized_vendor"]) for r in rows][:2] == [
        ("1", "osha 10", ""), ("1", "osha 10", OSHA)]
    assert {r["review_group_key"] for r in rows} == {"g1", "g2", "g3"}


def test_export_without_warehouse_is_a_clear_error(tmp_path: Path) -> None:
    result = subprocess.run([str(BIN / "cte-credentials"), "review-export", "--warehouse", str(tmp_path / "x.duckdb")],
                            capture_output=True, text=True)
    assert result.returncode == 2 and "run `make demo`" in result.stderr and "Traceback" not in result.stderr


def test_a_group_decision_writes_an_alias_per_member_and_is_idempotent(warehouse: Path, aliases: Path,
                                                                      tmp_path: Path) -> None:
    before = _alias_rows(aliases)
    export_queue(warehouse, tmp_path / "q.csv")
    decided = _decide(tmp_path / "q.csv", {"osha 10": "OSH010CN", "mystery entry": "NO_CREDENTIAL"},
                      tmp_path / "d.csv")
    first = import_decisions(decided, aliases, CROSSWALK)
    assert first == {"lines decided": 2, "added": 3, "unchanged": 0, "replaced": 0, "skipped (no decision)": 1}
    after = _alias_rows(aliases)
    assert len(after) == len(before) + 3
    assert all(any(b["normalized_name"] == a["normalized_name"] for a in after) for b in before)
    osha = sorted((a["vendor_name"], a["credential_code"]) for a in after if a["normalized_name"] == "osha 10")
    assert osha == [("", "OSH010CN"), ("Occupational Safety and Health Administration", "OSH010CN")]
    content = aliases.read_bytes()
    second = import_decisions(decided, aliases, CROSSWALK)
    assert second["added"] == 0 and second["unchanged"] == 3
    assert aliases.read_bytes() == content


def test_unknown_codes_are_refused_and_nothing_is_written(warehouse: Path, aliases: Path, tmp_path: Path) -> None:
    export_queue(warehouse, tmp_path / "q.csv")
    decided = _decide(tmp_path / "q.csv", {"osha 10": "OSH010CN", "mystery entry": "NOPE123"}, tmp_path / "d.csv")
    content = aliases.read_bytes()
    with pytest.raises(UserError, match="line 4: unknown credential code 'NOPE123'"):
        import_decisions(decided, aliases, CROSSWALK)
    assert aliases.read_bytes() == content


def test_a_changed_decision_needs_replace_for_every_member(warehouse: Path, aliases: Path, tmp_path: Path) -> None:
    export_queue(warehouse, tmp_path / "q.csv")
    import_decisions(_decide(tmp_path / "q.csv", {"osha 10": "OSH010CN"}, tmp_path / "a.csv"), aliases, CROSSWALK)
    changed = _decide(tmp_path / "q.csv", {"osha 10": "OSH010GI"}, tmp_path / "b.csv")
    content = aliases.read_bytes()
    with pytest.raises(UserError, match="--replace"):
        import_decisions(changed, aliases, CROSSWALK)
    assert aliases.read_bytes() == content
    summary = import_decisions(changed, aliases, CROSSWALK, replace=True)
    assert summary["replaced"] == 2


def test_a_string_decided_twice_differently_is_refused(aliases: Path, tmp_path: Path) -> None:
    file = tmp_path / "d.csv"
    file.write_text("member_strings,decided_code\n"
                    f"osha 10||12.0500; osha 10|{OSHA}|12.0500,OSH010CN\n"
                    "osha 10||12.0500,OSH010GI\n", encoding="utf-8")
    content = aliases.read_bytes()
    with pytest.raises(UserError, match="line 3: 'osha 10' .* is decided OSH010GI here and OSH010CN on line 2"):
        import_decisions(file, aliases, CROSSWALK)
    assert aliases.read_bytes() == content


def test_a_member_deleted_from_the_line_is_left_out(warehouse: Path, aliases: Path, tmp_path: Path) -> None:
    export_queue(warehouse, tmp_path / "q.csv")
    decided = _decide(tmp_path / "q.csv", {"osha 10": "OSH010CN"}, tmp_path / "d.csv")
    text = decided.read_text(encoding="utf-8").replace(f"; osha 10|{OSHA}|12.0500", "")
    decided.write_text(text, encoding="utf-8")
    assert import_decisions(decided, aliases, CROSSWALK)["added"] == 1


def test_a_string_export_imports_string_by_string(warehouse: Path, aliases: Path, tmp_path: Path) -> None:
    export_queue(warehouse, tmp_path / "s.csv", strings=True)
    decided = _decide(tmp_path / "s.csv", {"servsafe mngr card": "SSVFDMGR"}, tmp_path / "d.csv")
    summary = import_decisions(decided, aliases, CROSSWALK)
    assert summary["added"] == 1 and summary["skipped (no decision)"] == 3


@pytest.mark.parametrize("text, message", [
    ("name,code\nx,y\n", "missing column"),
    ("normalized_name,decided_code\nx,OSH010CN\n", "member_strings .* or normalized_name"),
    ("member_strings,decided_code\nosha 10|12.0500,OSH010CN\n", "line 2: member 'osha 10|12.0500' is not"),
    ("member_strings,decided_code\n ; ,OSH010CN\n", "line 2: member_strings is empty"),
])
def test_malformed_files_are_refused(aliases: Path, tmp_path: Path, text: str, message: str) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text(text, encoding="utf-8")
    with pytest.raises(UserError, match=message):
        import_decisions(bad, aliases, CROSSWALK)


def test_imported_group_decisions_resolve_every_member_by_alias(warehouse: Path, aliases: Path,
                                                                tmp_path: Path) -> None:
    export_queue(warehouse, tmp_path / "q.csv")
    import_decisions(_decide(tmp_path / "q.csv", {"osha 10": "OSH010CN", "mystery entry": "NO_CREDENTIAL"},
                             tmp_path / "d.csv"), aliases, CROSSWALK)
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS_DIR, seeds)
    shutil.copy(aliases, seeds / "credential_aliases.csv")
    resolver = Resolver(load_refs_from_seeds(seeds))
    for vendor in ("", "OSHA"):
        [osha] = resolve_entry(resolver, "OSHA 10", vendor, "12.0500", None)
        assert (osha.decision.code, osha.decision.method) == ("OSH010CN", "alias")
    [mystery] = resolve_entry(resolver, "Mystery Entry", "", "12.0500", None)
    assert (mystery.decision.status, mystery.decision.method) == ("no_credential", "alias")



def test_a_string_naming_several_credentials_is_decided_several_codes_and_resolves_to_each(
        warehouse: Path, aliases: Path, tmp_path: Path) -> None:
    # "mystery entry" names two credentials: one line decides both, a row per code; the entry is two mentions
    export_queue(warehouse, tmp_path / "q.csv")
    decided = _decide(tmp_path / "q.csv", {"mystery entry": "osh010cn; OSH030CN;OSH010CN"}, tmp_path / "d.csv")
    assert import_decisions(decided, aliases, CROSSWALK)["added"] == 1
    rows = [(a["credential_code"], a["cip_code"]) for a in _alias_rows(aliases)
            if a["normalized_name"] == "mystery entry"]
    assert rows == [("OSH010CN", "12.0500"), ("OSH030CN", "12.0500")]
    content = aliases.read_bytes()
    assert import_decisions(decided, aliases, CROSSWALK)["unchanged"] == 1 and aliases.read_bytes() == content
    # one code of the two changed is a changed decision
    changed = _decide(tmp_path / "q.csv", {"mystery entry": "OSH010CN;OSH030GI"}, tmp_path / "c.csv")
    with pytest.raises(UserError, match=r"'mystery entry' \(was OSH010CN;OSH030CN, now OSH010CN;OSH030GI\)"):
        import_decisions(changed, aliases, CROSSWALK)
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS_DIR, seeds)
    shutil.copy(aliases, seeds / "credential_aliases.csv")
    mentions = resolve_entry(Resolver(load_refs_from_seeds(seeds)), "Mystery Entry", "", "12.0500", None)
    assert [(m.text, m.decision.method, m.decision.code) for m in mentions] == [
        ("Mystery Entry", "alias", "OSH010CN"), ("Mystery Entry", "alias", "OSH030CN")]


@pytest.mark.parametrize("code, message", [
    ("OSH010CN;NOPE123", "line 4: unknown credential code 'NOPE123' for 'mystery entry'"),
    ("OSH010CN;NO_CREDENTIAL", "line 4: NO_CREDENTIAL with credential codes for 'mystery entry'"),
])
def test_several_codes_must_each_be_known_and_not_no_credential(warehouse: Path, aliases: Path, tmp_path: Path,
                                                                  code: str, message: str) -> None:
    export_queue(warehouse, tmp_path / "q.csv")
    decided = _decide(tmp_path / "q.csv", {"mystery entry": code}, tmp_path / "d.csv")
    content = aliases.read_bytes()
    with pytest.raises(UserError, match=message):
        import_decisions(decided, aliases, CROSSWALK)
    assert aliases.read_bytes() == content


def test_an_alias_seed_deciding_a_string_no_credential_and_a_credential_is_a_clear_error(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS_DIR, seeds)
    with (seeds / "credential_aliases.csv").open("a", encoding="utf-8") as fh:
        fh.write("mystery entry,,,OSH010CN,r1,2026-12-01,\nmystery entry,,,,r2,2026-12-01,junk\n")
    with pytest.raises(UserError, match="credential_aliases: 'mystery entry' .* decided both no credential and a "
                                        "credential \\(OSH010CN\\)"):
        load_refs_from_seeds(seeds)

# ---- the queue built by dbt on a hand-built extract ------------------------------------------------------------
# P1 is CIP 51.3902 (nursing assistant), P3 51.2601 (health aide): the same CIP series; P2 48.0508 (welding).
# "Zorblax Widget Technician" names no credential (its best candidate scores 0.36), "Heartsaver Frist Aid" is AHA
# Heartsaver First Aid (unresolved with the vendor in its field; typed in the name, "American Heart Association
# Heartsaver Frist Aid" resolves since "Heartsaver Pediatric First Aid", putting a word inside, is no close runner-up
# to it: words.word_between), "Cetrified Nursing
# Assistant" a low-confidence match of the CNA licence (0.80), which always counts. Every student graduated in 2024
# and is a concentrator (two courses in one program), but R06 (one course). Credentials count up to 2025.
#
# | student | mentions (program, year)                     | group (what it could change)                     |
# |---------|----------------------------------------------|--------------------------------------------------|
# | R01     | Zorblax (P1 2024)                            | Z51: could gain                                  |
# | R02     | Zorblax (P3 2023)                            | Z51: could gain                                  |
# | R03     | Zorblax (P1 2024), Zorblax (P3 2023)         | Z51: could gain, once (in both member strings)   |
# | R04     | Zorblax (P1 2024), CNA by code (2024)        | none: counted already                            |
# | R05     | Zorblax (P1 2026)                            | none: after the grace year                       |
# | R06     | Zorblax (P1 2024)                            | none: not a concentrator                         |
# | R07     | Zorblax (P2 2024)                            | Z48: could gain (welding: another group)         |
# | R08     | Heartsaver Frist Aid, vendor AHA (P1 2024)   | H: could gain                                    |
# | R09     | Heartsaver Frist Aid, vendor AHA (P1 2023)   | H: could gain                                    |
# | R10     | Heartsaver Frist Aid, vendor AHA (P3 2024)   | H: could gain                                    |
# | R11     | Cetrified (P1 2024)                          | C: could lose (its only counted mention)         |
# | R12     | Cetrified (P1 2024), CNA by code (2023)      | none: counted by the code too                    |
# | R13     | Cetrified (P1 2023), Cetrified (P3 2024)     | C: could lose through the group, not one string  |
PROGRAMS = {"P1": "51.3902", "P2": "48.0508", "P3": "51.2601"}
STUDENTS = {
    "R01": [("P1", 2)], "R02": [("P3", 2)], "R03": [("P1", 2), ("P3", 1)], "R04": [("P1", 2)], "R05": [("P1", 2)],
    "R06": [("P1", 1)], "R07": [("P2", 2)], "R08": [("P1", 2)], "R09": [("P1", 2)], "R10": [("P3", 2)],
    "R11": [("P1", 2)], "R12": [("P1", 2)], "R13": [("P1", 2), ("P3", 1)],
}
AHA = "American Heart Association"
CREDENTIALS = [  # student, year, program, name, vendor, code
    ("R01", 2024, "P1", "Zorblax Widget Technician", "", ""),
    ("R02", 2023, "P3", "Zorblax Widget Technician", "", ""),
    ("R03", 2024, "P1", "Zorblax Widget Technician", "", ""),
    ("R03", 2023, "P3", "Zorblax Widget Technician", "", ""),
    ("R04", 2024, "P1", "Zorblax Widget Technician", "", ""),
    ("R04", 2024, "P1", "Certified Nursing Assistant", "", "LICCNA00"),
    ("R05", 2026, "P1", "Zorblax Widget Technician", "", ""),
    ("R06", 2024, "P1", "Zorblax Widget Technician", "", ""),
    ("R07", 2024, "P2", "Zorblax Widget Technician", "", ""),
    ("R08", 2024, "P1", "Heartsaver Frist Aid", AHA, ""),
    ("R09", 2023, "P1", "Heartsaver Frist Aid", AHA, ""),
    ("R10", 2024, "P3", "Heartsaver Frist Aid", AHA, ""),
    ("R11", 2024, "P1", "Cetrified Nursing Assistant", "", ""),
    ("R12", 2024, "P1", "Cetrified Nursing Assistant", "", ""),
    ("R12", 2023, "P1", "Certified Nursing Assistant", "", "LICCNA00"),
    ("R13", 2023, "P1", "Cetrified Nursing Assistant", "", ""),
    ("R13", 2024, "P3", "Cetrified Nursing Assistant", "", ""),
]
ZORBLAX, HEARTSAVER = "zorblax widget technician", "heartsaver frist aid"
CETRIFIED = "cetrified nursing assistant"
AHA_KEY = "american heart association"
Z51 = {(ZORBLAX, "", "51.2601"), (ZORBLAX, "", "51.3902")}
Z48 = {(ZORBLAX, "", "48.0508")}
H = {(HEARTSAVER, AHA_KEY, "51.2601"), (HEARTSAVER, AHA_KEY, "51.3902")}
C = {(CETRIFIED, "", "51.2601"), (CETRIFIED, "", "51.3902")}


def _write(path: Path, header: list[str], rows: list[list]) -> None:
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh, quoting=csv.QUOTE_ALL)
        writer.writerow(header)
        writer.writerows(rows)


def _write_extract(raw: Path) -> None:
    raw.mkdir(parents=True)
    years = range(2020, 2027)
    _write(raw / "program_serials.csv",
           ["PROGRAM_SERIAL_NUMBER", "SCHOOL_YEAR", "CIP_CODE", "PROGRAM_NAME", "PROGRAM_TYPE", "BUILDING_CODE",
            "BUILDING_NAME", "DISTRICT_CODE", "DISTRICT_NAME"],
           [[p, y, cip, f"{p} program", "secondary", "B1", "Building B1", "D1", "District One"]
            for p, cip in PROGRAMS.items() for y in years])
    _write(raw / "program_enrollments.csv",
           ["RIC", "SCHOOL_YEAR", "PROGRAM_SERIAL_NUMBER", "GRADE_LEVEL", "COURSES_COMPLETED", "CONCENTRATOR_FLAG",
            "COMPLETER_FLAG"],
           [[s, 2023, p, "11", c, "Y" if c >= 2 else "N", "N"] for s, programs in STUDENTS.items()
            for p, c in programs])
    exits = [[s, y, "graduated" if y == 2024 else "still_enrolled"] for s in STUDENTS for y in (2023, 2024)]
    _write(raw / "student_exits.csv", ["RIC", "SCHOOL_YEAR", "EXIT_STATUS"], exits)
    _write(raw / "student_demographics.csv",
           ["RIC", "SCHOOL_YEAR", "SEX", "RACE_ETHNICITY", "DISABILITY_FLAG", "ECON_DISADVANTAGED_FLAG",
            "ENGLISH_LEARNER_FLAG", "HOMELESS_FLAG", "FOSTER_CARE_FLAG", "MILITARY_PARENT_FLAG", "SINGLE_PARENT_FLAG",
            "OUT_OF_WORKFORCE_FLAG", "MIGRANT_FLAG", "NONTRADITIONAL_FLAG"],
           [[s, y, "F", "white", *(["N"] * 10)] for s in STUDENTS for y in (2023, 2024)])
    _write(raw / "credentials_earned.csv",
           ["RIC", "SCHOOL_YEAR", "PROGRAM_SERIAL_NUMBER", "CREDENTIAL_NAME", "VENDOR", "CREDENTIAL_CODE",
            "CREDENTIAL_TYPE_CODE", "CREDENTIAL_TYPE_NAME"],
           [[s, y, p, name, vendor, code, "1", "approved"] for s, y, p, name, vendor, code in CREDENTIALS])
    _write(raw / "wbl_experiences.csv",
           ["RIC", "SCHOOL_YEAR", "PROGRAM_SERIAL_NUMBER", "WBL_EXPERIENCES", "AWARENESS_EXPERIENCES",
            "EXPLORATION_EXPERIENCES", "PREPARATION_EXPERIENCES", "TRAINING_EXPERIENCES", "APPRENTICESHIP_EXPERIENCES"],
           [["R01", 2024, "P1", "N", "0", "0", "1", "0", "0"]])


def _copy_project(dest: Path) -> Path:
    """The dbt project without its outputs, so a test may change its alias seed as a reviewer would."""
    dest.mkdir(parents=True)
    for name in ("dbt_project.yml", "profiles.yml"):
        shutil.copy(PROJECT_ROOT / name, dest / name)
    for name in ("models", "macros", "seeds", "analyses", "tests/dbt"):
        shutil.copytree(PROJECT_ROOT / name, dest / name)
    return dest


# The hand-worked table is about the queue, not about resolution: the fixed bars (set on the command line, they win
# over the rule fitted on the list) keep "Cetrified Nursing Assistant" a low-confidence fuzzy match whatever the
# calibration of the day decides
FIXED_BARS = ["--vars", '{"cte:resolution_min_score": 0.80, "cte:resolution_min_margin": 0.08}']


def _dbt(args: list[str], work: Path) -> None:
    if args[0] == "run":
        args = [*args, *FIXED_BARS]
    env = dict(os.environ, DBT_PROFILES_DIR=str(work / "project"), CTE_DUCKDB_PATH=str(work / "warehouse.duckdb"),
               CTE_RAW_PATH=str(work / "raw"))
    result = subprocess.run([str(BIN / "dbt"), *args, "--target-path", str(work / "target"), "--log-path",
                             str(work / "logs")], cwd=work / "project", env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout[-4000:]


@pytest.fixture(scope="module")
def queue_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = tmp_path_factory.mktemp("review_queue")
    _write_extract(work / "raw")
    _copy_project(work / "project")
    _dbt(["seed"], work)
    _dbt(["run"], work)
    return work


def _query(work: Path, sql: str, params: list | None = None) -> list[tuple]:
    con = duckdb.connect(str(work / "warehouse.duckdb"), read_only=True)
    try:
        return con.execute(sql, params or []).fetchall()
    finally:
        con.close()


def _groups(work: Path) -> dict[frozenset, tuple]:
    """{member strings: (rank, cohort affected, could gain, could lose, records)} of marts.credential_review_queue."""
    rows = _query(work, "select member_strings, review_rank, cohort_students_affected, cohort_students_could_gain, "
                        "cohort_students_could_lose, records_affected, member_count from marts.credential_review_queue")
    groups = {}
    for members, *counts, member_count in rows:
        parsed = frozenset(parse_members(members))
        assert len(parsed) == member_count
        groups[parsed] = tuple(counts)
    return groups


def test_groups_and_cohort_students_match_the_hand_worked_table(queue_build: Path) -> None:
    assert _groups(queue_build) == {
        frozenset(Z51): (1, 3, 3, 0, 7),
        frozenset(H): (2, 3, 3, 0, 3),
        frozenset(C): (3, 2, 0, 2, 4),
        frozenset(Z48): (4, 1, 1, 0, 1),
    }


def test_string_counts_are_each_strings_own(queue_build: Path) -> None:
    """R03 is in both Zorblax strings but once in their group; R13 could lose only through the whole group."""
    rows = _query(queue_build, "select normalized_name, normalized_vendor, cip_code, cohort_students_could_gain, "
                               "cohort_students_could_lose, records_affected "
                               "from marts.credential_review_queue_strings where normalized_name in (?, ?)",
                  [ZORBLAX, CETRIFIED])
    assert {(n, v, c): counts for n, v, c, *counts in rows} == {
        (ZORBLAX, "", "51.3902"): [2, 0, 5],
        (ZORBLAX, "", "51.2601"): [2, 0, 2],
        (ZORBLAX, "", "48.0508"): [1, 0, 1],
        (CETRIFIED, "", "51.3902"): [0, 1, 3],
        (CETRIFIED, "", "51.2601"): [0, 0, 1],
    }


def test_the_queue_and_the_mart_agree_on_who_waits_for_review(queue_build: Path) -> None:
    queue = _query(queue_build, "select distinct student_id from marts.credential_review_queue_students "
                                "where not has_counted_credential and pending_review_mention_count > 0 order by 1")
    mart = _query(queue_build, "select student_id from marts.fct_student_attainment "
                               "where is_attainment_pending_review order by 1")
    assert queue == mart == [(s,) for s in ("R01", "R02", "R03", "R07", "R08", "R09", "R10")]


def test_a_group_decision_reaches_every_member_string_after_a_rebuild(queue_build: Path,
                                                                      tmp_path: Path) -> None:
    """Z51 decided no credential and H decided Heartsaver First Aid, as a reviewer would on the exported lines; Z48
    (the same words in a welding program) is left for review, and stays there."""
    work = tmp_path / "rebuilt"
    shutil.copytree(queue_build, work, ignore=shutil.ignore_patterns("target", "logs"))
    export_queue(work / "warehouse.duckdb", work / "queue.csv")
    with (work / "queue.csv").open(newline="", encoding="utf-8") as fh:
        lines = list(csv.DictReader(fh))
    decisions = {frozenset(Z51): "NO_CREDENTIAL", frozenset(H): "AHAHSFAC"}
    for line in lines:
        line["decided_code"] = decisions.get(frozenset(parse_members(line["member_strings"])), "")
    with (work / "decided.csv").open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, list(lines[0]))
        writer.writeheader()
        writer.writerows(lines)
    aliases = work / "project" / "seeds" / "credential_aliases.csv"
    crosswalk = work / "project" / "seeds" / "xwalk_credentials.csv"
    summary = import_decisions(work / "decided.csv", aliases, crosswalk)
    assert summary == {"lines decided": 2, "added": 4, "unchanged": 0, "replaced": 0, "skipped (no decision)": 2}
    content = aliases.read_bytes()
    again = import_decisions(work / "decided.csv", aliases, crosswalk)
    assert again["unchanged"] == 4 and aliases.read_bytes() == content
    _dbt(["seed", "--select", "credential_aliases"], work)
    _dbt(["run"], work)
    strings = {
        (n, v, c): (status, method, code) for n, v, c, status, method, code in _query(
            work, "select normalized_name, normalized_vendor, cip_code, resolution_status, resolution_method, "
                  "credential_code from intermediate.int_credential_strings")}
    assert {strings[m] for m in Z51} == {("no_credential", "alias", None)}
    assert {strings[m] for m in H} == {("resolved", "alias", "AHAHSFAC")}
    assert {strings[m] for m in Z48} == {("needs_review", "unresolved", None)}
    assert set(_groups(work)) == {frozenset(C), frozenset(Z48)}
    pending = _query(work, "select student_id from marts.fct_student_attainment where is_attainment_pending_review")
    assert pending == [("R07",)]
