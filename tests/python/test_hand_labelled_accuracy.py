"""Resolution on 238 hand-labelled write-ins (tests/python/data), written apart from the generator's patterns.

Every measure is held to the issue's target: precision 99%, junk recall 98%, auto-assigned share and split recall
95% (the engine reaches 100%, 100%, 95.2% and 100% today; docs/resolution_accuracy.md). Short write-ins such as
"Red Cross CPR" or "Serve Safe" still go to review. An ambiguous entry must never be auto-assigned.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pyarrow as pa
import pytest

from cte_credentials.paths import SEEDS_DIR
from cte_credentials.resolve import load_refs_from_seeds, resolve_entries
from cte_credentials.resolve.metrics import Labelled, score

DATA = Path(__file__).parent / "data" / "hand_labelled_credentials.csv"


def load_hand_labelled(path: Path = DATA) -> tuple[list[dict], list[Labelled]]:
    with path.open(newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    labels = [Labelled(expected_codes=[c for c in r["expected_codes"].split(";") if c],
                       is_junk=r["expected_is_junk"] == "true", is_ambiguous="ambiguous" in r["note"]) for r in rows]
    return rows, labels


def predict(rows: list[dict]) -> list[list[tuple[str, str | None]]]:
    entries = pa.table({
        "entry_key": [str(i) for i in range(len(rows))],
        "credential_name_raw": [r["credential_name"] or None for r in rows],
        "vendor_raw": [r["vendor"] or None for r in rows],
        "cip_code": [r["cip_code"] or None for r in rows],
        "credential_code_reported": [None] * len(rows),
    })
    out = resolve_entries(entries, load_refs_from_seeds(SEEDS_DIR)).to_pylist()
    by_entry: dict[str, list[tuple[str, str | None]]] = {}
    for row in out:
        by_entry.setdefault(row["entry_key"], []).append((row["resolution_status"], row["credential_code"]))
    return [by_entry[str(i)] for i in range(len(rows))]


@pytest.fixture(scope="module")
def results() -> tuple[list[dict], list[Labelled], list]:
    rows, labels = load_hand_labelled()
    return rows, labels, predict(rows)


def test_the_set_is_big_enough(results: tuple) -> None:
    rows, labels, _ = results
    assert len(rows) >= 200
    assert sum(lab.is_junk for lab in labels) >= 10 and sum(len(lab.expected_codes) >= 2 for lab in labels) >= 5
    # test_ambiguous_entries_are_never_auto_assigned is one test per ambiguous row: none would leave it empty
    assert sum(lab.is_ambiguous for lab in labels) >= 5


def test_accuracy_floors(results: tuple) -> None:
    rows, labels, predicted = results
    acc = score(labels, predicted)
    wrong = [(r["credential_name"], p) for r, lab, p in zip(rows, labels, predicted, strict=True)
             if any(s == "resolved" and c not in lab.expected_codes for s, c in p)]
    assert acc.precision >= 0.99, wrong
    assert acc.junk_recall >= 0.98
    assert acc.split_recall >= 0.95
    assert acc.auto_assigned >= 0.95


# Ambiguous entries the engine is known to guess, as strict xfails so they stay visible (none today: "EMT", once
# given to the state licence, now ties the licence and NREMT and goes to review).
KNOWN_GUESSES: dict[str, str] = {}


def _ambiguous() -> list:
    rows, labels = load_hand_labelled()
    return [pytest.param(r["credential_name"], r["vendor"], r["cip_code"], id=r["credential_name"],
                         marks=[pytest.mark.xfail(strict=True, reason=KNOWN_GUESSES[r["credential_name"]])]
                         if r["credential_name"] in KNOWN_GUESSES else [])
            for r, lab in zip(rows, labels, strict=True) if lab.is_ambiguous]


@pytest.mark.parametrize("name, vendor, cip", _ambiguous())
def test_ambiguous_entries_are_never_auto_assigned(name: str, vendor: str, cip: str) -> None:
    [mentions] = predict([{"credential_name": name, "vendor": vendor, "cip_code": cip}])
    assert all(status != "resolved" for status, _ in mentions)


# ---- with the rule fitted on the list (what the dbt model uses), on our list and on New Jersey's ----------------
def _fitted(crosswalk: list[dict] | None) -> tuple:
    from cte_credentials.resolve import REF_KEYS, build_refs, calibrate, load_seed_tables

    tables = calibrate.rows_of(load_seed_tables(SEEDS_DIR))
    if crosswalk is not None:
        tables["crosswalk"] = crosswalk
    return build_refs(*(tables[k] for k in REF_KEYS)), calibrate.fit_rule(*(tables[k] for k in REF_KEYS))


def _predict_with(rows: list[dict], refs, rule: dict) -> list[list[tuple[str, str | None]]]:
    from cte_credentials.resolve import ResolutionConfig

    entries = pa.table({
        "entry_key": [str(i) for i in range(len(rows))],
        "credential_name_raw": [r["credential_name"] or None for r in rows],
        "vendor_raw": [r["vendor"] or None for r in rows],
        "cip_code": [r["cip_code"] or None for r in rows],
        "credential_code_reported": [None] * len(rows),
    })
    by_entry: dict[str, list[tuple[str, str | None]]] = {}
    for row in resolve_entries(entries, refs, ResolutionConfig(rule=rule)).to_pylist():
        by_entry.setdefault(row["entry_key"], []).append((row["resolution_status"], row["credential_code"]))
    return [by_entry[str(i)] for i in range(len(rows))]


@pytest.mark.filterwarnings("ignore:.*not in the credential list:UserWarning")
def test_accuracy_floors_with_the_rule_fitted_on_our_list(results: tuple) -> None:
    rows, labels, _ = results
    acc = score(labels, _predict_with(rows, *_fitted(None)))
    assert acc.precision >= 0.99 and acc.junk_recall >= 0.98 and acc.split_recall >= 0.95
    assert acc.correct_assigned >= 0.95


@pytest.mark.filterwarnings("ignore:.*not in the credential list:UserWarning")
def test_new_jerseys_set_on_new_jerseys_list() -> None:
    """Measured, not at the issue's targets (docs/resolution_accuracy.md): these floors are today's figures, less
    a little, so that a change that loses ground on another state's list fails here, as one on ours fails above."""
    from cte_credentials.resolve.labelled import NJ_LIST, NJ_SET, labels_of, read_credential_list, read_rows

    if not NJ_LIST.exists():
        pytest.skip(f"New Jersey's list is not at {NJ_LIST} (shared/reference/ beside the repo): not measured")
    rows = read_rows(NJ_SET)
    acc = score(labels_of(rows), _predict_with(rows, *_fitted(read_credential_list(NJ_LIST, live_only=True))))
    assert acc.precision >= 0.98 and acc.correct_assigned >= 0.84
    assert acc.absent_to_review is not None and acc.absent_to_review >= 0.94


@pytest.mark.filterwarnings("ignore:.*not in the credential list:UserWarning")
@pytest.mark.parametrize("vendors", [True, False], ids=["with vendors", "vendor column emptied"])
def test_state_bs_held_out_set_on_state_bs_list(vendors: bool) -> None:
    """State B's list and set were written apart from the engine and are never read for rules (held out): floors at
    today's figures less a little (docs/resolution_accuracy.md), so that a change losing ground there fails."""
    from cte_credentials.resolve.labelled import STATE_B_LIST, STATE_B_SET, labels_of, read_credential_list, read_rows

    rows = read_rows(STATE_B_SET)
    crosswalk = [r if vendors else {**r, "vendor_name": ""} for r in read_credential_list(STATE_B_LIST)]
    acc = score(labels_of(rows), _predict_with(rows, *_fitted(crosswalk)))
    assert acc.precision >= 0.96 and acc.correct_assigned >= 0.91


@pytest.mark.filterwarnings("ignore:.*not in the credential list:UserWarning")
def test_state_cs_held_out_set_on_state_cs_names_only_list() -> None:
    """State C's names-only list and set, held out like State B's: floors at today's figures less a little."""
    from cte_credentials.resolve.labelled import STATE_C_LIST, STATE_C_SET, labels_of, read_credential_list, read_rows

    rows = read_rows(STATE_C_SET)
    acc = score(labels_of(rows), _predict_with(rows, *_fitted(read_credential_list(STATE_C_LIST))))
    assert acc.precision >= 0.98 and acc.correct_assigned >= 0.89


# floors of the development lists written apart from the engine (rules are written from their misses), at today's
# figures less a little, so that a change losing ground on any of them fails: precision, correct assignment, split
# recall, absent credentials to review (and junk recall 98% on each)
DEVELOPMENT_FLOORS = {
    # State D: vendor names on two thirds of its rows
    "STATE_D": (0.99, 0.95, 0.92, 0.95),
    # State E: names only
    "STATE_E": (0.99, 0.97, 0.95, 0.95),
    # State F: a vendor column, one vendor spelled two ways on some rows
    "STATE_F": (0.99, 0.94, 0.97, 0.95),
    # State G: names only, a third of them in capitals, many entries naming several credentials
    "STATE_G": (0.99, 0.94, 0.95, 0.95),
    # State H: a Texas-style vendor column (certifying entities in full), many splits and near siblings absent
    "STATE_H": (0.99, 0.94, 0.91, 0.95),
    # State I: a Florida CAPE-style list (agency codes, the test-delivery company in the vendor column on some rows,
    # versions in the names, near-duplicate rows)
    "STATE_I": (0.99, 0.93, 0.90, 0.95),
    # State J: an Ohio-style names-only list, issuers written in the names. Its precision floor is under the 99%
    # target (three wrong codes): "MOS Excel" and "MOS Word", labelled for review, which our level rule reads as the
    # Associate beside the Expert; "Food Safety Manager", the words of the NRFSP's "Certified Food Safety Manager"
    # beside ServSafe's "Food Protection Manager"
    "STATE_J": (0.98, 0.97, 0.96, 0.95),
    # State K: a Virginia-style vendor column holding the test provider on many rows (Certiport, Pearson VUE, NOCTI,
    # Precision Exams)
    "STATE_K": (0.985, 0.95, 0.93, 0.95),
    # State L: a Pennsylvania-style names-only list, issuers written in the names ("NOCTI - ...", "(PA Department of
    # Health)"). Its precision floor is under the 99% target (two wrong codes): "MOS Word" from Certiport and "NOCTI
    # Electrical", labelled for review, read as the Word Associate and the Electrical Technology assessment
    "STATE_L": (0.985, 0.93, 0.90, 0.95),
    # State M: a Tennessee-style vendor column naming the issuer in full, many entries naming several credentials.
    # Its precision and absent floors are under the targets: two entries naming a listed and an unlisted credential
    # ("Electrical Level 1, 2, 3", "Security+ and PenTest+"), which its labels review whole, get the listed codes and
    # a review (three wrong codes), and "MOS Excel", labelled for review, reads as the Excel Associate
    "STATE_M": (0.98, 0.97, 0.95, 0.93),
    # State N: a Georgia-style names-only list kept over years (legacy text, typos in its own names)
    "STATE_N": (0.99, 0.93, 0.91, 0.95),
    # State O: an Ohio-style vendor column naming the issuing body on every row. Its precision floor is under the 99%
    # target (three wrong codes): "ACE Personal Trainer", which the list lacks, read as the NASM's Certified Personal
    # Trainer; "OSHA 10" from CareerSafe, labelled underspecified, read as CareerSafe's one card; "Pesticide license"
    # from the state's agriculture department, labelled underspecified, read as the private applicator's licence
    "STATE_O": (0.98, 0.96, 0.95, 0.95),
    # State P: an Oklahoma-style names-only list, the issuer after a comma, in brackets or nowhere
    "STATE_P": (0.99, 0.96, 0.97, 0.98),
    # State Q: a North Carolina-style vendor column, state agencies spelled several ways. Two wrong codes:
    # "Pesticide License" from the agriculture department, labelled underspecified, read as the one pesticide row the
    # list writes that department's acronym beside; "Pediatric First Aid CPR", labelled underspecified (the Red
    # Cross's and the AHA's), read as the Red Cross's
    "STATE_Q": (0.99, 0.92, 0.89, 0.99),
    # State R: a Kentucky-style names-only list, the issuer after a dash, a comma or in brackets
    "STATE_R": (0.99, 0.96, 0.94, 0.95),
    # State S: a Texas-style vendor column, state agencies by name or acronym, spelled two to four ways
    "STATE_S": (0.99, 0.95, 0.95, 0.99),
    # State T: a Florida-style names-only list, agency-acronym codes. Its precision and absent floors are under the
    # targets (three wrong codes, three credentials it lacks assigned): "NCPT" from the NCCT, read as the initials of
    # "NASM Certified Personal Trainer (CPT)"; "Certified Logistics Technician" from the MSSC, read as its Certified
    # Logistics Associate; "ACF Certified Fundamentals Pastry Cook", read as the Certified Fundamentals Cook
    "STATE_T": (0.98, 0.94, 0.91, 0.91),
    # State U: a Louisiana-style names-only list, the issuer before many names, the state's Jump Start tiers
    "STATE_U": (0.99, 0.93, 0.91, 0.97),
    # State V: an Indiana-style vendor column, codes of four digits. Its precision and absent floors are under the
    # targets (three wrong codes, two of them credentials it lacks): "NIMS CNC Milling Programming Setup & Ops", read
    # as the CNC Milling: Operations (State U's one wrong code too); "Certified Veterinary Assistant", read as the
    # Approved Veterinary Assistant; "Mental Health First Aid", labelled underspecified beside the youth course, read
    # as the one named so with "(Adult)"
    "STATE_V": (0.98, 0.97, 0.94, 0.94),
    # State W: an Arizona-style vendor column holding the issuer's acronym, state agencies by acronym. Its precision
    # floor is under the 99% target (three wrong codes, each labelled underspecified): "Nursing Assistant" from the
    # nursing board, read as its Certified Nursing Assistant beside the Licensed one; "Pesticide Applicator License",
    # read as the commercial core; "MOS Excel", read as the Associate beside the Expert
    "STATE_W": (0.98, 0.95, 0.94, 0.99),
    # State X: a Michigan-style names-only list, the issuer after "by" or "from". Three wrong codes: "Pharmacy
    # Technician" (underspecified) read as the exam's name without its words "certification exam"; "OSHA 10 card"
    # (underspecified) as the construction card; "EMT" (shared with the registry's "... (NREMT) – EMT") as the state
    # licence
    "STATE_X": (0.98, 0.96, 0.95, 0.99),
    # State Y: a South Carolina-style list cut down by its data system, mostly in capitals. Two wrong codes:
    # "Pesticide License" and "ASE Brakes", labelled underspecified, read as one of their credentials
    "STATE_Y": (0.98, 0.95, 0.94, 0.97),
    # State Z: a Missouri-style vendor column holding the brand or the test provider on many rows
    "STATE_Z": (0.99, 0.94, 0.92, 0.97),
    # State AA: an Alabama-style list writing the issuer first, then a colon or a dash
    "STATE_AA": (0.99, 0.94, 0.92, 0.99),
    # State AB: a Washington-style names-only list, the licensing agency in long names. One wrong code: "ASE Heating &
    # A/C", which the list lacks, read as the NCCER's "Heating, Ventilating & Air Conditioning (HVAC) Level 1"
    "STATE_AB": (0.99, 0.96, 0.94, 0.97),
    # State AC: a Utah-style vendor column of legal and corporate names (the NHA's rows under its owner's). One wrong
    # code: "Phlebotomy Tech" from the NHA read as the ASCP's "Phlebotomy Technician (PBT)"
    "STATE_AC": (0.99, 0.95, 0.90, 0.99),
    # State AD: a Colorado-style names-only list, the issuer's acronym in square brackets first. One wrong code: "ACE
    # Personal Trainer", which the list lacks, read as the NASM's "Certified Personal Trainer (CPT)"
    "STATE_AD": (0.99, 0.96, 0.92, 0.97),
    # State AE: a Wisconsin-style vendor column holding the issuer's acronym, acronyms and exams in brackets
    "STATE_AE": (0.99, 0.95, 0.92, 0.97),
    # State AF: a Minnesota-style names-only list, the issuer's whole name in brackets at the end. Its precision and
    # split floors are under the targets (three wrong codes): "IT Specialist HTML & CSS", which the list lacks, its
    # "CSS" read as the initials of the NRF's "Customer Service and Sales"; "Google Data Analytics Certificate", read as
    # "Google Analytics Certification"; "pesticide applicator" from the MDA, labelled underspecified, read as the one
    # row writing "(MDA)" beside rows writing the department in words
    "STATE_AF": (0.98, 0.92, 0.85, 0.94),
    # State AG: a Nevada-style list cut down with full stops ("Cert. Prod. Tech. (CPT)"). One wrong code: "IT
    # Specialist HTML and CSS", its "CSS" read as the initials of "Comp. Sup. Spec. A+"
    "STATE_AG": (0.99, 0.96, 0.92, 0.97),
    # State AH: a Maryland-style list of versions, years and editions. Its precision floor is under the target (three
    # wrong codes): "ServSafe Food Handler 6th edition", the list's "(7th Edition)" read without its edition; "NCCER
    # HVAC Level 1", labelled underspecified beside the 4th and 5th editions, which read without their editions are
    # one name; "CET" from Prometric, labelled shared with the ETA's "CETa", read as the NHA's EKG technician
    "STATE_AH": (0.98, 0.96, 0.92, 0.97),
    # State AI: an Iowa-style list, "Issuer: Credential" names. One wrong code: "Microsoft: Excel", labelled
    # underspecified (Associate and Expert), read as the Associate
    "STATE_AI": (0.99, 0.96, 0.92, 0.99),
    # State AJ: a New-York-style names-only list of long formal titles. Its precision and split floors are under the
    # targets (four wrong codes, all labelled underspecified): "OSHA 10" read as the one card writing "OSHA" (the
    # general industry card spells the administration out); "MOS Excel" read as the Associate; "Pesticide
    # applicator" from the DEC and "Security Guard" from the DCJS read as the one row writing the agency's acronym
    # (the others spell it out)
    "STATE_AJ": (0.98, 0.91, 0.88, 0.99),
    # State AK: a Kansas-style list of credentials and their parts
    "STATE_AK": (0.99, 0.97, 0.95, 0.99),
    # State AL: an Idaho-style names-only list in capitals without punctuation, cut at forty characters. Its precision
    # and split floors are under the targets (three wrong codes): "Electrical/Electronic Systems" cut in two, its
    # second half read as NCCER's Electronic Systems Technician; "NIMS Machining Level I", labelled underspecified,
    # read as its one row named so
    "STATE_AL": (0.98, 0.96, 0.92, 0.99),
    # State AM: an Oregon-style vendor column holding the test provider on many rows. Its precision floor is under
    # the target (two wrong codes): "CCA" from Pearson VUE and "CMA" from Prometric, labelled shared, read as the
    # Cisco CyberOps Associate's initials and as the AAMA's row, which the list writes under Prometric
    "STATE_AM": (0.98, 0.97, 0.97, 0.97),
    # State AN: a Nebraska-style names-only list, the career field before every name. One wrong code: "EMT", labelled
    # shared, read as the National Registry's "(EMT)" beside "Nebraska EMT License"
    "STATE_AN": (0.99, 0.97, 0.97, 0.97),
    # State AO: an Arkansas-style list of editions and versions under separate codes
    "STATE_AO": (0.99, 0.97, 0.95, 0.99),
    # State AP: a Montana-style names-only list, the issuer last after a comma
    "STATE_AP": (0.99, 0.97, 0.97, 0.99),
    # State AQ: a Massachusetts-style list giving the issuer's web address in its vendor column
    "STATE_AQ": (0.99, 0.97, 0.97, 0.99),
    # State AR: a West-Virginia-style names-only list, most names ending with their programme's CIP code. Its split
    # floor is under the target: "IS-100, IS-200, IS-700 & Hazmat Awareness" keeps its three exams as one piece;
    # "Part 107 + Tractor Safety" from "FAA, 4-H" and "I-CAR ProLevel 1 & S/P2" lose a piece
    "STATE_AR": (0.99, 0.95, 0.92, 0.99),
    # State AS: a Mississippi-style list of tiers and levels under separate codes. Its split floor is under the
    # target: a credential the list holds twice in other words ("OSHA 10 Construction", "NCCER Core", "608
    # Universal") goes to review as a piece
    "STATE_AS": (0.99, 0.95, 0.88, 0.99),
    # State AT: a Wyoming-style list naming the issuer and the test provider in one vendor cell. Its split floor is
    # under the target ("AWS D1.1 and D9.1", "CNA, BLS, CCMA" lose a piece)
    "STATE_AT": (0.99, 0.96, 0.92, 0.99),
    # State AU: a Florida-style list, issuer-prefix codes and legal names with corporate suffixes as vendors. Its
    # split floor is under the target ("OSHA 10 Construction, NCCER Core" from "CareerSafe / NCCER" and "Excel
    # Associate / PowerPoint Associate / Word Associate" on three lines lose pieces)
    "STATE_AU": (0.99, 0.96, 0.94, 0.99),
    # State AV: a Maine-style list in capitals, names and vendors cut at forty characters. Its precision and split
    # floors are under the targets (three wrong codes, all labelled underspecified): "EPA 608" read as the row
    # whose brackets keep "EPA 608 UNIVE"; "ASE Brakes" as "ASE BRAKES (A5)"; "Heartsaver" as "HEARTSAVER CPR AED".
    # A credential the list holds twice in other words ("EPA 608 Universal", "CNA", "CPhT") goes to review
    "STATE_AV": (0.98, 0.90, 0.84, 0.99),
    # State AW: a Delaware-style list giving a career cluster for the vendor on a third of rows. Its split floor is
    # under the target ("IS-100, IS-200, IS-700", "Premiere Pro and Photoshop" from Certiport lose pieces)
    "STATE_AW": (0.99, 0.95, 0.88, 0.99),
    # State AX: a South-Dakota-style names-only list, the state's catalogue number before most names
    "STATE_AX": (0.99, 0.97, 0.97, 0.99),
    # State AY: a Puerto-Rico-style bilingual list, most names in Spanish with the English in brackets. Its correct
    # and split floors are under the targets: a credential the list holds twice in other words ("CNA", "PTCB", "A+",
    # "AWS D1.1") goes to review. One wrong code: "MSSC CPT" read as the CPT+ row, the CPT written in other words
    "STATE_AY": (0.99, 0.89, 0.82, 0.99),
    # State AZ: an Ohio-style list, a fifth of its rows each a family of credentials under one code. Its floors are
    # under the targets: a member the family's name does not write ("ASE Brakes" for "ASE Student Certification (any
    # area)") goes to review. Three wrong codes: "Sterile processing tech" and "ABYC Marine Electrical" read as the
    # one row of their words; NCCER's "Core Curriculum - Basic Safety, Construction Math, Hand & Power Tools" as both
    # rows of the Core
    "STATE_AZ": (0.98, 0.92, 0.87, 0.97),
    # State BA: a Georgia-style list exported through a wrong character encoding ("ServSafeÂ®")
    "STATE_BA": (0.99, 0.98, 0.98, 0.99),
    # State BB: an Alabama-style names-only list, most names inverted as in a card catalogue. Its split floor is
    # under the target
    "STATE_BB": (0.99, 0.93, 0.90, 0.99),
    # State BC: a Kentucky-style list writing most names as short codes of acronyms ("CNA-KBN", "NCCER-PLMB-L1").
    # Its floors are far under the targets: a credential written only as a code is named by a write-in only through
    # an acronym its words spell or a word the code shortens; nine wrong codes, a write-in labelled underspecified
    # read as the one row written in words among rows written as codes ("Pesticide Applicator License",
    # "Cosmetology Lic.", "Personal Trainer")
    "STATE_BC": (0.94, 0.69, 0.51, 0.97),
    # State BD: a Louisiana-style list giving the state database's vendor id in the vendor column on most rows. Its
    # precision floor is under the target (three wrong codes: "ACE Personal Trainer" as the one personal trainer,
    # "ASE Brakes" and "Heartsaver", labelled underspecified)
    "STATE_BD": (0.98, 0.94, 0.92, 0.97),
    # State BE: a Tennessee-style names-only list, the state's value tag in square brackets after most names
    "STATE_BE": (0.99, 0.96, 0.92, 0.99),
    # State BF: a Hawaii-style names-only list, an administrative note after many names
    "STATE_BF": (0.99, 0.97, 0.94, 0.99),
    # State BG: a Pennsylvania-style list, a third of its rows NOCTI's programme tests, whose names differ only by
    # the programme. Its split floor is under the target: a credential the list holds twice in other words ("EPA 608
    # Universal", "Pharmacy Technician (PTCB)") goes to review, as a piece too
    "STATE_BG": (0.99, 0.93, 0.92, 0.99),
    # State BH: a Vermont-style small names-only list (79 credentials)
    "STATE_BH": (0.99, 0.98, 0.98, 0.99),
    # State BI: an Illinois-style list, clerks typing the state's credential code on a fifth of the singles
    "STATE_BI": (0.99, 0.99, 0.97, 0.99),
    # State BJ: an Oklahoma-style list whose export swapped the name and vendor columns on a fifth of rows. Its floors
    # are under the targets: a swapped row whose issuer reads as no issuer stays swapped ("HVAC Excellence" |
    # "Employment Ready – Air Conditioning", "American Red Cross" | "Adult and Pediatric First Aid/CPR/AED"). Four
    # wrong codes, all labelled underspecified or shared: "OSHA 10", "ASE Brakes", "Apprentice License" from "CIB"
    # and "CCA" read as the one row of their words
    "STATE_BJ": (0.98, 0.92, 0.89, 0.97),
    # State BK: a Texas-style list whose names carry a version or year, some credentials listed once per version.
    # Its correct and split floors are under the targets: a credential listed once per version, typed with no
    # version or with one the list lacks, goes to review ("Heartsaver First Aid CPR AED", "MOS Excel 365")
    "STATE_BK": (0.99, 0.93, 0.92, 0.99),
    # State BL: a Florida-style list of long catalogue names and vendor-prefixed codes. Its split floor is under the
    # target: a product listed twice in other words ("Photoshop", "A+") goes to review, as a piece too
    "STATE_BL": (0.99, 0.94, 0.90, 0.99),
    # State BM: a names-only legacy export in capitals cut at 40 characters. Its floors are far under the targets:
    # a write-in naming the words the export cut off ("ACP Illustrator", "AZ-900", "FANUC Handling Tool") has
    # nothing of the list's name to match
    "STATE_BM": (0.99, 0.85, 0.78, 0.99),
    # State BN: a names-only list a clerk wrote in abbreviations. Its correct and split floors are under the targets
    "STATE_BN": (0.99, 0.93, 0.88, 0.99),
    # State BO: a Virginia-style list whose write-ins were half dictated or typed as they sound ("C N A", "OSHA ten",
    # "Serve Safe"). Its junk floor is under the target (a course typed "Word Press website class")
    "STATE_BO": (0.99, 0.96, 0.95, 0.99),
    # State BP: a names-only list whose write-ins were half pasted from resumes and transcripts. Its floors are under
    # the targets: a programme's heading over several credentials ("Dental Asst: DANB RHS + ICE") is read with them,
    # and "CPR/BLS" is cut in two
    "STATE_BP": (0.98, 0.88, 0.77, 0.99),
    # State BQ: a North-Dakota-style list, two fifths of it IT vendors' families told apart by one word. Its absent
    # floor is under the target: "MOS Excel 2016" and "MOS Excel Expert", which the list lacks, get a code
    "STATE_BQ": (0.99, 0.97, 0.97, 0.94),
    # State BR: a names-only list merged from two agencies', a fifth of its credentials in it twice in other words.
    # Its split and absent floors are under the targets: such a credential typed goes to review ("EPA 608
    # Universal"), and "PCAP" from the Python Institute is read as the initials of PMI's CAPM
    "STATE_BR": (0.99, 0.95, 0.88, 0.97),
    # State BS: a list half of it health science, several issuers certifying the same job under clashing acronyms.
    # Its precision and absent floors are under the targets: "ACSM Certified Personal Trainer" and "AMCA EKG Tech",
    # which the list lacks, are its NASM and NHA rows (the issuer typed in the name does not stop a match)
    "STATE_BS": (0.98, 0.99, 0.98, 0.94),
    # State BT: a names-only trades list of crafts and levels, weld processes and positions
    "STATE_BT": (0.99, 0.97, 0.97, 0.99),
    # State BU: a list whose write-ins were half keyed from scanned paper forms by unchecked OCR
    "STATE_BU": (0.99, 0.99, 0.99, 0.97),
    # State BV: a list a third of whose names carry the vendor's exam code. Its correct and split floors are under
    # the targets: a credential it lists once per exam version, typed without one ("Network+"), goes to review,
    # where States AH and AO label such an entry review too, and an older exam code ("ccna 200-125") is another
    # number
    "STATE_BV": (0.99, 0.90, 0.85, 0.97),
    # State BW: a list half of it agriculture, pesticide-applicator licences by numbered category
    "STATE_BW": (0.99, 0.92, 0.85, 0.99),
    # State BX: a list whose write-ins are half students' own words in an exit survey. Its precision floor is under
    # the target ("Emergency Med Tech - NREMT" is the list's other EMT row, "first aid card" and "ASE Brakes" the one
    # the list writes most plainly) and its correct and split floors too: everyday names ("drone license", "dental
    # radiology cert", "scissor lift cert") go to review
    "STATE_BX": (0.98, 0.86, 0.85, 0.99),
    # State BY: a list whose write-ins are half pasted from tracking spreadsheets and checklists. Its precision floor is
    # under the target ("ACE Personal Trainer" is the list's NASM trainer; "Life & Health Insurance License" holds a
    # "Life" read as Lifeguarding)
    "STATE_BY": (0.98, 0.94, 0.88, 0.94),
    # State BZ: a names-only public-safety and human-services list of ranks and Roman numerals; an acronym the list
    # writes for two rows naming one credential ("EMT", "FF1") goes to review
    "STATE_BZ": (0.99, 0.93, 0.88, 0.99),
    # State CA: a list whose write-ins are half typed on phones (autocorrected words, words split or joined). Its
    # precision floor is under the target ("Fire Fighter 2" from the fire marshal is the list's "Wildland Firefighter
    # Type 2", "Certified Vet Tech" its veterinary assistant, "Excel" from Certiport its Excel Associate)
    "STATE_CA": (0.98, 0.98, 0.98, 0.94),
    # State CB: a names-only hospitality, tourism, retail and finance list of titles differing by one word. Its
    # precision floor is under the target (a title the list lacks one word of: "Certified Meeting Professional" is
    # its "Certified Government Meeting Professional"; "ServSafe Alcohol" is its Primary, beside the Advanced)
    "STATE_CB": (0.98, 0.98, 0.99, 0.94),
    # State CC: a list whose write-ins are half pasted from digital badge pages, links and slugs
    "STATE_CC": (0.99, 0.98, 0.97, 0.99),
    # State CD: a New-Mexico-style list of the state's own licences beside national forms. Its precision floor is
    # under the target: an entry naming neither the state nor the national body ("Food Handler Card", "EMT Basic")
    # goes to the state's form, which the labels call underspecified
    "STATE_CD": (0.98, 0.96, 0.89, 0.99),
    # State CE: a list whose write-ins are half an uncleaned export of another system (JSON, CSV, HTML, escapes, keys)
    "STATE_CE": (0.99, 0.96, 0.93, 0.99),
    # State CF: an English list whose write-ins are half typed in Spanish (read in English by spanish.py). Its
    # precision floor is under the target: "Bombero II" is read as "firefighter II" and given the list's "Wildland
    # Firefighter Type 2" (as State CA's "Fire Fighter 2"), "Certificación de Microsoft Excel" its Excel Associate
    "STATE_CF": (0.98, 0.92, 0.86, 0.97),
    # State CG: a names-only list of families whose write-ins name several credentials in shorthand (ranges, counts,
    # parts in brackets). Its precision floor is under the target: a range reaching a level the list lacks ("NCCER
    # Welding Levels 1, 2 and 3" gives its level 3 to the one level 3 listed, Carpentry's), "IT Specialist Java" is
    # its JavaScript, "CPR/First Aid" one of its several CPR and First Aid courses
    "STATE_CG": (0.98, 0.84, 0.72, 0.97),
    # State CH: a list naming each body by its current name, write-ins naming a former or parent company ("APICS",
    # "NATEF", "Precision Exams", "ITF+" for Tech+)
    "STATE_CH": (0.99, 0.97, 0.94, 0.97),
    # State CI: a list of current titles, write-ins naming credentials by a title before a renaming. Its precision
    # floor is under the target: "Nurse Aide II" is its CNA, "AHA Heartsaver 2015" one of its two Heartsaver courses,
    # "ServSafe Alcohol" its one ServSafe Alcohol row; its split floor too: a title the renaming seed does not hold
    # ("State Tested Nursing Assistant", "PLANET CLT") goes to review
    "STATE_CI": (0.97, 0.94, 0.88, 0.97),
    # State CJ: a names-only list whose write-ins half name the exam sat. Its correct-assignment and split floors are
    # far under the targets: exams read as what they confer are the abbreviation seed's few (NCLEX-PN, the exam
    # codes); the PTCE, ExCPT, NNAAP, WorkKeys tests and part exams ("Core 1") go to review (a safe miss). Its
    # precision floor too, since the forty-ninth round: "608 core, type 1, 2, 3 - all passed", the Universal named by
    # its parts, is read without its "all passed" (tallies.py) and gives one type, where it went to review
    "STATE_CJ": (0.97, 0.78, 0.68, 0.94),
    # State CK: a list whose write-ins were half cut at 25 characters by an old form
    "STATE_CK": (0.99, 0.92, 0.89, 0.99),
    # State CL: a list whose write-ins' vendor field half gives the school, testing site, teacher or host
    "STATE_CL": (0.98, 0.98, 0.97, 0.97),
}
# junk recall below 98% on a set: State N's "Foundations of Engineering & Technology" (a course), State T's "Toyota
# T-TEN", State W's "Cisco Networking Academy", State Y's "readySC", State AA's "EVERFI Financial Literacy course",
# State AB's "Core Plus Construction" and "Skills Center completion", State AE's "HEALTH SCIENCE PATHWAY", State AF's
# "HLTH 1100" (a course's number), State AG's "Auto Tech 1", State AQ's "Chapter 74 Automotive Technology" and "MCAS"
# (a state test), State AS's "MS-CPAS2" (a state assessment), State AT's "Welding I", State AW's "Jobs for Delaware
# Graduates", State BA's "Career Pathway - Health Science" (a name of the list holds its words), State BD's "Dual
# enrollment" from "Delgado CC", State BK's "Agricultural Mechanics and Metal Technologies" (a course), State BO's
# "Word Press website class" and "Governor's STEM Academy", State BP's "Completed Health Science I", State BQ's "Adobe
# Creative Cloud class", State BX's "skillsusa state comp", State BY's "Health Science Pathway" and "NFHS Concussion
# in Sports course" and State BZ's "Principles of Law, Public Safety, Corrections & Security" go to review, and State
# CB's "Culinary Arts I" (a course) to NOCTI's "Culinary Arts Prep Cook Level 1"; State CF's Spanish courses and
# programmes ("Clase de soldadura", "Programa de Ciencias de la Salud"), State CG's "Computer Apps class
# (Word/Excel)", State CH's "HOSA officer", "Welding I & II (school course)" and "Career Day field trip", State CK's
# "Auto Tech II class" and State CL's "Toyota T-TEN program" go to review (the junk seed's course names had kept
# States I and J under it: "Culinary Arts 1", "Intro to Health Science", "Construction Trades 2"; States AU and BJ are
# at 100% since the thirty-second round, States AO, BH and BI since the thirty-third)
JUNK_FLOORS: dict[str, float] = {"STATE_N": 0.95, "STATE_T": 0.95, "STATE_W": 0.95, "STATE_Y": 0.95, "STATE_AA": 0.95,
                                 "STATE_AB": 0.90, "STATE_AE": 0.95, "STATE_AF": 0.95, "STATE_AG": 0.95,
                                 "STATE_AQ": 0.90, "STATE_AS": 0.95, "STATE_AT": 0.95,
                                 "STATE_AW": 0.95, "STATE_BA": 0.95, "STATE_BD": 0.95, "STATE_BK": 0.95,
                                 "STATE_BO": 0.90, "STATE_BP": 0.95, "STATE_BQ": 0.95, "STATE_BX": 0.95,
                                 "STATE_BY": 0.90, "STATE_BZ": 0.95, "STATE_CB": 0.95,
                                 "STATE_CF": 0.75, "STATE_CG": 0.95, "STATE_CH": 0.85, "STATE_CK": 0.95,
                                 "STATE_CL": 0.95}


@pytest.mark.filterwarnings("ignore:.*not in the credential list:UserWarning")
@pytest.mark.parametrize("state", sorted(DEVELOPMENT_FLOORS))
def test_development_sets_on_their_lists(state: str) -> None:
    """State D's to CL's lists and sets (tests/python/data/state_*): each above its DEVELOPMENT_FLOORS."""
    from cte_credentials.resolve import labelled

    rows = labelled.read_rows(getattr(labelled, f"{state}_SET"))
    acc = score(labelled.labels_of(rows),
                _predict_with(rows, *_fitted(labelled.read_credential_list(getattr(labelled, f"{state}_LIST")))))
    precision, correct, split, absent = DEVELOPMENT_FLOORS[state]
    assert acc.precision >= precision and acc.correct_assigned >= correct
    assert acc.junk_recall >= JUNK_FLOORS.get(state, 0.98)
    assert acc.split_recall >= split
    assert acc.absent_to_review is not None and acc.absent_to_review >= absent


def test_a_credential_neither_assigned_nor_reviewed_is_lost() -> None:
    """The bench's "credentials lost": an entry naming two credentials, by what resolution gives it."""
    two = Labelled(["A", "B"], False, False)
    lost = {
        "one code, the other dropped": ([("resolved", "A")], 1),
        "one code and a review": ([("resolved", "A"), ("needs_review", None)], 0),
        "a wrong code and a code": ([("resolved", "X"), ("resolved", "B")], 0),
        "the whole for review (a reviewer may decide it two codes)": ([("needs_review", None)], 0),
        "nothing but junk": ([("no_credential", None)], 2),
    }
    assert {case: score([two], [mentions]).lost for case, (mentions, _) in lost.items()} == {
        case: n for case, (_, n) in lost.items()}
    # weighted by records, and never for junk or review entries
    assert score([Labelled(["A", "B"], False, False, records=3)], [[("resolved", "A")]]).lost == 3
    assert score([Labelled([], True, False), Labelled([], False, True)], [[], []]).lost == 0
