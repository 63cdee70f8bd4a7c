"""The vendors' side of the synthetic extract: the state's restricted student identity table, every credential test
attempt five data-sharing vendors send the state, and gold links for record linkage and vendor validation.

Written after the six raw tables, from their true (pre-spoiling) values, with a random generator of its own
(``SeedSequence([seed, VENDOR_STREAM])``): the six files and their gold labels are byte-identical with or without
this module. See docs/synthetic_vendor_data.md for the file contracts, the gold files and the measured rates.

Model, in short:
- people: every simulated student gets a name, a birth date and a household (address timeline, last-name timeline);
  twins share household and birth date, siblings share household; households move and some change last name.
- vendors: each self-reported credential (gold code of a ``credentials_earned`` row) of a data-sharing vendor is a
  true pass (with earlier fails) in or just before its school year, or, for about 3% of student-credential pairs, a
  claim never passed (only fails, or nothing). Passes the schools never reported (about 15% of passes), fail-only
  candidates, twins testing together and people who are not in the extract (adults, parents, out-of-state and
  private-school students) are added; then each vendor account is written the way that vendor's file writes it, with
  the mess real files have (nicknames, typos, missing middle names, hyphenated and changed last names, day/month
  swaps, stale addresses and ZIPs...).
"""

from __future__ import annotations

import bisect
import datetime as dt
import gc
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute  # noqa: F401  (pa.compute)
import pyarrow.csv as pacsv
import pyarrow.parquet as pq

from cte_credentials.generator import names as nm

VENDOR_STREAM = 0x56454E44  # "VEND": the vendor side's own random stream, never the core generator's
FIRST_YEAR, LAST_YEAR = 2020, 2026  # spring years of the extract; a vendor year runs Sept 2 to Sept 1
ADDR_YEAR0 = 2017  # address and name timelines are kept for spring years 2017..2027
ADDR_SLOTS = 11
MAX_VERSIONS = 4  # a household has at most four addresses over the timeline

TARGET_UNREPORTED = 0.15  # share of vendor passes of extract students with no credentials_earned row
TARGET_CLAIMS = 0.03  # share of student-credential pairs self-reported but never passed
GIVE_UP = 0.35  # after a fail, the chance a candidate does not retake
MAX_ATTEMPTS = 4


@dataclass(frozen=True)
class Vendor:
    key: str  # record-id prefix
    name: str  # as written in the VENDOR column
    coverage_start: int  # first vendor year (spring) whose attempts the vendor shares
    score_min: int
    score_max: int
    pass_text: str
    fail_text: str
    non_extract_share: float  # share of the vendor's candidate chains from people not in the extract
    style: dict = field(default_factory=dict)


# How each vendor writes its records: stable per vendor (probabilities per vendor account).
BASE_STYLE = dict(upper=False, p_nick=0.06, p_middle_full=0.3, p_middle_initial=0.25, p_address=0.8, p_zip=0.95,
                  p_ssn=0.0, p_district=0.3, p_lower=0.0, p_strip_accents=0.5, p_zip4=0.0, p_suffix_long=0.3,
                  p_dob_missing=0.01, online_site="Online")
VENDORS: dict[str, Vendor] = {v.key: v for v in [
    Vendor("NRA", "National Restaurant Association", 2020, 0, 100, "PASS", "FAIL", 0.45,
           dict(BASE_STYLE, upper=True, p_nick=0.05, p_middle_full=0.05, p_middle_initial=0.25, p_ssn=0.04,
                p_district=0.15, p_strip_accents=1.0, online_site="ServSafe Online Proctored")),
    Vendor("NHA", "NHA", 2021, 200, 500, "Pass", "Fail", 0.40,
           dict(BASE_STYLE, p_nick=0.04, p_middle_full=0.55, p_middle_initial=0.2, p_address=0.92, p_ssn=0.25,
                p_district=0.3, p_strip_accents=1.0, p_zip4=0.2, online_site="NHA Remote Proctoring")),
    Vendor("CPT", "Certiport", 2020, 0, 1000, "Passed", "Failed", 0.12,
           dict(BASE_STYLE, p_nick=0.18, p_middle_full=0.08, p_middle_initial=0.1, p_address=0.25, p_zip=0.7,
                p_district=0.85, p_lower=0.08, online_site="Certiport Authorized Testing Center (online)")),
    Vendor("NIMS", "NIMS", 2022, 0, 100, "P", "F", 0.30,
           dict(BASE_STYLE, p_nick=0.08, p_middle_full=0.3, p_middle_initial=0.3, p_address=0.6, p_zip=0.9,
                p_district=0.6)),
    Vendor("CS", "CareerSafe", 2021, 0, 100, "Completed", "Not Completed", 0.08,
           dict(BASE_STYLE, p_nick=0.15, p_middle_full=0.04, p_middle_initial=0.08, p_address=0.4, p_zip=0.9,
                p_district=0.5, p_lower=0.12, p_dob_missing=0.02, online_site="CareerSafe Online")),
]}
PASS_SCORE = {"NRA": 75, "NHA": 390, "CPT": 700, "NIMS": 70, "CS": 70}

# (vendor, state credential code, vendor exam code, vendor exam name, first and last vendor year the code is used,
# weight when several codes are used the same year). Exam codes and names are written in each vendor's style; they
# are modelled on, not copied from, the vendors' catalogues (the older/newer MOS exam numbers follow the pattern
# of the real ones, the others are invented).
EXAMS: list[tuple[str, str, str, str, int, int, float]] = [
    ("NRA", "SSVFDMGR", "FPM-EN", "ServSafe Food Protection Manager Certification Examination", 2020, 2026, 0.92),
    ("NRA", "SSVFDMGR", "FPM-ES", "ServSafe Food Protection Manager Certification Examination - Spanish", 2020,
     2026, 0.08),
    ("NRA", "SSVFDHND", "FH-ASMT", "ServSafe Food Handler Assessment", 2020, 2026, 1),
    ("NRA", "SSVALLRG", "ALG-OL", "ServSafe Allergens Online Course and Assessment", 2020, 2026, 1),
    ("NRA", "SSVALCHL", "ALC-PRI", "ServSafe Alcohol Primary Exam", 2020, 2026, 1),
    ("NHA", "NHACCMA0", "CCMA", "Certified Clinical Medical Assistant Exam", 2020, 2026, 1),
    ("NHA", "NHACPT00", "CPT", "Certified Phlebotomy Technician Exam", 2020, 2026, 1),
    ("NHA", "NHACET00", "CET", "Certified EKG Technician Exam", 2020, 2026, 1),
    ("NHA", "NHACPCTA", "CPCT/A", "Certified Patient Care Technician/Assistant Exam", 2020, 2026, 1),
    ("NHA", "NHACBCS0", "CBCS", "Certified Billing & Coding Specialist Exam", 2020, 2026, 1),
    ("NHA", "NHACEHRS", "CEHRS", "Certified Electronic Health Record Specialist Exam", 2020, 2026, 1),
    ("NHA", "NHACMAA0", "CMAA", "Certified Medical Administrative Assistant Exam", 2020, 2026, 1),
    ("NHA", "NHAEXCPT", "ExCPT", "Exam for the Certification of Pharmacy Technicians", 2020, 2026, 1),
    ("CPT", "MOSWORD1", "77-725", "Word 2016: Core Document Creation, Collaboration and Communication", 2020, 2021, 1),
    ("CPT", "MOSWORD1", "MO-100", "Microsoft Word (Word and Word 2019)", 2021, 2026, 1),
    ("CPT", "MOSWORDX", "77-726", "Word 2016 Expert: Creating Documents for Effective Communication", 2020, 2021, 1),
    ("CPT", "MOSWORDX", "MO-101", "Microsoft Word Expert (Word and Word 2019)", 2021, 2026, 1),
    ("CPT", "MOSEXCL1", "77-727", "Excel 2016: Core Data Analysis, Manipulation, and Presentation", 2020, 2021, 1),
    ("CPT", "MOSEXCL1", "MO-200", "Microsoft Excel (Excel and Excel 2019)", 2021, 2026, 1),
    ("CPT", "MOSEXCLX", "77-728", "Excel 2016 Expert: Interpreting Data for Insights", 2020, 2021, 1),
    ("CPT", "MOSEXCLX", "MO-201", "Microsoft Excel Expert (Excel and Excel 2019)", 2021, 2026, 1),
    ("CPT", "MOSPPT01", "77-729", "PowerPoint 2016: Core Presentation Design and Delivery Skills", 2020, 2021, 1),
    ("CPT", "MOSPPT01", "MO-300", "Microsoft PowerPoint (PowerPoint and PowerPoint 2019)", 2021, 2026, 1),
    ("CPT", "MOSACCS1", "77-730", "Access 2016: Core Database Management, Manipulation, and Query Skills", 2020,
     2026, 1),
    ("CPT", "MOSACCSX", "MO-500", "Microsoft Access Expert (Access and Access 2019)", 2020, 2026, 1),
    ("CPT", "MOSOUTL1", "MO-400", "Microsoft Outlook (Outlook and Outlook 2019)", 2020, 2026, 1),
    ("CPT", "MSAZ900F", "AZ-900", "Microsoft Azure Fundamentals", 2020, 2026, 1),
    ("CPT", "MSAI900F", "AI-900", "Microsoft Azure AI Fundamentals", 2020, 2026, 1),
    ("CPT", "MTA98381", "98-381", "MTA: Introduction to Programming Using Python", 2020, 2026, 1),
    ("CPT", "MTA98366", "98-366", "MTA: Networking Fundamentals", 2020, 2026, 1),
    ("CPT", "MTA98367", "98-367", "MTA: Security Fundamentals", 2020, 2026, 1),
    ("CPT", "MTA98364", "98-364", "MTA: Database Fundamentals", 2020, 2026, 1),
    ("CPT", "ACPPHSHP", "ACP-PS", "Adobe Certified Professional in Visual Design using Adobe Photoshop", 2020, 2026, 1),
    ("CPT", "ACPILLUS", "ACP-AI", "Adobe Certified Professional in Graphic Design & Illustration using Adobe "
     "Illustrator", 2020, 2026, 1),
    ("CPT", "ACPINDSN", "ACP-ID", "Adobe Certified Professional in Print & Digital Media Publication using Adobe "
     "InDesign", 2020, 2026, 1),
    ("CPT", "ACPPREMR", "ACP-PR", "Adobe Certified Professional in Digital Video using Adobe Premiere Pro", 2020,
     2026, 1),
    ("CPT", "ACPAFTEF", "ACP-AE", "Adobe Certified Professional in Visual Effects & Motion Graphics using Adobe "
     "After Effects", 2020, 2026, 1),
    ("CPT", "ACPANIMT", "ACP-AN", "Adobe Certified Professional in Interactive Media using Adobe Animate", 2020,
     2026, 1),
    ("CPT", "ACPDRMWV", "ACP-DW", "Adobe Certified Professional in Web Authoring using Adobe Dreamweaver", 2020,
     2026, 1),
    ("CPT", "ACPEXPRS", "ACP-EX", "Adobe Certified Professional in Adobe Express", 2020, 2026, 1),
    ("CPT", "ACAPHSHP", "ACA-PS-CC2018", "Adobe Certified Associate: Visual Communication using Adobe Photoshop CC",
     2020, 2026, 1),
    ("CPT", "ITSPYTHN", "ITS-PY", "IT Specialist: Python", 2020, 2026, 1),
    ("CPT", "ITSJAVA0", "ITS-JAVA", "IT Specialist: Java", 2020, 2026, 1),
    ("CPT", "ITSJVSCR", "ITS-JS", "IT Specialist: JavaScript", 2020, 2026, 1),
    ("CPT", "ITSHTMLC", "ITS-HTML", "IT Specialist: HTML and CSS", 2020, 2026, 1),
    ("CPT", "ITSHTML5", "ITS-HTML5", "IT Specialist: HTML5 Application Development", 2020, 2026, 1),
    ("CPT", "ITSNETWK", "ITS-NET", "IT Specialist: Networking", 2020, 2026, 1),
    ("CPT", "ITSNTSEC", "ITS-NETSEC", "IT Specialist: Network Security", 2020, 2026, 1),
    ("CPT", "ITSCYBER", "ITS-CYBER", "IT Specialist: Cybersecurity", 2020, 2026, 1),
    ("CPT", "ITSDBASE", "ITS-DB", "IT Specialist: Databases", 2020, 2026, 1),
    ("CPT", "ITSDEVIC", "ITS-DEVICE", "IT Specialist: Device Configuration and Management", 2020, 2026, 1),
    ("CPT", "ITSCLOUD", "ITS-CLOUD", "IT Specialist: Cloud Computing", 2020, 2026, 1),
    ("CPT", "ITSSWDEV", "ITS-SWDEV", "IT Specialist: Software Development", 2020, 2026, 1),
    ("CPT", "ITSARTIN", "ITS-AI", "IT Specialist: Artificial Intelligence", 2020, 2026, 1),
    ("CPT", "ITSCMPTH", "ITS-CT", "IT Specialist: Computational Thinking", 2020, 2026, 1),
    ("CPT", "ESBENTR1", "ESB", "Entrepreneurship and Small Business", 2020, 2026, 1),
    ("NIMS", "NIMSMMS1", "MMS-L1", "Measurement, Materials & Safety - Level I", 2020, 2026, 1),
    ("NIMS", "NIMSJPBL", "JPBL-L1", "Job Planning, Benchwork & Layout - Level I", 2020, 2026, 1),
    ("NIMS", "NIMSCNCM", "CNCMILL-L1", "CNC Milling: Programming, Setup & Operations - Level I", 2020, 2026, 1),
    ("NIMS", "NIMSCNCT", "CNCTURN-L1", "CNC Turning: Programming, Setup & Operations - Level I", 2020, 2026, 1),
    ("NIMS", "NIMSMML1", "MILL-L1", "Milling I - Level I", 2020, 2026, 1),
    ("NIMS", "NIMSTBC1", "TBC-L1", "Turning Operations: Turning Between Centers - Level I", 2020, 2026, 1),
    ("NIMS", "NIMSITM1", "ITM-L1", "Industrial Technology Maintenance - Level 1", 2020, 2026, 1),
    ("CS", "OSH010GI", "OSHA10-GI", "OSHA 10-Hour General Industry", 2020, 2026, 1),
    ("CS", "OSH010CN", "OSHA10-CON", "OSHA 10-Hour Construction", 2020, 2026, 1),
    ("CS", "OSH010HC", "OSHA10-GI-HC", "OSHA 10-Hour General Industry (Healthcare)", 2020, 2026, 1),
    ("CS", "OSH030GI", "OSHA30-GI", "OSHA 30-Hour General Industry", 2020, 2026, 1),
    ("CS", "OSH030CN", "OSHA30-CON", "OSHA 30-Hour Construction", 2020, 2026, 1),
]
# Credentials of a data-sharing vendor that no attempt in its file proves: earned by combining exams (Certiport
# sends the exams, not the combination certifications). Self-reports of them are "not covered".
NOT_IN_FILE: dict[str, str] = {"MOSASSOC": "CPT", "MOSEXPRT": "CPT", "MOSMASTR": "CPT", "ACPVDSGN": "CPT",
                               "ACPVIDEO": "CPT", "ACPPRNTD": "CPT"}
# First-attempt and retake pass rates (approximate, invented, in the range vendors publish for such exams).
PASS_RATES: dict[str, tuple[float, float]] = {
    "SSVFDMGR": (0.62, 0.55), "SSVFDHND": (0.86, 0.8), "SSVALLRG": (0.82, 0.75), "SSVALCHL": (0.8, 0.75),
    "NHACCMA0": (0.68, 0.6), "NHACPT00": (0.72, 0.62), "NHACET00": (0.7, 0.6), "NHACPCTA": (0.66, 0.58),
    "NHACBCS0": (0.6, 0.52), "NHACEHRS": (0.74, 0.65), "NHACMAA0": (0.75, 0.66), "NHAEXCPT": (0.6, 0.5),
    "NIMSMMS1": (0.7, 0.6), "NIMSJPBL": (0.66, 0.58), "NIMSCNCM": (0.58, 0.5), "NIMSCNCT": (0.58, 0.5),
    "NIMSMML1": (0.64, 0.55), "NIMSTBC1": (0.64, 0.55), "NIMSITM1": (0.62, 0.55),
    "OSH010GI": (0.9, 0.85), "OSH010CN": (0.9, 0.85), "OSH010HC": (0.9, 0.85), "OSH030GI": (0.8, 0.75),
    "OSH030CN": (0.8, 0.75),
}
DEFAULT_PASS = {"MOS": (0.7, 0.6), "MTA": (0.6, 0.5), "MSA": (0.68, 0.6), "ACP": (0.66, 0.58), "ACA": (0.66, 0.58),
                "ITS": (0.55, 0.5), "ESB": (0.6, 0.55)}
EXPERT = {"MOSWORDX", "MOSEXCLX", "MOSACCSX"}

IDENTITY_COLUMNS = ["RIC", "SCHOOL_YEAR", "FIRST_NAME", "MIDDLE_NAME", "LAST_NAME", "BIRTH_DATE", "HOME_ADDRESS",
                    "HOME_ZIP", "DISTRICT_CODE"]
VENDOR_COLUMNS = ["VENDOR_RECORD_ID", "VENDOR", "VENDOR_YEAR", "EXAM_CODE", "EXAM_NAME", "FIRST_NAME",
                  "MIDDLE_NAME", "LAST_NAME", "HOME_ADDRESS", "HOME_ZIP", "BIRTH_MONTH", "BIRTH_DAY", "BIRTH_YEAR",
                  "SSN", "SCHOOL_DISTRICT", "TESTING_SITE", "TEST_DATE", "SCORE", "CERTIFICATION_STATUS"]
LINK_COLUMNS = ["vendor_record_id", "vendor", "true_ric", "person_key", "population", "credential_code", "is_pass",
                "attempt_number", "is_twin", "twin_ric", "reported_in_extract", "mess_kinds"]
VALIDATION_COLUMNS = ["source_row_number", "mention", "ric", "school_year", "credential_code", "vendor",
                      "validation", "truth", "reason", "passing_record_id"]
EXAM_COLUMNS = ["vendor", "exam_code", "exam_name", "credential_code", "first_vendor_year", "last_vendor_year",
                "score_min", "score_max", "pass_score", "pass_status", "fail_status", "vendor_coverage_start"]
IDENTITY_GOLD_COLUMNS = ["ric", "household_id", "twin_ric", "last_name_change_year", "addresses_in_extract"]

OUT_OF_STATE = [("Springfield", "IL", 62), ("Columbus", "OH", 43), ("Louisville", "KY", 40), ("Atlanta", "GA", 30),
                ("Nashville", "TN", 37), ("St. Louis", "MO", 63), ("Birmingham", "AL", 35), ("Charlotte", "NC", 28)]
ADULT_SITES = ["Community College Testing Center", "Workforce Center", "Adult Education Center",
               "Technical College Testing Center", "Restaurant Training Center", "Hospital Education Department"]


def pass_rates(code: str) -> tuple[float, float]:
    if code in PASS_RATES:
        return PASS_RATES[code]
    p1, p2 = DEFAULT_PASS.get(code[:3], (0.65, 0.55))
    if code in EXPERT:
        p1, p2 = p1 - 0.15, p2 - 0.1
    return p1, p2


@cache
def chain_probabilities(code: str) -> tuple[float, np.ndarray, np.ndarray]:
    """P(eventually pass); P(k fails before the pass | pass); P(k fails | never pass), k = 0..MAX_ATTEMPTS."""
    p1, p2 = pass_rates(code)
    pass_k = np.zeros(MAX_ATTEMPTS + 1)
    fail_k = np.zeros(MAX_ATTEMPTS + 1)
    reach = 1.0  # probability of reaching attempt k+1 after k fails
    for k in range(MAX_ATTEMPTS):
        p = p1 if k == 0 else p2
        pass_k[k] = reach * p
        failed = reach * (1 - p)
        if k == MAX_ATTEMPTS - 1:
            fail_k[k + 1] = failed
        else:
            fail_k[k + 1] = failed * GIVE_UP
            reach = failed * (1 - GIVE_UP)
    p_ever = pass_k.sum()
    return p_ever, pass_k / p_ever, fail_k / fail_k.sum()


@cache
def _cumulative(code: str, passed: bool) -> list[float]:
    _, pass_k, fail_k = chain_probabilities(code)
    cum = np.cumsum(pass_k if passed else fail_k)
    return (cum / cum[-1]).tolist()


def _fails(code: str, passed: bool, u: float) -> int:
    """How many fails a chain has, given whether it ends in a pass (u: a uniform draw)."""
    k = min(bisect.bisect_right(_cumulative(code, passed), u), MAX_ATTEMPTS)
    return k if passed else max(k, 1)


@dataclass
class Extract:
    """What the vendor side needs from the core generator: true values, before any row was spoiled."""

    student_ids: np.ndarray
    entry: np.ndarray
    final_year: np.ndarray
    sex: np.ndarray
    n_per_cohort: int
    sy_sid: np.ndarray  # student-year rows (every year a student is in the extract)
    sy_year: np.ndarray
    e_sid: np.ndarray  # enrollment rows
    e_year: np.ndarray
    e_prog: np.ndarray
    prog_cip: np.ndarray
    prog_building: np.ndarray
    prog_district: np.ndarray
    district_names: list[str]
    building_names: list[str]
    alignment: dict[str, list[str]]
    credentials: pa.Table  # credentials_earned before spoiling
    credential_gold: list[dict]

    def __post_init__(self) -> None:
        self.entry_list = self.entry.tolist()
        self.final_list = self.final_year.tolist()


def spring_year(text: str) -> int:
    text = text.strip()
    if text.isdigit():
        return int(text)
    return int(text[:4]) + 1


def school_year_label(y: int) -> str:
    return f"{y - 1}-{y % 100:02d}"


# ---------------------------------------------------------------------------------------------------------------
# people


@dataclass
class People:
    first: np.ndarray
    middle: np.ndarray
    birth: np.ndarray  # datetime64[D]
    hh: np.ndarray  # household = index of its root student
    twin: np.ndarray  # index of the twin, -1
    own_last: np.ndarray  # a half-sibling's own last name, or None
    last0: np.ndarray  # per household (indexed by root)
    last1: np.ndarray
    change_year: np.ndarray  # 0: never
    version: np.ndarray  # (n, ADDR_SLOTS): address version of the household by spring year
    addr_num: np.ndarray  # (n, MAX_VERSIONS)
    addr_street: np.ndarray
    addr_suffix: np.ndarray
    addr_apt: np.ndarray  # object: "" or "4B"
    addr_zip: np.ndarray
    district: np.ndarray  # (n, 7) district index by year of the extract
    building: np.ndarray  # (n, 7) building index by year, -1 unknown
    ssn: np.ndarray


def _draw(rng: np.random.Generator, key: str, size: int) -> np.ndarray:
    values, p = nm.tables()[key]
    return values[rng.choice(len(values), size=size, p=p)]


def _hyphenate(rng: np.random.Generator, last: np.ndarray, share: float) -> np.ndarray:
    mask = rng.random(len(last)) < share
    other = _draw(rng, "last", int(mask.sum()))
    out = last.copy()
    out[mask] = out[mask] + "-" + other
    return out


def _dates(years: np.ndarray, month: int, day: int) -> np.ndarray:
    years = np.asarray(years, dtype=int)
    base = {y: np.datetime64(f"{y:04d}-{month:02d}-{day:02d}", "D") for y in np.unique(years).tolist()}
    lookup = np.array([base[y] for y in np.unique(years).tolist()], dtype="datetime64[D]")
    return lookup[np.searchsorted(np.unique(years), years)]


def _district_zips(n_districts: int, rng: np.random.Generator) -> list[np.ndarray]:
    counts = rng.integers(1, 5, size=n_districts)
    pool = rng.choice(np.arange(40100, 42990), size=int(counts.sum()), replace=False)
    ends = np.cumsum(counts)
    return [np.sort(pool[e - c:e]) for c, e in zip(counts, ends, strict=True)]


def _people(x: Extract, rng: np.random.Generator, zips: list[np.ndarray]) -> People:
    n = len(x.student_ids)
    npc = x.n_per_cohort
    sex = x.sex
    first = np.empty(n, dtype=object)
    middle = np.empty(n, dtype=object)
    is_f = (sex == "F") | ((sex == "X") & (rng.random(n) < 0.5))
    for mask, key in [(is_f, "female"), (~is_f, "male")]:
        first[mask] = _draw(rng, key, int(mask.sum()))
        middle[mask] = _draw(rng, "middle_" + key, int(mask.sum()))
    for _ in range(10):  # a middle name is not the first name again
        same = np.nonzero(middle == first)[0]
        if not len(same):
            break
        for mask, key in [(is_f[same], "female"), (~is_f[same], "male")]:
            middle[same[mask]] = _draw(rng, "middle_" + key, int(mask.sum()))
    middle[rng.random(n) < 0.1] = ""  # no middle name
    # birth: fourteen on Sept 1 of the fall they start grade 9; some a year older or younger
    shift = rng.choice([-1, 0, 1], size=n, p=[0.05, 0.94, 0.01])
    birth = _dates(x.entry - 15 + shift, 9, 2) + rng.integers(0, 365, size=n).astype("timedelta64[D]")

    # households: siblings join an older sibling's household, twins share one (pointer jumping to the root)
    hh = np.arange(n)
    idx = np.arange(n)
    cohort_start = (idx // npc) * npc
    k = rng.integers(1, 5, size=n)
    target = cohort_start - k * npc + rng.integers(npc, size=n)
    sib = (rng.random(n) < 0.10) & (target >= 0)
    hh[sib] = target[sib]
    twin = np.full(n, -1)
    pos = idx - cohort_start
    a = idx[(pos % 2 == 0) & (pos + 1 < npc) & (rng.random(n) < 0.03)]  # about 3% of students are twins
    hh[a + 1] = a
    twin[a], twin[a + 1] = a + 1, a
    sib[a + 1] = False
    for _ in range(16):
        hh = hh[hh]
    birth[a + 1] = birth[a]
    for _ in range(10):  # twins have different first names
        same = first[a + 1] == first[a]
        if not same.any():
            break
        b = a[same] + 1
        for mask, key in [(is_f[b], "female"), (~is_f[b], "male")]:
            first[b[mask]] = _draw(rng, key, int(mask.sum()))
    own_last = np.full(n, None, dtype=object)
    half = sib & (rng.random(n) < 0.15)
    own_last[half] = _draw(rng, "last", int(half.sum()))
    own_last[a + 1] = own_last[a]  # twins share the last name, even a half-sibling's own

    # household last names and their changes
    last0 = _hyphenate(rng, _draw(rng, "last", n), 0.04)
    change_year = np.where(rng.random(n) < 0.025, rng.integers(2021, 2027, size=n), 0)
    last1 = last0.copy()
    ch = np.nonzero(change_year)[0]
    new = _draw(rng, "last", len(ch))
    kind = rng.random(len(ch))
    for j, i in enumerate(ch.tolist()):
        old = last0[i]
        if "-" in old and kind[j] < 0.5:
            last1[i] = old.split("-")[int(kind[j] * 4) % 2]  # a hyphen part dropped
        elif kind[j] < 0.45:
            last1[i] = f"{old}-{new[j]}"  # hyphenated
        else:
            last1[i] = new[j]  # a new last name (adoption, a parent's marriage)

    # districts and buildings by year, from the student's programs; home district = earliest program's
    n_dist = len(x.district_names)
    home = rng.integers(n_dist, size=n)
    home_b = np.full(n, -1)
    order = np.argsort(-x.e_year, kind="stable")
    home[x.e_sid[order]] = x.prog_district[x.e_prog[order]]
    home_b[x.e_sid[order]] = x.prog_building[x.e_prog[order]]
    district = np.repeat(home[:, None], LAST_YEAR - FIRST_YEAR + 1, axis=1).astype(np.int16)
    building = np.repeat(home_b[:, None], LAST_YEAR - FIRST_YEAR + 1, axis=1).astype(np.int32)
    district[x.e_sid, x.e_year - FIRST_YEAR] = x.prog_district[x.e_prog]
    building[x.e_sid, x.e_year - FIRST_YEAR] = x.prog_building[x.e_prog]

    # addresses: moves between school years; ZIP in the home district, a later one sometimes in another
    moves = rng.random((n, ADDR_SLOTS)) < 0.08
    moves[:, 0] = False
    version = np.minimum(np.cumsum(moves, axis=1), MAX_VERSIONS - 1).astype(np.int8)
    num = (10 ** rng.uniform(0.3, 4.0, size=(n, MAX_VERSIONS))).astype(np.int32) + 1
    street = rng.integers(len(nm.STREETS), size=(n, MAX_VERSIONS)).astype(np.int16)
    suffix = rng.choice(len(nm.SUFFIXES), size=(n, MAX_VERSIONS), p=nm.SUFFIX_P).astype(np.int16)
    apt = np.full((n, MAX_VERSIONS), "", dtype=object)
    has_apt = rng.random((n, MAX_VERSIONS)) < 0.12
    apt_n = rng.integers(1, 40, size=(n, MAX_VERSIONS))
    apt_l = rng.choice(["", "", "A", "B", "C"], size=(n, MAX_VERSIONS))
    apt[has_apt] = apt_n[has_apt].astype(str).astype(object) + apt_l[has_apt].astype(object)
    zip_district = np.where(rng.random((n, MAX_VERSIONS)) < 0.2, rng.integers(n_dist, size=(n, MAX_VERSIONS)),
                            home[:, None])
    zip_district[:, 0] = home
    zip_pick = rng.integers(0, 1 << 30, size=(n, MAX_VERSIONS))
    sizes = np.array([len(z) for z in zips])
    flat = np.concatenate(zips)
    offsets = np.r_[0, np.cumsum(sizes)[:-1]]
    addr_zip = flat[offsets[zip_district] + zip_pick % sizes[zip_district]].astype(np.int32)
    del zip_district, zip_pick
    ssn = _ssn(rng, n)
    return People(first=first, middle=middle, birth=birth, hh=hh, twin=twin, own_last=own_last, last0=last0,
                  last1=last1, change_year=change_year, version=version, addr_num=num, addr_street=street,
                  addr_suffix=suffix, addr_apt=apt, addr_zip=addr_zip, district=district, building=building, ssn=ssn)


def _ssn(rng: np.random.Generator, n: int) -> np.ndarray:
    """Obviously synthetic: area 900-999 (never issued as an SSN), group 01-99, serial 0001-9999."""
    return (rng.integers(900, 1000, size=n) * 1_000_000 + rng.integers(1, 100, size=n) * 10_000
            + rng.integers(1, 10_000, size=n))


def _address_texts(num: np.ndarray, street: np.ndarray, suffix: np.ndarray, apt: np.ndarray) -> np.ndarray:
    streets = np.array(nm.STREETS, dtype=object)
    suffixes = np.array([a for a, _ in nm.SUFFIXES], dtype=object)
    text = num.astype(str).astype(object) + " " + streets[street] + " " + suffixes[suffix]
    has_apt = apt != ""
    text[has_apt] = text[has_apt] + " Apt " + apt[has_apt]
    return text


def _last_at(p: People, s: np.ndarray, year: np.ndarray) -> np.ndarray:
    h = p.hh[s]
    cy = p.change_year[h]
    out = np.where((cy > 0) & (year >= cy), p.last1[h], p.last0[h])
    own = p.own_last[s]
    return np.where(own != None, own, out)  # noqa: E711  (object array comparison)


@cache
def _zip_texts() -> pa.Array:
    return pa.array([f"{z:05d}" for z in range(100_000)])


def _dense_unique(key: np.ndarray, size: int) -> tuple[np.ndarray, np.ndarray]:
    """np.unique(key, return_inverse=True) for small non-negative integer keys, without sorting."""
    seen = np.zeros(size, dtype=bool)
    seen[key] = True
    return np.nonzero(seen)[0], np.cumsum(seen)[key] - 1


def _take(values, index: np.ndarray) -> pa.Array:
    """values[index] as an Arrow string array: values converted once, gathered in C."""
    return pa.array(values, type=pa.string()).take(pa.array(index))


def _identity_table(x: Extract, p: People, rng: np.random.Generator) -> tuple[pa.Table, pa.Table]:
    n = len(p.hh)
    s, y = x.sy_sid, x.sy_year
    h = p.hh[s]
    v = p.version[h, y - ADDR_YEAR0]
    # address strings per (household, version) used
    uniq, inv = _dense_unique(h.astype(np.int64) * MAX_VERSIONS + v, n * MAX_VERSIONS)
    uh, uv = uniq // MAX_VERSIONS, uniq % MAX_VERSIONS
    texts = _address_texts(p.addr_num[uh, uv], p.addr_street[uh, uv], p.addr_suffix[uh, uv], p.addr_apt[uh, uv])
    # the state's table writes the middle name as an initial in about 2% of its rows
    initials = np.array([m[:1] for m in p.middle.tolist()], dtype=object)
    initial = (rng.random(len(s)) < 0.02) & (p.middle[s] != "")
    # last names: the household's before and after its change, or a half-sibling's own
    cy = p.change_year[p.hh]
    own = p.own_last != None  # noqa: E711  (object array comparison)
    before = np.where(own, p.own_last, p.last0[p.hh])
    after = np.where(own, p.own_last, p.last1[p.hh])
    use_after = (cy[s] > 0) & (y >= cy[s])
    labels = [school_year_label(v_) for v_ in range(FIRST_YEAR, LAST_YEAR + 1)]
    district_codes = [f"D{d + 1:03d}" for d in range(len(x.district_names))]
    students = np.nonzero(np.bincount(s, minlength=n))[0]
    birth_text = np.full(n, "", dtype=object)
    birth_text[students] = np.datetime_as_string(p.birth[students], unit="D").astype(object)
    table = pa.table({
        "RIC": _take(x.student_ids, s), "SCHOOL_YEAR": _take(labels, y - FIRST_YEAR),
        "FIRST_NAME": _take(p.first, s), "MIDDLE_NAME": _take(np.concatenate([p.middle, initials]), s + n * initial),
        "LAST_NAME": _take(np.concatenate([before, after]), s + n * use_after),
        "BIRTH_DATE": _take(birth_text, s), "HOME_ADDRESS": _take(texts, inv),
        "HOME_ZIP": _zip_texts().take(pa.array(p.addr_zip[h, v])),
        "DISTRICT_CODE": _take(district_codes, p.district[s, y - FIRST_YEAR]),
    })
    # gold: households, twins, name changes, distinct addresses seen in the extract
    present = students
    pairs, _ = _dense_unique(s.astype(np.int64) * MAX_VERSIONS + v, n * MAX_VERSIONS)
    n_addr = np.bincount(pairs // MAX_VERSIONS, minlength=n)
    first_y = np.full(n, 9999)
    last_y = np.zeros(n, dtype=int)
    np.minimum.at(first_y, s, y)
    np.maximum.at(last_y, s, y)
    cy = cy[present]
    changed = (cy > first_y[present]) & (cy <= last_y[present]) & ~own[present]
    tw = p.twin[present]
    gold = pa.table({
        "ric": x.student_ids[present], "household_id": ["H" + r for r in x.student_ids[p.hh[present]].tolist()],
        "twin_ric": np.where(tw >= 0, x.student_ids[np.maximum(tw, 0)], ""),
        "last_name_change_year": np.where(changed, cy.astype(str), ""),
        "addresses_in_extract": n_addr[present].astype(str),
    })
    return table, gold


# ---------------------------------------------------------------------------------------------------------------
# attempts


@dataclass
class Chains:
    """Candidate chains: one person's attempts at one credential's exam, ending in a pass or giving up."""

    person: list = field(default_factory=list)  # global person index (students first, then other people)
    code: list = field(default_factory=list)
    year: list = field(default_factory=list)  # vendor (spring) year of the chain
    fails: list = field(default_factory=list)
    passes: list = field(default_factory=list)
    origin: list = field(default_factory=list)
    anchor: list = field(default_factory=list)  # a fixed date (days since epoch) for the last attempt, or -1

    def add(self, person, code, year, fails, passes, origin, anchor=-1) -> None:
        self.person.append(person)
        self.code.append(code)
        self.year.append(year)
        self.fails.append(fails)
        self.passes.append(passes)
        self.origin.append(origin)
        self.anchor.append(anchor)


@dataclass
class Others:
    """People who are not in the extract."""

    first: list = field(default_factory=list)
    middle: list = field(default_factory=list)
    last: list = field(default_factory=list)
    birth: list = field(default_factory=list)
    address: list = field(default_factory=list)
    zip: list = field(default_factory=list)
    population: list = field(default_factory=list)
    district: list = field(default_factory=list)
    site: list = field(default_factory=list)
    ssn: list = field(default_factory=list)


@cache
def _catalogue() -> tuple[dict[str, str], dict[str, list[tuple]]]:
    vendor_of: dict[str, str] = {}
    exams: dict[str, list[tuple]] = {}
    for row in EXAMS:
        vendor_of[row[1]] = row[0]
        exams.setdefault(row[1], []).append(row)
    return vendor_of, exams


def _mentions(x: Extract) -> list[tuple[int, int, int, int, str]]:
    """(source_row_number, mention, student, spring year, code) of every gold code of a data-sharing vendor."""
    vendor_of, _ = _catalogue()
    index = {ric: i for i, ric in enumerate(x.student_ids.tolist())}
    rics = x.credentials.column("RIC").to_pylist()
    years = x.credentials.column("SCHOOL_YEAR").to_pylist()
    out = []
    for ric, year, g in zip(rics, years, x.credential_gold, strict=True):
        for m, code in enumerate(c for c in g["gold_credential_codes"].split(";") if c):
            if code in vendor_of or code in NOT_IN_FILE:
                out.append((int(g["source_row_number"]), m + 1, index[ric], spring_year(str(year)), code))
    return out


def _present(x: Extract, s: int, y: int) -> bool:
    """Whether student s is in the extract in spring year y (grades 9-12, up to the year they leave)."""
    e = x.entry_list[s]
    return max(e, FIRST_YEAR) <= y <= min(x.final_list[s], LAST_YEAR, e + 3)


def _attempt_chains(x: Extract, p: People, rng: np.random.Generator, mentions: list) -> tuple[Chains, dict, Others]:
    vendor_of, _ = _catalogue()
    chains = Chains()
    # --- self-reported groups (student, code): a pass in or just before the first year reported, or a claim
    groups: dict[tuple[int, str], int] = {}
    for _, _, s, y, code in mentions:
        groups[(s, code)] = min(y, groups.get((s, code), 9999))
    fate: dict[tuple[int, str], tuple[str, int]] = {}
    draws = rng.random((len(groups), 3))
    for (key, y_min), (u_claim, u_year, u_kind) in zip(groups.items(), draws.tolist(), strict=True):
        s, code = key
        base = min(y_min, int(x.final_year[s]))
        year = base - 1 if u_year < 0.2 and _present(x, s, base - 1) else base
        if u_claim < TARGET_CLAIMS:
            kind = "only_failed" if u_kind < 0.55 else "never_tested"
            fate[key] = (kind, min(y_min, base))
        else:
            fate[key] = ("passed", year)
        if code in NOT_IN_FILE:
            continue
        vendor = vendor_of[code]
        kind, year = fate[key]
        if year < VENDORS[vendor].coverage_start or kind == "never_tested":
            continue
        passed = kind == "passed"
        chains.add(s, code, year, _fails(code, passed, rng.random()), passed, "reported" if passed else "claim")
    taken = set(groups)  # (student, code) pairs with a self-report: membership only, never iterated

    # --- twins testing together: the co-twin takes the same exam the same day
    n_rep = len(chains.person)
    for j in range(n_rep):
        s, code, year = chains.person[j], chains.code[j], chains.year[j]
        t = int(p.twin[s])
        if not chains.passes[j] or t < 0 or (t, code) in taken or not _present(x, t, year) or rng.random() >= 0.5:
            continue
        ok = bool(rng.random() < pass_rates(code)[0])
        chains.add(t, code, year, 0 if ok else 1, ok, "twin", anchor=j)
        taken.add((t, code))

    # --- passes the schools never reported, then candidates who never passed
    aligned = _aligned_enrollments(x)
    reported_codes = [chains.code[j] for j in range(n_rep) if chains.passes[j]]
    n_reported = len(reported_codes)
    twin_passes = sum(1 for j in range(n_rep, len(chains.person)) if chains.passes[j])
    n_unreported = max(0, round(n_reported * TARGET_UNREPORTED / (1 - TARGET_UNREPORTED)) - twin_passes)
    for c in rng.integers(max(len(reported_codes), 1), size=n_unreported if reported_codes else 0).tolist():
        code = reported_codes[c]
        found = _pick_student(x, rng, aligned, code, taken)
        if found is None:
            continue
        s, year = found
        chains.add(s, code, year, _fails(code, True, rng.random()), True, "unreported")
        taken.add((s, code))
    passers: dict[str, int] = {}
    already_failed: dict[str, int] = {}
    for code, ok in zip(chains.code, chains.passes, strict=True):
        if ok:
            passers[code] = passers.get(code, 0) + 1
        else:
            already_failed[code] = already_failed.get(code, 0) + 1
    for code, n_pass in passers.items():
        p_ever, _, _ = chain_probabilities(code)
        n_fail = max(0, round(n_pass * (1 - p_ever) / p_ever) - already_failed.get(code, 0))
        for _ in range(n_fail):
            found = _pick_student(x, rng, aligned, code, taken)
            if found is None:
                continue
            s, year = found
            chains.add(s, code, year, _fails(code, False, rng.random()), False, "failed")
            taken.add((s, code))

    # --- people not in the extract
    others = Others()
    n_students = len(x.student_ids)
    by_vendor: dict[str, list[str]] = {}
    for code in chains.code:
        by_vendor.setdefault(vendor_of[code], []).append(code)
    for vkey, vendor in VENDORS.items():
        codes = by_vendor.get(vkey, [])
        if not codes:
            continue
        count = round(len(codes) * vendor.non_extract_share / (1 - vendor.non_extract_share))
        first_person = n_students + len(others.first)
        _other_people(x, p, rng, others, vkey, count)
        years = np.arange(vendor.coverage_start, LAST_YEAR + 1)
        # most take one of the vendor's exams, some a second one
        second = rng.random(count) < 0.15
        person = np.concatenate([np.arange(count), np.nonzero(second)[0]]) + first_person
        picks = rng.integers(len(codes), size=len(person))
        year = years[rng.integers(len(years), size=len(person))]
        u = rng.random((len(person), 2)).tolist()
        seen: set[tuple[int, str]] = set()
        for k, (who, c, y) in enumerate(zip(person.tolist(), picks.tolist(), year.tolist(), strict=True)):
            code = codes[c]
            if (who, code) in seen:
                continue
            seen.add((who, code))
            ok = u[k][0] < chain_probabilities(code)[0]
            chains.add(who, code, y, _fails(code, ok, u[k][1]), ok, "not_in_extract")
    return chains, fate, others


def _aligned_enrollments(x: Extract) -> dict[str, np.ndarray]:
    """Credential code -> enrollment rows (ascending) in a program whose CIP is aligned with it (vendors' codes)."""
    vendor_of, _ = _catalogue()
    order = np.argsort(x.e_prog, kind="stable")
    bounds = np.searchsorted(x.e_prog[order], np.arange(len(x.prog_cip) + 1))
    progs_of_cip: dict[str, list[int]] = {}
    for i, cip in enumerate(x.prog_cip.tolist()):
        progs_of_cip.setdefault(cip, []).append(i)
    progs_of_code: dict[str, list[int]] = {}
    for cip, codes in x.alignment.items():
        for code in codes:
            if code in vendor_of:
                progs_of_code.setdefault(code, []).extend(progs_of_cip.get(cip, []))
    out = {}
    for code, progs in progs_of_code.items():
        rows = [order[bounds[g]:bounds[g + 1]] for g in sorted(set(progs))]
        out[code] = np.sort(np.concatenate(rows)) if rows else np.zeros(0, dtype=np.int64)
    return out


def _pick_student(x: Extract, rng: np.random.Generator, aligned: dict, code: str, taken: set
                  ) -> tuple[int, int] | None:
    vendor_of, _ = _catalogue()
    start = VENDORS[vendor_of[code]].coverage_start
    pool = aligned.get(code)
    for _ in range(20):
        if pool is not None and len(pool) and rng.random() < 0.9:
            i = int(pool[int(rng.integers(len(pool)))])
        else:
            i = int(rng.integers(len(x.e_sid)))
        s, y = int(x.e_sid[i]), int(x.e_year[i])
        if y >= start and (s, code) not in taken:
            return s, y
    return None


def _other_people(x: Extract, p: People, rng: np.random.Generator, o: Others, vkey: str, count: int) -> None:
    """People who test with a vendor but are not in the extract: adults, parents of students (the household's
    address and mostly its last name), out-of-state students and private- or home-school students."""
    u = rng.random(count)
    female = rng.random(count) < (0.7 if vkey == "NHA" else 0.5)
    first = np.empty(count, dtype=object)
    middle = np.empty(count, dtype=object)
    for mask, key in [(female, "female"), (~female, "male")]:
        first[mask] = _draw(rng, key, int(mask.sum()))
        middle[mask] = _draw(rng, "middle_" + key, int(mask.sum()))
    middle[rng.random(count) < 0.15] = ""
    last = _hyphenate(rng, _draw(rng, "last", count), 0.04)
    num = (10 ** rng.uniform(0.3, 4.0, size=count)).astype(int) + 1
    street = rng.integers(len(nm.STREETS), size=count)
    suffix = rng.choice(len(nm.SUFFIXES), size=count, p=nm.SUFFIX_P)
    address = _address_texts(num, street, suffix, np.full(count, "", dtype=object))
    zip_code = p.addr_zip[rng.integers(len(p.hh), size=count), 0].astype(str).astype(object)
    site = np.array(ADULT_SITES, dtype=object)[rng.integers(len(ADULT_SITES), size=count)]
    district = np.full(count, "", dtype=object)
    birth_year = rng.integers(1965, 2005, size=count)
    population = np.full(count, "adult", dtype=object)

    parent = (u < 0.1) & (vkey in ("NRA", "NHA", "CS"))
    adult = ~parent & (u < 0.65) & (vkey != "CS")
    out_of_state = ~parent & ~adult & (u < 0.85)
    private = ~parent & ~adult & ~out_of_state
    # parents: a student's household address in a year the student is in school, mostly its last name
    k = int(parent.sum())
    s = rng.integers(len(p.hh), size=k)
    y = np.clip(x.entry[s] + 1, FIRST_YEAR, LAST_YEAR)
    h = p.hh[s]
    v = p.version[h, y - ADDR_YEAR0]
    address[parent] = _address_texts(p.addr_num[h, v], p.addr_street[h, v], p.addr_suffix[h, v], p.addr_apt[h, v])
    zip_code[parent] = p.addr_zip[h, v].astype(str)
    same_last = rng.random(k) < 0.75
    last[parent] = np.where(same_last, _last_at(p, s, y), last[parent])
    birth_year[parent] = x.entry[s] - 15 - rng.integers(20, 40, size=k)
    population[parent] = "parent_of_student"
    # students of other states: their ZIPs, career centers and (half the time) district
    k = int(out_of_state.sum())
    where = rng.integers(len(OUT_OF_STATE), size=k)
    city = np.array([c for c, _, _ in OUT_OF_STATE], dtype=object)[where]
    state = np.array([st for _, st, _ in OUT_OF_STATE], dtype=object)[where]
    prefix = np.array([z for _, _, z in OUT_OF_STATE])[where]
    zip_code[out_of_state] = [f"{z:05d}" for z in (prefix * 1000 + rng.integers(0, 1000, size=k)).tolist()]
    site[out_of_state] = city + " Career Center, " + state
    district[out_of_state] = np.where(rng.random(k) < 0.5, city + " City Schools", "")
    population[out_of_state] = "out_of_state_student"
    # private- and home-school students of the state
    k = int(private.sum())
    site[private] = np.where(rng.random(k) < 0.6, _draw(rng, "last", k) + " Christian Academy", "Home School")
    population[private] = "private_school_student"
    student_age = out_of_state | private
    birth_year[student_age] = rng.integers(2002, 2012, size=int(student_age.sum()))
    birth = _dates(birth_year, 1, 1) + rng.integers(0, 365, size=count).astype("timedelta64[D]")
    o.first += first.tolist()
    o.middle += middle.tolist()
    o.last += last.tolist()
    o.birth += list(birth)
    o.address += address.tolist()
    o.zip += zip_code.tolist()
    o.population += population.tolist()
    o.district += district.tolist()
    o.site += site.tolist()
    o.ssn += _ssn(rng, count).tolist()


def _attempt_days(x: Extract, chains: Chains, rng: np.random.Generator
                  ) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Every attempt of every chain: chain index, attempt number (0 first), day since the epoch, whether it is the
    chain's last. Retakes are 2-10 weeks apart and stay in the chain's vendor year (earlier fails that would fall
    before it are dropped). Students test at school (October to mid-June, more in spring); other people any day."""
    m = len(chains.person)
    year = np.array(chains.year, dtype=int)
    n_att = np.array(chains.fails, dtype=int) + np.array(chains.passes, dtype=int)
    lo = _dates(year - 1, 9, 2).astype(np.int64)
    hi = _dates(year, 9, 1).astype(np.int64)
    school_a = _dates(year - 1, 10, 1).astype(np.int64)
    school_b = _dates(year, 6, 15).astype(np.int64)
    u = rng.random((m, 3))
    student = np.array(chains.person, dtype=np.int64) < len(x.student_ids)
    last = np.where(student, school_a + ((school_b - school_a) * np.maximum(u[:, 0], u[:, 1])).astype(np.int64),
                    lo + ((hi - lo + 1) * u[:, 2]).astype(np.int64))
    anchor = np.array(chains.anchor, dtype=np.int64)
    has = anchor >= 0
    last[has] = last[anchor[has]]  # a twin testing the same day as the other twin's pass
    gaps = rng.integers(14, 71, size=(m, MAX_ATTEMPTS - 1))
    back = np.concatenate([np.zeros((m, 1), dtype=np.int64), np.cumsum(gaps, axis=1)], axis=1)
    days = last[:, None] - back  # column t: t attempts before the last
    keep = (np.arange(MAX_ATTEMPTS)[None, :] < n_att[:, None]) & (days >= lo[:, None])
    k = keep.sum(axis=1)
    jj, tt = np.nonzero(keep)
    return jj, k[jj] - 1 - tt, days[jj, tt], tt == 0


# ---------------------------------------------------------------------------------------------------------------
# how vendors write their records


def _name_typo(name: str, rng: np.random.Generator) -> str:
    if len(name) < 4:
        return name
    i = int(rng.integers(1, len(name) - 1))
    kind = int(rng.integers(4))
    if kind == 0:
        return name[: i - 1] + name[i] + name[i - 1] + name[i + 1:]
    if kind == 1:
        return name[:i] + name[i + 1:]
    if kind == 2:
        return name[:i] + name[i] + name[i:]
    return name[:i] + "aeioun"[int(rng.integers(6))] + name[i + 1:]


def _valid(y: int, m: int, d: int) -> bool:
    try:
        dt.date(y, m, d)
    except ValueError:
        return False
    return True


@dataclass
class Truth:
    """A person's identity at one moment, as the state knows it."""

    first: str
    middle: str
    last: str
    birth: dt.date
    num: int
    street: int
    suffix: int
    apt: str
    address: str
    zip: str
    district: str
    ssn: int


def _render(t: Truth, vendor: Vendor, rng: np.random.Generator, u: np.ndarray) -> tuple[list[str], list[str]]:
    """Write one vendor account: the fields as the vendor's file has them, and the kinds of mess applied."""
    st = vendor.style
    kinds: list[str] = []
    first, middle, last = t.first, t.middle, t.last
    nicks = nm.nicknames().get(first)
    if nicks and u[0] < st["p_nick"]:
        first = nicks[int(rng.integers(len(nicks)))]
        kinds.append("nickname")
    if nm.strip_accents(first + last) != first + last and u[1] < st["p_strip_accents"]:
        first, last = nm.strip_accents(first), nm.strip_accents(last)
        kinds.append("accent_stripped")
    if u[2] < 0.025:
        first = _name_typo(first, rng)
        kinds.append("typo_first")
    if u[3] < 0.025:
        last = _name_typo(last, rng)
        kinds.append("typo_last")
    if "-" in last and u[4] < 0.45:
        a, b = last.split("-", 1)
        choice = int(rng.integers(4))
        last = [f"{a} {b}", f"{a}{b}", a, b][choice]
        kinds.append("hyphen_space" if choice < 2 else "last_name_partial")
    if middle:
        if u[5] < st["p_middle_full"]:
            pass
        elif u[5] < st["p_middle_full"] + st["p_middle_initial"]:
            middle = middle[0]
            kinds.append("middle_initial")
        else:
            middle = ""
            kinds.append("middle_missing")
    if u[6] < 0.004:
        first, last = last, first
        kinds.append("names_swapped")
    if u[7] < st["p_lower"]:
        first, middle, last = first.lower(), middle.lower(), last.lower()
        kinds.append("case")
    b = t.birth
    by, bm, bd = str(b.year), str(b.month), str(b.day)
    if u[8] < st["p_dob_missing"]:
        by = bm = bd = ""
        kinds.append("dob_missing")
    elif u[8] < st["p_dob_missing"] + 0.03:
        if b.day <= 12 and b.day != b.month:  # only a day that can be a month is swapped
            bm, bd = str(b.day), str(b.month)
            kinds.append("dob_day_month_swap")
    elif u[8] < st["p_dob_missing"] + 0.04:
        y2, d2 = (b.year + (1 if rng.random() < 0.5 else -1), b.day) if rng.random() < 0.5 else (b.year, b.day + 1)
        if _valid(y2, b.month, d2):
            by, bd = str(y2), str(d2)
            kinds.append("dob_typo")
    address = ""
    if u[9] < st["p_address"]:
        if t.num >= 0:
            suffix = nm.SUFFIXES[t.suffix][1] if u[10] < st["p_suffix_long"] else nm.SUFFIXES[t.suffix][0]
            address = f"{t.num} {nm.STREETS[t.street]} {suffix}"
            if t.apt:
                if u[11] < 0.4:
                    kinds.append("apartment_dropped")
                else:
                    address += [f" Apt {t.apt}", f" #{t.apt}", f", Unit {t.apt}"][int(rng.integers(3))]
        else:
            address = t.address
    else:
        kinds.append("address_missing")
    zip_code = t.zip
    if u[12] >= st["p_zip"]:
        zip_code = ""
        kinds.append("zip_missing")
    elif u[13] < 0.01:
        i = int(rng.integers(1, 5))
        zip_code = zip_code[:i] + str((int(zip_code[i]) + int(rng.integers(1, 10))) % 10) + zip_code[i + 1:]
        kinds.append("zip_typo")
    elif u[13] < 0.01 + st["p_zip4"]:
        zip_code = f"{zip_code}-{int(rng.integers(1, 10000)):04d}"
    ssn = ""
    if t.ssn and u[14] < st["p_ssn"]:
        ssn = f"{t.ssn // 1_000_000:03d}-{t.ssn // 10_000 % 100:02d}-{t.ssn % 10_000:04d}"
    district = t.district if u[15] < st["p_district"] else ""
    if st["upper"]:
        first, middle, last, address = first.upper(), middle.upper(), last.upper(), address.upper()
    return [first, middle, last, address, zip_code, bm, bd, by, ssn, district], kinds


@cache
def _exam_options(code: str, year: int) -> tuple[list[tuple], list[float]]:
    """The exam codes a vendor used for a credential in a vendor year, and their cumulative weights."""
    _, exams = _catalogue()
    options = [e for e in exams[code] if e[4] <= year <= e[5]] or exams[code]
    w = np.cumsum([e[6] for e in options])
    return options, (w / w[-1]).tolist()


def _vendor_table(x: Extract, p: People, chains: Chains, others: Others, fate: dict, rng: np.random.Generator
                  ) -> tuple[pa.Table, pa.Table, dict[tuple[int, str], str]]:
    vendor_of, _ = _catalogue()
    rank = {k: r for r, k in enumerate(VENDORS)}
    keys = list(VENDORS)
    chain_j, attempt, day, is_last = _attempt_days(x, chains, rng)
    chain_rank = np.array([rank[vendor_of[c]] for c in chains.code], dtype=np.int64)
    order = np.lexsort((rng.random(len(day)), day, chain_rank[chain_j]))  # each vendor's file by test date
    chain_j, attempt, day, is_last = chain_j[order], attempt[order], day[order], is_last[order]
    n = len(day)
    vrank = chain_rank[chain_j]
    person = np.array(chains.person, dtype=np.int64)[chain_j]
    code = np.array(chains.code, dtype=object)[chain_j]
    ok = np.array(chains.passes, dtype=bool)[chain_j] & is_last
    d64 = day.astype("datetime64[D]")
    month_start = d64.astype("datetime64[M]")
    yy = d64.astype("datetime64[Y]").astype(np.int64) + 1970
    mm = month_start.astype(np.int64) % 12 + 1
    dd = (d64 - month_start).astype(np.int64) + 1
    year = yy + ((mm > 9) | ((mm == 9) & (dd >= 2)))

    # the truth at each attempt: students from their timelines, other people as they are
    ns = len(x.student_ids)
    st = person < ns
    sp = np.where(st, person, 0)
    op = np.where(st, 0, person - ns)
    h = p.hh[sp]
    yc = np.clip(year, FIRST_YEAR, LAST_YEAR) - FIRST_YEAR
    v = p.version[h, year - ADDR_YEAR0]

    def other(values: list, default) -> np.ndarray:
        arr = np.empty(len(values) + 1, dtype=object)
        arr[:-1] = values
        arr[-1] = default
        return arr[np.where(st, len(values), op)]

    first = np.where(st, p.first[sp], other(others.first, ""))
    middle = np.where(st, p.middle[sp], other(others.middle, ""))
    last = np.where(st, _last_at(p, sp, year), other(others.last, ""))
    birth = np.where(st, p.birth[sp], np.array(others.birth + [np.datetime64("2000-01-01")],
                                               dtype="datetime64[D]")[np.where(st, len(others.birth), op)])
    num = np.where(st, p.addr_num[h, v], -1)
    street = np.where(st, p.addr_street[h, v], -1)
    suffix = np.where(st, p.addr_suffix[h, v], -1)
    apt = np.where(st, p.addr_apt[h, v], "")
    address = other(others.address, "")
    zip_code = np.where(st, p.addr_zip[h, v].astype(str).astype(object), other(others.zip, ""))
    district = np.where(st, np.array(x.district_names, dtype=object)[p.district[sp, yc]], other(others.district, ""))
    ssn = np.where(st, p.ssn[sp], other(others.ssn, 0))
    building = np.where(st, p.building[sp, yc], -1)
    site_other = other(others.site, "")
    cy = p.change_year[h]
    near = st & (p.own_last[sp] == None) & (cy > 0) & (year >= cy - 1) & (year <= cy + 1)  # noqa: E711
    other_last = np.where(near, np.where(year >= cy, p.last0[h], p.last1[h]), None)
    twin = np.where(st, p.twin[sp], -1)

    # vendor accounts: a person's first attempt with a vendor registers the details the vendor keeps (and writes on
    # every later attempt); about 10% of attempts type them again. Rows of a vendor are in date order.
    u_extra = rng.random((n, 4))  # re-registration, exam version, testing site, name used
    key = person * len(keys) + vrank
    by_key = np.lexsort((np.arange(n), key))
    new_key = np.r_[True, key[by_key][1:] != key[by_key][:-1]]
    is_reg_sorted = new_key | (u_extra[by_key, 0] < 0.1)
    reg_sorted = np.maximum.accumulate(np.where(is_reg_sorted, np.arange(n), 0))
    reg_of = np.empty(n, dtype=np.int64)
    reg_of[by_key] = by_key[reg_sorted]
    regs = np.sort(by_key[is_reg_sorted])
    reg_index = np.zeros(n, dtype=np.int64)
    reg_index[regs] = np.arange(len(regs))
    # the name the student goes by at the test is not the state's name that year: near a change of last name
    alt_p = np.where(other_last == last, 0.0, np.where(year < cy, 0.4, 0.25))
    use_alt = (other_last != None) & (u_extra[:, 3] < alt_p)  # noqa: E711
    last_used = np.where(use_alt, other_last, last)
    cols = [c[regs].tolist() for c in (vrank, first, middle, last_used, birth.astype(object), num, street, suffix, apt,
                                       address, zip_code, district, ssn)]
    u = rng.random((len(regs), 16)).tolist()
    vendor_list = [VENDORS[k] for k in keys]
    reg_fields: list[list[str]] = []
    reg_kinds: list[str] = []
    for r, (vr, *truth) in enumerate(zip(*cols, strict=True)):
        fields, kinds = _render(Truth(*truth), vendor_list[vr], rng, u[r])
        reg_fields.append(fields)
        reg_kinds.append(";".join(kinds))
    kinds_reg = np.array(reg_kinds + [""], dtype=object)[reg_index[reg_of]]
    # later attempts on an account typed before a move or a change of name
    stale = st & ((num[reg_of] != num) | (street[reg_of] != street) | (zip_code[reg_of] != zip_code))
    renamed = st & (last_used[reg_of] != last)
    extra = np.where(stale, "address_stale", "")
    extra = np.where(renamed, np.where(stale, "address_stale;last_name_changed", "last_name_changed"), extra)
    kinds_out = np.where((kinds_reg != "") & (extra != ""), kinds_reg + ";" + extra, kinds_reg + extra)
    f = list(zip(*reg_fields, strict=True)) if reg_fields else [[]] * 10
    field_columns = [pa.array(list(c), type=pa.string()).take(pa.array(reg_index[reg_of])) for c in f]

    # testing site: the student's school (or the vendor's online proctoring), another person's test center
    online = np.array([VENDORS[k].style["online_site"] for k in keys], dtype=object)[vrank]
    school = np.array(x.building_names + [""], dtype=object)[building]
    sites = np.where(st, np.where((vrank == keys.index("CS")) | (building < 0) | (u_extra[:, 2] < 0.08), online,
                                  school),
                     np.where(u_extra[:, 2] < 0.25, online, site_other))
    # the vendor's exam code that year (a credential may have several: versions, languages)
    exam_code = np.empty(n, dtype=object)
    exam_name = np.empty(n, dtype=object)
    code_index = {c: k for k, c in enumerate(dict.fromkeys(chains.code))}
    ci = np.array([code_index[c] for c in chains.code], dtype=np.int64)[chain_j]
    uniq, inv = _dense_unique(ci * 16 + (year - FIRST_YEAR + 1), 16 * max(len(code_index), 1))
    order = np.argsort(inv, kind="stable")
    bounds = np.searchsorted(inv[order], np.arange(len(uniq) + 1))
    codes = list(code_index)
    for k, key in enumerate(uniq.tolist()):
        rows = order[bounds[k]:bounds[k + 1]]
        options, cum = _exam_options(codes[key // 16], key % 16 + FIRST_YEAR - 1)
        pick = np.minimum(np.searchsorted(cum, u_extra[rows, 1], side="right"), len(options) - 1)
        exam_code[rows] = np.array([e[2] for e in options], dtype=object)[pick]
        exam_name[rows] = np.array([e[3] for e in options], dtype=object)[pick]

    # scores: passing ones above the pass score, failing ones below it
    t_pass = np.array([PASS_SCORE[k] for k in keys])[vrank]
    s_max = np.array([VENDORS[k].score_max for k in keys])[vrank]
    s_min = np.array([VENDORS[k].score_min for k in keys])[vrank]
    lo = s_min + 0.3 * (t_pass - s_min)
    score = np.where(ok, t_pass + (s_max - t_pass) * rng.beta(2, 2.5, size=n),
                     t_pass - 1 - (t_pass - 1 - lo) * rng.beta(1.6, 2.2, size=n))
    group_start = np.searchsorted(vrank, vrank)  # rows are sorted by vendor: number them within each vendor
    record_id = np.array([f"{keys[r]}-{k:07d}" for r, k in zip(vrank.tolist(), (np.arange(n) - group_start + 1)
                                                                 .tolist(), strict=True)], dtype=object)
    names = np.array([VENDORS[k].name for k in keys], dtype=object)[vrank]
    pass_text = np.array([VENDORS[k].pass_text for k in keys], dtype=object)[vrank]
    fail_text = np.array([VENDORS[k].fail_text for k in keys], dtype=object)[vrank]
    labels = np.array([school_year_label(y) for y in range(FIRST_YEAR - 1, LAST_YEAR + 2)], dtype=object)
    table = pa.table(dict(zip(VENDOR_COLUMNS, [
        record_id, names, labels[year - FIRST_YEAR + 1], exam_code, exam_name, *field_columns, sites,
        np.datetime_as_string(d64, unit="D"), np.rint(score).astype(np.int64).astype(str),
        np.where(ok, pass_text, fail_text)], strict=True)))

    passing: dict[tuple[int, str], str] = {}
    reported = np.full(n, "", dtype=object)
    for i in np.nonzero(ok & st)[0].tolist():
        passing[(int(person[i]), code[i])] = record_id[i]
        reported[i] = "true" if (int(person[i]), code[i]) in fate else "false"
    population = np.where(st, "extract_student", other(others.population, ""))
    ric = np.where(st, x.student_ids[sp], "")
    person_key = np.where(st, ric, np.array([f"X{k + 1:07d}" for k in op.tolist()], dtype=object))
    links = pa.table(dict(zip(LINK_COLUMNS, [
        record_id, names, ric, person_key, population, code, np.where(ok, "true", "false"), (attempt + 1).astype(str),
        np.where(twin >= 0, "true", "false"), np.where(twin >= 0, x.student_ids[np.maximum(twin, 0)], ""), reported,
        kinds_out], strict=True)))
    return table, links, passing


def _validation(mentions: list, fate: dict, passing: dict, x: Extract) -> pa.Table:
    vendor_of, _ = _catalogue()
    cols = {c: [] for c in VALIDATION_COLUMNS}
    for srn, m, s, y, code in mentions:
        vkey = vendor_of.get(code) or NOT_IN_FILE[code]
        kind, year = fate[(s, code)]
        record = passing.get((s, code), "")
        if code in NOT_IN_FILE:
            validation, reason = "not_covered", "no_exam_in_file"
        elif year < VENDORS[vkey].coverage_start:
            validation, reason = "not_covered", "before_coverage"
        elif record:
            validation, reason = "confirmed", ""
        else:
            validation, reason = "contradicted", ""
        truth = kind
        values = [str(srn), str(m), x.student_ids[s], str(y), code, VENDORS[vkey].name, validation, truth, reason,
                  record if validation == "confirmed" else ""]
        for c, val in zip(VALIDATION_COLUMNS, values, strict=True):
            cols[c].append(val)
    return pa.table(cols)


def _exam_table() -> pa.Table:
    rows = [[VENDORS[v].name, code, name, cred, str(a), str(b), str(VENDORS[v].score_min), str(VENDORS[v].score_max),
             str(PASS_SCORE[v]), VENDORS[v].pass_text, VENDORS[v].fail_text, str(VENDORS[v].coverage_start)]
            for v, cred, code, name, a, b, _ in EXAMS]
    return pa.table({c: [r[k] for r in rows] for k, c in enumerate(EXAM_COLUMNS)})


def _write(table: pa.Table, path: Path, fmt: str) -> None:
    table = pa.table({c: pa.compute.fill_null(table.column(c).cast(pa.string()), "") for c in table.column_names})
    if fmt == "parquet":
        pq.write_table(table, path.with_suffix(".parquet"))
    else:
        pacsv.write_csv(table, path.with_suffix(".csv"), pacsv.WriteOptions(quoting_style="needed"))


def generate(x: Extract, out: Path, gold: Path, seed: int, fmt: str = "csv") -> dict[str, int]:
    """Write student_identities and vendor_test_results to ``out`` and their gold files to ``gold``."""
    # Millions of small lists and tuples, none of them in a cycle: the cyclic garbage collector would only walk them
    # again and again (a quarter of the time at 1x, more at 10x). Paused here, restored as it was.
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        return _generate(x, out, gold, seed, fmt)
    finally:
        if was_enabled:
            gc.enable()


def _generate(x: Extract, out: Path, gold: Path, seed: int, fmt: str) -> dict[str, int]:
    rng = np.random.default_rng(np.random.SeedSequence([seed, VENDOR_STREAM]))
    zips = _district_zips(len(x.district_names), rng)
    people = _people(x, rng, zips)
    identities, identity_gold = _identity_table(x, people, rng)
    mentions = _mentions(x)
    chains, fate, others = _attempt_chains(x, people, rng, mentions)
    results, links, passing = _vendor_table(x, people, chains, others, fate, rng)
    _write(identities, out / "student_identities", fmt)
    _write(results, out / "vendor_test_results", fmt)
    _write(links, gold / "vendor_gold_links", "csv")
    _write(_validation(mentions, fate, passing, x), gold / "vendor_gold_validation", "csv")
    _write(_exam_table(), gold / "vendor_gold_exams", "csv")
    _write(identity_gold, gold / "student_identity_gold", "csv")
    return {"student_identities": identities.num_rows, "vendor_test_results": results.num_rows}
