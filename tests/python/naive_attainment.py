"""A deliberately naive, independent recomputation of the Perkins V attainment indicators (an oracle for tests).

Written from the documentation only (README, docs/architecture.md, the docs blocks and yml descriptions, the seeds
and dbt_project.yml), never from the models' SQL, so that it does not share the model author's blind spots. Plain
Python and the csv module; it reads the six raw files, the seeds and the generator's gold labels, and imports
nothing from the project.

What it implements, for the default vars only (the docs' words in quotes):

Staging ("a row that cannot be used lands in the _rejects model"; reasons in the rejects' yml):
- school years: "2023-24", "2023-2024", "2024" (also "SY 2023-24") are the spring year 2024; anything else is
  invalid_school_year. Blank RIC: missing_student_id. Program serial not in the program directory:
  unknown_program_serial_number. Credential type code not 1-5: unknown_credential_type_code. Blank credential
  name: missing_credential_name. WBL string with a character not in xwalk_wbl_experience_codes
  (case-sensitive): invalid_wbl_character; longer than 30: wbl_string_too_long. A count that is not a whole
  number: invalid_count. Grade not 9-12: invalid_grade_level. A flag not in Y/N, 1/0, TRUE/FALSE, Yes/No, T/F (any
  case, spaces trimmed): invalid_flag. Exit status, lower-cased with spaces as "_", not in xwalk_exit_statuses:
  unknown_exit_status. CIP not NN.NNNN once a lost leading zero is padded back ("1.0000" -> "01.0000"):
  invalid_cip_code. Blank building or district: missing_building_or_district. duplicate_key: "a later row with
  the key of an earlier one" (keys = the grains of docs/architecture.md; credentials_earned has none).
- A program's CIP for a record's year: "the nearest earlier directory row, else the nearest later one"
  (int_program_years).

Denominator `concentrators` = "graduates who were CTE concentrators": cohort year = the school year of the
student's "first final exit" (xwalk_exit_statuses.is_final), a member only when that exit is `graduated`;
concentrator = "at least cte:concentrator_min_courses (2) courses in one program" (COURSES_COMPLETED is
cumulative, so: some enrollment row with courses_completed >= 2).

5S1 = "at least one counted credential ... reported in any school year up to the cohort year plus
cte:attainment_grace_years (1)". The credential codes of an entry are the GOLD codes (not the project's
resolution); a code is counted when its as-of-review status is approved, license or postsecondary, with the
classification rule of the docs block credential_classification_rules: licence kind -> license, postsecondary
kind -> postsecondary, industry (also empty kind) not aligned with the program's CIP -> supplementary, aligned ->
approved when review_school_year <= school year, else suggested (also without a review year). Repeat reports are
irrelevant: "attainment counts students".

5S3 = "at least one WBL experience of the types in cte:counted_wbl_types (preparation, training,
apprenticeship) up to the cohort year", decoded from the WBL string, one character per experience.

Where the docs are unclear or silent (the choice made here, to be confirmed):
1. Concentrator timing: the docs do not say whether the concentrator rule must be met by the cohort year. Here:
   by the cohort year (an enrollment row in a later year does not count). Likewise 5S3 and 5S1 have no lower
   bound on the school year ("any school year up to ...").
2. Cohort years: "cohorts past the current year dropped" appears only in the README's benchmark notes; here a
   cohort year must be <= cte:current_school_year (2026). No lower bound.
3. 5S3 decodes the string; the docs also say that "for a truncated string the reported counts are often the
   truer ones". The five count columns are used only to reject a row whose count is not a whole number
   (invalid_count), never to decide 5S3. A rejected WBL row counts for nothing, even its valid characters.
4. duplicate_key: whether "an earlier row" must itself be usable is not said. Here: only rows that pass every
   other rule take part (the extract has no repeated key outside rows already rejected for a blank RIC).
5. "unknown program serial": here a serial with no usable row in program_serials (any year).
6. A two-part school year whose parts are not consecutive ("2023-25") is treated as invalid; the docs only list
   valid spellings. "invalid_cip_code" is read as "not NN.NNNN after padding" (a CIP missing from
   xwalk_cip_codes is not rejected here); blank counts are invalid_count.
7. The first final exit decides graduation: a student who transferred out and graduated later is not in the
   graduates of any year (int_student_exits_first: "graduation year when the first final exit was a graduation").
8. missing_credential_name: here a blank CREDENTIAL_NAME rejects the row even when a drop-down CREDENTIAL_CODE is
   filled (the docs do not say whether a code alone is enough).
"""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

CURRENT_SCHOOL_YEAR = 2026
GRACE_YEARS = 1
COUNTED_TYPES = {"approved", "license", "postsecondary"}
COUNTED_WBL_TYPES = {"preparation", "training", "apprenticeship"}
MIN_COURSES = 2
FLAG_SPELLINGS = {"y", "n", "yes", "no", "true", "false", "t", "f", "1", "0"}


def read_csv(path: Path) -> list[dict[str, str]]:
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def spring_year(text: str) -> int | None:
    """'2023-24', '2023-2024', '2024', 'SY 2023-24' -> 2024; None when unparseable."""
    s = re.sub(r"^SY\s*", "", (text or "").strip(), flags=re.IGNORECASE)
    if re.fullmatch(r"\d{4}", s):
        return int(s)
    m = re.fullmatch(r"(\d{4})\s*-\s*(\d{2}|\d{4})", s)
    if not m:
        return None
    start, end = int(m[1]), m[2]
    ok = int(end) == start + 1 if len(end) == 4 else int(end) == (start + 1) % 100
    return start + 1 if ok else None


def is_whole_number(text: str) -> bool:
    return bool(re.fullmatch(r"\d+", (text or "").strip()))


def is_flag(text: str) -> bool:
    return (text or "").strip().lower() in FLAG_SPELLINGS


def pad_cip(text: str) -> str | None:
    s = (text or "").strip()
    if re.fullmatch(r"\d\.\d{4}", s):
        s = "0" + s
    return s if re.fullmatch(r"\d{2}\.\d{4}", s) else None


def drop_duplicates(rows: list[dict], key) -> list[dict]:
    """Keep the first usable row of each key (file order); a later row with the same key is a duplicate."""
    seen, kept = set(), []
    for r in rows:
        k = key(r)
        if k not in seen:
            seen.add(k)
            kept.append(r)
    return kept


@dataclass
class Seeds:
    credential_kind: dict[str, str]
    aligned: set[tuple[str, str]]
    review_year: dict[str, int]
    wbl_type: dict[str, str]
    exit_final: dict[str, bool]
    exit_graduate: dict[str, bool]
    type_codes: set[str]

    @classmethod
    def load(cls, seeds_dir: Path) -> Seeds:
        def seed(name: str) -> list[dict[str, str]]:
            return read_csv(seeds_dir / f"{name}.csv")

        creds, exits = seed("xwalk_credentials"), seed("xwalk_exit_statuses")
        return cls(
            credential_kind={r["credential_code"]: (r.get("credential_kind") or "").strip() or "industry"
                             for r in creds},
            aligned={(r["credential_code"], r["cip_code"]) for r in seed("xwalk_credential_cip_alignment")},
            review_year={r["cip_code"]: int(r["review_school_year"])
                         for r in seed("xwalk_cip_review_schedule") if r["review_school_year"]},
            wbl_type={r["experience_code"]: r["experience_type"] for r in seed("xwalk_wbl_experience_codes")},
            exit_final={r["exit_status"]: r["is_final"] == "true" for r in exits},
            exit_graduate={r["exit_status"]: r["is_graduate"] == "true" for r in exits},
            type_codes={r["credential_type_code"] for r in seed("xwalk_credential_types")},
        )

    def status_as_of_review(self, code: str, cip: str, school_year: int) -> str:
        kind = self.credential_kind[code]
        if kind in ("license", "postsecondary"):
            return kind
        if (code, cip) not in self.aligned:
            return "supplementary"
        review = self.review_year.get(cip)
        return "approved" if review is not None and review <= school_year else "suggested"


@dataclass
class StudentResult:
    student_id: str
    cohort_year: int
    has_counted_credential: bool = False
    has_counted_wbl: bool = False
    # evidence: (source_row_number, gold code, school year) of every counted credential in the window
    counted_mentions: list[tuple[int, str, int]] = field(default_factory=list)


def program_directory(raw: Path) -> dict[str, dict[int, str]]:
    """serial -> {directory school year: CIP code}, usable rows only."""
    usable = []
    for r in read_csv(raw / "program_serials.csv"):
        serial, year, cip = r["PROGRAM_SERIAL_NUMBER"].strip(), spring_year(r["SCHOOL_YEAR"]), pad_cip(r["CIP_CODE"])
        if serial and year and cip and r["BUILDING_CODE"].strip() and r["DISTRICT_CODE"].strip():
            usable.append((serial, year, cip))
    directory: dict[str, dict[int, str]] = defaultdict(dict)
    for serial, year, cip in drop_duplicates(usable, key=lambda t: t[:2]):
        directory[serial][year] = cip
    return directory


def cip_in_year(directory: dict[str, dict[int, str]], serial: str, year: int) -> str:
    years = directory[serial]
    earlier = [y for y in years if y <= year]
    return years[max(earlier)] if earlier else years[min(years)]


def compute(raw: Path, gold: Path, seeds_dir: Path) -> dict[tuple[str, int], StudentResult]:
    """(student_id, cohort_year) -> result, for every member of the default denominator (concentrators)."""
    seeds = Seeds.load(seeds_dir)
    directory = program_directory(raw)

    # graduates: first final exit, when it is a graduation
    exits = []
    for r in read_csv(raw / "student_exits.csv"):
        sid, year = r["RIC"].strip(), spring_year(r["SCHOOL_YEAR"])
        status = re.sub(r"\s+", "_", r["EXIT_STATUS"].strip().lower())
        if sid and year and status in seeds.exit_final:
            exits.append((sid, year, status))
    first_final: dict[str, tuple[int, str]] = {}
    for sid, year, status in drop_duplicates(exits, key=lambda t: t[:2]):
        if seeds.exit_final[status] and (sid not in first_final or year < first_final[sid][0]):
            first_final[sid] = (year, status)
    cohort = {sid: year for sid, (year, status) in first_final.items()
              if seeds.exit_graduate[status] and year <= CURRENT_SCHOOL_YEAR}

    # concentrators: at least MIN_COURSES courses in one program, by the cohort year
    enrollments = []
    for r in read_csv(raw / "program_enrollments.csv"):
        sid, year, serial = r["RIC"].strip(), spring_year(r["SCHOOL_YEAR"]), r["PROGRAM_SERIAL_NUMBER"].strip()
        grade = r["GRADE_LEVEL"].strip()
        if (sid and year and serial in directory and is_whole_number(r["COURSES_COMPLETED"])
                and grade.isdigit() and 9 <= int(grade) <= 12
                and is_flag(r["CONCENTRATOR_FLAG"]) and is_flag(r["COMPLETER_FLAG"])):
            enrollments.append((sid, year, serial, int(r["COURSES_COMPLETED"])))
    concentrators = {sid for sid, year, _serial, courses in drop_duplicates(enrollments, key=lambda t: t[:3])
                     if sid in cohort and courses >= MIN_COURSES and year <= cohort[sid]}
    results = {(sid, cohort[sid]): StudentResult(sid, cohort[sid]) for sid in concentrators}
    by_student = {sid: results[(sid, year)] for (sid, year) in results}

    # 5S1 from the gold codes of every usable credential row
    gold_codes = {int(g["source_row_number"]): [c.strip() for c in g["gold_credential_codes"].split(";") if c.strip()]
                  for g in read_csv(gold / "credential_gold_labels.csv")}
    for n, r in enumerate(read_csv(raw / "credentials_earned.csv"), start=1):
        sid, year, serial = r["RIC"].strip(), spring_year(r["SCHOOL_YEAR"]), r["PROGRAM_SERIAL_NUMBER"].strip()
        usable = (sid and year and serial in directory and r["CREDENTIAL_TYPE_CODE"].strip() in seeds.type_codes
                  and r["CREDENTIAL_NAME"].strip())
        res = by_student.get(sid)
        if not usable or res is None or year > res.cohort_year + GRACE_YEARS:
            continue
        cip = cip_in_year(directory, serial, year)
        for code in gold_codes[n]:
            if seeds.status_as_of_review(code, cip, year) in COUNTED_TYPES:
                res.has_counted_credential = True
                res.counted_mentions.append((n, code, year))

    # 5S3 from the decoded WBL strings
    wbl = []
    for r in read_csv(raw / "wbl_experiences.csv"):
        sid, year, serial = r["RIC"].strip(), spring_year(r["SCHOOL_YEAR"]), r["PROGRAM_SERIAL_NUMBER"].strip()
        s = r["WBL_EXPERIENCES"]
        counts = [r[c] for c in ("AWARENESS_EXPERIENCES", "EXPLORATION_EXPERIENCES", "PREPARATION_EXPERIENCES",
                                 "TRAINING_EXPERIENCES", "APPRENTICESHIP_EXPERIENCES")]
        if (sid and year and serial in directory and len(s) <= 30 and all(ch in seeds.wbl_type for ch in s)
                and all(is_whole_number(c) for c in counts)):
            wbl.append((sid, year, serial, s))
    for sid, year, _serial, s in drop_duplicates(wbl, key=lambda t: t[:3]):
        res = by_student.get(sid)
        if res is not None and year <= res.cohort_year and any(seeds.wbl_type[ch] in COUNTED_WBL_TYPES for ch in s):
            res.has_counted_wbl = True
    return results
