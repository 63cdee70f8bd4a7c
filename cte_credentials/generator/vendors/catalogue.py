"""The vendors and their exams: who shares data since when, how each writes its file, the exams of each
credential and how often candidates pass them, and the columns of the files and gold files written.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from functools import cache

import numpy as np
import pyarrow.compute  # noqa: F401  (pa.compute)

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
