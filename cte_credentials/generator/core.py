"""The embedded synthetic extract: a state's CTE records for school years 2019-20 to 2025-26.

Students are simulated cohort by cohort with numpy (no per-student Python loop), so scale 10 stays fast. Only the
credential text, which must be messy the way people are messy, is written row by row.

One module of about 430 lines on purpose: the six tables are drawn in a fixed order from one random stream, and the
order is the contract that keeps a seed's files byte-identical; split, it would hide that order across files.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute  # noqa: F401  (pa.compute)
import pyarrow.csv as pacsv
import pyarrow.parquet as pq

from cte_credentials.generator import messy
from cte_credentials.paths import SEEDS_DIR

YEARS = np.arange(2020, 2027)  # spring years: 2020 = SY 2019-20 ... 2026 = SY 2025-26
DROPDOWN_YEAR = 2026  # from SY 2025-26 the state's form has a drop-down with the state code
STUDENTS_PER_COHORT = 38_000  # at scale 1: ~100k WBL rows and ~27-45k credential rows a year
WBL_TYPES = ["awareness", "exploration", "preparation", "training", "apprenticeship"]
RACES = ["hispanic", "american_indian", "asian", "black", "pacific_islander", "white", "two_or_more"]
RACE_P = [0.14, 0.01, 0.04, 0.17, 0.003, 0.60, 0.037]
TYPE_NAMES = {"1": "approved", "2": "suggested", "3": "supplementary", "4": "postsecondary", "5": "license"}


@dataclass
class Seeds:
    credentials: list[dict]
    alignment: dict[str, list[str]]  # cip -> credential codes
    review_year: dict[str, int]
    wbl_codes: dict[str, list[str]]  # type -> letters


def _read(name: str) -> list[dict]:
    with open(SEEDS_DIR / f"{name}.csv", newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def load_seeds() -> Seeds:
    alignment: dict[str, list[str]] = {}
    for row in _read("xwalk_credential_cip_alignment"):
        alignment.setdefault(row["cip_code"], []).append(row["credential_code"])
    wbl: dict[str, list[str]] = {t: [] for t in WBL_TYPES}
    for row in _read("xwalk_wbl_experience_codes"):
        wbl[row["experience_type"]].append(row["experience_code"])
    return Seeds(
        credentials=_read("xwalk_credentials"),
        alignment=alignment,
        review_year={r["cip_code"]: int(r["review_school_year"]) for r in _read("xwalk_cip_review_schedule")},
        wbl_codes=wbl,
    )


class Progress:
    """A one-line progress bar on stderr; silent when asked to be quiet."""

    def __init__(self, total: int, quiet: bool) -> None:
        self.total, self.done, self.quiet = total, 0, quiet

    def step(self, label: str) -> None:
        import sys

        self.done += 1
        if not self.quiet:
            bar = "#" * (20 * self.done // self.total)
            sys.stderr.write(f"\r[{bar:<20}] {self.done}/{self.total} {label:<40}")
            if self.done == self.total:
                sys.stderr.write("\n")
            sys.stderr.flush()


def _school_year_text(years: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """'2023-24' mostly, '2023-2024' or '2024' in some years and some rows: the spellings found in real files."""
    years = np.asarray(years, dtype=int)
    style_by_year = rng.integers(3, size=len(YEARS) + 1)
    style = style_by_year[np.clip(years - YEARS[0], 0, len(YEARS))]
    noise = rng.random(len(years)) < 0.05
    style = np.where(noise, rng.integers(3, size=len(years)), style)
    prev = (years - 1).astype(str).astype(object)
    short = prev + "-" + np.char.zfill((years % 100).astype(str), 2).astype(object)
    long = prev + "-" + years.astype(str).astype(object)
    spring = years.astype(str).astype(object)
    return np.where(style == 0, short, np.where(style == 1, long, spring))


def _programs(seeds: Seeds, rng: np.random.Generator) -> dict:
    cips = sorted(c for c in seeds.alignment if len(seeds.alignment[c]) >= 2)
    n_districts, n_buildings, n_programs = 60, 160, 340
    district_names = [f"{n} {s}" for n, s in zip(
        rng.choice(["Maple", "Cedar", "River", "Lake", "Pine", "Oak", "Summit", "Valley", "Harbor", "Prairie",
                    "Granite", "Willow", "Eagle", "North", "South", "East", "West", "Bay", "Forest", "Iron"],
                   n_districts),
        rng.choice(["Public Schools", "Community Schools", "Area Schools", "School District", "Unified Schools"],
                   n_districts), strict=True)]
    district_names = [f"{name} #{i + 1}" if district_names.count(name) > 1 else name
                      for i, name in enumerate(district_names)]
    b_district = rng.integers(n_districts, size=n_buildings)
    b_kind = rng.choice(["High School", "Career Center", "Technical Center", "Senior High"], n_buildings,
                        p=[0.6, 0.2, 0.1, 0.1])
    building_names = [f"{district_names[d].split(' ')[0]} {k} {i + 1}" for i, (d, k) in
                      enumerate(zip(b_district, b_kind, strict=True))]
    p_building = rng.integers(n_buildings, size=n_programs)
    p_cip = rng.choice(cips, size=n_programs)
    p_start = rng.choice(YEARS, size=n_programs, p=[0.8, 0.04, 0.04, 0.04, 0.03, 0.03, 0.02])
    return dict(cip=p_cip, building=p_building, district=b_district[p_building], start=p_start,
                serial=np.array([f"{30000 + 37 * i:05d}" for i in range(n_programs)]),
                district_names=district_names, building_names=building_names,
                type=rng.choice(["secondary", "career_center", "early_college"], n_programs, p=[0.7, 0.25, 0.05]),
                n=n_programs)


def _program_serials(pr: dict, rng: np.random.Generator) -> pa.Table:
    rows = []
    for i in range(pr["n"]):
        for y in YEARS[YEARS >= pr["start"][i]]:
            cip = pr["cip"][i]
            if rng.random() < 0.04:  # exported through a spreadsheet: the leading zero is lost
                cip = cip.lstrip("0")
            rows.append((pr["serial"][i], int(y), cip, f"{cip} program at building {pr['building'][i] + 1}",
                         pr["type"][i], f"B{pr['building'][i] + 1:04d}", pr["building_names"][pr["building"][i]],
                         f"D{pr['district'][i] + 1:03d}", pr["district_names"][pr["district"][i]]))
    cols = list(zip(*rows, strict=True))
    years = np.array(cols[1])
    return pa.table({
        "PROGRAM_SERIAL_NUMBER": list(cols[0]), "SCHOOL_YEAR": list(_school_year_text(years, rng)),
        "CIP_CODE": list(cols[2]), "PROGRAM_NAME": list(cols[3]), "PROGRAM_TYPE": list(cols[4]),
        "BUILDING_CODE": list(cols[5]), "BUILDING_NAME": list(cols[6]), "DISTRICT_CODE": list(cols[7]),
        "DISTRICT_NAME": list(cols[8]),
    })


def _students(n_per_cohort: int, rng: np.random.Generator) -> dict:
    """One row per student: entry year (grade 9), how and when they leave, demographics and programs."""
    entry = np.repeat(np.arange(2017, 2027), n_per_cohort)
    n = len(entry)
    outcome = rng.choice(4, size=n, p=[0.86, 0.06, 0.07, 0.01])  # graduated, dropped out, transferred, non-diploma
    leave_offset = np.where(outcome == 0, 3, rng.integers(0, 4, size=n))
    leave_offset = np.where(outcome == 3, 3, leave_offset)
    final_year = entry + leave_offset
    return dict(
        id=np.array([f"{1_000_000_000 + 7919 * i % 8_999_999_999:010d}" for i in range(n)]),
        entry=entry, outcome=outcome, final_year=final_year, n=n,
        sex=rng.choice(["F", "M", "X"], size=n, p=[0.485, 0.51, 0.005]),
        race=rng.choice(RACES, size=n, p=RACE_P),
        flags=np.stack([rng.random(n) < p for p in (0.14, 0.45, 0.08, 0.02, 0.01, 0.02, 0.01, 0.005, 0.01)], 1),
        start_grade=rng.choice([9, 10, 11], size=n, p=[0.55, 0.3, 0.15]),
        second_program=rng.random(n) < 0.2,
    )


def generate(out: Path, gold: Path, seed: int = 20260, scale: float = 1.0, fmt: str = "csv",
             quiet: bool = False, vendors: bool = True) -> dict[str, int]:
    """Write the six raw tables to ``out`` and the gold labels to ``gold``; return row counts per table.

    With ``vendors`` (the default) also the student identity table and the vendors' test results with their gold
    files (generator/vendors/): written afterwards with a random stream of their own, so the six tables are the
    same bytes either way.
    """
    rng = np.random.default_rng(seed)
    seeds = load_seeds()
    n_per_cohort = max(1, int(round(STUDENTS_PER_COHORT * scale)))
    progress = Progress(8 if vendors else 7, quiet)
    pr = _programs(seeds, rng)
    st = _students(n_per_cohort, rng)
    progress.step("programs and students")

    # --- student-years: grades 9-12 inside 2020..2026, up to the final year
    sid = np.repeat(np.arange(st["n"]), 4)
    grade = np.tile(np.arange(9, 13), st["n"])
    year = st["entry"][sid] + grade - 9
    keep = (year >= YEARS[0]) & (year <= YEARS[-1]) & (year <= st["final_year"][sid])
    sid, grade, year = sid[keep], grade[keep], year[keep]
    is_final = year == st["final_year"][sid]
    status = np.where(is_final, np.array(["graduated", "dropped_out", "transferred_out",
                                          "completed_non_diploma"])[st["outcome"][sid]], "still_enrolled")
    status_text = np.array([s if r > 0.1 else s.replace("_", " ").title() for s, r in
                            zip(status, rng.random(len(status)), strict=True)])
    exits = pa.table({"RIC": st["id"][sid], "SCHOOL_YEAR": _school_year_text(year, rng), "EXIT_STATUS": status_text})
    flags = st["flags"][sid].copy()
    flags[:, 1] ^= rng.random(len(sid)) < 0.05  # economic status changes from year to year for some students
    yn = np.where(flags, "Y", "N")
    demo = pa.table({
        "RIC": st["id"][sid], "SCHOOL_YEAR": _school_year_text(year, rng), "SEX": st["sex"][sid],
        "RACE_ETHNICITY": st["race"][sid],
        **{name: yn[:, i] for i, name in enumerate([
            "DISABILITY_FLAG", "ECON_DISADVANTAGED_FLAG", "ENGLISH_LEARNER_FLAG", "HOMELESS_FLAG", "FOSTER_CARE_FLAG",
            "MILITARY_PARENT_FLAG", "SINGLE_PARENT_FLAG", "OUT_OF_WORKFORCE_FLAG", "MIGRANT_FLAG"])},
        # non-traditional field depends on the program and sex; approximated per student
        "NONTRADITIONAL_FLAG": np.where(rng.random(len(sid)) < 0.12, "Y", "N"),
    })
    progress.step("exits and demographics")

    # --- enrollments: a primary program (and for some a second) from the start grade on
    prog1 = rng.integers(pr["n"], size=st["n"])
    prog2 = rng.integers(pr["n"], size=st["n"])
    e_mask = grade >= st["start_grade"][sid]
    e_sid, e_grade, e_year = sid[e_mask], grade[e_mask], year[e_mask]
    second = st["second_program"][e_sid] & (e_grade >= 11)
    e_sid = np.concatenate([e_sid, e_sid[second]])
    e_grade = np.concatenate([e_grade, e_grade[second]])
    e_year = np.concatenate([e_year, e_year[second]])
    e_prog = np.concatenate([prog1[sid[e_mask]], prog2[sid[e_mask]][second]])
    open_mask = pr["start"][e_prog] <= e_year  # a program that did not exist yet: the student took the first one
    e_prog = np.where(open_mask, e_prog, prog1[e_sid])
    # one row per student, year and program: a second program that turned out to be the first is dropped
    _, first = np.unique(np.stack([e_sid, e_year, e_prog]), axis=1, return_index=True)
    e_sid, e_grade, e_year, e_prog = e_sid[first], e_grade[first], e_year[first], e_prog[first]
    order = np.lexsort((e_year, e_prog, e_sid))
    e_sid, e_grade, e_year, e_prog = e_sid[order], e_grade[order], e_year[order], e_prog[order]
    per_year = rng.choice([0, 1, 2], size=len(e_sid), p=[0.2, 0.55, 0.25])
    # cumulative courses within (student, program)
    group_start = np.r_[True, (e_sid[1:] != e_sid[:-1]) | (e_prog[1:] != e_prog[:-1])]
    csum = np.cumsum(per_year)
    base = np.maximum.accumulate(np.where(group_start, csum - per_year, 0))
    courses = csum - base
    enroll = pa.table({
        "RIC": st["id"][e_sid], "SCHOOL_YEAR": _school_year_text(e_year, rng),
        "PROGRAM_SERIAL_NUMBER": pr["serial"][e_prog], "GRADE_LEVEL": e_grade.astype(str),
        "COURSES_COMPLETED": courses.astype(str), "CONCENTRATOR_FLAG": np.where(courses >= 2, "Y", "N"),
        "COMPLETER_FLAG": np.where(courses >= 4, "Y", "N"),
    })
    progress.step("enrollments")

    # --- WBL: most enrollments have some experiences
    w_mask = rng.random(len(e_sid)) < 0.75
    w_idx = np.nonzero(w_mask)[0]
    wbl_rows = _wbl(w_idx, e_sid, e_year, e_prog, e_grade, st, pr, seeds, rng)
    progress.step("work-based learning")

    # --- credentials
    cred_rows, gold_rows = _credentials(e_sid, e_year, e_prog, e_grade, courses, st, pr, seeds, rng)
    progress.step("credentials")

    out.mkdir(parents=True, exist_ok=True)
    gold.mkdir(parents=True, exist_ok=True)
    tables = {
        "program_serials": _program_serials(pr, rng), "program_enrollments": enroll, "student_exits": exits,
        "student_demographics": demo, "wbl_experiences": wbl_rows, "credentials_earned": cred_rows,
    }
    tables = {name: _inject_bad_rows(name, t, rng) for name, t in tables.items()}
    progress.step("unusable rows")
    counts = {}
    for name, table in tables.items():
        table = pa.table({c: pa.compute.fill_null(table.column(c).cast(pa.string()), "")
                          for c in table.column_names})
        if fmt == "parquet":
            pq.write_table(table, out / f"{name}.parquet")
        else:
            pacsv.write_csv(table, out / f"{name}.csv",
                            pacsv.WriteOptions(quoting_style="needed"))
        counts[name] = table.num_rows
    gold_table = pa.table({k: [g[k] for g in gold_rows] for k in
                           ["source_row_number", "gold_credential_codes", "is_junk", "is_multi", "mess_kinds"]})
    pacsv.write_csv(gold_table, gold / "credential_gold_labels.csv")
    progress.step("written")
    if vendors:
        from cte_credentials.generator import vendors as vendor_side

        del tables, table, exits, demo, enroll, wbl_rows, gold_table  # written: free them for the vendor side

        counts.update(vendor_side.generate(vendor_side.Extract(
            student_ids=st["id"], entry=st["entry"], final_year=st["final_year"], sex=st["sex"],
            n_per_cohort=n_per_cohort, sy_sid=sid, sy_year=year, e_sid=e_sid, e_year=e_year, e_prog=e_prog,
            prog_cip=pr["cip"], prog_building=pr["building"], prog_district=pr["district"],
            district_names=pr["district_names"], building_names=pr["building_names"], alignment=seeds.alignment,
            credentials=cred_rows, credential_gold=gold_rows), out, gold, seed, fmt))
        progress.step("identities and vendor test results")
    return counts


def _wbl(w_idx, e_sid, e_year, e_prog, e_grade, st, pr, seeds, rng) -> pa.Table:
    n = len(w_idx)
    lengths = np.minimum(rng.geometric(0.28, size=n), 45)
    heavy = rng.random(n) < 0.012  # a tail of students logging every day of a long placement: cut at 30
    lengths = np.where(heavy, rng.integers(28, 48, size=n), lengths)
    type_p = np.array([0.34, 0.28, 0.18, 0.14, 0.06])
    # every experience of every row at once: its type, then one of that type's letters
    total = int(lengths.sum())
    types = rng.choice(5, size=total, p=type_p)
    letters = np.empty(total, dtype="<U1")
    for t, name in enumerate(WBL_TYPES):
        mask = types == t
        codes = np.array(seeds.wbl_codes[name])
        letters[mask] = codes[rng.integers(len(codes), size=int(mask.sum()))]
    row_of = np.repeat(np.arange(n), lengths)
    counts = np.zeros((n, 5), dtype=int)
    np.add.at(counts, (row_of, types), 1)  # the true counts, also for strings the state's system cut at 30
    ends = np.cumsum(lengths)
    starts = ends - lengths
    flat = "".join(letters.tolist())
    strings = [flat[a:a + min(b - a, 30)] for a, b in zip(starts.tolist(), ends.tolist(), strict=True)]
    mismatch = rng.random(n) < 0.02
    counts[mismatch, rng.integers(5, size=int(mismatch.sum()))] += 1
    sids = e_sid[w_idx]
    return pa.table({
        "RIC": st["id"][sids], "SCHOOL_YEAR": _school_year_text(e_year[w_idx], rng),
        "PROGRAM_SERIAL_NUMBER": pr["serial"][e_prog[w_idx]], "WBL_EXPERIENCES": strings,
        **{f"{t.upper()}_EXPERIENCES": counts[:, k].astype(str) for k, t in enumerate(WBL_TYPES)},
    })


def _status(kind: str, aligned: bool, reviewed: bool) -> str:
    if kind == "license":
        return "5"
    if kind == "postsecondary":
        return "4"
    if aligned:
        return "1" if reviewed else "2"
    return "3"


def _credentials(e_sid, e_year, e_prog, e_grade, courses, st, pr, seeds, rng):
    creds = seeds.credentials
    by_code = {c["credential_code"]: c for c in creds}
    readiness = [c["credential_code"] for c in creds if c.get("hierarchy_level") == "1"]
    all_codes = [c["credential_code"] for c in creds]
    grade_p = 0.76 * np.array([0.07, 0.14, 0.30, 0.42])[e_grade - 9]
    trend = 0.9 + 0.035 * (e_year - YEARS[0])
    pick = rng.random(len(e_sid)) < grade_p * trend * (1 + 0.15 * np.minimum(courses, 4))
    idx = np.nonzero(pick)[0]
    rows, gold = [], []
    dup_rows = []
    for i in idx:
        year, prog = int(e_year[i]), int(e_prog[i])
        cip = pr["cip"][prog]
        aligned_codes = seeds.alignment.get(cip, [])
        r = rng.random()
        if r < 0.03:  # junk
            codes: list[str] = []
        elif r < 0.075:  # several credentials in one entry
            pool = aligned_codes if len(aligned_codes) >= 2 else all_codes
            k = 2 if rng.random() < 0.8 else 3
            codes = list(rng.choice(pool, size=min(k, len(pool)), replace=False))
        elif rng.random() < 0.85 and aligned_codes:
            codes = [aligned_codes[int(rng.integers(len(aligned_codes)))]]
        else:
            codes = [readiness[int(rng.integers(len(readiness)))] if rng.random() < 0.6
                     else all_codes[int(rng.integers(len(all_codes)))]]
        sid = int(e_sid[i])
        # late entry: entered in the school year after the student left
        if st["final_year"][sid] < YEARS[-1] and rng.random() < 0.03:
            year = int(st["final_year"][sid]) + 1
        kinds: list[str] = []
        code_field = ""
        if not codes:
            name, vendor = messy.JUNK_ENTRIES[int(rng.integers(len(messy.JUNK_ENTRIES)))], ""
            kinds.append("junk")
        elif year >= 2026 and rng.random() < 0.9 and len(codes) == 1:
            c = by_code[codes[0]]
            name, vendor, code_field = c["credential_name"], c["vendor_name"], c["credential_code"]
            kinds.append("dropdown")
        elif len(codes) > 1:
            name = messy.multi_entry([by_code[c]["credential_name"] for c in codes], rng)
            vendor = by_code[codes[0]]["vendor_name"] if rng.random() < 0.5 else ""
            kinds.append("multi")
            if rng.random() < 0.3:
                name, _ = messy.abbreviate(name, rng)
                kinds.append("abbreviation")
        else:
            c = by_code[codes[0]]
            if rng.random() < 0.5:
                name, vendor = c["credential_name"], c["vendor_name"]
            else:
                name, vendor, extra = messy.messy_entry(c["credential_name"], c["vendor_name"], rng)
                kinds += extra
        first = by_code[codes[0]] if codes else None
        reviewed = seeds.review_year.get(cip, 9999) <= year
        type_code = _status(first.get("credential_kind", "industry"), codes[0] in aligned_codes, reviewed) \
            if first else str(int(rng.integers(1, 4)))
        if rng.random() < 0.07:
            type_code = str(int(rng.integers(1, 6)))
            kinds.append("type_disagrees")
        type_name = TYPE_NAMES[type_code]
        if rng.random() < 0.03:
            type_name = TYPE_NAMES[str(int(rng.integers(1, 6)))]
            kinds.append("type_name_disagrees")
        if rng.random() < 0.3:
            type_name = type_name.title()
        row = [st["id"][sid], year, pr["serial"][prog], name, vendor, code_field, type_code, type_name]
        rows.append(row)
        gold.append(dict(gold_credential_codes=";".join(codes), is_junk=str(not codes).lower(),
                         is_multi=str(len(codes) > 1).lower(), mess_kinds=";".join(kinds)))
        if codes and rng.random() < 0.015:  # reported twice, sometimes a year later
            dup = list(row)
            dup[1] = min(year + int(rng.integers(0, 2)), int(YEARS[-1]))
            dup_rows.append((dup, dict(gold[-1], mess_kinds=";".join(kinds + ["repeat_report"]))))
    for dup, g in dup_rows:
        rows.append(dup)
        gold.append(g)
    order = rng.permutation(len(rows))
    rows = [rows[k] for k in order]
    gold = [dict(gold[k], source_row_number=n + 1) for n, k in enumerate(order)]
    cols = list(zip(*rows, strict=True))
    years = np.array(cols[1])
    table = pa.table({
        "RIC": list(cols[0]), "SCHOOL_YEAR": list(_school_year_text(years, rng)),
        "PROGRAM_SERIAL_NUMBER": list(cols[2]), "CREDENTIAL_NAME": list(cols[3]), "VENDOR": list(cols[4]),
        "CREDENTIAL_CODE": list(cols[5]), "CREDENTIAL_TYPE_CODE": list(cols[6]),
        "CREDENTIAL_TYPE_NAME": list(cols[7]),
    })
    return table, gold


BAD_VALUES = {
    "RIC": "", "SCHOOL_YEAR": "20X3", "PROGRAM_SERIAL_NUMBER": "99999", "CREDENTIAL_TYPE_CODE": "9",
    "WBL_EXPERIENCES": "GJ?N", "EXIT_STATUS": "moved away?", "COURSES_COMPLETED": "two",
}


def _inject_bad_rows(name: str, table: pa.Table, rng: np.random.Generator) -> pa.Table:
    """Spoil ~0.2% of rows in place (never adding or removing rows, so gold row numbers stay valid)."""
    n = table.num_rows
    k = max(1, int(n * 0.002))
    targets = [c for c in BAD_VALUES if c in table.column_names]
    if name == "program_serials":
        return table  # the directory stays clean: its rows are the reference for serial numbers
    rows = rng.choice(n, size=k, replace=False)
    cols = {c: table.column(c).to_pylist() for c in targets}
    for r in rows:
        col = targets[int(rng.integers(len(targets)))]
        cols[col][r] = BAD_VALUES[col]
    for c, values in cols.items():
        table = table.set_column(table.column_names.index(c), c, pa.array([str(v) for v in values]))
    return table
