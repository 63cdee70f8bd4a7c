"""Building the resolution references on any state's credential list, and resolving against it.

Each list is built the way the dbt model builds it (refs_from_tables, the shipped seeds beside the state's list) and
a handful of entries are resolved against it: no crash, and outputs that make sense for that list.
Longer than most test modules because each adversarial list (clashing vendor names, no vendors, duplicates, one row,
5,000 rows, non-ASCII and bracketed names) is written out here, where a reader can see what was tried.
"""

from __future__ import annotations

import csv
import functools
from pathlib import Path

import numpy as np
import pyarrow as pa
import pytest

from cte_credentials.errors import UserError
from cte_credentials.paths import PROJECT_ROOT, SEEDS_DIR
from cte_credentials.resolve import (
    NO_CREDENTIAL,
    ResolutionConfig,
    ResolutionRefs,
    build_refs,
    candidates,
    list_features,
    load_refs_from_seeds,
    load_seed_tables,
    pieces,
    refs_from_tables,
    resolve_entries,
)
from cte_credentials.resolve.badges import NAMES_NOTHING, badge_reading, without_platform
from cte_credentials.resolve.breadcrumbs import path_reading
from cte_credentials.resolve.candidates import typed_vendor_words, vendor_terms
from cte_credentials.resolve.cascade import Resolver
from cte_credentials.resolve.checklists import earned_items
from cte_credentials.resolve.damage import repaired
from cte_credentials.resolve.dictation import dictation_reading
from cte_credentials.resolve.exports import NAMES_NOTHING as EXPORT_NAMES_NOTHING
from cte_credentials.resolve.exports import Export, export_reading
from cte_credentials.resolve.filenames import NAMES_NOTHING as FILE_NAMES_NOTHING
from cte_credentials.resolve.filenames import file_name_reading
from cte_credentials.resolve.keyboard import keyboard_reading
from cte_credentials.resolve.labelled import STATE_D_LIST, read_credential_list
from cte_credentials.resolve.normalize import basic_clean
from cte_credentials.resolve.pieces import span_variants, split_pieces
from cte_credentials.resolve.providers import provider_reading
from cte_credentials.resolve.readings import (
    COURSE_REASON,
    Readings,
    adobe_codes_put_back,
    mended_in_context,
    nccer_modules_put_back,
    ocr_put_back,
    spoken_put_back,
    strip_vendor,
    without_resume_words,
)
from cte_credentials.resolve.renamed import renamed_put_back
from cte_credentials.resolve.rule import bars as rule_bars
from cte_credentials.resolve.sentences import sentence_reading
from cte_credentials.resolve.shorthand import shorthand_word
from cte_credentials.resolve.spanish import spanish_put_back
from cte_credentials.resolve.spreadsheet import from_a_sheet
from cte_credentials.resolve.survey import survey_reading
from cte_credentials.resolve.tallies import tally_reading
from cte_credentials.resolve.titles import title_reading
from cte_credentials.resolve.words import Words, cut_either_way, qualifiers_in, word_forms

# our alias and alignment seeds name our codes, which another list does not have: those rows are ignored with a
# warning (asserted in test_alias_and_alignment_rows_naming_codes_not_in_the_list_are_ignored)
pytestmark = pytest.mark.filterwarnings("ignore:.*not in the credential list:UserWarning")

REQUIRED = ("credential_code", "credential_name", "vendor_name")
DATA = Path(__file__).parent / "data"  # the development lists (State D, State E) and their sets
# the reference seeds other than the credential list, as shipped (a state replaces only xwalk_credentials)
OUR_SEEDS = {k: t for k, t in load_seed_tables(SEEDS_DIR).items() if k != "crosswalk"}


def build(rows: list[tuple[str | None, str | None, str | None]]) -> ResolutionRefs:
    """References for a list of (credential_code, credential_name, vendor_name), beside our other seeds."""
    crosswalk = pa.table({name: pa.array([r[i] for r in rows], type=pa.string()) for i, name in enumerate(REQUIRED)})
    return refs_from_tables(crosswalk, **OUR_SEEDS)


def resolve(refs: ResolutionRefs, *entries: tuple, rule: dict | None = None) -> list[dict]:
    """Output rows for entries given as (name, vendor, cip, reported code), any of them left off at the end; with
    ``rule``, decided by that rule instead of the default bars."""
    full = [tuple(e) + (None,) * (4 - len(e)) for e in entries]
    table = pa.table({
        "entry_key": [str(i) for i in range(len(full))],
        "credential_name_raw": pa.array([e[0] for e in full], type=pa.string()),
        "vendor_raw": pa.array([e[1] for e in full], type=pa.string()),
        "cip_code": pa.array([e[2] for e in full], type=pa.string()),
        "credential_code_reported": pa.array([e[3] for e in full], type=pa.string()),
    })
    out = resolve_entries(table, refs, ResolutionConfig(rule=rule) if rule else None).to_pylist()
    codes = set(refs.by_code)
    # whatever the list, every code the engine gives (assigned, runner-up, candidate) is one of the list's codes
    for row in out:
        for col in ("credential_code", "runner_up_code", "candidate_1_code", "candidate_2_code", "candidate_3_code"):
            assert row[col] is None or row[col] in codes, (row["mention_text"], col, row[col])
    return out


def list_rows(path: Path) -> list[tuple[str, str, str]]:
    """(credential_code, credential_name, vendor_name) of a credential list file."""
    with path.open(newline="", encoding="utf-8") as fh:
        return [(r["credential_code"], r["credential_name"], r["vendor_name"]) for r in csv.DictReader(fh)]


@functools.cache
def state_refs(state: str) -> ResolutionRefs:
    """References for a development list of tests/python/data (``state_f``, ``state_g``...), built once: resolution
    never changes them."""
    return build(list_rows(DATA / f"{state}_credential_list.csv"))


@functools.cache
def state_rule(state: str) -> dict:
    """The decision rule fitted on a development list of tests/python/data, beside our other seeds, fitted once."""
    from cte_credentials.resolve import REF_KEYS, calibrate

    tables = calibrate.rows_of(load_seed_tables(SEEDS_DIR))
    tables["crosswalk"] = [{"credential_code": c, "credential_name": n, "vendor_name": v}
                           for c, n, v in list_rows(DATA / f"{state}_credential_list.csv")]
    return calibrate.fit_rule(*(tables[k] for k in REF_KEYS))


def outcomes(out: list[dict]) -> list[tuple[str, str | None]]:
    """(status, code) of each output row."""
    return [(o["resolution_status"], o["credential_code"]) for o in out]


def one(refs: ResolutionRefs, *entry) -> tuple[str, str, str | None]:
    """(status, method, code) of an entry resolved as one mention."""
    out = resolve(refs, tuple(entry))
    assert len(out) == 1, out
    return out[0]["resolution_status"], out[0]["resolution_method"], out[0]["credential_code"]


# ---- vendor names that clash with our vendor-alias seed -------------------------------------------------------
ESCO_NAMES = ["Section 608 Type I", "Section 608 Type II", "Section 608 Type III", "Section 608 Universal",
              "R-410A Safety Certification", "HVAC Employment Ready Electrical", "HVAC Employment Ready Heat Pump"]


def esco_list() -> list[tuple[str, str, str]]:
    """An 83-credential list whose own vendor is ESCO Institute (in our alias seed, an alias of the EPA)."""
    rows = [(f"ESCO{i:03d}", name, "ESCO Institute") for i, name in enumerate(ESCO_NAMES)]
    rows += [(f"ESCO{i:03d}", f"HVAC Excellence Technician Module {i}", "ESCO Institute")
             for i in range(len(ESCO_NAMES), 83)]
    return rows


def test_a_vendor_our_alias_seed_gives_to_another_vendor_stays_the_lists_own() -> None:
    # the defect: "esco institute" -> Environmental Protection Agency in our seed took the list's own vendor out of
    # the known vendors, and building the scoring arrays failed with KeyError: 'esco institute'
    refs = build(esco_list())
    assert refs.vendor_keys == {"esco institute"}
    assert one(refs, "Section 608 Universal", "ESCO Institute") == ("resolved", "exact", "ESCO003")
    out = resolve(refs, ("Sec 608 Type 2", "ESCO Institute", "47.0201"))
    assert out[0]["normalized_vendor"] == "esco institute"
    assert out[0]["credential_code"] == "ESCO001"
    # our seed's other aliases of the EPA ("esco") name a vendor this list does not have: an unknown vendor, which
    # neither filters out nor penalises the list's credentials
    assert one(refs, "Section 608 Type III", "ESCO") == ("resolved", "exact", "ESCO002")


def test_every_alias_of_our_seed_as_a_lists_own_vendor() -> None:
    # each string of our alias seed is the vendor of its own credential in this list: each stays its own vendor
    aliases = OUR_SEEDS["vendor_aliases"].column("vendor_alias").to_pylist()
    rows = [(f"V{i:04d}", f"Widget Operator Level {i}", alias) for i, alias in enumerate(aliases)]
    refs = build(rows)
    # never a vendor the list does not spell: its own, or its own fuller spelling of the same vendor ("NHA", "National
    # Healthcareer Association": list_features.same_vendors)
    assert refs.vendor_keys <= {basic_clean(a) for a in aliases}
    for code, name, vendor in rows[::25]:
        assert one(refs, name, vendor) == ("resolved", "exact", code)
        assert refs.by_code[code].vendor_key in {basic_clean(vendor), *refs.vendor_keys}


def test_a_vendor_spelt_with_a_companys_ending_cut_and_in_full_is_one_vendor() -> None:
    # "Microsoft Corp" and "Microsoft Corporation" were each joined to the other (the ending joined the second to
    # the first, the cut word the first to the second): each credential took the other's spelling, and neither was
    # a vendor of the list
    refs = build([("A", "Widget Operator 1", "Microsoft Corp"), ("B", "Widget Operator 2", "Microsoft Corporation")])
    assert refs.by_code["A"].vendor_key == refs.by_code["B"].vendor_key
    assert refs.vendor_keys == {refs.by_code["A"].vendor_key}
    assert one(refs, "Widget Operator 2", "Microsoft Corp") == ("resolved", "exact", "B")


def test_an_alias_of_a_vendor_not_in_the_list_is_an_unknown_vendor() -> None:
    # "Red Cross" is in our seed as an alias of the American Red Cross, which this list does not have
    refs = build([("FA1", "Adult First Aid", "Safety Council"), ("FA2", "Pediatric First Aid", "Safety Council")])
    assert refs.vendor_keys == {"safety council"}
    assert one(refs, "Adult First Aid", "Red Cross") == ("resolved", "exact", "FA1")
    assert one(refs, "Pediatric First Aid", "American Red Cross") == ("resolved", "exact", "FA2")
    # and a vendor of the list that is also a seed alias ("Red Cross" for the American Red Cross) is the list's
    refs = build([("FA1", "Adult First Aid", "Red Cross"), ("FA2", "Adult First Aid", "Safety Council")])
    assert refs.vendor_keys == {"red cross", "safety council"}
    assert one(refs, "Adult First Aid", "Red Cross") == ("resolved", "exact", "FA1")
    assert one(refs, "Adult First Aid", "Safety Council") == ("resolved", "exact", "FA2")
    # the list's own two spellings of one vendor are one vendor (list_features.same_vendors), seed or no seed
    refs = build([("FA1", "Adult First Aid", "Red Cross"), ("FA2", "Pediatric First Aid", "American Red Cross")])
    assert refs.vendor_keys == {"american red cross"}
    assert one(refs, "Pediatric First Aid", "Red Cross") == ("resolved", "exact", "FA2")


# ---- our other seeds name codes the list does not have ---------------------------------------------------------
def test_alias_and_alignment_rows_naming_codes_not_in_the_list_are_ignored() -> None:
    with pytest.warns(UserWarning) as caught:
        refs = build(esco_list())
    messages = sorted(str(w.message) for w in caught)
    assert messages == [
        "credential_aliases: 9 of 9 rows name a credential_code not in the credential list (for example "
        "'SSVFDHND'): ignored",
        "xwalk_credential_cip_alignment: 700 of 700 rows name a credential_code not in the credential list "
        "(for example 'OSH010GI'): ignored"]
    assert refs.ignored == {"xwalk_credential_cip_alignment": 700, "credential_aliases": 9}
    assert not refs.aliases and not refs.aligned
    # our reviewed alias "epa universal" (EPA, HVAC program) is EPA608UN, a code this list does not have: the
    # write-in is resolved against the list instead
    assert one(refs, "EPA Universal", "Environmental Protection Agency", "47.0201") == ("resolved", "fuzzy", "ESCO003")


def test_alias_rows_that_hold_for_any_list_are_kept() -> None:
    # a reviewed "no credential" (code NO_CREDENTIAL or blank) and an alias to one of the list's codes are kept
    aliases = pa.Table.from_pylist([
        {"normalized_name": "mystery entry", "vendor_name": "", "cip_code": "", "credential_code": NO_CREDENTIAL},
        {"normalized_name": "nothing at all", "vendor_name": "", "cip_code": "", "credential_code": ""},
        {"normalized_name": "universal card", "vendor_name": "", "cip_code": "", "credential_code": "ESCO003"},
        {"normalized_name": "osha card", "vendor_name": "", "cip_code": "", "credential_code": "OSH010GI"},
    ])
    crosswalk = pa.Table.from_pylist([dict(zip(REQUIRED, r, strict=True)) for r in esco_list()])
    refs = refs_from_tables(crosswalk, **{**OUR_SEEDS, "aliases": aliases})
    assert refs.ignored["credential_aliases"] == 1
    assert one(refs, "Mystery Entry")[:2] == ("no_credential", "alias")
    assert one(refs, "Nothing at all")[:2] == ("no_credential", "alias")
    assert one(refs, "Universal Card") == ("resolved", "alias", "ESCO003")
    assert one(refs, "OSHA Card") == ("needs_review", "unresolved", None)  # not OSH010GI, which the list lacks


def test_list_codes_our_alignment_does_not_know_resolve_without_a_cip() -> None:
    # the program's CIP cannot settle an ambiguity on this list (no alignment row names its codes): review
    refs = build([("W1", "Welding Level 1 Structural", "AWS"), ("W2", "Welding Level 1 Pipe", "AWS")])
    assert refs.aligned == set()
    assert one(refs, "Welding Level 1", "", "48.0508") == ("needs_review", "unresolved", None)
    assert one(refs, "Welding Level 1 Pipe", "", "48.0508") == ("resolved", "exact", "W2")


# ---- lists resolution cannot use: one clear UserError naming the row ------------------------------------------
@pytest.mark.parametrize("rows, message", [
    ([("A1", "First", "V"), ("", "Nameless", "V")],
     r"^the credential list \(xwalk_credentials\), row 2 after the header: credential_code is blank "
     r"\(credential_name 'Nameless'\); every credential needs a code$"),
    ([("A1", "First", "V"), ("A2", "Second", "V"), ("  ", "Spaces", "V")], r"row 3 after the header: .* blank"),
    ([("A1", "First", "V"), (None, None, None)], r"row 2 after the header: credential_code is blank"),
    ([("A1", "First", "V"), ("A2", "Second", "V"), ("A1", "First again", "W")],
     r"^the credential list \(xwalk_credentials\), row 3 after the header: credential_code 'A1' repeats row 1; "
     r"each credential needs a code of its own$"),
    ([("A1", "First", "V"), ("A1 ", "First", "V")], r"row 2 after the header: credential_code 'A1' repeats row 1"),
    ([], r"^the credential list \(xwalk_credentials\) has no rows$"),
])
def test_unusable_list_raises_user_error_naming_the_row(rows: list, message: str) -> None:
    with pytest.raises(UserError, match=message):
        build(rows)


def test_list_without_a_required_column_raises_user_error() -> None:
    crosswalk = pa.table({"credential_code": ["A1"], "credential_name": ["First"]})
    with pytest.raises(UserError, match=r"has no column vendor_name \(required: credential_code, credential_name, "
                                        r"vendor_name; found: credential_code, credential_name\)"):
        refs_from_tables(crosswalk, **OUR_SEEDS)
    with pytest.raises(UserError, match="has no column credential_code, vendor_name"):
        build_refs([{"code": "A1", "credential_name": "First"}], [], [], [], [], [])


def test_list_saved_with_a_byte_order_mark(tmp_path: Path) -> None:
    own = tmp_path / "state_list.csv"
    with own.open("w", newline="", encoding="utf-8-sig") as fh:
        writer = csv.writer(fh)
        writer.writerow(["credential_code", "credential_name", "vendor_name"])
        writer.writerows(esco_list())
    refs = load_refs_from_seeds(SEEDS_DIR, crosswalk=own)
    assert one(refs, "Section 608 Type I", "ESCO Institute") == ("resolved", "exact", "ESCO000")


# ---- blank vendor names ---------------------------------------------------------------------------------------
def test_list_with_no_vendor_names() -> None:
    # New Jersey's list has a vendor column with nothing in it (NULL once loaded by dbt, "" from a CSV)
    refs = build([("NJ1", "Certified Bookkeeper", None), ("NJ2", "Certified Nursing Assistant", ""),
                  ("NJ3", "Certified Nursing Assistant Refresher", None)])
    assert refs.vendor_keys == set()
    assert one(refs, "Certified Bookkeeper") == ("resolved", "exact", "NJ1")
    # a typed vendor is unknown to this list, whether or not our alias seed knows it
    assert one(refs, "Certified Bookkeeper", "AIPB") == ("resolved", "exact", "NJ1")
    assert one(refs, "Certified Nursing Assistant", "Red Cross") == ("resolved", "exact", "NJ2")
    # its words are NJ3's, once spelled out ("cert." is "certification", said of every name)
    assert one(refs, "Cert. Nursing Asst. Refresher") == ("resolved", "exact", "NJ3")


def test_the_words_of_one_name_in_another_order_name_it() -> None:
    refs = build([("W1", "Welding Inspector Certification", ""), ("W2", "Senior Certified Welding Inspector", ""),
                  ("C1", "Customer Service and Sales Certification", ""),
                  ("C2", "Advanced Customer Service and Sales Certification", ""), ("S1", "Sales Associate", ""),
                  ("S2", "Associate Sales Professional", "")])
    assert one(refs, "Certified Welding Inspector") == ("resolved", "exact", "W1")
    assert one(refs, "Customer Service & Sales") == ("resolved", "exact", "C1")
    assert one(refs, "Associate, Sales") == ("resolved", "exact", "S1")
    # not a word more or less
    assert one(refs, "Welding Inspector Senior Level")[1] != "exact"
    assert one(refs, "Sales")[1] != "exact"


def test_a_word_of_the_lists_names_is_never_stripped_as_a_vendor() -> None:
    # our alias seed reads "ServSafe" as the National Restaurant Association; this list uses it in a name
    refs = build([("F1", "SERVSAFE Serving Safe Food Certification", ""), ("M1", "Certified Mail Manager", ""),
                  ("M2", "Certified Office Manager", "")])
    assert one(refs, "ServSafe Manager", "National Restaurant Association")[2] != "M1"
    assert one(refs, "National Restaurant Association Certified Mail Manager")[::2] == ("resolved", "M1")


def test_readings_of_initials_naming_different_credentials_are_a_guess() -> None:
    refs = build([("D1", "Certified Dental Assistant", ""),
                  ("D2", "Child Development Associate National Credential", ""),
                  ("N1", "Certified Nursing Assistant", ""), ("N2", "Certified Novell Administrator - NetWare 3", ""),
                  ("N3", "Certified Novell Administrator - GroupWise 5", "")])
    # "cda" spelled out names D1 and D2 alike: review
    assert one(refs, "CDA credential") == ("needs_review", "unresolved", None)
    # "cna" spelled out names N1, or one of two Novell credentials: N1 is the one reading that resolves
    assert one(refs, "CNA")[::2] == ("resolved", "N1")


def test_list_where_some_credentials_have_no_vendor() -> None:
    # a blank vendor is no vendor: a write-in with no vendor does not pick among the credentials without one
    refs = build([("A1", "Forklift Operator Level 1", "Acme"), ("B1", "Forklift Safety Level 1 Refresher Course", ""),
                  ("C1", "Welding Level 1", "Acme")])
    assert refs.vendor_keys == {"acme"}
    assert one(refs, "Forklift Operator Level 1") == ("resolved", "exact", "A1")
    assert one(refs, "Welding Level 1") == ("resolved", "exact", "C1")
    # before, B1 was assigned here, though A1 scores higher: the only credential of the "blank vendor" naming
    # every word
    assert one(refs, "Forklift Level 1") == ("needs_review", "unresolved", None)
    assert one(refs, "Forklift Level 1", "Acme") == ("resolved", "fuzzy", "A1")


# ---- the same name under two codes, near-duplicates -----------------------------------------------------------
def test_the_same_name_of_two_vendors_goes_to_review_unless_the_vendor_or_cip_settles_it() -> None:
    rows = [("F1", "Forklift Operator", "Acme Safety"), ("F2", "Forklift Operator", "Bolt Training"),
            ("F3", "Forklift Operator", "Bolt Training"), ("W1", "Welding Level 1", "Acme Safety")]
    with pytest.warns(UserWarning, match="1 of 4 codes name the same credential as an earlier code.*'F3'.*'F2'"):
        refs = build(rows)
    # F2 and F3 are one credential (the same name and vendor): it keeps its first code
    assert refs.representative == {"F2": "F2", "F3": "F2"} and [c.code for c in refs.credentials] == ["F1", "F2", "W1"]
    # two vendors' credentials of one name: never one of them silently: review, score 1.0 with margin 0, both
    # among the candidates
    out = resolve(refs, ("Forklift Operator",))[0]
    assert (out["resolution_status"], out["resolution_method"], out["credential_code"]) == (
        "needs_review", "unresolved", None)
    assert (out["score"], out["margin"]) == (1.0, 0.0)
    assert {out["candidate_1_code"], out["candidate_2_code"], out["candidate_3_code"]} == {"F1", "F2", None}
    assert one(refs, "Forklift Operator", "Someone Else") == ("needs_review", "unresolved", None)
    # the list's vendor tells them apart; Bolt Training's is the one under two codes, resolved to the first
    assert one(refs, "Forklift Operator", "Acme Safety") == ("resolved", "exact", "F1")
    assert one(refs, "Forklift Operator", "Bolt Training") == ("resolved", "exact", "F2")
    # a program CIP aligned with exactly one of them settles it
    alignment = pa.table({"credential_code": ["F2"], "cip_code": ["49.0202"]})
    crosswalk = pa.Table.from_pylist([dict(zip(REQUIRED, r, strict=True)) for r in rows])
    refs = refs_from_tables(crosswalk, **{**OUR_SEEDS, "alignment": alignment})
    assert one(refs, "Forklift Operator", "", "49.0202") == ("resolved", "fuzzy_cip", "F2")
    assert one(refs, "Forklift Operator", "", "48.0508") == ("needs_review", "unresolved", None)


def test_near_duplicates() -> None:
    refs = build([("N1", "Certified Nursing Assistant", ""), ("N2", "Certified Nurse Assistant", ""),
                  ("N3", "Certified Nursing Assistant (CNA)", ""), ("N4", "Nursing Assistant, Certified", ""),
                  ("N5", "CERTIFIED NURSE ASSISTANT.", "")])
    # N1, N3 (with its acronym) and N4 (words in another order) are one credential, N2 and N5 (case and a full stop)
    # another: each resolves to its first code, whichever of its names is typed
    assert refs.representative == {"N1": "N1", "N3": "N1", "N4": "N1", "N2": "N2", "N5": "N2"}
    for name in ("Certified Nursing Assistant (CNA)", "Nursing Assistant, Certified", "Certified Nursing Assistant",
                 "Cert. Nursing Asst"):
        assert one(refs, name)[::2] == ("resolved", "N1"), name
    assert one(refs, "certified nurse assistant") == ("resolved", "exact", "N2")
    # "CNA" is the initials of both: review
    assert one(refs, "CNA") == ("needs_review", "unresolved", None)


def test_duplicates_are_the_same_words_and_acronym() -> None:
    refs = build([("E1", "Certified EKG Technician (CET)", ""), ("E2", "Certified EKG Technician", ""),
                  ("E3", "EKG Technician Certification", ""), ("H1", "CEH - Certified Ethical Hacker", ""),
                  ("H2", "Certified Ethical Hacker", ""), ("M1", "Medical Assistant (RMA)", ""),
                  ("M2", "Certified Medical Assistant (CCMA)", ""), ("M3", "Certified Medical Assistant", ""),
                  ("M4", "Medical Assistant Certification", ""), ("D1", "Dental Assistant (RDA)", ""),
                  ("D2", "Certified Dental Assistant", ""), ("D3", "Dental Assistant", ""),
                  ("W1", "Welder (Level 1)", ""), ("W2", "Welder (Level 2)", ""),
                  ("A1", "Unix Administration (AIX)", ""), ("A2", "Unix Administration (HP)", ""),
                  ("P1", "Pharmacy Technician", "Acme"), ("P2", "Pharmacy Technician", "Bolt")])
    # the same words once an acronym (in brackets, or a word of initials) and "certified" are left out
    assert {k: v for k, v in refs.representative.items() if k != v} == {"E2": "E1", "E3": "E1", "H2": "H1",
                                                                       "M4": "M3", "D3": "D2"}
    # not: two acronyms (RMA, CCMA; AIX, HP), a name spelling another acronym (CDA is no RDA), other numbers, two
    # vendors
    assert one(refs, "Certified EKG Tech") == ("resolved", "exact", "E1")
    assert one(refs, "Certified Ethical Hacker")[::2] == ("resolved", "H1")
    assert one(refs, "Medical Assistant")[0] == "needs_review"
    assert one(refs, "Dental Assistant")[0] == "needs_review"
    assert one(refs, "Pharmacy Technician")[0] == "needs_review"


# ---- text: non-ASCII, trademark signs, brackets, names that normalise to nothing ------------------------------
def test_non_ascii_names_and_vendors() -> None:
    refs = build([("U1", "Técnico en Soldadura", "Organización Ñ"), ("U2", "Сварщик (Welder)", "Завод"),
                  ("U3", "焊工证书 (CWB)", "中国"), ("U4", "Microsoft® Office Specialist®", "Microsoft®"),
                  ("U5", "Sécurité® [Niveau 2]", ""), ("U6", "Ｆｕｌｌ Ｗｉｄｔｈ Ｃｅｒｔ", "")])
    # normalisation keeps Latin letters without accents and digits: a vendor in another script is no vendor
    assert refs.vendor_keys == {"organizacion n", "microsoft"}
    assert [c.key for c in refs.credentials] == ["tecnico en soldadura", "welder", "cwb", "microsoft office specialist",
                                                 "securite niveau 2", "full width certification"]
    for code, name, vendor in [("U1", "Técnico en Soldadura", ""), ("U1", "TECNICO EN SOLDADURA", "Organizacion N"),
                               ("U2", "Сварщик (Welder)", ""), ("U2", "Welder", ""), ("U3", "CWB", ""),
                               ("U4", "Microsoft® Office Specialist®", "Microsoft®"),
                               ("U4", "Microsoft Office Specialist", "Microsoft"),
                               ("U5", "Securite Niveau 2", ""), ("U6", "Full Width Cert", "")]:
        assert one(refs, name, vendor) == ("resolved", "exact", code), name
    # a name wholly in another script normalises to nothing: a blank write-in
    assert one(refs, "焊工证书")[:2] == ("no_credential", "junk")


def test_brackets() -> None:
    refs = build([("B1", "Cert (unclosed", ""), ("B2", "Alpha ((nested) beta)", ""),
                  ("B3", "[Level 2] Welder {Pipe}", ""), ("B4", "Gamma Name (---)", ""), ("B5", "Delta) odd (", ""),
                  ("B6", "Epsilon Tech (ET) (Level 1)", "")])
    for code, name in [("B1", "Cert (unclosed"), ("B2", "Alpha ((nested) beta)"), ("B3", "[Level 2] Welder {Pipe}"),
                       ("B4", "Gamma Name (---)"), ("B4", "Gamma Name"), ("B5", "Delta) odd ("), ("B6", "ET")]:
        assert one(refs, name) == ("resolved", "exact", code), name
    assert "" not in refs.exact  # "(---)" is no acronym


def test_names_that_normalise_to_nothing() -> None:
    refs = build([("E1", "®", ""), ("E2", "---", ""), ("E3", "()", ""), ("E4", "焊工证书", ""),
                  ("R1", "Real Credential", "")])
    # indexed, but no text names them: a write-in that normalises to nothing is blank (junk); a reported code works
    assert set(refs.by_code) == {"E1", "E2", "E3", "E4", "R1"} and refs.exact == {"real credential": ["R1"]}
    for name in ("®", "---", "()"):
        assert one(refs, name) == ("no_credential", "junk", None)
    assert one(refs, "anything", None, None, "E1") == ("resolved", "reported_code", "E1")
    assert one(refs, "Real Credential") == ("resolved", "exact", "R1")
    # a list of nothing else builds too; every write-in is then for review
    refs = build([("E1", "®", "")])
    assert refs.keys == [] and one(refs, "Real Credential") == ("needs_review", "unresolved", None)


# ---- size: one row, 5,000 rows, New Jersey's 2,041 --------------------------------------------------------------
def test_a_one_row_list() -> None:
    refs = build([("O1", "Only Credential", "Acme")])
    assert one(refs, "Only Credential") == ("resolved", "exact", "O1")
    assert one(refs, "Only Credential", "Acme") == ("resolved", "exact", "O1")
    assert one(refs, "Something Else") == ("needs_review", "unresolved", None)
    out = resolve(refs, ("Only Credential; Something Else",))
    assert [(o["resolution_status"], o["credential_code"]) for o in out] == [("resolved", "O1"), ("needs_review", None)]
    assert one(refs, "N/A")[:2] == ("no_credential", "junk")


DECORATIONS = ["", " Level 2", " (Advanced)", " ®", " [Renewal]", " — Recertification", " Técnico", " II", " 2025"]


def five_thousand() -> list[tuple[str, str, str]]:
    """5,000 credentials: our names with decorations (" ®" and " (Advanced)" make duplicates once normalised),
    vendors in turn our own, a string of our alias seed, blank, non-ASCII; the last row repeats the first's name
    and vendor, the one before is "®"."""
    base = load_seed_tables(SEEDS_DIR)["crosswalk"].to_pylist()
    aliases = OUR_SEEDS["vendor_aliases"].column("vendor_alias").to_pylist()
    rows = []
    for i in range(5_000):
        b, k = base[i % len(base)], i // len(base)
        name = b["credential_name"] + DECORATIONS[k % len(DECORATIONS)] + (f" Track {k}" if k >= 9 else "")
        rows.append((f"S{i:05d}", name, [b["vendor_name"], aliases[i % len(aliases)], "", "Organización Ñ"][i % 4]))
    rows[-2] = ("S04998", "®", "")
    rows[-1] = ("S04999", rows[0][1], rows[0][2])
    return rows


def test_a_five_thousand_row_list() -> None:
    rows = five_thousand()
    refs = build(rows)
    assert len(refs.by_code) == 5_000
    n_base = len(load_seed_tables(SEEDS_DIR)["crosswalk"])
    # " Level 2" and "Track" names are unique: exact, with or without the row's vendor
    for code, name, vendor in rows[n_base : n_base + 40 : 7] + rows[9 * n_base : 9 * n_base + 40 : 7]:
        assert one(refs, name, vendor) == ("resolved", "exact", code), name
        assert one(refs, name) == ("resolved", "exact", code), name
    # "<name>" and "<name> (Advanced)" (without its brackets) are one name: review, both among the candidates;
    # "<name> ®" of the same vendor is the first one's credential (the same words), folded into its first code
    i = next(i for i in range(n_base) if "(" not in rows[i][1] and "®" not in rows[i][1])
    out = resolve(refs, (rows[i][1],))[0]
    assert out["resolution_status"] == "needs_review"
    candidates = {out["candidate_1_code"], out["candidate_2_code"], out["candidate_3_code"]}
    assert {rows[i][0], rows[2 * n_base + i][0]} <= candidates and rows[3 * n_base + i][0] not in candidates
    # the same name and vendor under two codes (the first row and the last, and S00804 with " ®"): one credential
    # under its first code, which ties with "<name> (Advanced)" and "<name> [Renewal]" without their brackets
    # (S00536, S01072: square brackets read as round ones)
    assert {k for k, v in refs.representative.items() if v == "S00000"} == {"S00000", "S00804", "S04999"}
    assert refs.exact[refs.normalize(rows[0][1])] == ["S00000", "S00536", "S01072"]
    out = resolve(refs, rows[0][1:])[0]
    # (the "Advanced" one is a level above what was typed: the margin is over the next candidate, as close)
    assert out["resolution_status"] == "needs_review" and out["margin"] < 0.01
    assert [out["candidate_1_code"], out["candidate_2_code"]] == ["S00000", "S00536"]
    assert one(refs, "®") == ("no_credential", "junk", None)


NJ_LIST = PROJECT_ROOT.parent / "shared" / "reference" / "nj_etpl_industry_credentials.csv"


def test_new_jerseys_list() -> None:
    if not NJ_LIST.exists():
        pytest.skip(f"New Jersey's list is not at {NJ_LIST} (shared/reference/ beside the repo): not tested")
    rows = list_rows(NJ_LIST)
    refs = build(rows)
    assert len(refs.by_code) == len(rows) == 2_041 and refs.vendor_keys == set()
    assert one(refs, "Certified Bookkeeper") == ("resolved", "exact", "NJ1303")
    assert one(refs, "Learning Tree Int.: Windows® Server 2003 Security Certified Professional") == (
        "resolved", "exact", "NJ1283")
    assert one(refs, "SSCP - Systems Security Certified Practitioner") == ("resolved", "exact", "NJ1692")
    # NJ lists "Personal Certified Executive Chef" twice (NJ1403, NJ3299): one credential, resolved to its first code
    assert refs.representative["NJ3299"] == "NJ1403"
    assert one(refs, "Personal Certified Executive Chef") == ("resolved", "exact", "NJ1403")
    # each of its own names, typed as it is listed, resolves to its own credential (its first code) or goes to
    # review: never to another
    out = resolve(refs, *[(name,) for _, name, _ in rows])
    whole = [(refs.representative.get(rows[int(o["entry_key"])][0], rows[int(o["entry_key"])][0]), o) for o in out
             if o["mention_count"] == 1]
    assert all(o["credential_code"] in (None, code) for code, o in whole)
    assert sum(o["credential_code"] == code for code, o in whole) >= 0.85 * len(rows)


def test_certified_typed_in_the_title_a_name_writes_tells_it_from_a_name_without_certified() -> None:
    # State AA: "Certified Dental Assistant" beside the DANB's "National Entry Level Dental Assistant": "certified",
    # left out of the words compared, had made the runner-up name every word typed
    refs = build([("C1", "DANB: Certified Dental Assistant (CDA®)", "Dental Assisting National Board (DANB)"),
                  ("N1", "DANB: National Entry Level Dental Assistant (NELDA®)",
                   "Dental Assisting National Board (DANB)"),
                  ("I1", "DANB: Infection Control (ICE®)", "Dental Assisting National Board (DANB)"),
                  ("P1", "Pharmacy Technician Certification Exam (PTCE)", "PTCB"),
                  ("P2", "Certified Pharmacy Technician (CPhT)", "NHA")])
    words = Words(refs)
    assert words.runner_names_it_too["certified dental assistant", "C1", "N1"] == 0.0
    assert words.runner_names_it_too["dental assistant", "C1", "N1"] == 1.0
    # not when "certified" is not typed, though the best's name writes it
    assert words.runner_names_it_too["pharmacy technician", "P2", "P1"] == 1.0


def test_a_word_naming_whom_a_course_is_for_typed_names_another_credential() -> None:
    # States AE and J: "Youth Mental Health First Aid" and "Heartsaver Pediatric First Aid CPR AED", which their lists
    # lack, had been read as the list's "Mental Health First Aid (MHFA)" and "AHA Heartsaver First Aid CPR AED"
    rows = [("M1", "Mental Health First Aid (MHFA)", "National Council for Mental Wellbeing"),
            ("H1", "AHA Heartsaver First Aid CPR AED", "AHA"), ("B1", "BLS Provider", "AHA"),
            ("Y1", "Youth Apprenticeship Certificate", "DWD")]
    refs = build(rows)
    words = Words(refs)
    assert words.level_up["youth mental health first aid", "M1"]
    assert words.level_up["heartsaver pediatric first aid cpr aed", "H1"]
    assert not words.level_up["mental health first aid", "M1"] and not words.level_up["youth apprenticeship", "Y1"]
    out = resolve(refs, ("Youth Mental Health First Aid", ""), ("Heartsaver Pediatric First Aid CPR AED", "AHA"),
                  ("Mental Health First Aid", ""), rule=H_RULE)
    assert outcomes(out) == [("needs_review", None), ("needs_review", None), ("resolved", "M1")]


def test_a_write_in_the_best_name_writes_word_for_word_is_not_the_runner_ups_with_a_word_between() -> None:
    # States AC and AG: "Azure Fundamentals" had gone to review between the "Azure Fundamentals (AZ-900)" and the
    # "Azure AI Fundamentals (AI-900)", whose name holds every word typed; not where both names write it so
    rows = [("Z1", "Microsoft Azure Fundamentals (AZ-900)", "Microsoft"),
            ("Z2", "MS Azure AI Fundamentals (AI-900)", "Certiport"),
            ("O1", "OSHA 30-Hour General Industry", "OSHA"), ("O2", "OSHA 30-Hour Construction", "OSHA")]
    refs = build(rows)
    words = Words(refs)
    assert words.runner_names_it_too["azure fundamentals", "Z1", "Z2"] == 0.0
    assert words.runner_names_it_too["osha 30", "O2", "O1"] == 1.0


def test_a_level_word_the_write_in_lacks_leaves_the_level_below_open() -> None:
    # the list misspells the plain credential ("Repai"): the Master's is the one name holding every word typed
    refs = build([("M1", "ASE Certified Master Collision Repair/Refinish Tech.", ""),
                  ("P1", "ASE Certified Collision Repai/Refinish Tech.", ""), ("M2", "Master Plumber", ""),
                  ("P2", "Plumber", ""), ("M3", "Master Electrician", ""), ("P3", "Electrician", ""),
                  ("X1", "CISSP - Certified Information Systems Security Professional", ""),
                  ("X2", "Certified Information Security Professional (CCISP)", "")])
    assert "master" in refs.level_words
    words = Words(refs)
    # a veto of a fitted rule
    assert words.runner_names_it_too["ase collision repair and refinish", "M1", "P1"] == 1.0
    assert words.runner_names_it_too["ase master collision repair and refinish", "M1", "P1"] == 0.0
    rule = {"kind": "tiers", "clean": {"min_score": 0.6, "min_margin": 0.02},
            "warned": {"min_score": 0.6, "min_margin": 0.02}}
    out = resolve(refs, ("ASE Collision Repair & Refinish",), ("ASE Master Collision Repair & Refinish",), rule=rule)
    assert [(o["resolution_status"], o["credential_code"]) for o in out] == [("needs_review", None), ("resolved", "M1")]
    # an acronym of the list is no misspelling of another ("cissp", "ccisp")
    assert words.level_below("cissp", "X1", ["X2"]) is False


def test_a_word_naming_one_credential_alone_names_it() -> None:
    refs = build([("F1", "SERVSAFE Serving Safe Food Certification", ""), ("M1", "Certified Mail Manager", ""),
                  ("M2", "Certified Office Manager", ""), ("M3", "Business Manager", ""),
                  ("M4", "Property Manager", ""), ("M5", "Project Manager", ""), ("M6", "Hotel Manager", ""),
                  ("D1", "Commercial Driver License (CDL)", ""),
                  ("A1", "AWS Certification", ""), ("W1", "Certified Welder Program", ""), ("W2", "Welder Helper", ""),
                  ("K1", "Certified Dental Assistant", ""), ("K2", "Child Development Associate", ""),
                  ("E1", "Emergency Medical Technician (EMT)", ""), ("E2", "NREMT Emergency Medical Technician", "")])
    words = Words(refs)
    named = words.named_by_a_rare_word
    # "manager" names six credentials: a word the list does not tell them apart by; "class a" a qualifier it lacks
    assert named["servsafe manager", ""] == "F1"
    assert named["cdl class a", ""] == "D1"
    # "welder" names other credentials; "alcohol" no credential (another ServSafe?); a shared acronym names none
    assert named["aws certified welder", ""] is None
    assert named["servsafe alcohol", ""] is None
    assert named["cda", ""] is None
    assert named["emt", ""] is None
    # numbers it lacks
    assert named["cdl 2", ""] is None


def test_the_list_writes_vendors_and_plus_signs_its_own_way() -> None:
    refs = build([("S1", "CompTIA Security", ""), ("C1", "CompTIA CySA+", ""), ("A1", "CompTIA A+", ""),
                  ("N1", "Security Specialist", ""), ("N2", "Security Analyst", ""),
                  ("G1", "OSHA Standards - General Industry 10 Hr Course Completion Card", ""),
                  ("G2", "OSHA Standards - Construction Industry 10 Hr Course Completion Card", ""),
                  ("G3", "Genetic Counselor", ""), ("G4", "General Contractor", "")])
    # the vendor typed apart, which this list writes in its names; the "+" it leaves off
    assert one(refs, "Security+", "CompTIA") == ("resolved", "exact", "S1")
    assert one(refs, "Security+")[0] == "needs_review"
    # a "+" typed apart at the end is the word's
    assert one(refs, "Comptia A +")[::2] == ("resolved", "A1")
    # "gen" starts "general" and "genetic": "general" is the one a name holds with the other words
    assert one(refs, "osha10 gen industry")[::2] == ("resolved", "G1")


def test_an_exam_number_naming_one_credential_names_it() -> None:
    refs = build([("R1", "EPA Refrigerant Certification", ""),
                  ("R2", "EPA Certified A/C & Refrigeration Technician", ""),
                  ("S8", "Section 608 Refrigerant Transition & Recovery Certification", ""),
                  ("S9", "Section 609 Refrigerant Recovery/Recycling/Handling", ""), ("O1", "OSHA 10 Construction", ""),
                  ("O2", "Forklift Level 10", "")])
    # "epa" is a vendor (it issues several credentials); 608 is on one name only
    assert one(refs, "EPA 608")[::2] == ("resolved", "S8")
    assert [o["credential_code"] for o in resolve(refs, ("EPA 608 & 609",))] == ["S8", "S9"]
    # a number of one or two digits is a level or an hour count, not an exam
    assert one(refs, "Forklift 10")[2] != "O1"


def test_an_unknown_acronym_leading_the_list_s_words_is_the_issuer() -> None:
    refs = build([("C1", "Crane Operator Certification Program", ""), ("C2", "Operator Certification Program", ""),
                  ("C3", "Oracle Database Operator", ""), ("M1", "Machining Level I Certification", ""),
                  ("M2", "Machining Level II Certification", ""), ("F1", "FCC Commercial Operators License", "")])
    # "NCCCO" is no word of the list: the issuer typed before the credential
    assert one(refs, "NCCCO Crane Operator")[::2] == ("resolved", "C1")
    assert one(refs, "NIMS Machining Level I")[::2] == ("resolved", "M1")
    # the same acronym typed in the vendor field too
    assert one(refs, "NCCCO Crane Operator", "NCCCO")[::2] == ("resolved", "C1")
    # not before fewer than two of the list's words (the acronym may be the credential: "GROL"), not a word in
    # lower case (the acronym is told by its capitals), not a word of the list ("FCC")
    assert one(refs, "GROL Operator")[0] == "needs_review"
    assert one(refs, "nccco crane operator")[2] in (None, "C1")
    parts = Readings(refs)
    assert parts.entry_parts["FCC Commercial Operators", None].vendor is None
    assert parts.entry_parts["NCCCO Crane Operator", None].vendor == "NCCCO"
    assert parts.entry_parts["NCCCO Crane Operator", "Someone Else"].vendor == "Someone Else"


def test_an_acronym_before_an_acronym_naming_one_credential_is_its_issuer() -> None:
    refs = build([("F1", "CFOT-Certified Fiber Optic Technician", ""), ("F2", "FOA CFxT-Certified FTTx Technician", ""),
                  ("P1", "Certified Associate in Project Management (CAPM)", ""),
                  ("P2", "PMI Scheduling Professional (PMI-SP)", ""), ("P3", "PMI Risk Management Professional", ""),
                  ("D1", "Certified Dental Assistant (CDA)", ""), ("D2", "Child Development Associate (CDA)", "")])
    # "FOA" and "PMI" are words of other names of the list, but no name of a credential: the issuers
    assert one(refs, "FOA CFOT")[::2] == ("resolved", "F1")
    assert one(refs, "PMI CAPM")[::2] == ("resolved", "P1")
    parts = Readings(refs)
    assert parts.entry_parts["FOA CFOT", None].vendor == "FOA"
    # not before an acronym several credentials share, and not when the vendor field says another vendor
    assert one(refs, "PMI CDA")[0] == "needs_review"
    assert parts.entry_parts["FOA CFOT", "Someone Else"].vendor == "Someone Else"


def test_a_known_vendor_in_brackets_after_the_name_is_the_vendor() -> None:
    refs = build([("D1", "Certified Dental Assistant (CDA)", ""), ("C1", "Child Development Associate (CDA)", ""),
                  ("F1", "Certified Food Protection Manager (ServSafe)", ""), ("F2", "ServSafe Food Handler", "")])
    parts = Readings(refs)
    # "DANB" is a vendor of our alias seed and no word of the list: the vendor typed in the name field
    assert parts.entry_parts["CDA (DANB)", None].name == "CDA"
    assert parts.entry_parts["CDA (DANB)", None].vendor == "DANB"
    assert one(refs, "CDA (DANB)")[::2] == ("resolved", "D1")
    # not against another vendor typed in the vendor field, and not a word the list's names use
    assert parts.entry_parts["CDA (DANB)", "Council for Professional Recognition"].name == "CDA (DANB)"
    assert parts.entry_parts["Food Protection Manager (ServSafe)", None].name == "Food Protection Manager (ServSafe)"


def test_an_exam_code_the_list_never_uses_is_left_out() -> None:
    refs = build([("S1", "CompTIA Security", ""), ("N1", "Security Specialist", ""), ("N2", "Security Analyst", ""),
                  ("Z1", "Azure Fundamentals (AZ-900)", ""), ("Z2", "Azure Administrator (AZ-104)", ""),
                  ("E1", "Microsoft Excel Certification", "")])
    readings = Readings(refs)
    assert readings.entry_parts["Security+ SY0-601", "CompTIA"].name == "Security+"
    assert readings.entry_parts["Excel 2016 (77-727)", None].name == "Excel"  # nor a year the list never writes
    assert readings.entry_parts["A+ 220-1101", None].name == "A+"
    assert readings.entry_parts["Network+ N10-008", None].name == "Network+"
    assert readings.entry_parts["Cloud Practitioner CLF-C02", None].name == "Cloud Practitioner"
    # a code the list uses is the credential's: kept, and it names it
    assert readings.entry_parts["AZ-900", None].name == "AZ-900"
    assert one(refs, "Azure AZ-900")[::2] == ("resolved", "Z1")
    # a code alone is not emptied into nothing
    assert readings.entry_parts["SY0-601", None].name == "SY0-601"
    assert one(refs, "Security+ SY0-601", "CompTIA") == ("resolved", "exact", "S1")


def test_dates_numbers_and_one_letter_brackets_name_no_credential() -> None:
    refs = build([("N1", "Nuclear Medicine Technology (N)", ""), ("R1", "Radiation Therapy (T)", ""),
                  ("E1", "Section 608 Refrigerant Transition & Recovery Certification", ""),
                  ("A1", "AutoCAD 2000", "")])
    for typed in ("05/12/2023", "2023-05-12", "5/2023", "2022", "12345", "Spring 2022", "fall 2021"):
        assert one(refs, typed)[0] == "no_credential", typed
    # a number the list's names use may be the credential ("608"): review, not junk
    assert one(refs, "608")[0] != "no_credential"
    # "N" is typed for "no", "T" for nothing: a one-letter bracket is no name of its own
    assert one(refs, "T")[2] is None
    assert one(refs, "Nuclear Medicine Technology")[::2] == ("resolved", "N1")


def test_a_title_and_a_surname_is_a_person_not_a_credential() -> None:
    refs = build([("M1", "Microsoft Office Specialist (MOS)", "Microsoft"), ("W1", "Microsoft Word Certification", ""),
                  ("F1", "Forklift Operator", "")])
    # (State S: "Mr. Ramírez", a surname with an accent, went to review)
    for typed in ("Ms. Rodriguez - CTE", "Mrs Lee", "Dr. Jones", "Miss Parker", "Mr. O'Brien", "Mr. Ramírez"):
        assert one(refs, typed)[0] == "no_credential", typed
    # "MS" is Microsoft, and a title before a word of the list's names is no person
    assert one(refs, "MS Word")[0] != "no_credential"
    assert one(refs, "Ms. Word")[0] != "no_credential"
    assert one(refs, "Mr. Forklift")[0] != "no_credential"
    # States CF and CZ: Spanish titles ("Sra. Martínez" went to review); "Sr." is also "Senior"
    for typed in ("Sra. Martínez", "Srta. Gomez", "Prof. Okafor"):
        assert one(refs, typed)[0] == "no_credential", typed
    assert one(refs, "Sr. Forklift Operator")[0] != "no_credential"


def test_a_given_name_and_a_surname_is_a_person_not_a_credential() -> None:
    refs = build([("F1", "Forklift Operator", ""), ("L1", "Linux Essentials", ""), ("J1", "Java Programmer", "")])
    for typed in ("John Smith", "Maria T. Lopez", "Jordan Baker", "Jaylen Thompson"):
        assert one(refs, typed)[0] == "no_credential", typed
    # States AP and AT: "Jane Peterson", "Jane Smith" (from "Casper College") went to review
    assert one(refs, "Jane Smith", "Casper College")[0] == "no_credential"
    # State O: the person's role after the name ("Sarah Thompson - instructor"), and an accent ("Núñez")
    assert one(refs, "Sarah Thompson - instructor")[0] == "no_credential"
    assert one(refs, "Maria Núñez")[0] == "no_credential"
    assert one(refs, "John Smith - Java Programmer")[0] != "no_credential"
    # a word of the list's names, or a first word that is no given name, is no person
    assert one(refs, "John Forklift")[0] != "no_credential"
    assert one(refs, "Linux Essentials")[::2] == ("resolved", "L1")
    assert one(refs, "Oracle Dba")[0] != "no_credential"


def test_a_qualifier_the_list_never_uses_does_not_keep_the_words_from_their_credential() -> None:
    refs = build([("D1", "Commercial Driver License (CDL)", ""), ("F1", "FCC Commercial Operators License", ""),
                  ("T1", "Tractor-Trailer Drivers School", ""), ("C1", "Combination Commercial Inspector", "")])
    assert one(refs, "Commercial Drivers Licence - Class B")[::2] == ("resolved", "D1")
    # a list that tells the classes apart: the qualifier is its word, and it counts
    refs = build([("A1", "Commercial Driver License Class A", ""), ("B1", "Commercial Driver License Class B", ""),
                  ("F1", "FCC Commercial Operators License", "")])
    assert one(refs, "Commercial Driver License - Class B")[::2] == ("resolved", "B1")
    assert one(refs, "Commercial Driver License Class C")[2] is None
    # a medal level ("Silver") is a qualifier too: the list's one NCRC, unless the list tells the levels apart
    refs = build([("N1", "ACT WorkKeys National Career Readiness Certificate (NCRC)", ""),
                  ("W1", "Water Safety Instructor (WSI)", ""), ("K1", "Career Readiness Workshop", "")])
    assert one(refs, "WorkKeys NCRC Silver", "ACT")[::2] == ("resolved", "N1")
    refs = build([("G1", "NCRC Gold", ""), ("S1", "NCRC Silver", ""), ("K1", "Career Readiness Workshop", "")])
    assert one(refs, "WorkKeys NCRC Silver")[::2] == ("resolved", "S1")


def test_a_vendor_typed_before_the_name_keeps_the_words_the_list_writes_with_it() -> None:
    # "HVAC Excellence" is a vendor of our alias seed; this list writes "HVAC" in its names, and has a bare "Heating"
    refs = build([("H1", "HVAC Heating Certification", ""), ("H2", "Heating", ""),
                  ("P1", "HVAC Heat Pump Certification", ""), ("P2", "Heat Pump Service Technician Certification", ""),
                  ("A1", "AC Excellence Technician - Geothermal Heat Pump", "")])
    assert one(refs, "HVAC Excellence - Heating", "ESCO")[::2] == ("resolved", "H1")
    assert one(refs, "HVAC Excellence Heat Pump")[::2] == ("resolved", "P1")
    assert one(refs, "Heating")[::2] == ("resolved", "H2")


def test_a_vendors_acronym_is_read_as_that_vendor_only() -> None:
    refs = build([("N1", "Certified Nursing Home Administrator", ""), ("P1", "Certified Phlebotomy Technician", ""),
                  ("P2", "Certified Poetry Therapist", "")])
    # "NHA" (the National Healthcareer Association in our alias seed) is not the initials of another credential
    assert one(refs, "CPT (NHA)", "NHA")[2] != "N1"
    assert one(refs, "NHA CPT")[2] != "N1"


def test_a_vendors_acronym_is_the_run_of_words_a_name_holds_with_the_write_ins_other_words() -> None:
    # States K and N: "AMT General" (from PSI, or "FAA AMT General") is "FAA Aviation Maintenance Technician -
    # General", though our alias seed reads AMT as American Medical Technologists, the RMA's issuer in State K
    refs = build([("A1", "FAA Aviation Maintenance Technician - General", "PSI"),
                  ("A2", "FAA Aviation Maintenance Technician - Airframe", "PSI"),
                  ("R1", "Registered Medical Assistant (RMA)", "American Medical Technologists"),
                  ("G1", "OSHA 10-Hour General Industry", "CareerSafe")])
    assert one(refs, "AMT General", "PSI")[::2] == ("resolved", "A1")
    assert outcomes(resolve(refs, ("FAA AMT General + Airframe", ""))) == [("resolved", "A1"), ("resolved", "A2")]
    # the AMT's own credential still reads it as its vendor
    assert one(refs, "AMT RMA")[::2] == ("resolved", "R1")


def test_a_drivers_license_is_no_commercial_drivers_license_unless_the_list_holds_it() -> None:
    rows = [("D1", "Commercial Driver License (CDL)", ""), ("T1", "Tractor-Trailer Drivers School", ""),
            ("F1", "FCC Commercial Operators License", "")]
    refs = build(rows)
    assert one(refs, "Commercial Drivers License")[::2] == ("resolved", "D1")
    assert one(refs, "Driver's License")[0] == "no_credential"
    # a list that holds it: the list wins over our junk seed
    refs = build([*rows, ("L1", "Driver License", "")])
    assert one(refs, "Driver's License")[::2] == ("resolved", "L1")


def test_an_acronym_spelled_out_as_another_known_vendors_credential_is_a_wrong_guess() -> None:
    refs = build([("C1", "Cisco Certified Entry Networking Technician", "Cisco"),
                  ("C2", "Cisco Certified Support Technician", "Cisco"),
                  ("N1", "College Certificate - Nurse Aide", "County College")])
    # "CCNA" from Cisco: the list has no CCNA; the college's initials are not it
    assert one(refs, "CCNA", "Cisco")[2] != "N1"
    # typed without a vendor, the initials are all there is to go on
    assert one(refs, "CCNA")[2] in (None, "N1")


def test_a_word_in_place_of_a_rare_word_of_the_name_is_another_credential() -> None:
    refs = build([("A1", "AWS Certified AI Practitioner", "Amazon Web Services"),
                  ("A2", "AWS Certified Solutions Architect - Associate", "Amazon Web Services"),
                  ("P1", "Pork Quality Assurance Plus (PQA Plus)", "National Pork Board"),
                  ("M1", "Microsoft Office Specialist Word", "Microsoft")])
    words = Words(refs)
    # "cloud" in place of "ai", "beef" in place of "pork": other credentials, which this list does not have
    assert words.swapped_word["aws cloud practitioner", "A1", "amazon web services"] == 1.0
    assert words.swapped_word["beef quality assurance", "P1", ""] == 1.0
    # dropped, abbreviated or misspelt words are no swap
    assert words.swapped_word["aws ai practitioner", "A1", ""] == 0.0
    assert words.swapped_word["pork quality assurance", "P1", ""] == 0.0
    assert words.swapped_word["microsoft office specialist wrod", "M1", ""] == 0.0
    assert one(refs, "AWS Cloud Practitioner", "Amazon Web Services")[2] != "A1"
    assert one(refs, "AWS AI Practitioner", "Amazon Web Services")[::2] == ("resolved", "A1")


def test_a_bracketed_acronym_names_other_credentials_only_when_their_words_spell_it() -> None:
    refs = build([("M1", "Certified Medical Assistant (CCMA)", ""), ("M2", "Certified Medical Assistant", ""),
                  ("M3", "Medical Assistant (RMA)", ""), ("E1", "Emergency Medical Technician (EMT)", ""),
                  ("E2", "NREMT Emergency Medical Technician", "")])
    # "Certified Medical Assistant" spells CMA, not CCMA: the acronym is the bracket's credential's alone
    assert one(refs, "CCMA", "NHA")[::2] == ("resolved", "M1")
    # "Emergency Medical Technician" spells EMT: both credentials are an EMT, review
    assert one(refs, "EMT")[2] is None


def test_a_version_or_exam_code_glued_to_letters_the_list_never_uses_is_left_out() -> None:
    refs = build([("C1", "Cisco Certified Entry Networking Technician (CCENT)", ""),
                  ("I1", "IC3 Digital Literacy Certification", ""), ("W1", "AWS D1.1 Structural Welding", ""),
                  ("N1", "NCCER Carpentry Level 1", ""), ("N2", "NCCER Carpentry Level 2", "")])
    readings = Readings(refs)
    assert readings.entry_parts["CCENT ICND1", "Cisco"].name == "CCENT"
    assert readings.entry_parts["IC3 Digital Literacy GS5", None].name == "IC3 Digital Literacy"
    assert readings.entry_parts["Certified Ethical Hacker v12", None].name == "Certified Ethical Hacker"
    # the list's own ("IC3", "D1"), a word of its names ("Level1"), a level ("L2") stay
    assert readings.entry_parts["IC3", None].name == "IC3"
    assert readings.entry_parts["AWS D1.1", None].name == "AWS D1.1"
    assert readings.entry_parts["NCCER Carpentry Level1", None].name == "NCCER Carpentry Level1"
    assert readings.entry_parts["NCCER Carpentry L2", None].name == "NCCER Carpentry L2"
    assert one(refs, "CCENT ICND1", "Cisco")[::2] == ("resolved", "C1")


def test_a_version_the_list_writes_for_other_credentials_only_is_left_out_when_nothing_else_resolves() -> None:
    refs = build([("I1", "ITIL Foundation Certification - IT Service Management", ""),
                  ("W1", "IBM Certified Specialist - IBM WebSphere Host On-Demand, V4 and V5.1", ""),
                  ("T1", "Certified Consultant - Tivoli Software Distribution V4.1", ""),
                  ("F1", "Foundation Level 2011", "")])
    # "v4" is a word of the list's names (IBM's), so it is kept as typed; no name holds it with ITIL's words
    assert one(refs, "ITIL v4 Foundation", "Axelos")[::2] == ("resolved", "I1")
    # where the version is the list's own, it is read as written
    assert one(refs, "Tivoli Software Distribution V4.1")[::2] == ("resolved", "T1")


def test_cert_before_the_words_may_be_certified_where_that_reads_a_name_of_the_list() -> None:
    refs = build([("P1", "Phlebotomy Technician", ""), ("P2", "Certified Phlebotomy Technician (CPT)", ""),
                  ("P3", "Phlebotomy Technician (RPT)", "")])
    # "cert" reads "certification", a generic word: the three names are a close call, until it reads "certified"
    assert one(refs, "Cert Phlebotomy Tech")[::2] == ("resolved", "P2")
    # without it, the two names that read "phlebotomy technician" stay a guess
    assert one(refs, "Phlebotomy Tech")[2] is None


def test_a_candidate_a_level_above_what_was_typed_makes_no_close_call() -> None:
    refs = build([("S1", "ASE Certified School Bus Technician", ""),
                  ("S2", "ASE Master Certified School Bus Technician", ""),
                  ("E1", "ASE Certified Engine Machinist", ""), ("E2", "ASE Master Certified Engine Machinist", ""),
                  ("N1", "Nationally Certified School Nurse", "")])
    assert one(refs, "ASE School Bus Tech (S-Series)")[::2] == ("resolved", "S1")
    # typed with the level, the Master's is the one
    assert one(refs, "ASE Master Engine Machinist")[::2] == ("resolved", "E2")


def test_a_word_mended_where_the_lists_names_say_how() -> None:
    refs = build([("M1", "Certified Medication Aide", ""), ("F1", "First Aid/CPR Card", ""),
                  ("S1", "Certified Satellite Installer", ""), ("P1", "Certified Pump Installer", ""),
                  ("G1", "Certified Guestroom Attendant", ""), ("R1", "Skill Certifications for Room Attendants", ""),
                  ("C1", "CFOT-Certified Fiber Optic Technician", ""), ("C2", "FOA CFxT-Certified FTTx Technician", ""),
                  ("N1", "Certified Nursing Assistant (CNA)", "")])
    assert one(refs, "certified medication aid")[::2] == ("resolved", "M1")
    assert one(refs, "Certified Satelite Installer")[::2] == ("resolved", "S1")
    assert one(refs, "Certified Guest Room Attendant")[::2] == ("resolved", "G1")
    # a word naming a credential of its own is not mended into another's ("cfot" is no "cfxt"), nor a short
    # word that may be an acronym ("CMA" is no "CNA")
    assert one(refs, "FOA CFOT")[2] != "C2"
    assert one(refs, "CMA certification")[2] != "N1"


def test_a_word_cut_short_even_one_the_list_uses_is_read_where_its_names_say_how() -> None:
    refs = build([("R1", "Collision Repair and Refinishing Technician", ""), ("R2", "Refinish Paint Mixing", ""),
                  ("A1", "Collision Damage Appraiser", ""), ("W1", "Welding Inspector", "")])
    # "refinish" is a word of the list, but "and refinish" is no phrase of its names; "and refinishing" is
    assert "collision repair and refinishing" in mended_in_context(refs, "collision repair and refinish".split())
    assert one(refs, "Collision Repair & Refinish")[::2] == ("resolved", "R1")
    # not where the word as typed makes a phrase ("refinish paint"), nor into a word making none
    assert mended_in_context(refs, "refinish paint".split()) == []
    assert mended_in_context(refs, "weld inspector".split()) == ["welding inspector"]


def test_an_abbreviation_spelled_out_is_read_as_another_word_where_the_lists_names_say_so() -> None:
    # the abbreviation seed spells "tech" as "technician"; this list writes "Network Technology"
    refs = build([("N1", "CIW Network Technology Associate", ""), ("T1", "Technical Associate Program", ""),
                  ("S1", "Certified Network Systems Technician", ""), ("P1", "Pharmacy Technician", "")])
    assert one(refs, "CIW Network Tech Assoc")[::2] == ("resolved", "N1")
    # where the spelled-out word makes a phrase of the list's names, it stays
    assert one(refs, "Pharmacy Tech")[::2] == ("resolved", "P1")
    # of several words making a phrase with one neighbour ("technical associate", "network technology"), the one
    # making a phrase with both
    assert mended_in_context(refs, "ciw network technician associate".split()) == ["ciw network technology associate"]


def test_initials_that_skip_small_words_and_a_vendor_that_settles_between_readings() -> None:
    refs = build([("P1", "Certified Park and Recreation Professional", ""),
                  ("B1", "Entry Certificate in Business Analyst", ""),
                  ("F1", "Fundamental Payroll Certification", ""), ("F2", "Certified Fundamentals Pastry Cook", ""),
                  ("S1", "Building Systems Maintenance Certificate - SMC", ""),
                  ("O1", "Building Owners and Management Institute", "")])
    assert one(refs, "ECBA", "IIBA")[::2] == ("resolved", "B1")
    # "FPC" spells two names: a guess between them, unless the typed vendor's words name one
    assert one(refs, "FPC")[2] is None
    assert one(refs, "FPC", "American Payroll Association")[::2] == ("resolved", "F1")
    # an unknown acronym before a word naming one credential is its issuer, not the initials of another name
    assert one(refs, "BOMI SMC")[::2] == ("resolved", "S1")


def test_a_cut_word_the_other_words_place_and_a_text_repeating_words_is_several() -> None:
    refs = build([("F1", "Certified Front Desk Representative", ""), ("R1", "Registered Education Provider", ""),
                  ("R2", "Registered Environmental Professional", ""),
                  ("W1", "Certified Welding Sales Representative", ""),
                  ("C1", "Certified Fundamentals Cook", ""), ("C2", "Certified Fundamentals Pastry Cook", "")])
    # "rep" is an acronym of two credentials, and a cut word "front desk" places
    assert one(refs, "Certified Front Desk Rep")[::2] == ("resolved", "F1")
    assert one(refs, "REP")[2] is None
    # the words of one name, but twice over: two credentials
    assert [o["credential_code"] for o in resolve(refs, ("Cert. Fundamentals Cook; Cert. Fundamentals Pastry Cook",))
            ] == ["C1", "C2"]


def test_a_level_typed_that_the_name_lacks_and_an_acronym_alone_reads_a_whole_name() -> None:
    refs = build([("A1", "ASE Certified Automobile Technician", ""),
                  ("S1", "Customer Service and Sales Certification", ""),
                  ("H1", "Certified Human Resource Management Associate (Foundation Level)", ""),
                  ("B1", "Basic Life Support/CPR", ""), ("X1", "Oracle Database Operator", "")])
    # a level typed that no name has: review, not the plain credential
    assert one(refs, "ASE Master Auto Tech")[2] is None
    assert one(refs, "NRF Advanced Customer Service & Sales")[2] is None
    # an acronym alone stands for a whole name ("BLS": all but "CPR"), not a run inside a longer one
    assert one(refs, "RMA", "American Medical Technologists")[2] is None
    assert one(refs, "BLS")[::2] == ("resolved", "B1")


def test_an_acronym_alone_does_not_leave_out_the_vendors_name_of_the_name_it_reads() -> None:
    # "PMP" spells "Project Management Professional", but the list's credential of those words is Google's
    refs = build([("G1", "Google Project Management Professional Certificate", "Google"),
                  ("C1", "Certified Associate in Project Management (CAPM)", "Project Management Institute"),
                  ("B1", "Basic Life Support/CPR", "")])
    assert one(refs, "PMP")[2] is None
    assert one(refs, "PMP", "PMI")[2] is None
    # a word left aside that names no vendor still may be ("BLS": all but "CPR")
    assert one(refs, "BLS")[::2] == ("resolved", "B1")


def test_an_acronym_the_list_never_uses_one_letter_from_a_candidates_is_another_credential() -> None:
    refs = build([("C1", "Cisco Certified Network Associate (CCNA)", "Cisco"),
                  ("G1", "Gas Metal Arc Welding (GMAW) Plate Certification", ""),
                  ("P1", "Certified Pharmacy Technician (CPhT)", ""), ("F1", "Forklift Operator", "")])
    # "CNA" and "SMAW" are credentials of their own, which this list lacks: not the CCNA, not the GMAW plate test
    assert one(refs, "cna cert")[::2] == ("needs_review", None)
    assert one(refs, "SMAW plate cert")[::2] == ("needs_review", None)
    # a misspelt acronym beside the words it stands for is a typo
    assert one(refs, "Cisco Certified Network Associate (CNNA)")[::2] == ("resolved", "C1")
    assert one(refs, "Gas Metal Arc Welding (GMWA) Plate")[::2] == ("resolved", "G1")


def test_a_word_that_is_the_initials_of_a_names_words_counts_as_those_words() -> None:
    refs = build([("P1", "Information Technology Specialist (ITS) Python", "Certiport"),
                  ("N1", "Information Technology Specialist (ITS) Networking", "Certiport"),
                  ("J1", "Python Programming Fundamentals", "Python Institute"),
                  ("F1", "CompTIA IT Fundamentals+ (ITF+)", "CompTIA"), ("T1", "IT Support Technician", "")])
    # "IT" is a word of other names, and the initials of "Information Technology": of Certiport's credentials,
    # one holds every word typed
    assert one(refs, "IT Specialist Python", "Certiport")[::2] == ("resolved", "P1")
    # initials name no credential by themselves: "IT" alone is still several
    assert one(refs, "IT", "Certiport")[2] is None
    # a word such as "certified" among the initials' words is in no name's words: the others are enough
    refs = build([("A1", "Associate Certified Electronics Technician", "ETA International"),
                  ("E1", "Certified EKG Technician (CET)", "NHA"), ("C1", "Consumer Electronics Technician", "ETA"),
                  ("S1", "Adobe Certified Associate (ACA)", "Adobe")])
    assert one(refs, "Associate CET", "ETA International")[::2] == ("resolved", "A1")
    # and a word naming a credential as typed is not widened by its initials ("CET" as typed is E1's)
    assert one(refs, "CET Technician")[::2] == ("resolved", "E1")


def test_a_level_typed_by_its_number_is_the_level_the_name_numbers_so() -> None:
    refs = build([("E1", "AWS SENSE Entry Level Welder (Level I)", "American Welding Society"),
                  ("A1", "AWS SENSE Advanced Welder (Level II)", "American Welding Society"),
                  ("C1", "AWS Certified Welder", "American Welding Society"),
                  ("X1", "Microsoft Office Specialist Excel 2019", "Microsoft"),
                  ("X2", "Microsoft Office Specialist Excel Expert 2019", "Microsoft")])
    # "Advanced" is the name of level II: typed as its number, it is no level above the one typed
    assert one(refs, "AWS SENSE Level II", "American Welding Society")[::2] == ("resolved", "A1")
    assert [(r["resolution_status"], r["credential_code"]) for r in resolve(refs, ("AWS SENSE Level I and II",
                                                                                  "American Welding Society"))] \
        == [("resolved", "E1"), ("resolved", "A1")]
    # a name that does not number its levels keeps its level word: "Excel 2019" is not the Expert's
    assert one(refs, "MOS Excel Exam 2019", "Microsoft")[2] != "X2"


def test_a_write_in_holding_an_umbrella_name_and_a_word_naming_a_narrower_credential_names_the_narrower() -> None:
    refs = build([("M1", "Microsoft Office Specialist (MOS)", ""), ("W1", "Microsoft Word Certification", ""),
                  ("P1", "Microsoft PowerPoint Certification", ""), ("E1", "Microsoft Excel Certification", ""),
                  ("A1", "Microsoft Access Certification", ""), ("X1", "Microsoft Exchange Server", ""),
                  ("L1", "ASE Entry-Level Certification - Maintenance & Light Repair (MLR)", ""),
                  ("G1", "ASE G1 Auto Maintenance and Light Repair Certification", ""),
                  ("B1", "ASE Entry-Level Certification - Brakes", "")]
                 # words of the umbrella's name that many names of the list use, as "office" and "specialist" are
                 + [(f"O{i}", f"{w} Office", "") for i, w in enumerate(("Medical", "Front", "Legal", "Dental",
                                                                        "Home", "Post"))]
                 + [(f"S{i}", f"{w} Specialist", "") for i, w in enumerate(("Pharmacy", "Coding", "Billing",
                                                                            "Network", "Payroll", "Retail"))]
                 + [(f"T{i}", f"ASE Entry-Level Certification - {w}", "") for i, w in enumerate((
                     "Engine Performance", "Electrical Systems", "Suspension", "Heating", "Diesel Engines"))])
    assert one(refs, "MOS Powerpoint 2019", "Microsoft")[::2] == ("resolved", "P1")
    assert [(r["resolution_status"], r["credential_code"]) for r in resolve(refs, ("MOS Word, MOS Excel", ""))] \
        == [("resolved", "W1"), ("resolved", "E1")]
    # the umbrella alone is the umbrella
    assert one(refs, "MOS")[::2] == ("resolved", "M1")
    # two credentials of one subject are siblings, not an umbrella and a narrower one: "auto" does not tell them
    assert one(refs, "ASE Entry-Level Auto Maintenance & Light Repair")[2] != "G1"


def test_a_known_vendor_before_a_shared_acronym_is_the_vendor() -> None:
    refs = build([("D1", "Certified Dental Assistant (CDA)", "Dental Assisting National Board"),
                  ("C1", "Child Development Associate (CDA)", "Council for Professional Recognition")])
    # the vendor typed in the name field settles the acronym, as in the vendor field
    assert one(refs, "DANB CDA")[::2] == ("resolved", "D1")
    assert one(refs, "CDA", "DANB")[::2] == ("resolved", "D1")
    # alone, or before an acronym the vendor field contradicts, it is still a guess
    assert one(refs, "CDA")[2] is None
    assert one(refs, "DANB CDA", "Council for Professional Recognition")[2] != "D1"


def test_a_known_vendor_after_the_name_is_left_out_of_it_in_a_piece_too() -> None:
    refs = build([("D1", "Certified Dental Assistant (CDA)", "Dental Assisting National Board"),
                  ("C1", "Child Development Associate (CDA)", "Council for Professional Recognition"),
                  ("R1", "Radiation Health and Safety (RHS)", "Dental Assisting National Board"),
                  ("I1", "Infection Control Exam (ICE)", "Dental Assisting National Board")])
    # "CDA (DANB)" as a piece of a list reads "cda danb": the vendor after the acronym is not a word of it
    out = resolve(refs, ("CDA (DANB), RHS, ICE", "DANB"))
    assert [(r["resolution_status"], r["credential_code"]) for r in out] == [
        ("resolved", "D1"), ("resolved", "R1"), ("resolved", "I1")]
    assert one(refs, "CDA DANB", "DANB")[::2] == ("resolved", "D1")
    # the vendor left out, the acronym is still shared: with no vendor field it is a guess
    assert one(refs, "CDA DANB")[2] is None
    assert strip_vendor(refs, "cda danb") == "cda"
    # two vendors' names leave no name ("quickbooks" is an alias of Intuit in our seed, and no word of this list)
    refs = build([("B1", "Intuit Certified Bookkeeping Professional", "Intuit"),
                  ("D1", "Intuit Design for Delight Innovator", "Intuit")])
    assert strip_vendor(refs, "intuit quickbooks") == "intuit quickbooks"


def test_a_typed_vendor_spelling_the_initials_of_one_vendor_of_the_list_is_that_vendor() -> None:
    refs = build([("P1", "Phlebotomy Technician (PBT)", "American Society for Clinical Pathology"),
                  ("P2", "Certified Phlebotomy Technician (CPT)", "National Healthcareer Association"),
                  ("P3", "National Certified Phlebotomy Technician (NCPT)", "National Center for Competency Testing"),
                  ("P4", "Phlebotomy Technician", "American Medical Technologists"),
                  ("S1", "Safety Certification", "American Safety Council"),
                  ("S2", "Sales Certification", "American Sales Council")])
    assert one(refs, "ASCP Phlebotomy Technician")[::2] == ("resolved", "P1")
    assert one(refs, "Phlebotomy Technician", "ASCP")[::2] == ("resolved", "P1")
    # initials two vendors of the list share name neither
    readings = Readings(refs)
    assert readings.vendor_key["ASC"] == "asc"


def test_a_word_of_the_typed_vendors_name_alone_is_still_a_word_of_the_write_in() -> None:
    refs = build([("L1", "CompTIA Linux+", "CompTIA"), ("C1", "CompTIA Cloud Essentials+", "CompTIA"),
                  ("B1", "BLS Provider", "American Heart Association"),
                  ("F1", "Heartsaver First Aid", "American Heart Association")])
    # "linux" is a word of the Linux Professional Institute's name, and of the write-in: no name holds both words
    assert one(refs, "Linux Essentials", "Linux Professional Institute")[2] is None
    # the vendor's whole name typed before the credential's is the vendor's
    assert one(refs, "American Heart Association BLS", "American Heart Association")[::2] == ("resolved", "B1")


def test_a_qualifier_given_another_value_is_another_credential() -> None:
    refs = build([("B1", "Commercial Driver License (CDL) Class B", ""), ("G1", "WorkKeys NCRC Gold", "ACT"),
                  ("F1", "Forklift Operator", "")])
    # the list lacks Class A and the Silver certificate: review, as for numbers that differ
    assert one(refs, "CDL Class A")[2] is None
    assert one(refs, "WorkKeys NCRC Silver", "ACT")[2] is None
    # the same value, or none typed, is no clash
    assert one(refs, "CDL Class B")[::2] == ("resolved", "B1")
    assert one(refs, "WorkKeys NCRC Gold", "ACT")[::2] == ("resolved", "G1")


def test_a_score_a_pointer_to_a_vendors_records_and_a_level_word_alone_name_no_credential() -> None:
    refs = build([("C1", "Check Point Firewall-1 Administration Certification", ""),
                  ("E1", "Emergency Medical Technician - Intermediate", ""),
                  ("M1", "Microsoft Office Specialist Master", "Microsoft"),
                  ("S1", "Section 608 Refrigerant Transition & Recovery Certification", "")])
    for typed in ("Check Certiport", "Score: 85", "85%", "scored 18/20", "Test score: 90 points"):
        assert one(refs, typed)[0] == "no_credential", typed
    # a level word says how far, not in what: a guess, not a code
    assert one(refs, "Intermediate")[::2] == ("needs_review", None)
    assert one(refs, "EMT Intermediate")[::2] == ("resolved", "E1")
    # a number the list uses is no score; "Check Point" is no vendor's records
    assert one(refs, "608")[::2] == ("resolved", "S1")
    assert one(refs, "Check Point Firewall-1")[::2] == ("resolved", "C1")


def test_an_acronym_alone_from_a_vendor_reads_that_vendors_credential_its_initials_spell() -> None:
    # State D's list: the AHA's "Basic Life Support (BLS) Provider" writes "(BLS)"; the words of the Red Cross's
    # "American Red Cross Basic Life Support" spell it
    refs = build(list_rows(DATA / "state_d_credential_list.csv"))
    assert refs.by_code["D-0022"].name == "American Red Cross Basic Life Support"
    assert one(refs, "BLS", "Red Cross")[::2] == ("resolved", "D-0022")
    assert one(refs, "BLS", "American Heart Association")[::2] == ("resolved", "D-0020")
    # a list with no vendor column, writing vendors in its names: the Red Cross's name writes "(BLS)"
    refs = build([("A1", "American Heart Association BLS Provider", ""),
                  ("R1", "American Red Cross Basic Life Support (BLS)", ""),
                  ("H1", "American Heart Association Heartsaver First Aid CPR AED", "")])
    assert one(refs, "BLS", "American Heart Association")[::2] == ("resolved", "A1")
    assert one(refs, "BLS", "American Red Cross")[::2] == ("resolved", "R1")


def test_a_note_on_the_record_made_only_of_the_junk_seeds_words_is_junk() -> None:
    refs = build([("N1", "Certified Nursing Assistant (CNA)", ""), ("A1", "CompTIA A+", "CompTIA"),
                  ("C1", "Commercial Driver License (CDL) Class A", ""), ("F1", "Forklift Operator Training", "")])
    for typed in ("no IRC earned", "Certificate earned - see portfolio", "Expired 2022", "N/A (no program)",
                  "Failed - 1st attempt", "didn't pass", "Student opted out", "see row above", "card not received"):
        assert one(refs, typed)[0] == "no_credential", typed
    # a word of a credential, or a letter, among them names it: not junk
    assert one(refs, "CNA earned")[0] != "no_credential"
    assert one(refs, "A+ passed", "CompTIA")[0] != "no_credential"
    assert one(refs, "Forklift training")[0] != "no_credential"
    # a name of the list, or words of one, is never a note
    assert one(refs, "Class A")[0] != "no_credential"


def test_a_cte_course_or_program_name_is_junk_unless_a_name_of_the_list_holds_its_words() -> None:
    # States I and J: "Intro to Health Science", "Culinary Arts 1", "Construction Trades 2" went to review
    refs = build([("N1", "Certified Nursing Assistant (CNA)", ""), ("S1", "ServSafe Food Protection Manager", ""),
                  ("P1", "Precision Exams: Automotive Technology 1", ""), ("W1", "AWS SENSE Entry Level Welder", "")])
    for typed in ("Intro to Health Science", "Culinary Arts 1", "Construction Trades II", "Principles of Business",
                  "hospitality and tourism", "Senior Capstone"):
        assert one(refs, typed)[0] == "no_credential", typed
    # a course a name of the list is named after; an occupation a credential is named for; other words beside it
    for typed in ("Automotive Technology 1", "Welder 2", "Culinary Arts ServSafe", "Health Science Certification"):
        assert one(refs, typed)[0] != "no_credential", typed
    # beside a credential, the entry is not junk (it goes to review: the course piece is not read apart yet)
    assert [o[0] for o in outcomes(resolve(refs, ("CNA, Health Science 2", "")))] != ["no_credential"]


@pytest.mark.parametrize("which", ["ours", "new_jersey"])
def test_no_name_of_a_list_reads_as_junk(which: str) -> None:
    if which == "new_jersey" and not NJ_LIST.exists():
        pytest.skip(f"New Jersey's list is not at {NJ_LIST}: not tested")
    rows = list_rows(SEEDS_DIR / "xwalk_credentials.csv" if which == "ours" else NJ_LIST)
    readings = Readings(build(rows))
    assert [name for _, name, _ in rows if readings.junk_reason[name]] == []



def test_a_row_without_a_vendor_is_the_same_credential_as_one_vendors_row_of_the_same_words() -> None:
    # State D's list fills its vendor column for some rows only
    refs = build([("F1", "ServSafe Food Protection Manager Certification", "National Restaurant Association"),
                  ("F2", "Certified Food Protection Manager (ServSafe)", ""),
                  ("F3", "ServSafe Allergens", ""),
                  ("F4", "ServSafe Food Handler", "National Restaurant Association"),
                  ("W1", "Certified Welder", "American Welding Society"),
                  ("W2", "Certified Welder", "NCCER"),
                  ("W3", "Welder Certification", "")])
    assert refs.representative.get("F2") == "F1"
    assert one(refs, "ServSafe Manager")[::2] == ("resolved", "F1")
    # two vendors' rows of the same words: a row without a vendor may be either, and stays its own
    assert "W3" not in refs.representative


def test_words_in_brackets_that_other_names_hold_too_name_all_of_them() -> None:
    # "(ServSafe)" is a brand the list's other ServSafe names hold: typed alone it may be any of them
    refs = build([("F2", "Certified Food Protection Manager (ServSafe)", ""),
                  ("F3", "ServSafe Allergens", ""),
                  ("F4", "ServSafe Food Handler", "National Restaurant Association"),
                  ("N1", "Certified Nursing Assistant (CNA)", ""),
                  ("P1", "Precision Machining (NIMS Level I)", "")])
    assert one(refs, "ServSafe")[::2] == ("needs_review", None)
    # an acronym in brackets, or words no other name holds, still name their credential
    assert one(refs, "CNA")[::2] == ("resolved", "N1")
    assert one(refs, "NIMS Level I")[::2] == ("resolved", "P1")


def test_a_credential_the_list_gives_no_vendor_is_of_no_other_vendor() -> None:
    # State D's list: the FAA's Part 107 has the vendor column filled, its TRUST certificate not
    refs = build([("P1", "FAA Part 107 Remote Pilot Certificate", "Federal Aviation Administration"),
                  ("T1", "FAA TRUST Recreational UAS Safety Test Certificate", ""),
                  ("H1", "Tractor and Machinery Safety Certification (HOSTA)", "National Safety Council"),
                  ("F1", "Powered Industrial Truck (Forklift) Operator Certification", "National Safety Council")])
    assert one(refs, "TRUST", "FAA")[::2] == ("resolved", "T1")
    assert [(r["credential_code"]) for r in resolve(refs, ("Part 107 and TRUST", "FAA"))] == ["P1", "T1"]
    # another vendor of the list is still another vendor
    assert one(refs, "TRUST", "National Safety Council")[::2] == ("needs_review", None)


def test_our_seeds_name_for_a_vendor_the_list_spells_with_more_words_is_the_lists_vendor() -> None:
    # our alias seed reads "EPA" as the Environmental Protection Agency; State D's list spells it "U.S. ..."
    epa = "U.S. Environmental Protection Agency"
    refs = build([("E1", "EPA Section 608 Technician Certification - Universal", epa),
                  ("R1", "EPA Lead-Safe Certified Renovator (RRP)", epa),
                  ("A1", "Private Pesticide Applicator License", "State D Department of Agriculture"),
                  ("U1", "Unity Certified User: Artist", "Unity Technologies")])
    readings = Readings(refs)
    assert readings.vendor_key["EPA"] == "u s environmental protection agency"
    assert readings.vendor_key["Dept of Ag"] == "state d department of agriculture"
    # a vendor our seed knows that the list does not have stays our seed's
    assert readings.vendor_key["NOCTI"] == "nocti"


def test_two_letters_are_the_initials_of_words_a_name_holds_with_the_other_words_typed() -> None:
    # New Jersey's list spells "LEED" out in brackets and has no "GA"
    leed = "LEED (Leadership in Energy & Environmental Design)"
    refs = build([("G1", f"{leed} Green Associate", ""), ("A1", f"{leed} Accredited Professional", ""),
                  ("F1", f"{leed} Fellow", ""), ("B1", "Building Analyst", ""),
                  ("S1", "Google Analytics Individual Qualification", "")])
    assert one(refs, "LEED GA")[::2] == ("resolved", "G1")
    assert one(refs, "LEED AP")[::2] == ("resolved", "A1")
    # two letters alone, or with words no name holds with their initials, are no reading
    assert one(refs, "GA")[::2] == ("needs_review", None)
    assert one(refs, "LEED XY")[::2] == ("needs_review", None)


def test_a_write_in_spelling_its_own_acronym_is_not_a_name_of_other_initials() -> None:
    # the taken-out check on New Jersey's lists: with the CHS taken out, it had the Sales Professional's code
    refs = build([("H1", "Certified Hospitality Sales Professional", ""), ("R1", "First Responder", ""),
                  ("B1", "Billing Coding Specialist Certification", ""),
                  ("N1", "Nursing Assistant", "")])
    assert one(refs, "Certified Hospitality Supervisor (CHS)")[::2] == ("needs_review", None)
    assert one(refs, "CyberSec First Responder (CFR)")[::2] == ("needs_review", None)
    # the same initials once "certified" and "and" are left out: the same credential
    assert one(refs, "Cert. Billing and Coding Spec (CBCS)")[::2] == ("resolved", "B1")
    assert one(refs, "Certified Nursing Assistant (CNA)")[::2] == ("resolved", "N1")
    # without its acronym, the write-in is left to the other rules
    assert one(refs, "Certified Hospitality Sales Prof")[::2] == ("resolved", "H1")
    # an acronym the name writes as a word is the name's (New Jersey's "SCJA - Sun Certified Java Associate")
    refs = build([("S1", "SCJA - Sun Certified Java Associate", ""),
                  ("S2", "SCJP - Sun Certified Java Programmer", "")])
    assert one(refs, "SCJA - Sun Certified Java Assoicate")[::2] == ("resolved", "S1")


def test_an_acronym_a_name_writes_only_with_a_suffix_is_another_credential() -> None:
    # the taken-out check: with the RRT and the CSWA taken out, their acronyms had read their specialties
    refs = build([("N1", "Neonatal/Pediatric Respiratory Care Specialist (CRT-NPS or RRT-NPS)", ""),
                  ("S1", "Certified SOLIDWORKS Associate - Additive Manufacturing (CSWA-AM)", "SolidWorks"),
                  ("C1", "Certified Respiratory Therapist (CRT)", "")])
    assert one(refs, "RRT")[::2] == ("needs_review", None)
    assert one(refs, "CSWA", "SolidWorks")[::2] == ("needs_review", None)
    # with the suffix typed, or where the name also writes the acronym alone, it is the name's
    assert one(refs, "RRT-NPS")[::2] == ("resolved", "N1")
    assert one(refs, "CSWA-AM", "SolidWorks")[::2] == ("resolved", "S1")
    assert one(refs, "CRT")[::2] == ("resolved", "C1")


def test_of_credentials_tied_for_a_write_in_the_one_whose_name_writes_the_typed_vendor() -> None:
    # State E's list gives no vendors; some names write theirs
    refs = build([("C1", "Certified Clinical Medical Assistant (CCMA)", ""),
                  ("C2", "NHA Certified Clinical Medical Assistant", ""),
                  ("B1", "AHA Basic Life Support (BLS) Provider", ""),
                  ("B2", "American Red Cross Basic Life Support (BLS)", ""),
                  ("P1", "Certified Phlebotomy Technician (CPT)", "")])
    assert refs.vendor_written == {"C2": "national healthcareer association", "B1": "american heart association",
                                   "B2": "american red cross"}
    assert one(refs, "BLS", "American Red Cross")[::2] == ("resolved", "B2")
    assert one(refs, "BLS", "AHA")[::2] == ("resolved", "B1")
    assert one(refs, "CCMA", "National Healthcareer Association")[::2] == ("resolved", "C2")
    # with no vendor typed, or one no name writes, they stay tied
    assert one(refs, "BLS")[::2] == ("needs_review", None)
    assert one(refs, "BLS", "ASHI")[::2] == ("needs_review", None)


def test_a_long_misspelt_word_one_letter_from_one_word_of_the_list_is_that_word() -> None:
    # State E: "Cosmotology License" for its "Cosmetology Operator License (State E Board of Cosmetology)"
    refs = build([("C1", "Cosmetology Operator License (State E Board of Cosmetology)", ""),
                  ("E1", "Esthetician License", ""), ("N1", "Nail Technician License", "")])
    assert one(refs, "Cosmotology License")[::2] == ("resolved", "C1")
    # a short word is left alone: one letter from a word of the list is often another word ("Nail" and "Mail")
    assert one(refs, "Mail License")[::2] == ("needs_review", None)


def test_a_number_typed_twice_is_there_twice() -> None:
    # State E: "D1.1" reads "d 1 1"; the D9.1's name holds "1" once
    refs = build([("W1", "AWS D1.1 Structural Steel Welder", ""), ("W9", "AWS D9.1 Sheet Metal Welder", ""),
                  ("C1", "AWS Certified Cloud Practitioner", ""), ("S1", "AWS SENSE Level I Entry Welder", "")])
    assert one(refs, "AWS D1.1", "American Welding Society")[::2] == ("resolved", "W1")
    # and the whole of "AWS D1.1 and D9.1" read as the D9.1 leaves a "1" out: on State E's list its cut wins
    refs = build(list_rows(DATA / "state_e_credential_list.csv"))
    assert [r["credential_code"] for r in resolve(refs, ("AWS D1.1 and D9.1", "American Welding Society"))] == [
        "E-0142", "E-0143"]


def test_of_names_holding_every_word_typed_the_one_writing_the_typed_vendor() -> None:
    # State E: the AAMA's CMA beside the NHA's CCMA, names only
    refs = build([("M1", "Certified Medical Assistant (CMA) - AAMA", ""),
                  ("C1", "Certified Clinical Medical Assistant (CCMA)", ""),
                  ("R1", "Registered Medical Assistant (RMA) - AMT", "")])
    assert one(refs, "Certified Medical Assistant", "AAMA")[::2] == ("resolved", "M1")
    # with no vendor typed, or one no name writes, several names hold the words: review
    assert one(refs, "Medical Assistant")[::2] == ("needs_review", None)
    assert one(refs, "Medical Assistant", "NHA")[::2] == ("needs_review", None)


def test_a_pool_operator_from_the_pool_and_hot_tub_alliance_is_in_its_field() -> None:
    # State E: "spa" is a personal-care word, "pool" a word of the PHTA's fields (seed xwalk_field_words)
    refs = build([("P1", "Certified Pool & Spa Operator® (CPO®)", ""), ("O1", "Certified Paraoptometric (CPO)", ""),
                  ("M1", "Haas Certified CNC Mill Operator", "")])
    assert one(refs, "CPO pool operator", "PHTA")[::2] == ("resolved", "P1")


def test_a_word_naming_one_of_a_shared_acronyms_credentials_tells_which() -> None:
    # State E's list: "NASM" is a word of one name, which holds the CPT two other names hold
    refs = build(list_rows(DATA / "state_e_credential_list.csv"))
    assert refs.by_code["E-0242"].name == "Certified Personal Trainer (CPT) - NASM"
    assert one(refs, "NASM CPT", "NASM")[::2] == ("resolved", "E-0242")
    # the acronym alone names none of them
    assert one(refs, "CPT")[::2] == ("needs_review", None)


def test_an_exam_number_naming_one_credential_is_not_undone_by_a_word_no_name_uses() -> None:
    # State D and State E: "Part 107 drone license"
    refs = build([("P1", "FAA Part 107 Remote Pilot Certificate", ""),
                  ("T1", "FAA TRUST Recreational UAS Safety Test Certificate", ""),
                  ("S1", "EPA Section 608 Technician Certification - Universal", "")])
    assert one(refs, "Part 107 drone license", "FAA")[::2] == ("resolved", "P1")
    # a word no name uses still stops a word naming one credential ("FCC GROL" is no FCC credential of the list)
    refs = build([("F1", "FCC Commercial Operators License", ""), ("E1", "FCC Element 1", "")])
    assert one(refs, "Commercial GROL")[::2] == ("needs_review", None)


def test_a_piece_may_carry_the_last_pieces_trailing_words() -> None:
    # State E's list, with a rule whose bars assign the pieces (0.6): "Autocad & Revit Certified User"
    refs = build(list_rows(DATA / "state_e_credential_list.csv"))
    rule = {"kind": "tiers", "clean": {"min_score": 0.6, "min_margin": 0.05},
            "warned": {"min_score": 0.6, "min_margin": 0.05}}
    out = resolve(refs, ("Autocad & Revit Certified User", "Autodesk"), rule=rule)
    assert [o["credential_code"] for o in out] == ["E-0071", "E-0073"]
    # State F: after a number, one trailing word ("OSHA 10 and 30 Construction" -> "OSHA 10 Construction")
    refs = build(list_rows(DATA / "state_f_credential_list.csv"))
    out = resolve(refs, ("OSHA 10 and 30 Construction", ""), rule=rule)
    assert [o["credential_code"] for o in out] == ["F-0089", "F-0090"]


def test_a_word_the_list_puts_in_place_of_a_word_of_the_name_names_another_credential() -> None:
    # State E: "ASE Entry Level Truck Suspension & Steering", a Truck area the list lacks; the list has Truck and
    # Automobile rows of other areas, so "truck" takes the place of "automobile"
    refs = build([("A1", "ASE Entry-Level Automobile - Suspension and Steering", ""),
                  ("A2", "ASE Entry-Level Automobile - Brakes", ""),
                  ("T2", "ASE Entry-Level Truck - Brakes", ""),
                  ("T3", "ASE Entry-Level Truck - Diesel Engines", "")])
    assert refs.swaps["truck"] == {"automobile"}
    assert one(refs, "ASE Entry Level Truck Suspension & Steering", "ASE")[::2] == ("needs_review", None)
    assert one(refs, "ASE Entry Level Auto Suspension & Steering", "ASE")[::2] == ("resolved", "A1")
    # a word the list never puts in its place is not a sibling's ("student" is no other version of the credential)
    assert one(refs, "ASE Entry Level Student Suspension and Steering", "ASE")[::2] == ("resolved", "A1")


def test_a_subject_typed_without_its_level_is_the_level_not_above() -> None:
    # State D and State E: "MOS Excel 2019" beside the Excel Associate and Excel Expert rows
    refs = build([("XA", "Microsoft Office Specialist: Excel Associate (Office 2019)", ""),
                  ("XE", "Microsoft Office Specialist: Excel Expert (Office 2019)", ""),
                  ("WA", "Microsoft Office Specialist: Word Associate (Office 2019)", ""),
                  ("WE", "Microsoft Office Specialist: Word Expert (Office 2019)", "")])
    assert one(refs, "MOS Excel 2019", "Certiport")[::2] == ("resolved", "XA")
    assert one(refs, "MOS Excel Expert 2019", "Certiport")[::2] == ("resolved", "XE")
    # State F: words all of them hold beyond the write-in's ("Microsoft 365 Apps") tell none apart
    refs = build(list_rows(DATA / "state_f_credential_list.csv"))
    assert [refs.by_code[c].name for c in ("F-0051", "F-0054")] == [
        "Microsoft Office Specialist – Word Associate (Microsoft 365 Apps)",
        "Microsoft Office Specialist – Word Expert (Microsoft 365 Apps)"]
    # (with bars no fuzzy score clears, as on State F's fitted rule: the rule below the bars decides)
    rule = {"kind": "tiers", "clean": {"min_score": 0.99, "min_margin": 0.5},
            "warned": {"min_score": 0.99, "min_margin": 0.5}}
    out = resolve(refs, ("MOS Word", "Microsoft"), rule=rule)
    assert [(o["resolution_status"], o["credential_code"]) for o in out] == [("resolved", "F-0051")]
    # State D: a version year typed that the names lack ("Microsoft Office Specialist: Excel Associate")
    refs = build(list_rows(DATA / "state_d_credential_list.csv"))
    out = resolve(refs, ("MOS Excel 2019", "Microsoft"), rule=rule)
    assert [(o["resolution_status"], o["credential_code"]) for o in out] == [("resolved", "D-0068")]
    # two names with a word of their own that is no level above: review
    refs = build([("XA", "Microsoft Office Specialist: Excel Associate (Office 2019)", ""),
                  ("XP", "Microsoft Office Specialist: Excel Professional (Office 2019)", "")])
    assert one(refs, "MOS Excel 2019", "Certiport")[::2] == ("needs_review", None)


def test_a_rare_word_the_whole_match_leaves_out_makes_the_cut_win() -> None:
    # State D and State E: "NCCER Core & Carpentry Level 1", whose whole reads as Carpentry Level 1 and leaves out
    # "core", the one word of the Core Curriculum's name
    rows = list_rows(DATA / "state_d_credential_list.csv")
    refs = build(rows)
    assert {r[1] for r in rows if r[0] in ("D-0117", "D-0118")} == {
        "NCCER Core Curriculum: Introductory Craft Skills", "NCCER Carpentry Level 1"}
    out = resolve(refs, ("NCCER Core & Carpentry Level 1", "NCCER"))
    assert [(o["resolution_status"], o["credential_code"]) for o in out] == [
        ("resolved", "D-0117"), ("resolved", "D-0118")]
    # the words of the matched credential's vendor are no other credential's: one mention, not a cut (a
    # generator's write-in, on our list, with a rule whose bars assign the whole, 0.6)
    refs = load_refs_from_seeds(SEEDS_DIR)
    rule = {"kind": "tiers", "clean": {"min_score": 0.6, "min_margin": 0.05},
            "warned": {"min_score": 0.6, "min_margin": 0.05}}
    out = resolve(refs, ("Natl Inst for Automotive Service Excellence - ASE Entry-Level Tuuck Inspection Maintenance "
                         "& Minor Repair", ""), rule=rule)
    assert [(o["resolution_status"], o["credential_code"]) for o in out] == [("resolved", "ASETRIMR")]


def test_a_vendor_the_list_writes_cut_short_is_the_vendor_it_cuts() -> None:
    # State AG: "Am. Heart Assn." beside "American Heart Assn." and "American Heart Association", "Natl. Ctr. for
    # Constr. Educ. & Research" beside "NCCER" (no cut: an acronym); "BLS" from the American Heart Association had gone
    # to review against the "BLS Provider" of "Am. Heart Assn."
    same, _ = list_features.same_vendors(["am heart assn", "american heart assn", "american heart association",
                                          "am red cross", "american red cross", "natl ctr for constr educ and research",
                                          "national center for construction education and research", "ncc",
                                          "national career college"])
    assert same["am heart assn"] == same["american heart assn"] == "american heart association"
    assert same["am red cross"] == "american red cross"
    assert same["natl ctr for constr educ and research"] == "national center for construction education and research"
    assert "national career college" not in same
    assert not list_features.cut_short("ncc", "national career college")  # one word: no cut
    refs = build([("B1", "BLS Provider", "Am. Heart Assn."), ("H1", "Heartsaver® First Aid CPR AED",
                                                              "American Heart Association"),
                  ("P1", "Pediatric First Aid CPR AED", "American Heart Assn."),
                  ("R1", "Am. Red Cross First Aid/CPR/AED", "American Red Cross")])
    assert outcomes(resolve(refs, ("BLS", "American Heart Association"), rule=H_RULE)) == [("resolved", "B1")]


def test_a_vendor_the_list_spells_two_ways_is_one_vendor() -> None:
    # State F: "NHA" on some rows, "National Healthcareer Association" on others; "Adobe" and "Adobe Systems"
    assert list_features.same_vendors(["nha", "national healthcareer association", "adobe", "adobe systems",
                                       "red cross", "american red cross", "aws", "american welding society",
                                       "amazon web services", "ase", "ase education foundation"])[0] == {
        "nha": "national healthcareer association", "adobe": "adobe systems", "red cross": "american red cross"}
    # an acronym of a name's last words: "ASE", "HLO"
    assert list_features.same_vendors(["ase", "national institute for automotive service excellence", "hlo",
                                       "oregon health licensing office"])[0] == {
        "ase": "national institute for automotive service excellence", "hlo": "oregon health licensing office"}
    refs = build([("E1", "Certified EKG Technician (CET)", "National Healthcareer Association"),
                  ("P1", "Certified Phlebotomy Technician (CPT)", "NHA"),
                  ("I1", "Adobe Certified Professional in Print & Digital Media Publication Using Adobe InDesign",
                   "Adobe Systems"),
                  ("S1", "Adobe Certified Professional in Visual Design Using Adobe Photoshop", "Adobe"),
                  ("M1", "Certified Medical Administrative Assistant (CMAA)", "AMT")])
    assert refs.by_code["P1"].vendor_key == refs.by_code["E1"].vendor_key == "national healthcareer association"
    assert one(refs, "EKG", "NHA")[::2] == ("resolved", "E1")
    assert one(refs, "InDesign", "Adobe")[::2] == ("resolved", "I1")


def test_an_acronym_in_square_brackets_is_read_as_one_in_round_brackets() -> None:
    # State E and State F: "Certified SOLIDWORKS Associate [CSWA]"
    refs = build([("A1", "Certified SOLIDWORKS Associate [CSWA]", "Dassault Systemes"),
                  ("P1", "Certified SOLIDWORKS Professional [CSWP]", "Dassault Systemes"),
                  ("M1", "Certified SOLIDWORKS Associate - Additive Manufacturing (CSWA-AM)", "Dassault Systemes")])
    assert refs.acronyms_of["A1"] == {"cswa"}
    assert one(refs, "CSWP", "Dassault")[::2] == ("resolved", "P1")


def test_a_level_written_in_words_is_its_number() -> None:
    # State F: "Electrical Level 1, 2, 3" against "NCCER Electrical Level One / Two / Three"
    refs = build([("E1", "NCCER Electrical Level One", "NCCER"), ("E2", "NCCER Electrical Level Two", "NCCER"),
                  ("E3", "NCCER Electrical Level Three", "NCCER"), ("C4", "NCCER Carpentry Level Four", "NCCER")])
    assert one(refs, "Electrical Level 3", "NCCER")[::2] == ("resolved", "E3")
    assert one(refs, "Carpentry Level 4", "NCCER")[::2] == ("resolved", "C4")


def test_a_version_code_glued_in_a_name_may_be_left_out() -> None:
    # State F: "IC3 Level 3" against "IC3 Digital Literacy Certification - GS6 Level 3"; the numbers rule reads the
    # name without the 6 of "GS6" when "GS" is not typed
    refs = build([("L1", "IC3 Digital Literacy Certification - GS6 Level 1", ""),
                  ("L2", "IC3 Digital Literacy Certification - GS6 Level 2", ""),
                  ("L3", "IC3 Digital Literacy Certification - GS6 Level 3", ""),
                  ("E3", "NCCER Electrical Level Three", "")])
    assert one(refs, "IC3 Level 3")[::2] == ("resolved", "L3")
    # typed, the code's number counts: "GS5" is another version
    assert one(refs, "IC3 GS5 Level 3")[::2] == ("needs_review", None)


def test_a_code_of_letters_and_digits_one_name_writes_names_it() -> None:
    # State F: "D1.1 and D9.1" from the AWS, each code written in one name
    refs = build([("W1", "AWS Certified Welder - Structural Steel (AWS D1.1)", "American Welding Society"),
                  ("W9", "AWS Certified Welder - Sheet Metal (AWS D9.1)", "American Welding Society"),
                  ("C1", "AWS Certified Cloud Practitioner", "Amazon Web Services"),
                  ("L1", "NCCER Welding Level One", "NCCER")])
    assert one(refs, "D1.1")[::2] == ("resolved", "W1")
    assert one(refs, "D9.1")[::2] == ("resolved", "W9")
    # another code with the same letters is no name's
    assert one(refs, "D1.5")[::2] == ("needs_review", None)


def test_a_vendor_acronym_two_vendors_share_is_the_one_whose_credentials_share_its_words() -> None:
    # State F: "AWS" on a welding row, beside the American Welding Society's rows and Amazon Web Services'
    words = {"aws": frozenset({"welder", "pipe"}), "american welding society": frozenset({"welder", "steel"}),
             "amazon web services": frozenset({"cloud", "practitioner"})}
    assert list_features.same_vendors(list(words), words) == ({"aws": "american welding society"}, {"aws"})
    # no word shared with either: left alone
    assert list_features.same_vendors(list(words), {**words, "aws": frozenset({"robotics"})}) == ({}, {"aws"})
    # typed, "AWS" names neither vendor: "CLF-C02" from the AWS is the cloud exam
    refs = build([("W1", "AWS Certified Welder - Structural Steel (AWS D1.1)", "American Welding Society"),
                  ("W2", "AWS Certified Welder - Pipe (ASME Section IX)", "AWS"),
                  ("C1", "AWS Certified Cloud Practitioner (CLF-C02)", "Amazon Web Services"),
                  ("L1", "NCCER Welding Level One", "NCCER"), ("S1", "ServSafe Manager", "ServSafe")])
    assert refs.by_code["W2"].vendor_key == "american welding society" and "aws" not in refs.vendor_keys
    assert one(refs, "CLF-C02", "AWS")[::2] == ("resolved", "C1")
    assert one(refs, "D1.1", "AWS")[::2] == ("resolved", "W1")


def test_hazmat_is_hazardous_materials() -> None:
    # State F: "Hazmat, School Bus endorsements" (the abbreviation seed)
    refs = build(list_rows(DATA / "state_f_credential_list.csv"))
    assert refs.by_code["F-0164"].name == "CDL Endorsement - Hazardous Materials (H)"
    assert one(refs, "Hazmat endorsement", "Oregon DMV")[::2] == ("resolved", "F-0164")


def test_an_issuer_typed_before_a_piece_is_its_vendor() -> None:
    # State F: "MSSC CLA + CLT", the vendor field blank; "CLT" alone is two credentials' acronym, from the MSSC one
    refs = build(list_rows(DATA / "state_f_credential_list.csv"))
    assert [refs.by_code[c].name for c in ("F-0134", "F-0135", "F-0220")] == [
        "Certified Logistics Associate (CLA)", "Certified Logistics Technician (CLT)",
        "Certified Landscape Technician – Exterior (CLT)"]
    assert one(refs, "CLT")[::2] == ("needs_review", None)
    out = resolve(refs, ("MSSC CLA + CLT", ""))
    assert [(o["resolution_status"], o["credential_code"]) for o in out] == [
        ("resolved", "F-0134"), ("resolved", "F-0135")]


def test_a_word_saying_the_credential_was_earned_is_no_word_of_it() -> None:
    # State F: "CPC exam - passed"
    refs = build([("C1", "Certified Professional Coder (CPC) - AAPC", "AAPC"),
                  ("P1", "Certified Patient Care Technician/Assistant (CPCT/A)", "NHA"),
                  ("S1", "Securities Industry Essentials (SIE) Exam", "FINRA")])
    rule = {"kind": "tiers", "clean": {"min_score": 0.6, "min_margin": 0.05},
            "warned": {"min_score": 0.6, "min_margin": 0.05}}
    out = resolve(refs, ("CPC exam - passed", ""), rule=rule)
    assert [(o["resolution_status"], o["credential_code"], o["normalized_name"]) for o in out] == [
        ("resolved", "C1", "cpc exam")]
    # beside a word that may undo it, it stays ("not passed")
    out = resolve(refs, ("CPC not passed", ""), rule=rule)
    assert out[0]["normalized_name"] == "cpc not passed"


def test_exam_numbers_typed_may_be_some_of_a_names_exams() -> None:
    # State E: "A+ 220-1101" against "CompTIA A+ (220-1101 and 220-1102)"
    refs = build(list_rows(DATA / "state_e_credential_list.csv"))
    assert refs.by_code["E-0047"].name == "CompTIA A+ (220-1101 and 220-1102)"
    assert one(refs, "A+ 220-1101", "CompTIA")[::2] == ("resolved", "E-0047")
    # the name's numbers left out must be exam numbers too: a type is not ("Wildland Firefighter 130" does not name
    # the Type 2, whose S-130 is one of its courses)
    refs = build([("W1", "Wildland Firefighter Type 2 (FFT2) - S-130/S-190", "NWCG"),
                  ("F1", "Firefighter I", "DPSST"), ("E1", "EMT", "NREMT")])
    assert one(refs, "Wildland Firefighter 130")[::2] == ("needs_review", None)


def test_a_tier_typed_against_a_name_of_another_tier_goes_to_review() -> None:
    # the taken-out check on State F: its list without the Swift Associate and the AutoCAD Certified User rows
    rows = [r for r in list_rows(DATA / "state_f_credential_list.csv") if r[0] not in ("F-0066", "F-0082")]
    assert {r[1] for r in rows} >= {"App Development with Swift Certified User",
                                   "Autodesk Certified Professional in AutoCAD for Design and Drafting"}
    refs = build(rows)
    rule = {"kind": "tiers", "clean": {"min_score": 0.5, "min_margin": 0.05},
            "warned": {"min_score": 0.5, "min_margin": 0.05}}
    out = resolve(refs, ("App Dev w/ Swift - Associate", "Apple"), ("AutoCAD Certified User", ""),
                  ("App Dev w/ Swift - User", "Apple"), rule=rule)
    assert [(o["resolution_status"], o["credential_code"]) for o in out] == [
        ("needs_review", None), ("needs_review", None), ("resolved", "F-0065")]


def test_an_issuer_typed_with_a_word_its_credential_lacks_names_another() -> None:
    # State F: "BICSI Technician" (not in the list) shares only the issuer's word with "BICSI Installer 1"
    refs = state_refs("state_f")
    assert refs.by_code["F-0118"].name == "BICSI Installer 1 (INST1)"
    rule = {"kind": "tiers", "clean": {"min_score": 0.4, "min_margin": 0.05},
            "warned": {"min_score": 0.4, "min_margin": 0.05}}
    out = resolve(refs, ("BICSI Technician", "BICSI"), ("BICSI Installer", "BICSI"), ("BICSI Instaler 1", ""),
                  ("PTCB", ""), rule=rule)
    assert outcomes(out) == [
        ("needs_review", None), ("resolved", "F-0118"), ("resolved", "F-0118"), ("resolved", "F-0016")]


def test_an_acronym_in_brackets_after_a_programmes_name_other_names_begin_with_names_them_all() -> None:
    # State AF: "MOS" had been the one name writing "(MOS)", "Microsoft Office Specialist (MOS): Word Associate",
    # beside the same issuer's "Microsoft Office Specialist: Excel Associate"; a credential listed twice with the
    # acronym in one name only is still one
    rows = [("W1", "Microsoft Office Specialist (MOS): Word Associate (Microsoft 365 Apps) (Microsoft)", ""),
            ("E1", "Microsoft Office Specialist: Excel Associate (Microsoft 365 Apps) (Microsoft)", ""),
            ("P1", "Microsoft Office Specialist – PowerPoint Associate (Microsoft)", ""),
            ("F1", "POWERED INDUSTRIAL TRUCK (FORKLIFT) OPERATOR", ""), ("F2", "Forklift Operator Certification", ""),
            ("C1", "Cisco Certified Support Technician (CCST) Networking", "")]
    refs = build(rows)
    assert sorted(refs.exact["microsoft office specialist"]) == ["E1", "P1", "W1"]
    assert outcomes(resolve(refs, ("MOS", ""), ("MOS Word", ""), ("Forklift", ""), rule=H_RULE)) == [
        ("needs_review", None), ("resolved", "W1"), ("resolved", "F1")]


def test_the_words_of_one_name_another_issuers_name_writes_in_the_plural_or_after_its_issuer_are_several() -> None:
    # State AE: "Pharmacy Technician", the words of the PTCB's "Certified Pharmacy Technician (CPhT)" beside the
    # NHA's "Exam for the Certification of Pharmacy Technicians (ExCPT)", had been read as the first (by its words
    # in another order, a path that did not ask); the words of a vendor's written inside a title name a kind of it,
    # not its issuer (State D's "Certified Nurse Aide" is no hospice and palliative nursing assistant)
    rows = [("P1", "Certified Pharmacy Technician (CPhT)", "PTCB"),
            ("P2", "Exam for the Certification of Pharmacy Technicians (ExCPT)", "NHA"),
            ("P3", "PTCB Pharmacy Technician Certification Exam (PTCE)", "PTCB"),
            ("A1", "ACE Certified Personal Trainer", "American Council on Exercise"),
            ("A2", "Certified Personal Trainer (CPT)", "NASM"),
            ("N1", "Certified Nursing Assistant (CNA)", "State D Department of Health"),
            ("N2", "Certified Hospice and Palliative Nursing Assistant (CHPNA)",
             "Hospice and Palliative Credentialing Center")]
    refs = build(rows)
    words = Words(refs)
    assert words.another_issuers_too["pharmacy technician", "P1"] == ["P2"]
    assert words.another_issuers_too["personal trainer", "A2"] == ["A1"]
    assert words.another_issuers_too["nursing assistant", "N1"] == []
    out = resolve(refs, ("Pharmacy Technician", ""), ("Certified Nursing Assistant", ""), rule=H_RULE)
    assert outcomes(out) == [("needs_review", None), ("resolved", "N1")]


def test_a_title_typed_without_its_names_certified_is_several_when_other_issuers_titles_hold_it_too() -> None:
    # States S, Y and AE: "Medical Assistant" had been the "Certified Medical Assistant (CMA)", whose words they are
    # once "certified" is left out, beside the AMT's registered and the NHA's clinical medical assistants; the same
    # issuer's kind of a credential is no such rival, nor a name writing the typed words in its issuer's part
    rows = [("M1", "Certified Medical Assistant (CMA)", "AAMA"), ("M2", "Registered Medical Assistant (RMA)", "AMT"),
            ("M3", "Certified Clinical Medical Assistant (CCMA)", "NHA"),
            ("C1", "ACF Certified Fundamentals Cook (CFC)", "American Culinary Federation"),
            ("C2", "ACF Certified Fundamentals Pastry Cook (CFPC)", "American Culinary Federation"),
            ("P1", "Certified Pharmacy Technician (CPhT), Pharmacy Technician Certification Board", ""),
            ("P2", "Pharmacy Technician Permit, Oklahoma State Board of Pharmacy", "")]
    refs = build(rows)
    out = resolve(refs, ("Medical Assistant", ""), ("Certified Medical Assistant", ""), ("Fundamentals Cook", ""),
                  ("Pharmacy Technician Certification Board", ""), rule=H_RULE)
    assert outcomes(out) == [("needs_review", None), ("resolved", "M1"), ("resolved", "C1"), ("resolved", "P1")]


def test_an_acronym_one_name_writes_as_a_word_and_another_spells_out_names_both_typed_alone() -> None:
    # State AH: "EMT" had been "Maryland EMT Certification", the one name writing the word, beside the "National
    # Registry Emergency Medical Technician (NREMT)", which spells it out; typed with the state's name it is still
    # the state's
    rows = [("S1", "Maryland EMT Certification", "Maryland Institute for Emergency Medical Services Systems (MIEMSS)"),
            ("N1", "National Registry Emergency Medical Technician (NREMT)",
             "National Registry of Emergency Medical Technicians"),
            ("R1", "Emergency Medical Responder (EMR)", "MIEMSS"), ("F1", "Firefighter I", "MFRI")]
    refs = build(rows)
    words = Words(refs)
    assert words.acronym_spelt_elsewhere["emt", "S1"]
    assert words.named_by_a_rare_word["emt", ""] is None
    assert outcomes(resolve(refs, ("EMT", ""), ("Maryland EMT", ""), rule=H_RULE)) == [
        ("needs_review", None), ("resolved", "S1")]


def test_an_exam_code_of_the_seed_alone_in_a_piece_of_a_list_names_its_credential() -> None:
    # "SY0-601, N10-009": the seed's code the list's names do not write had been cut from the entry as a foreign
    # code beside the credential's name, and with it the piece ("MO-100, MO-200, MO-300" had been cut to ", ,");
    # beside a name it is still left out, and two exams of one credential joined by "&" are not two pieces
    rows = [("S1", "CompTIA Security+ (SY0-701)", "CompTIA"), ("N1", "CompTIA Network+ (N10-009)", "CompTIA"),
            ("A1", "CompTIA A+", "CompTIA"), ("W1", "Microsoft Office Specialist: Word Associate (Office 2019)", ""),
            ("E1", "Microsoft Office Specialist: Excel Associate (Office 2019)", ""),
            ("E2", "Microsoft Office Specialist: Excel Associate (Microsoft 365 Apps)", ""),
            ("P1", "Microsoft Office Specialist: PowerPoint Associate (Office 2019)", "")]
    refs = build(rows)
    parts = Readings(refs)
    assert parts._without_foreign_exam_codes("SY0-601, N10-009") == "SY0-601, N10-009"
    assert parts._without_foreign_exam_codes("Security+ SY0-601") == "Security+"
    assert parts._without_foreign_exam_codes("A+ 220-1101 & 220-1102") == "A+ &"
    out = resolve(refs, ("SY0-601, N10-009", ""), ("MO-200", "Microsoft"), ("MO-100, MO-300", "Certiport"),
                  rule=H_RULE)
    # the MOS exams of the seed are the Office 2019 ones (MO-200: Excel Associate), a version the list tells apart
    assert outcomes(out) == [("resolved", "S1"), ("resolved", "N1"), ("resolved", "E1"), ("resolved", "W1"),
                             ("resolved", "P1")]


def test_words_spelling_the_acronym_of_a_name_written_cut_short_are_that_name() -> None:
    # State AG: "Certified Production Technician" for "Cert. Prod. Tech. (CPT) – Full", beside other "(CPT)" rows; the
    # words must be the name's, cut short where it marks them so ("Prod."), not any words of those initials
    rows = [("P1", "Cert. Prod. Tech. (CPT) – Full", "Mfg. Skill Standards Council"),
            ("P2", "Cert. Personal Trainer (CPT)", "NASM"), ("P3", "Certified Phlebotomy Technician (CPT)", "NHA"),
            ("L1", "Cert. Logistics Tech. (CLT)", "Mfg. Skill Standards Council")]
    refs = build(rows)
    out = resolve(refs, ("Certified Production Technician", ""), ("Certified Pharmacy Technician", ""),
                  ("Certified Production Technician and Certified Logistics Technician", ""), rule=H_RULE)
    assert outcomes(out) == [("resolved", "P1"), ("needs_review", None), ("resolved", "P1"), ("resolved", "L1")]
    assert list_features.cut_word("prod", "production") and not list_features.cut_word("prod", "pharmacy")


def test_a_state_agencys_initials_typed_without_the_states_are_its_vendor() -> None:
    # State AG: "EMT - Basic" from "DPBH", the "Nevada Div. of Public & Behavioral Health" of the state's EMT row,
    # beside the National Registry's
    rows = [("S1", "Emergency Medical Technician (EMT) – Nevada", "Nevada Div. of Public & Behavioral Health"),
            ("N1", "NREMT Emergency Medical Technician (EMT)", "National Registry of Emergency Medical Technicians"),
            ("F1", "Firefighter I", "Nevada State Fire Marshal Division")]
    refs = build(rows)
    readings = Readings(refs)
    assert readings.vendor_key["DPBH"] == "nevada div of public and behavioral health"
    assert outcomes(resolve(refs, ("EMT - Basic", "DPBH"), rule=H_RULE)) == [("resolved", "S1")]


def test_an_ordinal_before_level_is_the_levels_number() -> None:
    # State AG: "IC3 Digital Literacy first level" (seed: "first level", "second level", "third level")
    refs = build([("L1", "IC3 Digital Literacy Cert. (GS6) Level 1", "Certiport"),
                  ("L2", "IC3 Digital Literacy Certification GS6 Level 2", "Certiport"),
                  ("F1", "First Aid/CPR/AED", "American Red Cross")])
    assert refs.normalize("IC3 Digital Literacy first level") == "ic 3 digital literacy level 1"
    out = resolve(refs, ("IC3 Digital Literacy first level", "Certiport"), ("IC3 second level", ""), rule=H_RULE)
    assert outcomes(out) == [("resolved", "L1"), ("resolved", "L2")]
    # State CS: and as a numeral ("Plumbing 1st level" had read "plumbing first level"), "1st Aid" still first aid
    assert refs.normalize("Plumbing 1st level") == "plumbing level 1"
    assert refs.normalize("IC3 2nd level") == "ic 3 level 2" and refs.normalize("1st Aid") == "first aid"


def test_two_words_joined_a_letter_from_a_word_of_the_list_read_as_it() -> None:
    # States Y, AA and AE: "Serve Safe Food Handler", "Serve Safe Alcohol" against the list's "ServSafe" names; the
    # two words are no word of the list joined ("servesafe"), one letter from one ("servsafe"); not short words
    rows = [("S1", "ServSafe Food Handler", "National Restaurant Association"),
            ("S2", "SERVSAFE ALCOHOL® PRIMARY", "National Restaurant Association"),
            ("P1", "Safe Routes to School Instructor", "NCSRTS"), ("A1", "AutoCAD Certified User", "Autodesk")]
    refs = build(rows)
    assert "servsafe alcohol" in mended_in_context(refs, ["serve", "safe", "alcohol"])
    assert "autocad user" in mended_in_context(refs, ["auto", "cad", "user"])
    assert not any(r.startswith("saferoutes") for r in mended_in_context(refs, ["safe", "routes", "to"]))
    out = resolve(refs, ("Serve Safe Alcohol", ""), ("Serve Safe Food Handler", ""), rule=H_RULE)
    assert outcomes(out) == [("resolved", "S2"), ("resolved", "S1")]


def test_a_vendor_glued_to_a_number_before_a_shared_acronym_is_the_vendor_a_names_only_list_writes_in_words() -> None:
    # State AF: "ISC2 CC" beside "(CC)" rows of the ISC2, written in words ("(International Information System
    # Security Certification Consortium)", six words: longer than the runs vendors had been looked for in), and of the
    # American Culinary Federation; "ISC2" had been cut as a version glued to letters
    rows = [("C1", "Certified in Cybersecurity (CC) (International Information System Security Certification "
                   "Consortium)", ""),
            ("C2", "Certified Culinarian (CC) (American Culinary Federation)", ""),
            ("N1", "NCCER Core Curriculum (National Center for Construction Education and Research)", ""),
            ("S1", "Security+ (CompTIA)", "")]
    refs = build(rows)
    assert refs.vendor_written["C1"] == "isc 2"
    assert refs.vendor_written["N1"] == "national center for construction education and research"
    assert outcomes(resolve(refs, ("ISC2 CC", ""), ("CC", ""), rule=H_RULE)) == [
        ("resolved", "C1"), ("needs_review", None)]


def test_the_initials_of_an_issuer_a_names_only_list_writes_in_words_settle_a_shared_acronym() -> None:
    # State AF: "NASM CPT", and "CPT" from the NASM, beside three "(CPT)" rows each ending with its issuer in words
    # ("(National Academy of Sports Medicine)", an academy: an organisation's word); not the initials a name writes as
    # its own acronym ("LPIC - Linux Professional Institute Certification")
    rows = [("P1", "Certified Personal Trainer (CPT) (National Academy of Sports Medicine)", ""),
            ("P2", "Certified Phlebotomy Technician (CPT) (National Healthcareer Association)", ""),
            ("P3", "Certified Production Technician (CPT) (Manufacturing Skill Standards Council)", ""),
            ("L1", "LPIC - Linux Professional Institute Certification", ""),
            ("C1", "Certified in Cybersecurity (CC) (International Information System Security Certification "
                   "Consortium)", "")]
    refs = build(rows)
    assert "nasm" in refs.issuer_words["P1"] and "mssc" in refs.issuer_words["P3"]
    assert "consortium" in refs.issuer_words["C1"] and "lpic" not in refs.issuer_words.get("L1", ())
    out = resolve(refs, ("NASM CPT", ""), ("CPT", "NASM"), ("MSSC CPT", ""), ("CPT", ""), rule=H_RULE)
    assert outcomes(out) == [("resolved", "P1"), ("resolved", "P1"), ("resolved", "P3"), ("needs_review", None)]


def test_a_test_provider_typed_does_not_pick_its_one_row_among_names_holding_every_word() -> None:
    # State AG: "MOS" from Certiport, "microsoft office specialist", had gone to the one Certiport row holding those
    # words, "MS Azure AI Fundamentals (AI-900)" (its "MS" spelt out as the seed does), beside Microsoft's MOS rows
    rows = [("A1", "MS Azure AI Fundamentals (AI-900)", "Certiport"),
            ("E1", "Microsoft Office Specialist: Excel Expert", "Microsoft"),
            ("E2", "Microsoft Off. Spec. – Excel Assoc.", "Certiport"),
            ("P1", "MOS PowerPoint Assoc.", "Microsoft"), ("I1", "IC3 Digital Literacy Level 1", "Certiport"),
            ("C1", "Certified Medical Assistant (CMA) - AAMA", "AAMA"),
            ("C2", "Certified Clinical Medical Assistant (CCMA)", "NHA")]
    refs = build(rows)
    words = Words(refs)
    assert words.only_credential_naming_every_word(frozenset({"microsoft", "office", "specialist"}), frozenset(),
                                                   "certiport") is None
    assert outcomes(resolve(refs, ("Certified Medical Assistant", "AAMA"), rule=H_RULE)) == [("resolved", "C1")]
    # nor, on State AG's list, the one row of the test provider's among the names holding every word
    assert outcomes(resolve(state_refs("state_ag"), ("MOS", "Certiport"), rule=H_RULE)) == [("needs_review", None)]


def test_a_vendor_with_one_credential_typed_alone_is_not_it_when_other_names_write_the_brand() -> None:
    # State AH: "ServSafe" typed alone, the vendor of one row ("ServSafe Manager Certification (ANSI)") and a brand
    # in four names of the National Restaurant Association's: several credentials; "PTCB" still names its one
    rows = [("S1", "ServSafe Manager Certification (ANSI)", "ServSafe"),
            ("S2", "ServSafe Food Handler (7th Edition)", "National Restaurant Association"),
            ("S3", "ServSafe Allergens", "National Restaurant Association"),
            ("P1", "Certified Pharmacy Technician (CPhT)", "PTCB"), ("N1", "NCCER Core Curriculum", "NCCER")]
    refs = build(rows)
    assert outcomes(resolve(refs, ("ServSafe", ""), ("PTCB", ""), rule=H_RULE)) == [
        ("needs_review", None), ("resolved", "P1")]


def test_a_name_that_writes_the_typed_vendor_is_of_that_vendor() -> None:
    # State F: "CSWA" from SolidWorks, listed under Dassault Systèmes beside the SOLIDWORKS brand's CSWA-AM
    refs = build([("F1", "Certified SOLIDWORKS Associate [CSWA]", "Dassault Systèmes"),
                  ("F2", "Certified SOLIDWORKS Associate – Additive Manufacturing (CSWA-AM)", "SOLIDWORKS"),
                  ("F3", "Certified SOLIDWORKS Professional (CSWP)", "")])
    assert one(refs, "CSWA", "SolidWorks")[::2] == ("resolved", "F1")
    assert one(refs, "CSWA", "Dassault Systemes")[::2] == ("resolved", "F1")
    # and Dassault's own row writes "SOLIDWORKS", so the SOLIDWORKS row is no other vendor's to it (refs.delivers)
    assert not refs.another_vendors("F1", "solidworks") and not refs.another_vendors("F2", "dassault systemes")


def test_an_acronym_a_name_writes_for_a_part_of_its_words_is_shared_by_names_holding_them() -> None:
    # State F: "ASE MLR" against the NATEF "(MLR)" row and the ASE rows spelling Maintenance & Light Repair out
    rows = [("A1", "ASE Entry-Level Certification – Automobile: Maintenance & Light Repair", "ASE"),
            ("N1", "NATEF Maintenance & Light Repair (MLR) Program Completion Certificate", "ASE Education Foundation"),
            ("C1", "Certified Coding Specialist (CCS)", "AHIMA"),
            ("C2", "Certified Coding Specialist - Physician-based", "AHIMA"),
            ("B1", "Tennessee Beef Quality Assurance (BQA) Certification", ""),
            ("B2", "BEEF QUALITY ASSURANCE TRANSPORTATION (BQAT)", "")]
    refs = build(rows)
    assert refs.shared_acronyms["mlr"] == ["A1", "N1"]
    # a name writing an acronym of its own is named by it
    assert "bqa" not in refs.shared_acronyms and one(refs, "BQA", "")[::2] == ("resolved", "B1")
    assert one(refs, "MLR", "")[::2] == ("needs_review", None)
    # the issuer typed tells which ("ASE" is A1's vendor, not N1's)
    assert one(refs, "ASE MLR", "")[::2] == ("resolved", "A1")
    assert one(refs, "NATEF MLR", "")[::2] == ("resolved", "N1")
    # an acronym of the whole name names it; a longer name holding its words is a narrower credential
    assert "ccs" not in refs.shared_acronyms
    assert one(refs, "CCS", "AHIMA")[::2] == ("resolved", "C1")


def test_a_typed_vendor_with_an_abbreviated_word_is_the_lists_vendor() -> None:
    # State D: "BLS" from "American Heart Assn", the list holding the Red Cross's Basic Life Support too
    refs = build(list_rows(DATA / "state_d_credential_list.csv"))
    assert refs.shared_acronyms["bls"] == ["D-0020", "D-0022"]
    assert one(refs, "BLS", "American Heart Assn")[::2] == ("resolved", "D-0020")
    assert one(refs, "BLS", "")[::2] == ("needs_review", None)


def test_a_row_the_list_gives_no_vendor_may_be_the_typed_vendors() -> None:
    # State F: "IC3 ... GS6 Level 3" is blank beside Certiport's Levels 1 and 2
    rows = [("I1", "IC3 Digital Literacy Certification - GS6 Level 1", "Certiport"),
            ("I2", "IC3 Digital Literacy Certification - GS6 Level 2", "Certiport"),
            ("I3", "IC3 Digital Literacy Certification - GS6 Level 3", ""),
            ("N1", "NATE HVAC Support Technician Certificate", ""),
            ("B1", "BICSI Installer 1 (INST1)", "BICSI")]
    refs = build(rows)
    assert one(refs, "IC3 Level 3", "Certiport")[::2] == ("resolved", "I3")
    assert one(refs, "IC3 Level 2", "Certiport")[::2] == ("resolved", "I2")
    # a blank row sharing no word with the vendor's rows is not the vendor's
    assert one(refs, "BICSI Technician", "BICSI")[::2] == ("needs_review", None)


def test_two_acronyms_with_a_dash_between_are_two_credentials() -> None:
    # State F: "CSWA - CSWP" from Dassault; a dash elsewhere stays inside one credential
    assert split_pieces("CSWA - CSWP") == (["CSWA", "CSWP"], [" - "])
    assert split_pieces("CNA, EMR - EMT") == (["CNA", "EMR", "EMT"], [", ", " - "])
    assert split_pieces("CPC exam - passed") == (["CPC exam - passed"], [])
    assert split_pieces("MOS - Excel") == (["MOS - Excel"], [])
    refs = state_refs("state_f")
    out = resolve(refs, ("CSWA - CSWP", "Dassault"))
    assert outcomes(out) == [
        ("resolved", "F-0086"), ("resolved", "F-0088")]


def test_a_number_several_names_share_may_be_left_out_beside_their_own() -> None:
    # State F: "EPA type 3" against "EPA Section 608 Technician Certification – Type III", beside Types I and II
    refs = state_refs("state_f")
    assert refs.by_code["F-0105"].name == "EPA Section 608 Technician Certification – Type III"
    assert one(refs, "EPA type 3", "")[::2] == ("resolved", "F-0105")
    # the family's number typed alone names none of them; another family's number is no left-out number
    assert one(refs, "EPA 608", "")[::2] == ("needs_review", None)
    assert one(refs, "EPA 609 type 3", "")[::2] == ("needs_review", None)


def test_a_word_of_a_name_spelling_its_other_words_is_its_acronym() -> None:
    # State G: "CMA (AAMA) Certified Medical Assistant" is a CMA (shared with the Medication Aide), not a "CCMA"
    refs = build([("A1", "TENNESSEE CERTIFIED MEDICATION AIDE (CMA)", ""),
                  ("A2", "Certified Clinical Medical Assistant (CCMA)", ""),
                  ("A3", "CMA (AAMA) Certified Medical Assistant", "")])
    assert refs.shared_acronyms["cma"] == ["A1", "A3"] and "ccma" not in refs.shared_acronyms
    assert one(refs, "CCMA", "NHA")[::2] == ("resolved", "A2")
    assert one(refs, "CMA", "")[::2] == ("needs_review", None)
    assert one(refs, "CMA", "AAMA")[::2] == ("resolved", "A3")


def test_a_word_such_as_card_no_name_holds_with_the_others_is_left_out() -> None:
    # State G: "OSHA 30 hr card" against the list's one OSHA 30 row
    refs = build([("O1", "OSHA 10-Hour General Industry Outreach Training", ""),
                  ("O3", "OSHA 30-Hour Construction Industry Outreach Training", ""),
                  ("F1", "Food Handler Card", ""), ("F2", "ServSafe Food Handler", "")])
    assert one(refs, "OSHA 30 hr card", "")[::2] == ("resolved", "O3")
    # a name holding it with the others still tells them apart
    assert one(refs, "Food Handler Card", "")[::2] == ("resolved", "F1")


def test_a_student_id_is_no_credential() -> None:
    refs = build([("O1", "OSHA 10-Hour General Industry Outreach Training", "")])
    assert one(refs, "Student ID 448812", "")[:2] == ("no_credential", "junk")


def test_a_slash_after_a_one_letter_word_is_inside_an_abbreviation() -> None:
    # State G's "S/P2 Safety and Pollution Prevention"; the generator's "S/P2 - S/P2 CULINARY SAFEY"
    assert split_pieces("S/P2 Safety and Pollution Prevention") == (
        ["S/P2 Safety", "Pollution Prevention"], [" and "])
    assert split_pieces("A/C and Electrical") == (["A/C", "Electrical"], [" and "])
    # a roman numeral is a level ("Type I/II"), and a slash between words or acronyms separates
    assert split_pieces("EPA 608 Type I/II") == (["EPA 608 Type I", "II"], ["/"])
    assert split_pieces("CPR/AED") == (["CPR", "AED"], ["/"])


def test_a_word_the_wholes_match_leaves_out_that_a_pieces_credential_holds_costs_twice() -> None:
    # State G: "S/P2 Safety and Pollution Prevention" was read whole as the Pollution Prevention; "Linux+ & LPI Linux
    # Essentials" as the LPI credential
    refs = state_refs("state_g")
    out = resolve(refs, ("S/P2 Safety and Pollution Prevention", ""), ("Linux+ & LPI Linux Essentials", ""))
    assert [(o["entry_key"], o["credential_code"]) for o in out if o["resolution_status"] == "resolved"] == [
        ("0", "G-0284"), ("0", "G-0285"), ("1", "G-0184"), ("1", "G-0186")]


def test_another_known_vendor_typed_before_a_piece_is_the_pieces_own() -> None:
    # State G: "CNA w/ AHA BLS" from the state's health department; the BLS is the American Heart Association's
    refs = state_refs("state_g")
    out = resolve(refs, ("CNA w/ AHA BLS", "Tennessee Department of Health"))
    assert outcomes(out) == [
        ("resolved", "G-0111"), ("resolved", "G-0139")]


def test_a_shared_acronym_with_a_vendor_the_list_lacks_goes_to_the_name_holding_its_word() -> None:
    # State G: "CNA" from "TN Dept of Health", "EMR" from "Tennessee EMS", in a names-only list
    refs = state_refs("state_g")
    assert one(refs, "CNA", "TN Dept of Health")[::2] == ("resolved", "G-0111")
    assert one(refs, "EMR", "Tennessee EMS")[::2] == ("resolved", "G-0136")
    assert one(refs, "EMR", "")[::2] == ("needs_review", None)
    # only for an acronym the list shares: a level typed with a vendor's field word is no tie to break this way
    out = resolve(refs, ("AWS SENSE Level I / Level II", "American Welding Soc"))
    assert "G-0258" not in [o["credential_code"] for o in out]


def test_the_initials_of_words_the_name_holds_are_no_other_acronym() -> None:
    # State G: "ABO Optician Basic" against "AMERICAN BOARD OF OPTICIANRY BASIC CERTIFICATION (ABOC)"
    refs = state_refs("state_g")
    assert one(refs, "ABO Optician Basic", "")[::2] == ("resolved", "G-0147")
    # alone, such initials are another credential (the taken-out check on State D: its nurse aides taken out, "cna
    # cert" went to the CCNA, whose last words spell CNA)
    rows = [r for r in list_rows(DATA / "state_d_credential_list.csv") if r[0] not in ("D-0001", "D-0002")]
    refs = build(rows)
    assert "Cisco Certified Network Associate (CCNA)" in {r[1] for r in rows}
    rule = {"kind": "tiers", "clean": {"min_score": 0.66, "min_margin": 0.02},
            "warned": {"min_score": 0.66, "min_margin": 0.02}}
    out = resolve(refs, ("cna cert", "State D Dept of Health"), rule=rule)
    assert outcomes(out) == [("needs_review", None)]


def test_a_name_writing_its_vendor_is_an_exact_name_without_it_for_that_vendor_in_a_names_only_list() -> None:
    # State G: "Certified Dental Assistant" from the DANB, against "DANB Certified Dental Assistant (CDA)" beside
    # the DANB's NELDA and a state's registered dental assistant
    refs = build([("D1", "DANB Certified Dental Assistant (CDA)", ""),
                  ("D2", "DANB National Entry Level Dental Assistant (NELDA)", ""),
                  ("D3", "TENNESSEE REGISTERED DENTAL ASSISTANT", "")])
    assert one(refs, "Certified Dental Assistant", "DANB") == ("resolved", "exact", "D1")


def test_a_word_typed_with_a_plus_is_not_named_by_a_rare_word_of_a_name_without_it() -> None:
    # State G: "Server+" from CompTIA (not in the list) is not the "TENNESSEE ABC SERVER PERMIT"
    refs = state_refs("state_g")
    assert refs.by_code["G-0157"].name == "TENNESSEE ABC SERVER PERMIT"
    assert one(refs, "Server+", "CompTIA")[::2] == ("needs_review", None)
    assert one(refs, "ABC Server", "")[::2] == ("resolved", "G-0157")


def test_a_bare_name_typed_with_a_vendor_another_name_holding_it_writes_is_that_vendors() -> None:
    # State G: "pharmacy tech" from the PTCB, beside the list's bare "Pharmacy Technician"
    refs = build([("P1", "Pharmacy Technician Certification Board (PTCB) Certified Pharmacy Technician (CPhT)", ""),
                  ("P2", "ExCPT Pharmacy Technician Certification (CPhT) - NHA", ""),
                  ("P3", "Pharmacy Technician", "")])
    assert one(refs, "pharmacy tech", "PTCB")[::2] == ("resolved", "P1")
    assert one(refs, "pharmacy tech", "")[::2] == ("resolved", "P3")


def test_an_earlier_piece_may_carry_the_last_word_of_a_last_piece_of_two_words() -> None:
    # State G: "ASK Business / Marketing Concepts" names the Business Concepts and the Marketing Concepts
    assert "ASK Business Concepts" in span_variants(["ASK Business", "Marketing Concepts"], [" / "], 0, 0)
    refs = state_refs("state_g")
    out = resolve(refs, ("ASK Business / Marketing Concepts", ""))
    assert outcomes(out) == [
        ("resolved", "G-0082"), ("resolved", "G-0083")]


def test_a_name_writing_a_vendor_the_list_does_not_know_is_of_that_vendor() -> None:
    # our list without its vendor column: "AWS SENSE Level 1" from "AWS" against "AWS SENSE Entry Level Welder"
    ours = [(r[0], r[1], "") for r in list_rows(SEEDS_DIR / "xwalk_credentials.csv")]
    refs = build(ours)
    qv = np.array([-1, -1])
    qword = typed_vendor_words(refs.arrays, ["aws", "nccer"])
    cred = np.array([refs.arrays.index["AWSSENS1"]] * 2)
    same, other = vendor_terms(refs.arrays, qv, qword, cred)
    assert same.tolist() == [True, False] and other.tolist() == [False, False]


def test_a_product_with_a_plus_is_not_another_product_with_a_plus() -> None:
    # State G: "Server+" from CompTIA (not in the list) is not "COMPTIA A+", read "comptia server plus"
    refs = state_refs("state_g")
    rule = {"kind": "tiers", "clean": {"min_score": 0.66, "min_margin": 0.02},
            "warned": {"min_score": 0.66, "min_margin": 0.02}}  # as fitted on State G's list
    out = resolve(refs, ("Server+", "CompTIA"), ("A+", "CompTIA"), rule=rule)
    assert outcomes(out) == [
        ("needs_review", None), ("resolved", "G-0181")]
    # State T: "CompTIA Cloud+" (not in the list) is not "CompTIA Cloud Essentials+", which holds "cloud" elsewhere
    # than before its plus
    refs = build([("C7", "CompTIA Cloud Essentials+", ""), ("C1", "CompTIA A+ (220-1101/220-1102)", ""),
                  ("C2", "CompTIA Network+", "")])
    out = resolve(refs, ("CompTIA Cloud+", ""), ("Cloud Essentials+", ""), ("CompTIA Network+", ""), rule=rule)
    assert outcomes(out) == [("needs_review", None), ("resolved", "C7"), ("resolved", "C2")]


def test_a_long_word_one_letter_from_a_word_of_the_list_names_with_it() -> None:
    # State G: "Siemens Level 1 Mechatronics" against "Siemens Mechatronic Systems Certification Program (SMSCP)
    # Level 1", beside the PMMI's "Mechatronics" rows and the Siemens Level 2
    refs = state_refs("state_g")
    assert one(refs, "Siemens Level 1 Mechatronics", "")[::2] == ("resolved", "G-0245")
    assert one(refs, "Siemens Mechatronics", "")[::2] == ("needs_review", None)


def test_the_abbreviation_seed_reads_bls_for_healthcare_providers_and_emt_b() -> None:
    # States E and F: "BLS for Healthcare Providers" from the AHA (the course's earlier name); State F lists
    # "Emergency Medical Technician – Basic (EMT-B)" and "NREMT Emergency Medical Technician": one credential
    refs = state_refs("state_f")
    assert one(refs, "BLS for Healthcare Providers", "AHA")[::2] == ("resolved", "F-0022")
    assert refs.by_code["F-0020"].name == "Emergency Medical Technician – Basic (EMT-B)"
    assert one(refs, "EMT", "")[::2] == ("resolved", "F-0020")


def test_a_level_typed_by_its_number_beside_a_code_glued_in_the_name() -> None:
    # State G: "AWS SENSE Level II" against "AWS SENSE Level II: Advanced Welder (QC11)"; the QC11 is no level
    refs = state_refs("state_g")
    out = resolve(refs, ("AWS SENSE Level I / Level II", "American Welding Soc"))
    assert outcomes(out) == [
        ("resolved", "G-0254"), ("resolved", "G-0255")]


def test_a_number_alone_takes_every_word_before_the_first_pieces_number() -> None:
    # State G: "Commercial Pesticide Cat 01 and 03" names Categories 01 and 03
    assert "Commercial Pesticide Cat 03" in span_variants(["Commercial Pesticide Cat 01", "03"], [" and "], 1, 1)
    assert "EPA 608 Type II" in span_variants(["EPA 608 Type I", "II"], ["/"], 1, 1)
    refs = state_refs("state_g")
    out = resolve(refs, ("Commercial Pesticide Cat 01 and 03", "TN Dept of Agriculture"))
    assert outcomes(out) == [
        ("resolved", "G-0009"), ("resolved", "G-0010")]


def test_a_word_alone_takes_the_first_pieces_words_up_to_its_level() -> None:
    # State G: "NIMS Level I Turning and Milling" names the Level I Turning and the Level I Milling
    assert "NIMS Level I Milling" in span_variants(["NIMS Level I Turning", "Milling"], [" and "], 1, 1)
    refs = state_refs("state_g")
    out = resolve(refs, ("NIMS Level I Turning and Milling", "NIMS"))
    assert outcomes(out) == [
        ("resolved", "G-0239"), ("resolved", "G-0240")]


def test_a_word_that_is_the_names_acronym_spells_no_longer_acronym_with_its_words() -> None:
    # the taken-out check on State G: its CCMA taken out, "CCMA" from the NHA read "CMA Certified Medical Assistant"
    rows = [r for r in list_rows(DATA / "state_g_credential_list.csv") if r[0] != "G-0115"]
    refs = build(rows)
    assert "cma certified medical assistant" not in refs.initials.get("ccma", set())
    assert one(refs, "CCMA", "NHA")[::2] == ("needs_review", None)


def test_an_exam_code_typed_is_not_another_code_of_the_same_number() -> None:
    # the taken-out check on State G: its Azure Fundamentals (AZ-900) taken out, "Azure Fundamentals AZ-900" went to
    # "MICROSOFT CERTIFIED: AZURE AI FUNDAMENTALS (AI-900)"
    rows = [r for r in list_rows(DATA / "state_g_credential_list.csv") if "AZ-900" not in r[1]]
    refs = build(rows)
    rule = {"kind": "tiers", "clean": {"min_score": 0.5, "min_margin": 0.02},
            "warned": {"min_score": 0.5, "min_margin": 0.02}}
    out = resolve(refs, ("Azure Fundamentals AZ-900", "MSFT"), ("Azure AI Fundamentals AI-900", "MSFT"),
                  ("FEMA IS-100", ""), rule=rule)
    assert outcomes(out) == [
        ("needs_review", None), ("resolved", "G-0194"), ("resolved", "G-0224")]


# ---- rules written from State H's misses (a Texas-style list with its certifying entities in full) -------------
H_RULE = {"kind": "tiers", "clean": {"min_score": 0.66, "min_margin": 0.02},
          "warned": {"min_score": 0.66, "min_margin": 0.06}}  # as fitted on State H's list


def test_a_long_word_missing_its_first_letter_is_the_word_of_the_list() -> None:
    # State G: "Esthetician Lic." for "TENNESSEE AESTHETICIAN LICENSE" ("lic" read "license" by the seed)
    refs = state_refs("state_g")
    assert one(refs, "Esthetician Lic.", "")[::2] == ("resolved", "G-0171")


def test_an_acronym_with_a_suffix_typed_with_the_suffix_spelt_out_or_with_the_vendor_as_acronym() -> None:
    # State H: "Emergency Medical Technician – Basic (EMT-B)" is "EMT Basic"; "Certified Personal Trainer (NASM-CPT)"
    # is the NASM's, and "NASM Personal Trainer" names it; "EMT" with no word for the B stays a specialty's
    refs = state_refs("state_h")
    out = resolve(refs, ("EMT-Basic", "Texas DSHS"), ("NASM Personal Trainer", ""), rule=H_RULE)
    assert outcomes(out) == [("resolved", "H-0111"), ("resolved", "H-0132")]


def test_a_reading_a_veto_sends_to_review_leaves_the_spelled_out_readings_to_try() -> None:
    # State H: "Surgical Tech" ("surgical technician") matched its issuer's word alone, the National Board of
    # Surgical Technology's; read "surgical technologist", it is the list's "Certified Surgical Technologist (CST)"
    refs = state_refs("state_h")
    assert one(refs, "Surgical Tech", "")[::2] == ("resolved", "H-0124")


def test_in_a_write_in_all_in_capitals_only_words_the_list_writes_in_capitals_are_acronyms() -> None:
    # State H: "GREEN BELT" is no issuer "GREEN" before "Belt" (the one word of the Yellow Belt); "FOA CFOT" is
    rows = [("X1", "Lean Six Sigma Yellow Belt", ""), ("X2", "CFOT-Certified Fiber Optic Technician", ""),
            ("X3", "Certified Fiber Optic Specialist", "")]
    refs = build(rows)
    assert one(refs, "GREEN BELT", "")[::2] == ("needs_review", None)
    assert one(refs, "FOA CFOT", "")[::2] == ("resolved", "X2")
    assert one(state_refs("state_h"), "GREEN BELT", "")[::2] == ("needs_review", None)


def test_an_acronym_one_name_writes_that_another_holds_as_its_vendors_initials_is_shared() -> None:
    # State H: "NIMS" is the FEMA course's "(NIMS)" and the metalworking institute's "NIMS Machining ..."
    assert one(state_refs("state_h"), "NIMS", "")[::2] == ("needs_review", None)
    # another word in capitals is no vendor's: "CSS" in "IT Specialist - HTML and CSS" (our list)
    assert "css" not in load_refs_from_seeds(SEEDS_DIR).shared_acronyms
    # but a name whose own words spell it holds it as its own acronym ("RMA-Registered Medical Assistant")
    refs = build([("X1", "RMA-Registered Medical Assistant", ""), ("X2", "Medical Assistant (RMA)", ""),
                  ("X3", "Registered Phlebotomy Technician", "")])
    assert "rma" not in refs.shared_acronyms


def test_a_word_typed_that_the_name_holds_only_negated_names_another_credential() -> None:
    # State H: the list has the Private and the Noncommercial Pesticide Applicator Licenses, not the Commercial
    refs = state_refs("state_h")
    out = resolve(refs, ("Commercial Pesticide Applicator", "Texas Department of Ag"),
                  ("non-commercial pesticide applicator", ""), rule=H_RULE)
    assert outcomes(out) == [("needs_review", None), ("resolved", "H-0011")]


def test_an_exam_number_typed_with_its_vendor_is_for_review_not_junk() -> None:
    refs = state_refs("state_h")
    out = resolve(refs, ("220-1101", "CompTIA"), ("220-1101", ""))
    # (with the vendor, the A+ as State H's set labels it, since a name writing CompTIA is the typed vendor's
    # whatever its vendor column: ResolutionRefs.named_by_the_vendor_too; before, a review; without it, a code of our
    # abbreviation seed, the A+ too, as nine development sets label it: it was junk as a number until State CI's
    # "220-1001")
    assert outcomes(out) == [("resolved", "H-0152"), ("resolved", "H-0152")]


def test_dual_credit_a_given_name_with_an_initial_and_trng_for_training() -> None:
    refs = state_refs("state_h")
    out = resolve(refs, ("dual credit only", ""), ("Jose R.", ""), ("Hazmat employee trng", ""), rule=H_RULE)
    assert outcomes(out) == [("no_credential", None), ("no_credential", None), ("resolved", "H-0247")]


def test_a_first_word_typed_again_or_products_with_a_plus_one_after_another_start_new_pieces() -> None:
    assert split_pieces("OSHA 10 OSHA 30")[0] == ["OSHA 10", "OSHA 30"]
    assert split_pieces("A+ Net+ Sec+")[0] == ["A+", "Net+", "Sec+"]
    assert split_pieces("CompTIA A+ Certification")[0] == ["CompTIA A+ Certification"]
    refs = state_refs("state_h")
    out = resolve(refs, ("OSHA 10 OSHA 30", ""), ("A+ Net+ Sec+", ""), rule=H_RULE)
    assert outcomes(out) == [("resolved", "H-0030"), ("resolved", "H-0031"),
                             ("resolved", "H-0152"), ("resolved", "H-0153"), ("resolved", "H-0154")]


def test_a_first_word_typed_again_after_a_tab_cuts_there_and_never_loops() -> None:
    # State CE: a write-in pasted from an export with a tab before the issuer ("FAA Part 107<TAB>FAA") made the cut
    # look for the word after a space, find none and cut nothing, again and again (RecursionError)
    assert split_pieces("FAA Part 107\tFAA") == (["FAA Part 107", "FAA"], ["\t"])
    assert split_pieces("AWS D1.1\tAWS D9.1")[0] == ["AWS D1.1", "AWS D9.1"]
    refs = state_refs("state_h")
    out = resolve(refs, ("OSHA 10\tOSHA 30", ""), rule=H_RULE)
    assert outcomes(out) == [("resolved", "H-0030"), ("resolved", "H-0031")]


def test_a_letter_alone_takes_the_first_pieces_words_before_its_letter() -> None:
    # State H: "LP Gas Category E and F"; the "F" alone is junk, its reading "LP Gas Category F" is not
    assert "LP Gas Category F" in span_variants(["LP Gas Category E", "F"], [" and "], 1, 1)
    refs = state_refs("state_h")
    out = resolve(refs, ("LP Gas Category E and F", "Texas RRC"), rule=H_RULE)
    assert outcomes(out) == [("resolved", "H-0088"), ("resolved", "H-0089")]


def test_a_span_of_several_pieces_pays_for_the_words_its_match_leaves_out() -> None:
    # State H: "ASE Electrical, Engine Perf" read whole as Engine Performance left "electrical" out for free
    refs = state_refs("state_h")
    out = resolve(refs, ("ASE Electrical, Engine Perf, Heating & AC", ""), rule=H_RULE)
    assert outcomes(out) == [("resolved", "H-0227"), ("resolved", "H-0229"), ("resolved", "H-0228")]


def test_each_span_of_a_cut_takes_a_reading_of_a_credential_no_other_span_takes() -> None:
    # State H: "Core" read "Plumbing Level Core" was a second Plumbing Level 1, and the cut was dropped
    refs = state_refs("state_h")
    out = resolve(refs, ("Plumbing Level 1, Core", "NCCER"), rule=H_RULE)
    assert outcomes(out) == [("resolved", "H-0022"), ("resolved", "H-0013")]


def test_a_word_alone_cut_short_of_the_one_word_of_a_name_names_it() -> None:
    # State H: "Safeland" for "SafeLandUSA Basic Orientation"
    refs = state_refs("state_h")
    assert one(refs, "Safeland", "")[::2] == ("resolved", "H-0070")


def test_the_words_of_a_name_sharing_its_acronym_with_another_holding_them_tie_as_the_acronym_does() -> None:
    # State H: "Pharmacy Technician" is the PTCB's "Certified Pharmacy Technician (CPhT)" or the NHA's "ExCPT
    # Pharmacy Technician Certification (CPhT)"; the vendor, or the name as the list writes it, settles it
    refs = state_refs("state_h")
    out = resolve(refs, ("Pharmacy Technician", ""), ("Pharmacy Technician", "PTCB"),
                  ("Certified Pharmacy Technician", ""))
    assert outcomes(out) == [("needs_review", None), ("resolved", "H-0108"), ("resolved", "H-0108")]


def test_a_piece_with_its_vendor_in_brackets_or_before_a_shared_acronym_is_that_vendors() -> None:
    # State H: "CMA (AAMA)" is the Certified Medical Assistant, not the Medication Aide; "PTCB CPhT" the PTCB's CPhT
    refs = state_refs("state_h")
    out = resolve(refs, ("CMA (AAMA) & Phlebotomy (PBT)", ""), ("PTCB CPhT + Texas Pharmacy Tech Trainee", ""),
                  rule=H_RULE)
    assert outcomes(out) == [("resolved", "H-0095"), ("resolved", "H-0100"),
                             ("resolved", "H-0108"), ("resolved", "H-0110")]


def test_a_word_the_list_does_not_use_may_be_the_end_of_one_it_uses() -> None:
    # State H: "Lash Extension Specialty" for "Eyelash Extension Specialty License"
    refs = state_refs("state_h")
    out = resolve(refs, ("Lash Extension Specialty", "TDLR"), rule=H_RULE)
    assert outcomes(out) == [("resolved", "H-0149")]


def test_a_number_typed_more_times_than_the_wholes_match_holds_costs_twice_when_a_piece_names_it() -> None:
    # State H: "D1.1 & D9.1" from the AWS, matched whole to the D9.1, left the D1.1's numbers out at the price of
    # any number
    refs = state_refs("state_h")
    out = resolve(refs, ("D1.1 & D9.1", "AWS"), rule=H_RULE)
    assert outcomes(out) == [("resolved", "H-0200"), ("resolved", "H-0201")]


def test_a_known_vendor_before_a_dash_is_the_vendor_typed_in_the_name_field() -> None:
    refs = load_refs_from_seeds(SEEDS_DIR)
    out = resolve(refs, ("Comp TIA - CompTIA Ntework+", "", "11.0901"),
                  ("National Restaurant Association - SERVSAFE MANNAGER", "", "12.0500"))
    assert outcomes(out) == [("resolved", "CTANETPL"), ("resolved", "SSVFDMGR")]


def test_nothing_typed_but_the_words_of_an_issuer_of_several_credentials_names_none_of_them() -> None:
    # the taken-out check on State G, as a dash cut reads it: "state of tennessee" had gone to "Cosmetologist License
    # - Tennessee State Board of Cosmetology and Barber Examiners", whose only words it shares are its issuer's
    refs = state_refs("state_g")
    assert one(refs, "state of tennessee", "")[::2] == ("needs_review", None)
    assert refs.issuer_words["G-0169"] >= {"tennessee", "state", "board"}
    # an issuer of one credential still names it
    solo = build([("X1", "Certified Pharmacy Technician (CPhT) - Pharmacy Technician Certification Board", ""),
                  ("X2", "Certified Dental Assistant (CDA) - Dental Assisting National Board", ""),
                  ("X3", "Registered Dental Assistant - Texas State Board of Dental Examiners", "")])
    assert one(solo, "Pharmacy Technician Certification Board", "")[::2] == ("resolved", "X1")


def test_an_acronym_the_list_writes_in_capitals_is_not_read_as_a_word_saying_nothing() -> None:
    # State G: "CERT Basic" is the "Community Emergency Response Team (CERT) Basic Training", not "certification
    # basic"; "cert" in small letters is still "certification", and "MOS" still "Microsoft Office Specialist"
    refs = state_refs("state_g")
    assert refs.normalize("CERT Basic") == "cert basic"
    assert refs.normalize("OSHA 10 cert") == "osha 10 certification"
    out = resolve(refs, ("CERT Basic + Hazmat Awareness", "FEMA"))
    assert outcomes(out) == [("resolved", "G-0226"), ("resolved", "G-0229")]


def test_a_short_word_the_list_writes_cut_short_beside_a_longer_one_reads_as_the_longer_too() -> None:
    # New Jersey's list writes "ASE Certified Med/Heavy Vehicle ..." and "ASE Certified Medium/Heavy Truck
    # Technicians": "ASE Med/Heavy Truck" is the second; "Barber" beside "Barbering" is a word of its own
    rows = [("X1", "ASE Certified Med/Heavy Vehicle Electronic Diesel Eng. Diagnosis", ""),
            ("X2", "ASE Certified Medium/Heavy Truck Technicians", ""),
            ("X3", "ASE Certified Automobile Technician", "")]
    refs = build(rows)
    assert "ase medium heavy truck" in mended_in_context(refs, "ase med heavy truck".split())
    assert one(refs, "ASE Med/Heavy Truck", "")[::2] == ("resolved", "X2")
    barbers = build([("B1", "Master Barber License", ""), ("B2", "Technician of Barbering License", ""),
                     ("B3", "Cosmetologist License", "")])
    assert mended_in_context(barbers, "barber license".split()) == []


def test_an_unknown_acronym_of_the_same_kind_as_the_names_own_beside_its_words_names_another() -> None:
    # State E: "Phlebotomy Technician PBT(ASCP)" (the ASCP's PBT, not in the list) is not the NHA's "Certified
    # Phlebotomy Technician (CPT)"; a typo one letter from the name's acronym still names it
    rows = [("X1", "Certified Phlebotomy Technician (CPT)", "National Healthcareer Association"),
            ("X2", "Certified EKG Technician (CET)", "National Healthcareer Association"),
            ("X3", "Certified Clinical Medical Assistant (CCMA)", "National Healthcareer Association")]
    refs = build(rows)
    rule = {"kind": "tiers", "clean": {"min_score": 0.5, "min_margin": 0.02},
            "warned": {"min_score": 0.5, "min_margin": 0.02}}
    out = resolve(refs, ("Phlebotomy Technician PBT", ""), ("Phlebotomy Technician CTP", ""), rule=rule)
    assert outcomes(out) == [("needs_review", None), ("resolved", "X1")]


def test_exam_codes_of_national_vendors_read_as_the_credential_they_test() -> None:
    # State H: "220-1101" and "N10-009" typed for CompTIA A+ and Network+; a list name writing a code beside its
    # meaning ("CompTIA A+ (220-1101)") keeps it
    refs = state_refs("state_h")
    assert refs.normalize("CompTIA A+ (220-1101)") == "comptia a plus 220 1101"
    assert refs.normalize("220-1101") == "a plus"
    out = resolve(refs, ("220-1101", "CompTIA"), ("N10-009", ""), rule=H_RULE)
    assert outcomes(out) == [("resolved", "H-0152"), ("resolved", "H-0153")]


def test_a_word_naming_a_licences_other_form_typed_is_not_the_licence_without_it() -> None:
    # State I: "Florida Restricted Barber License" (absent) had been assigned the "Florida Barber License"
    rows = [("X1", "Florida Barber License", "Florida Dept. of Business & Professional Regulation"),
            ("X2", "Florida Cosmetology License", "Florida Dept. of Business & Professional Regulation"),
            ("X3", "Pharmacy Technician Registration", "Florida Department of Health")]
    refs = build(rows)
    rule = {"kind": "tiers", "clean": {"min_score": 0.5, "min_margin": 0.02},
            "warned": {"min_score": 0.5, "min_margin": 0.02}}
    out = resolve(refs, ("Florida Restricted Barber License", "DBPR"), ("Florida Barber Lic", "DBPR"),
                  ("Pharmacy Technician Trainee Registration", ""), rule=rule)
    assert outcomes(out) == [("needs_review", None), ("resolved", "X1"), ("needs_review", None)]


def test_versions_of_one_name_under_two_vendors_are_told_apart_by_a_year_typed_not_by_the_vendor() -> None:
    # State I: "MOS Word" from Microsoft had gone to the 2019 row (Microsoft's) though the 2016 row (Certiport's)
    # is the same name; a year typed names its version whichever vendor is typed
    refs = state_refs("state_i")
    assert refs.versions["MICRO001"] == {"MICRO006"}
    out = resolve(refs, ("MOS Word", "Microsoft"), ("MOS Word 2016", "Microsoft"), ("MOS Word 2019", "Certiport"),
                  ("MOS Word", "Certiport"), rule=H_RULE)
    assert outcomes(out) == [("needs_review", None), ("resolved", "MICRO001"), ("resolved", "MICRO006"),
                             ("needs_review", None)]


def test_versions_of_one_name_by_their_exam_codes_are_not_told_apart_by_the_vendor_column() -> None:
    # State AH: "Security+" from CompTIA had gone to the "(SY0-601)" row, CompTIA's in the column, beside the
    # "(SY0-701)" row under Pearson VUE; the exam's code typed names its version
    rows = [("S1", "CompTIA Security+ (SY0-601)", "CompTIA"), ("S2", "CompTIA Security+ (SY0-701)", "Pearson VUE"),
            ("N1", "CompTIA Network+ (N10-009)", "CompTIA"), ("A1", "CompTIA A+ (220-1101 and 220-1102)", "CompTIA"),
            ("G1", "Maryland Security Guard Certification", "Maryland State Police")]
    refs = build(rows)
    assert refs.versions == {"S1": {"S2"}, "S2": {"S1"}}
    out = resolve(refs, ("Security+", "CompTIA"), ("Security+ SY0-701", "CompTIA"), ("Network+", "CompTIA"),
                  rule=H_RULE)
    assert outcomes(out) == [("needs_review", None), ("resolved", "S2"), ("resolved", "N1")]


def test_an_exam_code_with_letters_the_list_does_not_write_is_left_out_though_its_numbers_are_used() -> None:
    # State I: the list writes "CompTIA Network+ (N10-008)"; "Network+ N10-009" is its newer exam, and "200-301"
    # (the CCNA's exam, a code of the abbreviation seed) is no number of the list's name
    rows = [("X1", "CompTIA Network+ (N10-008)", "CompTIA"), ("X2", "CompTIA A+ (220-1101)", "CompTIA"),
            ("X3", "Cisco Certified Network Associate (CCNA)", "Cisco Systems Inc."),
            ("X4", "NCCER Electrical Level 9", "NCCER"), ("X5", "Microsoft Office Specialist Word (MO-100)", "")]
    refs = build(rows)
    out = resolve(refs, ("Network+ N10-009", "Comptia"), ("CCNA 200-301", "Cisco"), ("A+ 220-1101", ""))
    assert outcomes(out) == [("resolved", "X1"), ("resolved", "X3"), ("resolved", "X2")]


def test_a_states_name_and_an_acronym_alone_shares_the_acronym_another_name_writes_in_brackets() -> None:
    # State I: "EMT" typed alone had gone to the National Registry's "(EMT)" though the list also has "Florida EMT"
    rows = [("X1", "Florida EMT", "Florida Department of Health"),
            ("X2", "National Registry Emergency Medical Technician (EMT)",
             "National Registry of Emergency Medical Technicians"),
            ("X3", "Florida Paramedic", "Florida Department of Health"),
            ("X4", "IT Specialist - HTML and CSS", "Certiport"), ("X5", "Customer Service Specialist (CSS)", "")]
    refs = build(rows)
    assert refs.shared_acronyms["emt"] == ["X1", "X2"] and "css" not in refs.shared_acronyms
    out = resolve(refs, ("EMT", ""), ("EMT", "Florida Department of Health"), ("Florida EMT", ""))
    assert outcomes(out) == [("needs_review", None), ("resolved", "X1"), ("resolved", "X1")]


def test_an_acronym_before_a_dash_and_the_name_spelt_out_is_the_same_vendor_as_the_acronym() -> None:
    # State I: "IPC" and "IPC – Association Connecting Electronics Industries" are one vendor, so "CIS" from the
    # IPC names either of its two "(CIS)" rows
    rows = [("X1", "IPC J-STD-001 Certified IPC Specialist (CIS)", "IPC"),
            ("X2", "IPC-A-610 Certified IPC Application Specialist (CIS)",
             "IPC \u2013 Association Connecting Electronics Industries"),
            ("X3", "Certified Electronics Technician (CET)", "ETA International")]
    refs = build(rows)
    out = resolve(refs, ("CIS", "IPC"), ("J-STD-001 CIS", "IPC"))
    assert outcomes(out) == [("needs_review", None), ("resolved", "X1")]


def test_a_word_starting_the_lists_own_vendors_is_theirs_before_our_alias_seeds() -> None:
    # State I: "ESCO" (our seed: the EPA, for which ESCO proctors EPA 608) typed for a list whose vendors are "ESCO
    # Institute" and "ESCO Group" read as the EPA, another vendor; "ASE" stays the seed's (its initials)
    rows = [("X1", "EPA Section 608 Technician Certification \u2013 Type I", "ESCO Institute"),
            ("X2", "EPA Section 608 Technician Certification \u2013 Universal", "ESCO Group"),
            ("X3", "Pesticide Applicator Registration", "U.S. Environmental Protection Agency"),
            ("X4", "ASE Brakes", "National Institute for Automotive Service Excellence"),
            ("X5", "ASE Entry-Level Brakes", "ASE Education Foundation")]
    refs = build(rows)
    readings = Readings(refs)
    # (the list's two names for ESCO are one vendor, under the first alphabetically)
    assert readings.vendor_key["ESCO"] == "esco group"
    assert readings.vendor_key["ASE"] == "national institute for automotive service excellence"
    out = resolve(refs, ("EPA 608 Universal", "ESCO"))
    assert outcomes(out) == [("resolved", "X2")]


def test_seed_rows_of_state_i_ag_biotech_and_dual_enrollment() -> None:
    # State I: "Ag" and "Agricultural" read "agriculture", "Biotech" "biotechnology"; "Dual Enrollment" is no
    # credential, as "dual credit" is not
    refs = state_refs("state_i")
    out = resolve(refs, ("Ag Associate & Ag Biotech", ""), ("Dual Enrollment", ""), rule=H_RULE)
    assert outcomes(out) == [("resolved", "FLAGR001"), ("resolved", "FLAGR002"), ("no_credential", None)]


def test_an_entry_of_acronyms_alone_one_after_another_may_be_several_credentials() -> None:
    # State I: "CSWA CSWP" (a space between) is the SOLIDWORKS Associate and Professional; "NCCER CORE" stays whole,
    # and an acronym the list writes for no credential stays the next one's issuer ("NHA CCMA", the taken-out check
    # on New Jersey's second set: its CCMA taken out, the piece "CCMA" had gone to the cash manager's)
    acronyms = frozenset({"cswa", "cswp", "ccma", "cpt", "cla", "clt"})
    assert split_pieces("CSWA CSWP", acronyms)[0] == ["CSWA", "CSWP"]
    assert split_pieces("NHA CCMA", acronyms)[0] == ["NHA CCMA"]
    assert split_pieces("NHA CCMA CPT", acronyms)[0] == ["NHA CCMA", "CPT"]
    assert split_pieces("MSSC CLA + CLT", acronyms)[0] == ["MSSC CLA", "CLT"]
    rows = [("X1", "Certified SOLIDWORKS Associate (CSWA)", "Dassault Systemes"),
            ("X2", "Certified SOLIDWORKS Professional (CSWP)", "Dassault Systemes"),
            ("X3", "NCCER Core Curriculum", "NCCER"), ("X4", "NCCER Carpentry Level 1", "NCCER")]
    refs = build(rows)
    out = resolve(refs, ("CSWA CSWP", "Dassault"), ("NCCER CORE", ""))
    assert outcomes(out) == [("resolved", "X1"), ("resolved", "X2"), ("resolved", "X3")]


def test_a_cut_whose_every_piece_resolves_is_kept_when_the_whole_does_not() -> None:
    # State I: "InDesign, Illustrator, Animate" from Adobe: each piece is the one product word of a long name and
    # resolves at a middling score, the whole does not; the scores alone had kept the whole (for review)
    rows = [(f"A{k}", f"Adobe Certified Professional in {field} Using Adobe {product}", "Adobe Inc.")
            for k, (field, product) in enumerate([("Print & Digital Media Publication", "InDesign"),
                                                  ("Graphic Design & Illustration", "Illustrator"),
                                                  ("Multiplatform Animation", "Animate"),
                                                  ("Visual Design", "Photoshop")])]
    refs = build(rows)
    rule = {"kind": "tiers", "clean": {"min_score": 0.5, "min_margin": 0.1},
            "warned": {"min_score": 0.5, "min_margin": 0.1}}
    out = resolve(refs, ("InDesign, Illustrator, Animate, Photoshop", "Adobe"), rule=rule)
    assert outcomes(out) == [("resolved", "A0"), ("resolved", "A1"), ("resolved", "A2"), ("resolved", "A3")]


def test_a_name_writing_the_typed_vendors_word_is_that_vendors_whatever_words_like_inc_follow_it() -> None:
    # State I: "Adobe Illustrator" typed with "adobe inc" (a vendor of the list) against the Illustrator row the
    # list files under Certiport, the test-delivery company: the name writes "Adobe"
    rows = [("A1", "Adobe Certified Professional in Graphic Design & Illustration Using Adobe Illustrator",
             "Certiport"),
            ("A2", "Adobe Certified Professional in Visual Design Using Adobe Photoshop", "Adobe Inc."),
            ("C1", "IT Specialist - Python", "Certiport")]
    refs = build(rows)
    assert refs.names_the_vendor("A1", "adobe inc") and not refs.names_the_vendor("C1", "adobe inc")
    assert not refs.another_vendors("A1", "adobe inc") and refs.another_vendors("C1", "adobe inc")


def test_a_vendor_whose_rows_write_another_vendors_name_delivers_its_tests() -> None:
    # State I: "after effects" typed with Certiport, which the list files Adobe's Illustrator row under, is the
    # After Effects row the list files under "Adobe Inc."; Certiport is still not the American Red Cross
    rows = [("A1", "Adobe Certified Professional in Graphic Design & Illustration Using Adobe Illustrator",
             "Certiport"),
            ("A2", "Adobe Certified Professional in Visual Effects & Motion Graphics Using Adobe After Effects",
             "Adobe Inc."),
            ("C1", "IT Specialist - Python", "Certiport"), ("R1", "Adult First Aid/CPR/AED", "American Red Cross")]
    refs = build(rows)
    assert refs.delivers["certiport"] == {"adobe inc"}
    assert not refs.another_vendors("A2", "certiport") and refs.another_vendors("R1", "certiport")


def test_a_versions_year_no_name_of_the_list_writes_is_left_out() -> None:
    # State I: "ACU AutoCAD 2024" (the list writes no 2024) had been held back by the year, a word the list does not
    # use; a year the list writes still tells its versions apart ("MOS Word 2019")
    rows = [("U1", "Autodesk Certified User: AutoCAD", "Certiport"),
            ("P1", "Autodesk Certified Professional: AutoCAD (2021)", "Autodesk Inc."),
            ("W6", "Microsoft Office Specialist (MOS) Word (Office 2016)", "Certiport"),
            ("W9", "Microsoft Office Specialist (MOS) Word (Office 2019)", "Microsoft Corporation")]
    refs = build(rows)
    parts = Readings(refs)
    assert parts.entry_parts["ACU AutoCAD 2024", "Autodesk"].name == "ACU AutoCAD"
    assert parts.entry_parts["MOS Word 2019", None].name == "MOS Word 2019"
    out = resolve(refs, ("AutoCAD User 2024", "Autodesk"), ("MOS Word 2019", "Certiport"))
    assert outcomes(out) == [("resolved", "U1"), ("resolved", "W9")]


def test_a_piece_a_whole_match_leaves_out_goes_to_review_beside_the_piece_naming_the_credential() -> None:
    # State I: "Part 107 & Private Pilot Knowledge Test" was read whole as the Private Pilot test and "Part 107" was
    # dropped without a review; so was "Core" beside NCCER's Plumbing Level 1 (bars near those fitted on the list),
    # which now resolves: "NCCER Core Curriculum" read without "curriculum" is its exact name
    refs, rule = state_refs("state_i"), rule_bars(0.7, 0.05)
    out = resolve(refs, ("Part 107 & Private Pilot Knowledge Test", "FAA"), ("Core + Plumbing Level 1", "NCCER"),
                  rule=rule)
    assert [(o["entry_key"], o["mention_text"], o["resolution_status"], o["credential_code"]) for o in out] == [
        ("0", "Part 107", "needs_review", None),
        ("0", "Private Pilot Knowledge Test", "resolved", "FAADM005"),
        ("1", "Core", "resolved", "NCCER001"),
        ("1", "Plumbing Level 1", "resolved", "NCCER013")]
    # a piece naming nothing the credential lacks (a word no name of the list uses) is no credential of its own
    refs = build([("P1", "Private Pilot Knowledge Test", "FAA"), ("R1", "Part 107 Remote Pilot", "FAA")])
    assert outcomes(resolve(refs, ("Privat Pilot Knowledge Test / Written Exam Prepp", "FAA"), rule=rule)) == [
        ("resolved", "P1")]


def test_a_word_alone_after_a_comma_takes_the_first_pieces_words_but_its_last() -> None:
    # State I: "Autodesk Certified Professional AutoCAD, Revit" is the professional Revit row too, not the user's
    pieces, seps = split_pieces("Autodesk Certified Professional AutoCAD, Revit")
    assert "Autodesk Certified Professional Revit" in span_variants(pieces, seps, 1, 1)
    # after a slash, often inside a name, only up to a level (the generator's "First Aid/CPR/AED" stays one name)
    pieces, seps = split_pieces("American Red Cross Adult and Pediatric First Aid/CPR/AED")
    assert not any(v.endswith("First CPR") for v in span_variants(pieces, seps, 1, 1))
    pieces, seps = split_pieces("NIMS Level I Turning/Milling")
    assert "NIMS Level I Milling" in span_variants(pieces, seps, 1, 1)
    refs = state_refs("state_i")
    assert outcomes(resolve(refs, ("Autodesk Certified Professional AutoCAD, Revit", ""), rule=rule_bars(0.7, 0.05))
                    ) == [("resolved", "AUTOD010"), ("resolved", "AUTOD011")]


def test_a_vendor_in_brackets_after_a_piece_is_that_pieces_own() -> None:
    # State I: "(NHA)" ending "CMA (AAMA) + CPT (NHA)" had been read as the whole entry's vendor, so "CMA (AAMA)" was
    # read with the NHA; and "(AHIMA)", the initials of a vendor of the list in capitals, is a vendor too
    refs = state_refs("state_i")
    parts = Readings(refs)
    assert parts.split_source["CMA (AAMA) + CPT (NHA)", None] == ("CMA (AAMA) + CPT (NHA)", "")
    assert parts.entry_parts["CCA (AHIMA)", None].vendor == "AHIMA"
    out = resolve(refs, ("CMA (AAMA) + CPT (NHA)", ""), ("CBCS and CCA (AHIMA)", ""), rule=rule_bars(0.7, 0.05))
    assert outcomes(out) == [("resolved", "AAMAS001"), ("resolved", "NATHA002"),
                             ("resolved", "NATHA004"), ("resolved", "AHIMA001")]


def test_a_middle_piece_takes_the_first_pieces_leading_words_and_the_last_pieces_version() -> None:
    # State I: "MOS Word, Excel, PPT 2019": "Excel" is the 2019 Excel, which the list tells from the 2016 one
    pieces, seps = split_pieces("MOS Word, Excel, PPT 2019")
    assert "MOS Excel 2019" in span_variants(pieces, seps, 1, 1)
    out = resolve(state_refs("state_i"), ("MOS Word, Excel, PPT 2019", "Certiport"), rule=rule_bars(0.7, 0.05))
    assert outcomes(out) == [("resolved", "MICRO006"), ("resolved", "MICRO007"), ("resolved", "MICRO008")]


def test_a_vendor_of_the_list_typed_before_a_piece_is_its_vendor() -> None:
    # State I: "Red Cross BLS, Lifeguarding": the BLS is the Red Cross's, not the AHA's (an exact tie without it)
    out = resolve(state_refs("state_i"), ("Red Cross BLS, Lifeguarding", ""), rule=rule_bars(0.6, 0.05))
    assert outcomes(out) == [("resolved", "AMRDC001"), ("resolved", "AMRDC003")]
    # a vendor the list does not have (State G's list has no vendors) stays in the piece's words
    parts = Readings(state_refs("state_g"))
    assert parts.piece_reading["I-CAR Pro Level 1 Refinish", ""][1] == ""


def test_pieces_that_resolve_are_kept_beside_pieces_for_review_that_name_credentials_of_their_own() -> None:
    # State D: "OSHA 10 Construction & First Aid/CPR" had gone whole to review; the OSHA card resolves, and
    # "First Aid/CPR" comes much closer to a first-aid card (several: review) than the whole to anything
    refs = build(list_rows(DATA / "state_d_credential_list.csv"))
    out = resolve(refs, ("OSHA 10 Construction & First Aid/CPR", ""), rule=rule_bars(0.66, 0.05))
    assert [(o["mention_text"], o["resolution_status"], o["credential_code"]) for o in out] == [
        ("OSHA 10 Construction", "resolved", "D-0113"), ("First Aid/CPR", "needs_review", None)]


def test_a_piece_that_resolves_is_not_hidden_in_a_span_left_for_review_with_its_neighbour() -> None:
    # State AA: "NCCER Core, Carpentry 1, OSHA 10": "Carpentry 1" resolves (below the bar of a sure piece), "OSHA
    # 10" names two cards; read as one span for review, "Carpentry 1, OSHA 10" had dropped the carpentry level
    rows = [("C1", "NCCER Core Curriculum", "NCCER"), ("C2", "NCCER Carpentry Level 1", "NCCER"),
            ("C3", "NCCER Carpentry Level 2", "NCCER"), ("C4", "Electrical Level 1", "NCCER"),
            ("O1", "OSHA 10-Hour General Industry", "OSHA"), ("O2", "OSHA 10-Hour Construction", "OSHA"),
            ("O3", "OSHA 30-Hour Construction", "OSHA"), ("W1", "AWS D1.1 Structural Steel", "AWS")]
    refs = build(rows)
    out = resolve(refs, ("NCCER Core, Carpentry 1, OSHA 10", ""), rule=rule_bars(0.7, 0.1))
    assert outcomes(out) == [("resolved", "C1"), ("resolved", "C2"), ("needs_review", None)]


def test_a_base_level_word_no_name_of_the_credentials_words_uses_is_left_out_in_a_reading() -> None:
    # States D, E and G: "EMT-Basic", the old name of the EMT, against lists writing only "Emergency Medical
    # Technician (EMT)"; their "Basic Life Support" holds no EMT word
    for state, code in (("state_d", "D-0018"), ("state_e", "E-0018"), ("state_g", "G-0138")):
        assert one(state_refs(state), "EMT-Basic", "NREMT")[::2] == ("resolved", code), state
    # where a name of those words writes the level, it tells that credential apart: "Basic" is kept
    refs = build([("E1", "Emergency Medical Technician (EMT)", ""), ("B1", "EMT Basic Refresher", ""),
                  ("L1", "Basic Life Support", "")])
    parts = Readings(refs)
    assert parts._without_base_level["emt basic"] == "emt basic"


def test_a_word_the_name_holds_only_with_un_before_it_names_another_credential() -> None:
    # State J: "armed security guard" had gone to the list's "Security Guard Registration (Unarmed)"
    refs = build([("U1", "Ohio Security Guard Registration (Unarmed) - Ohio Department of Public Safety PISGS", ""),
                  ("F1", "Forklift Operator", "")])
    assert one(refs, "armed security guard", "Ohio PISGS")[0] == "needs_review"
    assert one(refs, "unarmed security guard", "")[::2] == ("resolved", "U1")


def test_an_unknown_acronym_beside_only_the_issuers_words_names_another_of_its_credentials() -> None:
    # State J: "PTCB CSPT" (the PTCB's sterile products technician) had gone to the list's one PTCB row, its CPhT;
    # the issuer's initials are its words; an acronym spelling words of the name is no other credential
    refs = state_refs("state_j")
    assert one(refs, "PTCB CSPT", "PTCB")[0] == "needs_review"
    assert one(refs, "PTCB CPhT", "")[::2] == ("resolved", "IRC-0120")
    out = resolve(state_refs("state_i"), ("NIMS MMS & JPBL", ""), rule=rule_bars(0.7, 0.05))
    assert outcomes(out) == [("resolved", "NIMSC001"), ("resolved", "NIMSC002")]


def test_a_known_vendors_acronym_before_another_acronym_stays_its_issuer() -> None:
    # State J: "NREMT EMR" had been cut into the list's "National Registry EMT (NREMT)" and Ohio's EMR: two wrong
    # codes for one credential the list lacks (the National Registry's EMR)
    refs = state_refs("state_j")
    assert outcomes(resolve(refs, ("NREMT EMR", "NREMT"))) == [("needs_review", None)]
    assert split_pieces("NREMT EMR", Readings(refs)._credential_acronyms)[0] == ["NREMT EMR"]


def test_rows_of_one_acronym_differing_by_a_states_name_and_an_issuers_part_are_one_credential() -> None:
    # State J: "STNA" tied its two rows and went to review
    refs = build([("N1", "Ohio State Tested Nurse Aide (STNA) - Ohio Department of Health", ""),
                  ("N2", "STNA - State Tested Nurse Aide", ""),
                  ("E1", "Florida EMT", ""), ("E2", "Emergency Medical Technician (EMT)", ""),
                  ("R1", "Registered Medical Assistant (RMA) - American Medical Technologists", ""),
                  ("C1", "Certified Medical Assistant (CMA) - American Association of Medical Assistants", "")])
    assert refs.representative == {"N1": "N1", "N2": "N1"}
    assert one(refs, "stna cert", "ODH")[::2] == ("resolved", "N1")


def test_a_piece_naming_another_credential_outright_is_kept_beside_the_piece_a_whole_match_names() -> None:
    # State J: "EKG and Phlebotomy tech" from the NHA was read whole as the phlebotomy technician (the vendor's words
    # in the whole's reading match the name's "- National Healthcareer Association"), "EKG" dropped
    out = resolve(state_refs("state_j"), ("EKG and Phlebotomy tech", "NHA"), rule=rule_bars(0.66, 0.02))
    assert outcomes(out) == [("resolved", "IRC-0116"), ("resolved", "IRC-0115")]


def test_a_bracketed_vendor_the_list_writes_only_as_that_vendor_is_read_as_the_vendor() -> None:
    # State J: "CPT (NHA)": the list writes "NHA" only after a dash naming the NHA's credentials ("ExCPT Pharmacy
    # Technician Certification - NHA"), so it is the vendor, which tells the NHA's CPT from the MSSC's and the NASM's
    refs = state_refs("state_j")
    assert one(refs, "CPT (NHA)", "")[::2] == ("resolved", "IRC-0115")
    assert outcomes(resolve(refs, ("CPT + CET (NHA)", ""))) == [("resolved", "IRC-0115"), ("resolved", "IRC-0116")]
    # a word the list writes in the name of another vendor's credential stays the name's
    refs = build([("S1", "ServSafe Food Protection Manager", "National Restaurant Association"),
                  ("P1", "Food Protection Manager (ServSafe) Proctor", "State Board of Health")])
    parts = Readings(refs)
    assert parts.entry_parts["Food Protection Manager (ServSafe)", None].vendor is None


def test_a_junk_item_beside_a_credential_is_only_its_own_pieces_junk() -> None:
    # State J: "College Credit Plus" (Ohio's dual enrollment) and "Tech Prep" name no credential; the seed's
    # `item` rows, unlike its `contains` rows (a status: "STNA - failed"), leave a credential typed beside them
    refs = state_refs("state_j")
    assert one(refs, "College Credit Plus")[0] == "no_credential"
    assert one(refs, "Health Science Tech Prep")[0] == "no_credential"
    assert [o["resolution_status"] for o in resolve(refs, ("STNA - did not pass", ""))] == ["no_credential"]
    assert outcomes(resolve(refs, ("STNA and dual enrollment", ""), rule=rule_bars(0.66, 0.02))) == [
        ("resolved", "IRC-0110")]


def test_an_abbreviation_holding_a_slash_or_an_ampersand_is_spelt_out_before_the_entry_is_cut() -> None:
    # States F, G and J: "FAA A&P" is the airframe and the powerplant certificates; "A/C" is air conditioning;
    # "P&C" property and casualty. Typed beside a word of its expansion, the writer says which: kept as typed
    refs = state_refs("state_f")
    assert refs.normalize.expand_raw("FAA A&P") == "FAA airframe and powerplant"
    assert refs.normalize.expand_raw("FAA A&P Powerplant") == "FAA A&P Powerplant"
    assert refs.normalize.expand_raw("HVAC A/C and Class A/B") == "HVAC air conditioning and Class A/B"
    assert outcomes(resolve(refs, ("FAA A&P", "FAA"), rule=rule_bars(0.66, 0.02))) == [
        ("resolved", "F-0169"), ("resolved", "F-0170")]
    out = resolve(state_refs("state_j"), ("HVAC Excellence Electrical & A/C", ""), ("Ohio P&C license", "ODI"),
                  rule=rule_bars(0.66, 0.02))
    assert outcomes(out) == [("resolved", "IRC-0041"), ("resolved", "IRC-0042"), ("resolved", "IRC-0187")]


def test_a_piece_left_out_goes_to_review_only_for_a_rare_word_or_a_number_the_credential_lacks() -> None:
    # the vendor's exam "CNC Turning: Programming, Setup & Operations - Level I" had gained a review mention for
    # "Operations - Level I" (a word many names hold, and a level), which made the exam unresolved in
    # int_vendor_exams_resolved (the bad-input build then warned in cfg_vendor_exams_unresolved)
    refs = load_refs_from_seeds(SEEDS_DIR)
    out = resolve(refs, ("CNC Turning: Programming, Setup & Operations - Level I", "NIMS"))
    assert outcomes(out) == [("resolved", "NIMSCNCT")]


def test_a_word_a_name_holds_only_in_its_issuers_part_is_left_out_by_its_match() -> None:
    # State J: "Cosmetology & Barber license" was read whole as the cosmetology license, whose issuer "State
    # Cosmetology and Barber Board" holds "barber"; the barber license was lost
    refs = build([("C1", "Ohio Cosmetology License - State Cosmetology and Barber Board", ""),
                  ("B1", "OHIO BARBER LICENSE", ""), ("E1", "Ohio esthetics license", ""),
                  ("F1", "Forklift Operator", "")])
    assert refs.credential_words("C1") == frozenset({"ohio", "cosmetology", "license"})
    out = resolve(refs, ("Cosmetology & Barber license", "Ohio State Cosmetology and Barber Board"))
    assert outcomes(out) == [("resolved", "C1"), ("resolved", "B1")]
    assert outcomes(resolve(refs, ("Cosmetology license", ""))) == [("resolved", "C1")]


def test_a_vendor_word_a_piece_names_is_left_out_also_when_the_pieces_are_weighed_against_the_whole() -> None:
    # State J: "RISE Up Retail & Customer Service and Sales" from the NRF was read whole as the customer-service
    # credential, the "retail" of the National Retail Federation's name explaining the typed word; the piece "RISE
    # Up Retail" resolves to the retail credential, so the word is left out and the piece is kept (it had been lost)
    refs = state_refs("state_j")
    rule = {"kind": "tiers", "clean": {"min_score": 0.66, "min_margin": 0.02},
            "warned": {"min_score": 0.68, "min_margin": 0.02}}  # as fitted on State J's list
    out = resolve(refs, ("RISE Up Retail & Customer Service and Sales", "NRF"), rule=rule)
    assert outcomes(out) == [("resolved", "IRC-0193"), ("resolved", "IRC-0194")]
    assert outcomes(resolve(refs, ("RISE Up Customer Service and Sales", "NRF"), rule=rule)) == [
        ("resolved", "IRC-0194")]


def test_a_piece_whose_best_candidate_holds_a_word_the_wholes_match_lacks_is_not_lost() -> None:
    # State G: "Barber Technician & Master Barber License" from TN was read whole as the master barber license, and
    # "Barber Technician", whose best candidate is the "TECHNICIAN OF BARBERING LICENSE", was lost: "technician" is
    # no rare word, but the piece's best candidate holds it. The piece went to review; since "barber" is read as the
    # list's "barbering" where only that word makes a name with "technician" (readings._the_longer_word_meant), it
    # resolves
    refs = state_refs("state_g")
    rule = {"kind": "tiers", "clean": {"min_score": 0.66, "min_margin": 0.02},
            "warned": {"min_score": 0.66, "min_margin": 0.02}}  # as fitted on State G's list
    out = resolve(refs, ("Barber Technician & Master Barber License", "TN"), rule=rule)
    assert outcomes(out) == [("resolved", "G-0174"), ("resolved", "G-0173")]


def test_a_vendor_alias_that_is_its_initials_names_the_vendor_only_in_capitals() -> None:
    # New Jersey's and State D's lists: "Certified Robotic Arc Welding" was read as the American Red Cross's (our
    # alias seed's "ARC"), which tells a typed vendor from another
    refs = build([("W1", "Certified Robotic Arc Welding", ""), ("W2", "Shielded Metal Arc Welding (SMAW) Plate", ""),
                  ("R1", "Adult CPR/AED - ARC", ""), ("R2", "American Red Cross Lifeguarding", ""),
                  ("F1", "Forklift Operator", "")])
    assert "W1" not in refs.vendor_written and "W2" not in refs.vendor_written
    assert refs.vendor_written["R1"] == refs.vendor_written["R2"] == "american red cross"


def test_an_acronym_keeps_the_letters_of_a_word_written_in_two_capitals() -> None:
    # State J and our list: "ITS Python" for "IT Specialist - Python" (initials "is" only, before), and "ITS" before
    # "Python and Java" had been read as an unknown issuer typed before the credentials
    refs = build([("P1", "IT Specialist - Python", ""), ("J1", "IT Specialist - Java", ""),
                  ("F1", "CompTIA IT Fundamentals+", "CompTIA"), ("C1", "NCCCO Mobile Crane Operator", ""),
                  ("X1", "Python Institute PCEP", "")])
    assert "it specialist" in refs.initials["its"] and "it fundamentals" in refs.initials["itf"]
    # a name written all in capitals tells no acronym: its two-letter words are words ("OF")
    capitals = build([("B1", "TECHNICIAN OF BARBERING LICENSE", ""), ("P1", "IT Specialist - Python", "")])
    assert "tofb" not in capitals.initials and "technician of barbering" in capitals.initials["tb"]
    out = resolve(refs, ("ITS Python", ""), ("ITS Python and Java", ""))
    assert outcomes(out) == [("resolved", "P1"), ("resolved", "P1"), ("resolved", "J1")]
    # an acronym spelling no run of words of a name holding the other words is still the issuer typed before them
    readings = Readings(refs)
    assert readings.entry_parts["ABCD Mobile Crane Operator", None].vendor == "ABCD"


def test_a_reading_adding_only_words_every_tied_credential_holds_does_not_break_the_tie() -> None:
    # State J: "CIS" from IPC names two specialists; the reading "ipc cis" (the typed vendor before it) had picked
    # the one writing "(CIS)". An acronym of a broad name beside a narrower one still reads the broad one
    refs = build([("J1", "IPC J-STD-001 Certified IPC Specialist (CIS)", ""),
                  ("A1", "IPC-A-610 Certified IPC Specialist", ""),
                  ("R1", "Red Hat Certified System Administrator (RHCSA)", ""),
                  ("R2", "Red Hat Certified System Administrator in Red Hat OpenStack", ""),
                  ("F1", "Forklift Operator", "")])
    assert one(refs, "CIS", "IPC")[0] == "needs_review"
    assert one(refs, "RHCSA", "Red Hat")[::2] == ("resolved", "R1")


def test_test_codes_and_level_numbers_typed_with_spaces_only_are_cut_apart() -> None:
    # States H, I and J: "ASE A1 A5 A6" and "HVAC lvl 1 2" went whole to review
    assert split_pieces("ASE A1 A5 A6") == (["ASE A1", "A5", "A6"], [" ", " "])
    assert split_pieces("HVAC lvl 1 2")[0] == ["HVAC lvl 1", "2"]
    assert split_pieces("NCCER Level I II III")[0] == ["NCCER Level I", "II", "III"]
    for whole in ("OSHA 10 30", "CompTIA A+ 220 1101", "AWS D1.1 D1.5", "Level 1 Welder"):
        assert split_pieces(whole)[0] == [whole]
    refs = build([("H1", "NCCER HVAC Level 1", "NCCER"), ("H2", "NCCER HVAC Level 2", "NCCER"),
                  ("F1", "Forklift Operator", "")])
    assert outcomes(resolve(refs, ("HVAC lvl 1 2", "NCCER"))) == [("resolved", "H1"), ("resolved", "H2")]


def test_exam_numbers_typed_with_spaces_only_are_cut_apart() -> None:
    # State I: "SC-900 MS-900" resolved to the MS-900 credential alone, and the SC-900 one was lost
    assert split_pieces("SC-900 MS-900")[0] == ["SC-900", "MS-900"]
    assert split_pieces("AZ-900 AZ-104 DP-900")[0] == ["AZ-900", "AZ-104", "DP-900"]
    assert split_pieces("CompTIA A+ 220-1101 220-1102")[0] == ["CompTIA A+ 220-1101 220-1102"]  # one credential's exams
    refs = build([("S1", "Microsoft Certified: Security, Compliance, and Identity Fundamentals (SC-900)", "Microsoft"),
                  ("M1", "Microsoft 365 Certified: Fundamentals (MS-900)", "Microsoft"),
                  ("F1", "Forklift Operator", "")])
    assert outcomes(resolve(refs, ("SC-900 MS-900", ""))) == [("resolved", "S1"), ("resolved", "M1")]


def test_an_ase_test_code_reads_as_its_area_only_in_a_list_writing_no_code() -> None:
    # the seed spells out ASE's test codes ("ASE A5": brakes). State H writes no code: "ASE A1 A4 A5" is its three
    # student certifications. State J writes A4 and A5 in two names beside entry-level rows of the same areas: there
    # a code is the coded row, and a code it lacks ("ASE A1") is none of its entry-level rows (the taken-out check
    # had "ASE G1" resolve to our entry-level light-repair row once our G1 was taken out)
    bars = rule_bars(0.7, 0.05)
    plain = state_refs("state_h")
    out = resolve(plain, ("ASE A1 A4 A5", ""), rule=bars)
    assert outcomes(out) == [("resolved", "H-0223"), ("resolved", "H-0225"), ("resolved", "H-0226")]
    assert plain.normalize("ASE A4") == "ase suspension and steering"
    coded = state_refs("state_j")
    assert outcomes(resolve(coded, ("ASE A4", ""), ("ASE A1", ""), rule=bars)) == [
        ("resolved", "IRC-0090"), ("needs_review", None)]
    assert coded.normalize("ASE A4") == "ase a 4"


def test_an_exam_number_no_other_name_holds_names_its_credential_beside_a_word_of_the_writers_own() -> None:
    # New Jersey's "Part 107 Remote Pilot" against its one "Drone Pilot - Part 107": "remote" in place of "drone" had
    # vetoed it (swapped_word). Another number, or a number other names hold, still vetoes
    refs = build([("D1", "Drone Pilot - Part 107", ""), ("E1", "EPA Section 608 Universal", ""),
                  ("O1", "OSHA 30 Construction", ""), ("O2", "OSHA 30 Maritime", ""),
                  ("F1", "Forklift Operator", "")])
    words = Words(refs)
    assert words.swapped_word["part 107 remote pilot", "D1", ""] == 0.0
    assert words.swapped_word["epa section 608 type 2 technician", "E1", ""] == 1.0
    assert words.swapped_word["osha 30 shipyard", "O2", ""] == 1.0


def test_a_vendor_of_the_list_typed_before_a_whole_name_is_its_vendor_and_only_its_first_pieces() -> None:
    # States F and I: "Red Cross First Aid/CPR/AED", vendor blank, went to review between the Red Cross's and the
    # AHA's first-aid cards; beside another piece the vendor stays the first piece's ("PTCB CPhT + Texas ...")
    refs = state_refs("state_f")
    assert one(refs, "Red Cross First Aid/CPR/AED", "")[::2] == ("resolved", "F-0024")
    readings = Readings(refs)
    assert readings.entry_parts["Red Cross First Aid/CPR/AED", None].vendor == "Red Cross"
    state_h = Readings(state_refs("state_h"))
    assert state_h.entry_parts["PTCB CPhT + Texas Pharmacy Tech Trainee", None].vendor == "PTCB"
    assert state_h.split_source["PTCB CPhT + Texas Pharmacy Tech Trainee", None] == (
        "PTCB CPhT + Texas Pharmacy Tech Trainee", "")
    out = resolve(state_refs("state_h"), ("PTCB CPhT + Texas Pharmacy Tech Trainee", ""), rule=rule_bars(0.7, 0.05))
    assert outcomes(out) == [("resolved", "H-0108"), ("resolved", "H-0110")]


def test_a_level_typed_after_the_word_naming_a_credential_without_levels_keeps_it() -> None:
    # New Jersey: "LPIC-1 & Linux+" went to review whole, as "LPIC-1" named no credential: the list's one LPIC row
    # holds no number, and a typed number its name lacks had ruled it out
    refs = build([("L1", "LPIC - Linux Professional Institute Certification", ""), ("X1", "CompTIA Linux+", ""),
                  ("V1", "Level 1 Certificate", ""), ("O1", "OSHA 30 Hour Construction", ""),
                  ("N1", "NCCER Carpentry Level 2", "")])
    out = resolve(refs, ("LPIC-1", ""), ("LPIC-1 & Linux+", ""), ("OSHA 10", ""), ("LPIC 101 exam", ""),
                  ("Carpentry 1", "NCCER"), ("LPIC-2", ""))
    assert outcomes(out)[:3] == [("resolved", "L1"), ("resolved", "L1"), ("resolved", "X1")]
    # a name holding numbers of its own, an exam number, a level of a name with levels or a higher level (a
    # credential the list may lack) still conflict
    assert [o for o in outcomes(out)[3:] if o[0] == "resolved"] == []
    # and a level after a word beside others: State H's "Educational Aide 1", its credential taken out of the list,
    # had been read as the one "Certified Medication Aide (CMA)" that "aide" names
    aides = build([("M1", "Certified Medication Aide (CMA)", ""), ("T1", "Texas Educator Certification", "")])
    assert one(aides, "Educational Aide 1")[0] != "resolved"


def test_a_vendor_the_list_does_not_know_picks_the_one_name_writing_its_words() -> None:
    # State J, a list without vendors that writes issuers in its names: "EMT" from the "Ohio Division of EMS" tied
    # the national registry's EMT with the state's certificate
    refs = build([("E1", "Ohio EMT Certificate - Division of EMS", ""), ("E2", "NATIONAL REGISTRY EMT (NREMT)", ""),
                  ("R1", "Ohio Emergency Medical Responder (EMR) Certificate - Division of EMS", ""),
                  ("C1", "NCCER Core Curriculum - National Center for Construction Education and Research", ""),
                  ("C2", "(NCCER) CORE: INTRODUCTORY CRAFT SKILLS", "")])
    out = resolve(refs, ("EMT", "Ohio Division of EMS"), ("EMR & EMT", "Ohio Division of EMS"), ("EMT", "Ohio EMS"),
                  ("EMT", "Texas Division of EMS"), ("NCCER Core", "NCCER"))
    assert outcomes(out)[:4] == [("resolved", "E1"), ("resolved", "R1"), ("resolved", "E1"), ("resolved", "E1")]
    # no name writing every word of the vendor
    assert outcomes(out)[4][0] == "needs_review"
    # a vendor two of the names write, one in full and one by its acronym, picks neither; "NCCER Core" is the first
    # by its words, once its issuer's part is left out
    assert outcomes(out)[5] == ("resolved", "C1")


def test_two_vendor_names_differing_only_in_the_words_an_organisations_name_ends_with_are_one_vendor() -> None:
    # State I: "ESCO Institute" on the 608 Type I and II rows, "ESCO Group" on the Universal row; "608 Type 1 +
    # Universal" from ESCO Institute met the Universal row as another vendor's and went to review
    assert list_features.same_vendors(["esco institute", "esco group", "esco", "ase", "ase education foundation",
                                       "python institute", "python software foundation"])[0] == {
        "esco institute": "esco group", "esco": "esco group"}
    refs = build([("E1", "EPA Section 608 Technician Certification - Type I", "ESCO Institute"),
                  ("E2", "EPA Section 608 Technician Certification - Type II", "ESCO Institute"),
                  ("E4", "EPA Section 608 Technician Certification - Universal", "ESCO Group"),
                  ("U1", "Unity Certified User: Artist", "Unity Technologies")])
    assert outcomes(resolve(refs, ("608 Type 1 + Universal", "ESCO Institute"))) == [("resolved", "E1"),
                                                                                     ("resolved", "E4")]


def test_a_typed_vendor_picks_no_row_when_other_tied_names_write_it_under_a_test_provider() -> None:
    # State K: "Adobe Certified Professional" from Adobe had resolved to the one ACP row whose vendor column says
    # Adobe; the others are listed under Certiport, the test provider, and write Adobe in their names
    refs = build([("A1", "Adobe Certified Professional - After Effects", "Adobe"),
                  ("A2", "Adobe Certified Professional: Illustrator", "Certiport"),
                  ("A3", "Adobe Certified Professional - InDesign", "Certiport"),
                  ("Q1", "Intuit QuickBooks Certified User", "Intuit"),
                  ("Q2", "QuickBooks Certified User (QBCU)", "Certiport")])
    assert refs.of_the_typed_vendor(["A1", "A2", "A3"], "adobe") == ["A1", "A2", "A3"]
    # the same name but the vendor's words is one credential ("quickbooks" is Intuit's in our alias seed: the two
    # rows write one issuer, list_features.issuer_twins), which the typed vendor names
    assert refs.representative.get("Q2") == "Q1"
    assert one(refs, "QuickBooks Certified User", "Intuit")[::2] == ("resolved", "Q1")
    assert one(refs, "Adobe Certified Professional", "Adobe")[0] == "needs_review"
    assert one(refs, "Adobe Certified Professional After Effects", "Adobe")[::2] == ("resolved", "A1")


def test_an_acronym_another_vendors_name_writes_as_a_word_is_shared_typed_alone() -> None:
    # State K: "EMT" had resolved to the state office's "Virginia Emergency Medical Technician (EMT)" beside the
    # National Registry's "NATIONAL REGISTRY EMT (NREMT)", and "BLS" to the Red Cross's beside the AHA's
    refs = build([("E1", "Virginia Emergency Medical Technician (EMT)", "Virginia Office of EMS"),
                  ("E2", "NATIONAL REGISTRY EMT (NREMT)", "National Registry of Emergency Medical Technicians"),
                  ("B1", "Basic Life Support (BLS)", "American Red Cross"),
                  ("B2", "AHA BLS Provider", "American Heart Association"),
                  ("F1", "POWERED INDUSTRIAL TRUCK (FORKLIFT) OPERATOR", ""), ("F2", "Forklift Operator Card", "")])
    assert one(refs, "EMT")[0] == one(refs, "BLS")[0] == "needs_review"
    assert one(refs, "BLS", "American Heart Association")[::2] == ("resolved", "B2")
    assert one(refs, "EMT", "Virginia Office of EMS")[::2] == ("resolved", "E1")
    # names of no known vendor writing the acronym are most often one credential listed twice: left as they were
    assert refs.exact["forklift"] == ["F1"]


def test_a_vendors_name_alone_that_one_of_its_names_writes_names_none_of_its_credentials() -> None:
    # State K: "MSSC" had resolved to "MSSC Certified Production Technician (CPT)", the one of the MSSC's three
    # credentials whose name writes "MSSC" (the logistics ones give it in the vendor column only)
    refs = build([("P1", "MSSC Certified Production Technician (CPT)", "Manufacturing Skill Standards Council"),
                  ("L1", "Certified Logistics Associate (CLA)", "MSSC"),
                  ("L2", "CERTIFIED LOGISTICS TECHNICIAN (CLT)", "MSSC"),
                  ("T1", "Pharmacy Technician Certification (CPhT)", "PTCB"),
                  ("N1", "Certified Phlebotomy Technician (CPT)", "NHA")])
    assert one(refs, "MSSC")[0] == "needs_review"
    assert one(refs, "MSSC CPT")[::2] == ("resolved", "P1")
    # the issuer of one credential still names it
    assert one(refs, "PTCB")[::2] == ("resolved", "T1")


def test_one_vendors_acronym_for_two_classes_of_a_licence_names_both_typed_alone() -> None:
    # State K: "CDL" from the Virginia DMV had resolved to the Class A licence, whose name writes "(CDL)", beside the
    # Class B's "Virginia CDL - Class B"; the list spells the vendor "Virginia DMV" and "Virginia Department of Motor
    # Vehicles", which are one vendor
    assert list_features.same_vendors(["virginia dmv", "virginia department of motor vehicles"])[0] == {
        "virginia dmv": "virginia department of motor vehicles"}
    refs = build([("A1", "Virginia Commercial Driver's License (CDL) Class A", "Virginia DMV"),
                  ("B1", "Virginia CDL - Class B", "Virginia Department of Motor Vehicles"),
                  ("M1", "Motorcycle Safety Foundation Basic RiderCourse", "MSF")])
    assert one(refs, "CDL", "Virginia DMV")[0] == one(refs, "CDL")[0] == "needs_review"
    assert one(refs, "CDL Class B", "Virginia DMV")[::2] == ("resolved", "B1")
    assert one(refs, "CDL Class A", "Virginia DMV")[::2] == ("resolved", "A1")


def test_a_standard_in_brackets_may_be_left_out_and_a_vendor_abbreviated_is_the_same_vendor() -> None:
    # State K: "Firefighter 1" from VDFP named nothing ("Firefighter I (NFPA 1001) - ...": the standard's number
    # made the name's numbers other than the typed ones), and "Virginia Dept of Fire Programs" was another vendor
    # than the list's "Virginia Department of Fire Programs"
    assert list_features.version_numbers("Firefighter I (NFPA 1001)", frozenset({"1", "1001"})) == (("nfpa", "1001"),)
    assert list_features.same_vendors(["virginia dept of fire programs", "virginia department of fire programs"],
                                      spell=lambda v: v.replace("dept", "department"))[0] == {
        "virginia dept of fire programs": "virginia department of fire programs"}
    refs = build([("F1", "Firefighter I (NFPA 1001) - Virginia Department of Fire Programs", "VDFP"),
                  ("F2", "Firefighter II", "Virginia Department of Fire Programs"),
                  ("H1", "Hazardous Materials Operations", "Virginia Dept. of Fire Programs"),
                  ("R1", "FANUC Certified Robot Operator 1", "FANUC")])
    out = resolve(refs, ("Firefighter 1", "VDFP"), ("Firefighter I & II", "Virginia Dept of Fire Programs"),
                  ("Firefighter 1, Haz Mat Ops", "VDFP"))
    assert outcomes(out) == [("resolved", "F1"), ("resolved", "F1"), ("resolved", "F2"), ("resolved", "F1"),
                             ("resolved", "H1")]


def test_a_name_starting_with_its_vendor_is_exact_without_it_and_its_acronym_in_brackets() -> None:
    # State K: "Certified Fundamentals Cook" from the ACF went to review between "ACF Certified Fundamentals Cook
    # (CFC)" and the narrower "Certified Fundamentals Pastry Cook (CFPC)"
    refs = build([("C1", "ACF Certified Fundamentals Cook (CFC)", "ACF"),
                  ("P1", "Certified Fundamentals Pastry Cook (CFPC)", "ACF"),
                  ("S1", "ACF Certified Sous Chef (Level 2)", "ACF")])
    assert one(refs, "Certified Fundamentals Cook", "ACF") == ("resolved", "exact", "C1")
    # other words in brackets stay: they may tell credentials apart
    assert ("certified sous chef", "acf") not in refs.vendor_exact


def test_two_letters_are_spelt_by_the_names_holding_the_other_words_a_vendors_name_aside() -> None:
    # State K: "AHA Heartsaver FA CPR AED" went to review: no name holds "AHA" with the other words, since the
    # list gives the AHA in its vendor column
    refs = build([("H1", "Heartsaver First Aid CPR AED", "AHA"), ("B1", "AHA BLS Provider", "AHA"),
                  ("F1", "Adult and Pediatric First Aid/CPR/AED", "American Red Cross"),
                  ("A1", "Fire Alarm Technician", "NICET")])
    assert one(refs, "AHA Heartsaver FA CPR AED")[::2] == ("resolved", "H1")


def test_a_vendors_acronym_is_the_same_vendor_written_after_its_state() -> None:
    # State K: "Wastewater Class 4" from "DPOR" met the list's "Virginia DPOR" row as another vendor's
    assert list_features.same_vendors(["dpor", "virginia dpor", "nha", "texas nha"])[0] == {
        "dpor": "virginia dpor", "nha": "texas nha"}
    refs = build([("W1", "Virginia Waterworks Operator License - Class 4", "DPOR"),
                  ("W2", "Virginia Wastewater Works Operator License Class IV", "Virginia DPOR"),
                  ("B1", "VIRGINIA BARBER LICENSE", "DPOR")])
    assert outcomes(resolve(refs, ("Waterworks + Wastewater Class 4", "DPOR"))) == [("resolved", "W1"),
                                                                                   ("resolved", "W2")]


def test_the_words_of_a_name_that_another_writes_with_one_word_of_its_own_tie_them() -> None:
    # State K: "Pharmacy Tech" was the exact "Pharmacy Technician Certification (CPhT)", its generic word and acronym
    # aside, though "ExCPT Pharmacy Technician Certification" holds the same words and one of its own
    refs = build([("P1", "ExCPT Pharmacy Technician Certification", "NHA"),
                  ("P2", "Pharmacy Technician Certification (CPhT)", "PTCB"),
                  ("P3", "Virginia Pharmacy Technician Registration", "Virginia Board of Pharmacy"),
                  ("C1", "Certified Clinical Medical Assistant (CCMA)", "NHA")])
    assert one(refs, "Pharmacy Tech", "")[0] == "needs_review"
    assert one(refs, "Pharmacy Tech", "PTCB")[::2] == ("resolved", "P2")
    # a name typed whole, a generic word beside, is that name: the specialty another name adds is not typed
    refs = build([("G1", "OSHA 10-Hour General Industry", "OSHA"),
                  ("H1", "OSHA 10-Hour General Industry - Healthcare", "OSHA"),
                  ("C1", "OSHA 10-Hour Construction", "OSHA")])
    assert one(refs, "OSHA 10 Hour General Industry cert", "") == ("resolved", "exact", "G1")


def test_any_subject_after_intro_to_is_a_course_and_an_entry_of_junk_pieces_is_junk() -> None:
    # State L: "Intro to Welding", "Health Careers 2", "see guidance office" and "Co-op / Work Based Learning" went
    # to review
    refs = build([("W1", "NCCER Welding Level 1", "NCCER"),
                  ("C1", "NCCER Core Curriculum: Introductory Craft Skills", ""),
                  ("I1", "FEMA IS-100.c: Introduction to the Incident Command System", ""),
                  ("P1", "PETEX Fundamentals of Petroleum", ""), ("R1", "RigPass", "IADC")])
    for typed in ("Intro to Welding", "Fundamentals of Welding", "Health Careers 2", "see guidance office",
                  "Co-op / Work Based Learning", "Work-Based Learning"):
        assert one(refs, typed)[0] == "no_credential", typed
    # a name of the list holding the subject and a word begun as the course's first ("Introductory")
    assert one(refs, "Intro to Craft Skills")[0] != "no_credential"
    assert one(refs, "Introduction to Incident Command System")[::2] == ("resolved", "I1")
    # a course's words in one piece of several are read with that piece alone
    assert outcomes(resolve(refs, ("Fundamentals of Petroleum; RigPass", ""))) == [("resolved", "P1"),
                                                                                   ("resolved", "R1")]


def test_a_practicum_and_a_course_the_junk_seed_names_are_no_credentials() -> None:
    # State S: "Practicum in Culinary Arts" (a Texas course); State AR: "Computer Applications class"; State AS:
    # "Automotive Service Technology program", whose "service" no name of the list writes
    refs = build([("C1", "ACF Certified Fundamentals Cook (CFC)", "American Culinary Federation"),
                  ("M1", "Microsoft Office Specialist: Excel Associate", "Microsoft"),
                  ("A1", "Precision Exams Automotive Level 1", ""),
                  ("P1", "Nursing Assistant Clinical Practicum Certificate", "")])
    for typed in ("Practicum in Culinary Arts", "Computer Applications class", "Automotive Service Technology program"):
        assert one(refs, typed)[0] == "no_credential", typed
    # a name of the list holding the subject and "practicum" is no course
    assert one(refs, "Practicum in Nursing Assistant")[0] != "no_credential"


def test_a_placing_and_school_programmes_of_the_junk_seed_are_no_credentials() -> None:
    # State BE: "SkillsUSA - 2nd place state"; State BB: "JROTC"; State BD: "Jump Start pathway - Construction
    # Crafts"; State BC: "KY FAME" went to review
    refs = build([("S1", "SkillsUSA Career Essentials: Experiences", "SkillsUSA"),
                  ("C1", "NCCER Core Curriculum", "NCCER"), ("M1", "MSSC Certified Production Technician", "MSSC")])
    for typed, vendor in (("SkillsUSA - 2nd place state", "SkillsUSA"), ("JROTC", ""),
                          ("Jump Start pathway - Construction Crafts", "LDOE"), ("KY FAME", "")):
        assert one(refs, typed, vendor)[0] == "no_credential", typed
    assert one(refs, "SkillsUSA Career Essentials", "SkillsUSA")[::2] == ("resolved", "S1")


def test_spanish_courses_and_statuses_and_a_course_said_first_are_no_credentials() -> None:
    # State AY (Puerto Rico): "Curso de Soldadura", "Taller de Carpinteria", "Programa completado", "Pendiente",
    # "Graduado", "Cosmetology program - 1000 hours", "Health Science Career Pathway" and "Internship - Hospital
    # Auxilio Mutuo" went to review; State BA: "Construction Academy"; State AZ: "Career Based Intervention"
    refs = build([("S1", "Soldadura Estructural AWS D1.1 (Structural Welding)", "AWS"),
                  ("C1", "Carpinteria Nivel 1 (Carpentry Level 1)", "NCCER"),
                  ("M1", "Manipulador de Alimentos ServSafe", "National Restaurant Association"),
                  ("K1", "Licencia de Cosmetologia (Cosmetology License)", "")])
    for typed in ("Curso de Soldadura", "Taller de Carpinteria", "Programa completado", "Pendiente", "Graduado",
                  "Cosmetology program - 1000 hours", "Health Science Career Pathway",
                  "Internship - Hospital Auxilio Mutuo", "Construction Academy", "Career Based Intervention"):
        assert one(refs, typed)[0] == "no_credential", typed
    # a course of a credential's words is the credential's ("Curso de Manipulador de Alimentos")
    assert one(refs, "Curso de Manipulador de Alimentos")[0] != "no_credential"
    # an internship beside a credential is that piece's junk only
    assert outcomes(resolve(refs, ("Internship; Manipulador de Alimentos ServSafe", ""))) == [("resolved", "M1")]


def test_a_spanish_level_written_as_a_word_is_its_number() -> None:
    # State AY: "Electricidad Nivel Uno" and "Soldadura Nivel Uno" from NCCER went to review
    refs = build([("E1", "Electricidad Nivel 1 (Electrical Level One)", "NCCER"),
                  ("E2", "Electricidad Nivel 2 (Electrical Level Two)", "NCCER"),
                  ("S1", "Soldadura Nivel 1 (Welding Level One)", "NCCER")])
    assert one(refs, "Electricidad Nivel Uno", "NCCER")[::2] == ("resolved", "E1")
    assert one(refs, "Electricidad Nivel Dos")[::2] == ("resolved", "E2")
    assert one(refs, "Soldadura Nivel Tres")[0] == "needs_review"
    # and a class written in Spanish is a class ("Licencia CDL Clase B" is no "Clase A" licence)
    refs = build([("A1", "Licencia de Conducir Comercial Clase A (Commercial Driver's License – CDL Class A)", ""),
                  ("T1", "Licencia de TEM de Puerto Rico (Puerto Rico EMT License)", "")])
    assert one(refs, "Licencia CDL Clase B", "DTOP")[0] == "needs_review"
    assert one(refs, "Licencia CDL Clase A", "DTOP")[::2] == ("resolved", "A1")


def test_a_name_given_in_two_languages_writes_its_numbers_once() -> None:
    # State AY: "IC3 Level 3" from Certiport was read as Level 1, whose name writes "IC3" twice, in Spanish and in
    # English, as a write-in typing "3" twice; the list has no Level 3
    refs = build([("L1", "IC3 Alfabetización Digital – Nivel 1 (IC3 Digital Literacy GS6 Level 1)", "Certiport"),
                  ("L2", "IC3 Digital Literacy GS6 – Level 2", "Certiport"),
                  ("W1", "AWS D1.1 Soldadura Estructural (AWS D1.1 Structural Welding)", "AWS"),
                  ("W9", "AWS D9.1 Chapa Metálica (AWS D9.1 Sheet Metal Welding)", "AWS"),
                  ("E3", "ELECTRICIDAD NIVEL III (ELECTRICAL LEVEL III)", "NCCER")])
    assert one(refs, "IC3 Level 3", "Certiport")[0] == "needs_review"
    assert one(refs, "IC3 Level 2", "Certiport")[::2] == ("resolved", "L2")
    # a number a part writes twice is there twice ("D1.1" is no "D9.1")
    assert one(refs, "AWS D1.1", "AWS")[::2] == ("resolved", "W1")


def test_an_acronym_is_shared_with_a_name_spelling_it_with_a_possessive() -> None:
    # State L: "CDL" from PennDOT was the Class B row, the one writing "(CDL)", though "Commercial Driver's License -
    # Class A (PennDOT)" spells it too
    refs = build([("A1", "Commercial Driver's License - Class A (PennDOT)", ""),
                  ("B1", "PennDOT Commercial Driver License (CDL) Class B", ""),
                  ("F1", "Flagger Certification (PennDOT Pub. 213)", "")])
    assert one(refs, "CDL", "PennDOT")[0] == "needs_review"
    assert one(refs, "CDL B", "")[::2] == ("resolved", "B1")


def test_a_name_typed_but_its_issuer_in_brackets_ties_with_another_holding_its_words_and_a_brand() -> None:
    # State L: "Flagger Certification" was PennDOT's "Flagger Certification (PennDOT Pub. 213)", beside the "ATSSA
    # FLAGGER CERTIFICATION"
    refs = build([("P1", "Flagger Certification (PennDOT Pub. 213)", ""), ("A1", "ATSSA FLAGGER CERTIFICATION", ""),
                  ("C1", "Certified Pharmacy Technician (CPhT)", ""), ("E1", "ExCPT Pharmacy Technician", "")])
    assert one(refs, "Flagger Certification", "")[0] == "needs_review"
    assert one(refs, "ATSSA Flagger", "")[::2] == ("resolved", "A1")
    # a name typed whole but its acronym is that name
    assert one(refs, "Certified Pharmacy Technician", "")[::2] == ("resolved", "C1")


def test_an_acronym_typed_alone_reads_a_whole_name_its_issuers_part_aside() -> None:
    # State L: "CNA" went to review (and "CNA" + "BLS (AHA)" lost the BLS): the list writes no "(CNA)", and the
    # spelled reading "certified nursing assistant" left out the issuer's words of "Certified Nursing Assistant (PA
    # Department of Health)"
    refs = build([("N1", "Certified Nursing Assistant (PA Department of Health)", ""),
                  ("B1", "AHA BLS Provider (Basic Life Support)", ""), ("C1", "Cisco CCNA (200-301)", ""),
                  ("M1", "Certified Medication Aide (CMA)", "")])
    assert one(refs, "CNA", "")[::2] == ("resolved", "N1")
    assert outcomes(resolve(refs, ("CNA\nBLS (AHA)", ""))) == [("resolved", "N1"), ("resolved", "B1")]


def test_a_vendor_typed_as_the_name_is_swapped_only_with_a_credentials_words() -> None:
    # State L: "PTCB" from "Pearson VUE" was read as the credential "Pearson VUE" typed in the vendor field
    refs = build([("P1", "PTCB Certified Pharmacy Technician (CPhT)", ""),
                  ("F1", "Firefighter I", "State Fire Marshal"), ("F2", "Firefighter II", "State Fire Marshal"),
                  ("C1", "NHA - Certified Clinical Medical Assistant (CCMA)", "")])
    assert one(refs, "PTCB", "Pearson VUE")[::2] == ("resolved", "P1")
    # a credential's words, even misspelt, in the vendor field are the credential (the 1x extract's "Firefighteer I")
    assert one(refs, "NHA", "CCMA")[::2] == ("resolved", "C1")
    assert one(refs, "State Fire Marshal", "Firefighteer I")[::2] == ("resolved", "F1")


def test_a_home_states_two_letter_code_is_the_state() -> None:
    # State L: "Firefighter" from the "PA State Fire Academy" was its Firefighter II, the one name writing "PA", not
    # the "Firefighter I (Pennsylvania State Fire Academy)"; State K: "Va EMR" went to review
    assert list_features.state_codes_written(["Pennsylvania A", "Pennsylvania B", "PA C", "Ohio D"]) == []
    assert list_features.state_codes_written(["Pennsylvania A", "Pennsylvania B", "Pennsylvania C"]) == [
        {"pattern": "pa", "replacement": "pennsylvania"}]
    refs = build([("F1", "Firefighter I (Pennsylvania State Fire Academy)", ""),
                  ("F2", "PA State Fire Academy - Firefighter II", ""),
                  ("E1", "Pennsylvania EMR Certification", ""), ("N1", "Pennsylvania Nurse Aide", "")])
    assert one(refs, "Firefighter", "PA State Fire Academy")[0] == "needs_review"
    assert one(refs, "Firefighter 2", "Pennsylvania State Fire Academy")[::2] == ("resolved", "F2")
    assert one(refs, "Pa EMR", "")[::2] == ("resolved", "E1")


def test_a_fields_word_in_place_of_its_workers_word_is_no_word_of_its_own() -> None:
    # State L: "natural hair braiding license" went to review against "NATURAL HAIR BRAIDER LICENSE (PA STATE BOARD
    # OF COSMETOLOGY)": "braiding" was read as a word in place of "braider"
    assert word_forms("braiding", "braider") and word_forms("cosmetology", "cosmetologist")
    assert not word_forms("technology", "technician") and not word_forms("manager", "management")
    refs = state_refs("state_l")
    out = resolve(refs, ("natural hair braiding license", ""), rule=H_RULE)  # State L's bars are H's
    assert outcomes(out) == [("resolved", "PA-2233")]


def test_a_junk_vendor_alias_before_a_dash_is_no_vendor_typed_in_the_name() -> None:
    # State L: "Dual Enrollment - HACC" went to review, read as "HACC" from our alias seed's "Postsecondary
    # Institution" ("dual enrollment" is that alias and a junk item too)
    refs = build([("H1", "HACCP Certification (International HACCP Alliance)", ""),
                  ("A1", "American Heart Association - Heartsaver CPR AED", "")])
    assert one(refs, "Dual Enrollment - HACC")[0] == "no_credential"
    assert one(refs, "Dual Credit - Welding I", "")[0] == "no_credential"
    # a vendor alias that is no junk is still read as the vendor typed in the name field
    assert one(refs, "American Heart Association - Heartsaver CPR AED", "")[::2] == ("resolved", "A1")
    assert one(refs, "AHA - Heartsaver CPR AED", "")[::2] == ("resolved", "A1")


def test_an_acronym_of_a_whole_name_is_shared_with_a_name_adding_only_its_issuers_words() -> None:
    # State M: "EMT" was the Tennessee licence, the one writing "(EMT)", though the National Registry's row spells
    # the same words out beside its own name
    refs = build([("L1", "Emergency Medical Technician (EMT) License", "Tennessee Department of Health"),
                  ("N1", "NATIONAL REGISTRY EMERGENCY MEDICAL TECHNICIAN (NREMT)", "NREMT"),
                  ("R1", "Emergency Medical Responder (EMR)", "National Registry of Emergency Medical Technicians"),
                  ("C1", "Certified Coding Specialist (CCS)", "AHIMA"),
                  ("P1", "Certified Coding Specialist - Physician-based (CCS-P)", "AHIMA")])
    assert one(refs, "EMT", "")[0] == "needs_review"
    assert one(refs, "EMT", "NREMT")[::2] == ("resolved", "N1")
    assert one(refs, "EMR", "")[::2] == ("resolved", "R1")
    # words beyond the issuer's make a narrower credential, which the acronym does not name
    assert one(refs, "CCS", "")[::2] == ("resolved", "C1")


def test_a_vendor_of_the_list_glued_to_a_number_is_no_exam_code() -> None:
    # State M: "ISC2 CC" was read as "CC" alone, "ISC2" dropped as a version glued to letters, and tied ISC2's
    # Certified in Cybersecurity (CC) with the ACF's Certified Culinarian (CC)
    refs = build([("C1", "Certified in Cybersecurity (CC)", "ISC2"),
                  ("C2", "Certified Culinarian (CC)", "American Culinary Federation"),
                  ("G1", "Cisco Certified Network Associate (CCNA)", "Cisco")])
    assert one(refs, "ISC2 CC", "")[::2] == ("resolved", "C1")
    assert one(refs, "CC", "")[0] == "needs_review"
    # a glued code that names no vendor of the list is still an exam's or a version's ("CCNA ICND1")
    assert one(refs, "CCNA ICND1", "")[::2] == ("resolved", "G1")


def test_a_vendor_in_brackets_is_the_vendor_when_the_names_holding_it_are_its_own() -> None:
    # State M: "CPT (MSSC)" went to review among the MSSC's "MSSC CPT ..." modules, the bracket read as words of the
    # name since the list's names write "MSSC" (under the MSSC in the vendor column)
    refs = build([("P1", "Certified Production Technician (CPT)", "Manufacturing Skill Standards Council"),
                  ("S1", "MSSC CPT Safety Certificate", "MSSC"),
                  ("Q1", "MSSC CPT Quality Practices & Measurement Certificate", "MSSC"),
                  ("H1", "Certified Phlebotomy Technician (CPT)", "National Healthcareer Association")])
    assert one(refs, "CPT (MSSC)", "")[::2] == ("resolved", "P1")
    assert one(refs, "CPT (NHA)", "")[::2] == ("resolved", "H1")
    assert one(refs, "CPT", "")[0] == "needs_review"


def test_a_level_number_alone_takes_the_words_of_the_piece_just_before() -> None:
    # State M: "NCCER Core, Carpentry Level 1 & 2" and "IC3 GS6 Level 1 & 2" sent the "2" to review: it read only the
    # first piece's words ("NCCER Core", "IC3")
    refs = build([("C1", "NCCER Core Curriculum: Introductory Craft Skills", "NCCER"),
                  ("P1", "Carpentry Level 1", "NCCER"), ("P2", "Carpentry Level 2", "NCCER"),
                  ("I1", "IC3 Digital Literacy Certification – GS6 Level 1", "Certiport"),
                  ("I2", "IC3 Digital Literacy Certification – GS6 Level 2", "Certiport")])
    assert outcomes(resolve(refs, ("NCCER Core, Carpentry Level 1 & 2", "NCCER"))) == [
        ("resolved", "C1"), ("resolved", "P1"), ("resolved", "P2")]
    assert outcomes(resolve(refs, ("IC3 GS6 Level 1 & 2", "Certiport"))) == [("resolved", "I1"), ("resolved", "I2")]
    # a level the list lacks is still no level of another credential
    assert ("resolved", "P2") not in outcomes(resolve(refs, ("NCCER Core, Carpentry Level 1 & 3", "NCCER")))


def test_a_plural_certificate_or_license_reads_as_the_singular() -> None:
    # State M: "Google IT Support & Google Cybersecurity certificates" sent the second to review, "certificates" a
    # word no name writes
    refs = build([("G1", "Google IT Support Professional Certificate", "Google"),
                  ("G2", "Google Cybersecurity Professional Certificate", "Google"),
                  ("G3", "Google Data Analytics Professional Certificate", "Google")])
    assert outcomes(resolve(refs, ("Google IT Support & Google Cybersecurity certificates", "Coursera"))) == [
        ("resolved", "G1"), ("resolved", "G2")]
    assert refs.normalize("Nail Tech Licenses") == refs.normalize("Nail Tech License")
    assert refs.normalize("CompTIA certifications") == refs.normalize("CompTIA certification")


def test_a_vendors_name_that_is_its_one_credentials_words_is_an_exact_name() -> None:
    # State M: "PQA Plus, YQCA, BQA" lost the YQCA: "PQA Plus", our alias of the National Pork Board, was read as
    # the vendor's one credential by inference, with no score, and the cut reading "PQA Plus, YQCA" as the PQA Plus
    # won
    refs = build([("P1", "PQA Plus® Certification", "National Pork Board"),
                  ("Y1", "Youth for the Quality Care of Animals (YQCA)", "YQCA"),
                  ("B1", "Beef Quality Assurance (BQA)", "")])
    assert one(refs, "PQA Plus", "") == ("resolved", "exact", "P1")
    assert outcomes(resolve(refs, ("PQA Plus, YQCA, BQA", ""))) == [("resolved", "P1"), ("resolved", "Y1"),
                                                                    ("resolved", "B1")]


def test_a_word_typed_alone_one_letter_from_the_word_of_one_name_is_that_name() -> None:
    # State M: "Photoshp/Illustrator" from Adobe went to review whole: "Photoshp", mended to "photoshop", the word
    # of one name, did not count as a reading (a reading of a word typed alone must read a whole name, as an acronym)
    refs = build([("P1", "Adobe Certified Professional in Photoshop", "Adobe"),
                  ("I1", "Adobe Certified Professional in Illustrator", "Adobe"),
                  ("V1", "Photovoltaic Installer Level 1 (PV1)", "NABCEP")])
    assert one(refs, "Photoshp", "Adobe")[::2] == ("resolved", "P1")
    assert outcomes(resolve(refs, ("Photoshp/Illustrator", "Adobe"))) == [("resolved", "P1"), ("resolved", "I1")]
    # a short word is no misspelling: it may be an acronym
    assert one(refs, "PV2", "")[0] == "needs_review"


def test_a_student_organisation_typed_alone_is_junk() -> None:
    # State M: "HOSA" went to review, near "Tractor and Machinery Operation Certification (HOSTA)"
    refs = build([("T1", "Tractor and Machinery Operation Certification (HOSTA)", "Penn State Extension"),
                  ("S1", "SkillsUSA Career Essentials: Workplace Safety", "SkillsUSA")])
    for typed in ("HOSA", "FFA", "SkillsUSA", "Skills USA", "FBLA"):
        assert one(refs, typed, "")[0] == "no_credential", typed
    # a credential the organisation offers is no membership
    assert one(refs, "SkillsUSA Career Essentials Workplace Safety", "")[::2] == ("resolved", "S1")


def test_a_misspelt_certified_is_mended_as_a_word_of_the_list_is() -> None:
    # State M: "Certifed Nursing Asst" from the TN Dept of Health went to review ("certifed" a word no name uses,
    # and no misspelling of one: the names' words leave "certified" out)
    refs = build([("C1", "Certified Nursing Assistant (CNA)", "Tennessee Department of Health"),
                  ("N1", "NURSE AIDE – TENNESSEE NURSE AIDE REGISTRY", "Tennessee Department of Health")])
    assert one(refs, "Certifed Nursing Asst", "TN Dept of Health")[::2] == ("resolved", "C1")
    assert one(refs, "Certfied Nursing Assistant", "")[::2] == ("resolved", "C1")


def test_names_of_one_vendor_spelled_two_ways_are_one_credential_once_the_vendors_name_is_left_out() -> None:
    # State M: "A+" tied "CompTIA A+ (220-1101 and 220-1102)" (CompTIA) and "COMPTIA A+ CERTIFICATION" (Computing
    # Technology Industry Association), one credential under two codes, and went to review
    refs = build([("A1", "CompTIA A+ (220-1101 and 220-1102)", "CompTIA"),
                  ("N1", "CompTIA Network+", "CompTIA"),
                  ("A2", "COMPTIA A+ CERTIFICATION", "Computing Technology Industry Association"),
                  ("S1", "ServSafe Food Protection Manager Certification", "National Restaurant Association"),
                  ("S2", "Certified Food Protection Manager (ServSafe)", "ServSafe"),
                  ("R1", "Certified Food Protection Manager (NRFSP)", "National Registry of Food Safety Professionals"),
                  ("W1", "MOS Word (Office 2016)", "Microsoft"), ("W2", "MOS Word (Office 2019)", "Microsoft"),
                  ("P1", "S/P2 Automotive Safety", "S/P2"),
                  ("P2", "S/P2 Automotive Pollution Prevention", "SP2"),
                  ("M1", "NIMS Machining Level I [CNC Milling: Operations]",
                   "National Institute for Metalworking Skills"),
                  ("M2", "NIMS Machining Level I [CNC Turning: Operations]", "NIMS")])
    assert refs.representative.get("A2") == "A1" and refs.representative.get("S2") == "S1"
    assert outcomes(resolve(refs, ("A+, Network+", "CompTIA"))) == [("resolved", "A1"), ("resolved", "N1")]
    # another vendor, two versions, or the words of a vendor's longer name are not one credential
    assert not {"R1", "W2", "P2", "M2"} & set(refs.representative)


def test_a_vendors_other_spellings_in_the_list_name_it_for_its_twins_too() -> None:
    # State M: the list writes "National Restaurant Association" and, on ProStart's row, "National Restaurant
    # Association Educational Foundation", one vendor under the fuller name, which our alias seed does not know; its
    # "ServSafe Food Protection Manager Certification" and ServSafe's "Certified Food Protection Manager (ServSafe)"
    # were two credentials, and "ServSafe Food Handler and Manager" sent the manager to review
    refs = build([("S1", "ServSafe Food Protection Manager Certification", "National Restaurant Association"),
                  ("H1", "SERVSAFE FOOD HANDLER", "National Restaurant Association"),
                  ("P1", "ProStart National Certificate of Achievement (COA)",
                   "National Restaurant Association Educational Foundation"),
                  ("S2", "Certified Food Protection Manager (ServSafe)", "ServSafe")])
    assert refs.representative.get("S2") == "S1"
    assert outcomes(resolve(refs, ("ServSafe Food Handler and Manager", ""))) == [("resolved", "H1"),
                                                                                  ("resolved", "S1")]


def test_a_piece_of_words_no_name_uses_is_reviewed_not_dropped_when_the_whole_reads_as_another() -> None:
    # State M: "Security+ and PenTest+" from CompTIA was read whole as the Security+ (the list lacks the PenTest+),
    # and the PenTest+ dropped without a word
    refs = build([("S1", "CompTIA Security+ (SY0-701)", "CompTIA"), ("N1", "CompTIA Network+", "CompTIA"),
                  ("A1", "CompTIA A+", "CompTIA")])
    rule = {"kind": "bars", "min_score": 0.7, "min_margin": 0.2}
    out = outcomes(resolve(refs, ("Security+ and PenTest+", "CompTIA"), rule=rule))
    assert out == [("resolved", "S1"), ("needs_review", None)], out
    # a misspelt word beside the credential's own is no other credential
    assert outcomes(resolve(refs, ("Security+ Certifcation", "CompTIA"), rule=rule)) == [("resolved", "S1")]


def test_a_list_misspelling_certified_does_not_crash_the_word_lookups() -> None:
    # State N, on arrival: fitting its rule raised KeyError 'certified'. Its list writes "Landscape Industry Certifed
    # Technician", and the near words of that list word held "certified", which no name's words hold (a misspelt
    # "certified" is now mended in context only)
    refs = build([("L1", "Landscape Industry Certifed Technician - Exterior (NALP)", ""),
                  ("P1", "Certified Patient Care Technician/Assistant (CPCT/A)", ""),
                  ("W1", "Certified Welding Inspector (CWI)", "AWS")])
    for typed in ("Certifed Paient Care Technician", "certifed", "Certifid Welding Inspector"):
        resolve(refs, (typed, ""))
    assert one(refs, "Certified Patient Care Technician", "")[::2] == ("resolved", "P1")
    assert one(refs, "Certfied Welding Inspector", "AWS")[::2] == ("resolved", "W1")


def test_intro_to_a_subject_a_name_holds_is_no_course_whatever_edition_is_typed() -> None:
    # State N: "Intro to Craft Skills 5th edition" from NCCER was junk, a course: no name holds "edition" (the list
    # writes "NCCER Core (Intro to Craft Skills) 5th Ed.")
    refs = build([("C1", "NCCER Core (Intro to Craft Skills) 5th Ed.", ""), ("W1", "NCCER Welding Level 1", "")])
    assert one(refs, "Intro to Craft Skills 5th edition", "NCCER")[::2] == ("resolved", "C1")
    assert one(refs, "Intro to Welding", "")[0] == "no_credential"
    assert one(refs, "Intro to Welding 2nd edition", "")[0] == "no_credential"


def misspelt(name: str, k: int) -> str:
    """A name as a clerk may have typed it into the state's list: in turn a letter dropped from, doubled in or
    swapped in its longest word ("Certified" -> "Certifed"), or the name as written."""
    words = name.split()
    i = max(range(len(words)), key=lambda j: (len(words[j]), -j)) if words else 0
    w = words[i] if words else ""
    if len(w) < 5 or k % 4 == 3:
        return name
    at = len(w) // 2
    words[i] = [w[:at] + w[at + 1 :], w[:at] + w[at] + w[at:], w[: at - 1] + w[at] + w[at - 1] + w[at + 1 :]][k % 4]
    return " ".join(words)


def test_a_list_with_misspelt_names_fits_its_rule_and_resolves_every_write_in() -> None:
    # State N's list writes "Certifed", and fitting its rule crashed (KeyError) on a word lookup that assumed the
    # near words of a list word are list words too; every name of our list misspelt in turn, with our set resolved
    # against it, exercises those lookups (the crash depended on the order of a set's words: run in each pytest
    # process, under its own hash seed)
    from cte_credentials.resolve import REF_KEYS, calibrate

    tables = calibrate.rows_of(load_seed_tables(SEEDS_DIR))
    tables["crosswalk"] = [{**r, "credential_name": misspelt(r["credential_name"], k)}
                           for k, r in enumerate(tables["crosswalk"])]
    assert sum(a["credential_name"] != b["credential_name"] for a, b in
               zip(tables["crosswalk"], calibrate.rows_of(load_seed_tables(SEEDS_DIR))["crosswalk"], strict=True)) > 150
    rule = calibrate.fit_rule(*(tables[k] for k in REF_KEYS))
    refs = build_refs(*(tables[k] for k in REF_KEYS))
    with (DATA / "hand_labelled_credentials.csv").open(newline="", encoding="utf-8") as fh:
        entries = [(r["credential_name"], r["vendor"], r["cip_code"]) for r in csv.DictReader(fh)]
    out = resolve(refs, *entries, rule=rule)
    assert {o["entry_key"] for o in out} == {str(i) for i in range(len(entries))}


def test_names_writing_one_issuer_the_same_but_for_provider_and_filler_words_are_one_credential() -> None:
    # States K, L, M and N: the OSHA 10 construction card listed twice, once as "... Industry Outreach Training" and
    # once as CareerSafe's (an OSHA provider in our alias seed), or as "... Construction Safety"; "OSHA 10
    # Construction" went to review between them, and with it every entry naming it beside another credential
    refs = state_refs("state_m")  # TN1376 "OSHA 10-Hour Construction Industry Outreach Training" (OSHA Training
    # Institute), TN1420 "CareerSafe OSHA 10-Hour – Construction" (CareerSafe), TN1385 the general industry card
    assert refs.representative.get("TN1420") == "TN1376"
    assert "TN1385" not in refs.representative and "TN1382" not in refs.representative
    rule = rule_bars(0.66, 0.1)  # bars as a list's fitted rule has them
    assert outcomes(resolve(refs, ("OSHA 10 Construction", ""), rule=rule)) == [("resolved", "TN1376")]
    assert outcomes(resolve(refs, ("OSHA 10 and 30 Construction", ""), rule=rule)) == [("resolved", "TN1376"),
                                                                                       ("resolved", "TN1382")]
    # the typed provider is the credential's too: no other vendor's
    assert outcomes(resolve(refs, ("OSHA 10 Construction", "CareerSafe"), rule=rule)) == [("resolved", "TN1376")]
    assert outcomes(resolve(refs, ("OSHA 10", ""), rule=rule)) == [("needs_review", None)]
    # names-only lists writing the provider in brackets (State N) or beside OSHA (State L)
    assert state_refs("state_n").representative.get("GA-16231") == "GA-16222"
    assert "GA-16253" not in state_refs("state_n").representative
    assert state_refs("state_l").representative.get("PA-1309") == "PA-1160"
    # "OSHA 10-Hour General Industry" and "OSHA 10 GENERAL INDUSTRY SAFETY CARD (CAREERSAFE)": "hour" is filler too
    assert state_refs("state_p").representative.get("OK-7045A") == "OK-7045"


def test_a_credential_held_twice_keeps_the_numbers_and_vendors_of_both_rows() -> None:
    # State K: "Microsoft Office Specialist: Word Associate (Microsoft 365 Apps)" under Certiport and "MOS Word
    # Associate (MO-100)" under Microsoft, one credential now: "MO-100" still names it
    refs = state_refs("state_k")
    assert refs.representative.get("K10855") == "K10850"
    assert outcomes(resolve(refs, ("MO-100", "Certiport"))) == [("resolved", "K10850")]
    # State M: TN3111 (Microsoft, "... Word Associate (Office 2019)") and TN3157 (Certiport, "... (MO-100)"), one
    # credential: "Microsoft Office" from Certiport is no more the one other Certiport credential of the list, the
    # Outlook Associate (TN3121)
    refs = state_refs("state_m")
    assert refs.representative.get("TN3157") == "TN3111"
    tiers = {"kind": "tiers", "clean": {"min_score": 0.66, "min_margin": 0.02},
             "warned": {"min_score": 0.66, "min_margin": 0.02}}  # the rule fitted on State M
    assert outcomes(resolve(refs, ("Microsoft Office", "Certiport"), rule=tiers)) == [("needs_review", None)]


def test_a_subject_said_to_be_a_program_and_student_organisations_in_full_are_junk() -> None:
    # States O and P, on arrival: "Auto Tech program completer", "Automotive Service Technology program", "Health
    # Careers 1 (course)", "Health Science Careers I", "DECA member", "FFA Greenhand Degree", "Business
    # Professionals of America" and "Project Lead The Way" went to review
    refs = build([("N1", "Certified Nursing Assistant (CNA)", ""), ("S1", "ServSafe Food Protection Manager", ""),
                  ("A1", "ASE Entry-Level Automotive Service: Brakes", ""),
                  ("T1", "Precision Exams: Information Technology", ""),
                  ("C1", "NCCER Core Curriculum", ""), ("H1", "Hunter Education Certification", ""),
                  ("B1", "Boater Safety Education Card", "")])
    for typed in ("Automotive Technology program completer", "Automotive Service Technology program",
                  "Health Careers 1 (course)", "Health Science Careers I", "DECA member", "FFA Greenhand Degree",
                  "Business Professionals of America", "Project Lead The Way", "Culinary Arts pathway"):
        assert one(refs, typed)[0] == "no_credential", typed
    # a course or a class may be a credential's ("Hunter Safety Course"); a program a name holds the words of; a
    # misspelt word, which may be a word of the credential's name
    for typed in ("Hunter Safety Course", "Boater Safety class", "NCCER Core program", "Nursing Assistant program",
                  "Automotve Service Technology program"):
        assert one(refs, typed)[0] != "no_credential", typed


def test_a_name_holding_the_words_typed_only_in_its_issuers_part_does_not_name_the_write_in_too() -> None:
    # States L and P: "Cosmetology License" from the board went to review between "COSMETOLOGIST LICENSE, OKLAHOMA
    # STATE BOARD OF COSMETOLOGY AND BARBERING" and "Barber License (Oklahoma State Board of Cosmetology and
    # Barbering)", which holds "cosmetology" only in its issuer's part (a part after a comma is one too)
    refs = state_refs("state_p")
    assert "cosmetology" in refs.issuer_only["OK-5508"] and "cosmetology" in refs.issuer_only["OK-5513"]
    assert outcomes(resolve(refs, ("Cosmetology License", "State Board of Cosmetology"), rule=rule_bars(0.66, 0.1))) \
        == [("resolved", "OK-5508")]
    # words typed that only issuer parts hold name no credential of the board's
    assert outcomes(resolve(refs, ("Board of Cosmetology and Barbering License", ""), rule=rule_bars(0.66, 0.1)))[0][
        0] == "needs_review"


def test_another_vendors_name_does_not_stand_when_the_typed_vendors_own_holds_every_word_too() -> None:
    # State O on arrival: "BLS for healthcare providers" from the American Red Cross read "bls provider" (the
    # abbreviation seed) and went over the bars to the AHA's "BLS Provider", beside the Red Cross's "Basic Life
    # Support (BLS) for Healthcare Providers"
    refs = state_refs("state_o")
    rule = rule_bars(0.66, 0.02)
    assert outcomes(resolve(refs, ("BLS for healthcare providers", "American Red Cross"), rule=rule)) == [
        ("resolved", "OH112566")]
    assert outcomes(resolve(refs, ("BLS Provider", "American Heart Association"), rule=rule)) == [
        ("resolved", "OH112279")]


def test_an_acronym_a_name_spells_is_shared_with_a_name_of_those_words_and_another_qualifier_value() -> None:
    # State P on arrival (a wrong code): "CDL" typed alone was the exact acronym of "COMMERCIAL DRIVER LICENSE (CDL)
    # CLASS A, OKLAHOMA DEPARTMENT OF PUBLIC SAFETY", beside "Oklahoma Commercial Driver License Class B (DPS)", in a
    # names-only list
    refs = state_refs("state_p")
    assert one(refs, "CDL", "")[0] == "needs_review"
    assert outcomes(resolve(refs, ("CDL Class A", ""), rule=rule_bars(0.66, 0.1))) == [("resolved", "OK-8552")]
    # words spelling an acronym are in many names: "College Certificate - Nurse Aide" shares no "CNA" with the state
    # license "Certified Nursing Assistant (CNA)" (our list)
    assert one(load_refs_from_seeds(SEEDS_DIR), "CNA", "")[::2] == ("resolved", "LICCNA00")


def test_a_word_before_class_is_a_qualifier_value() -> None:
    # State O on arrival (a wrong code): "General Class Amateur Radio license" from the FCC was the list's "Amateur
    # Radio Technician Class License", one word swapped
    assert qualifiers_in("amateur radio technician class license") == (("class", "technician"),)
    assert qualifiers_in("commercial driver license class a") == (("class", "a"),)
    refs = state_refs("state_o")
    rule = rule_bars(0.66, 0.06)
    assert outcomes(resolve(refs, ("General Class Amateur Radio license", "FCC"), rule=rule)) == [
        ("needs_review", None)]
    assert outcomes(resolve(refs, ("technician class ham radio license", "FCC"), rule=rule)) == [
        ("resolved", "OH123135")]


def test_a_name_typed_whole_but_its_vendor_in_brackets_ties_with_a_brands_name_holding_its_words() -> None:
    # State O on arrival (a wrong code): "Food Protection Manager" was the exact name of "Certified Food Protection
    # Manager (Prometric)" (its vendor in brackets), beside the National Restaurant Association's "ServSafe Food
    # Protection Manager Certification", whose own word, "ServSafe", only that vendor's names write
    refs = state_refs("state_o")
    assert one(refs, "Food Protection Manager", "")[0] == "needs_review"
    assert one(refs, "Food Protection Manager", "Prometric")[::2] == ("resolved", "OH113896")
    assert one(refs, "ServSafe Food Protection Manager", "")[::2] == ("resolved", "OH113514")
    # a vendor's own name typed in one name only is no brand: "NHA Certified Clinical Medical Assistant" beside
    # "Certified Clinical Medical Assistant (CCMA)" (State E, names only) is one credential listed twice
    assert one(state_refs("state_e"), "Certified Clinical Medical Assistant", "NHA")[0] == "resolved"


def test_a_vendor_a_names_only_list_writes_in_one_name_of_a_series_picks_none_of_them() -> None:
    # State P on arrival (a wrong code): "IT Specialist" from Certiport went to "IT Specialist - Python (Certiport)",
    # the one of six IT Specialist names writing the vendor
    refs = state_refs("state_p")
    assert one(refs, "IT Specialist", "Certiport")[0] == "needs_review"
    assert one(refs, "IT Specialist Java", "Certiport")[::2] == ("resolved", "OK-6037")
    # the vendor all the name adds: it picks it ("Pharmacy Technician (PTCB)", State E)
    assert one(state_refs("state_e"), "Pharmacy Technician", "PTCB")[0] == "resolved"


def test_a_field_word_no_name_uses_is_read_as_the_workers_word_a_name_uses() -> None:
    # States O and P on arrival: "Esthetics license" went to review beside "Esthetician License"
    assert word_forms("esthetics", "esthetician") and not word_forms("technology", "technician")
    assert one(state_refs("state_o"), "Esthetics license", "")[::2] == ("resolved", "OH114999")
    # not an agent's "-er": "Food handler" is no "Food Handling" course (State J, its ServSafe handler row taken out)
    refs = build([("H1", "Ohio Level One Certification in Food Handling (Person in Charge) - ODH", ""),
                  ("M1", "ServSafe Food Protection Manager", "")])
    readings = Readings(refs)
    assert readings.mended_word["food", "handler", None] == (None, None)


def test_a_curriculum_is_named_without_the_word() -> None:
    # States I and P: "NCCER Core" and "Core" from the NCCER went to review between "NCCER Core Curriculum" and
    # "NCCER Core: Introductory Craft Skills"; the first is the name typed, "curriculum" saying what it covers
    refs = build([("C1", "NCCER Core Curriculum", "National Center for Construction Education and Research"),
                  ("C2", "NCCER Core: Introductory Craft Skills (5th Edition)", "NCCER"),
                  ("P1", "NCCER Plumbing Level 1", "NCCER"),
                  ("M1", "Multi-Craft Core Curriculum (MC3)", "North America's Building Trades Unions")])
    assert one(refs, "NCCER Core", "")[::2] == ("resolved", "C1")
    assert outcomes(resolve(refs, ("Core + Plumbing Level 1", "NCCER"))) == [("resolved", "C1"), ("resolved", "P1")]
    # a names-only list writing the issuer in the name
    refs = build([("C1", "NCCER CORE CURRICULUM", ""), ("C2", "NCCER Carpentry Level 1", ""),
                  ("C3", "NCCER Electrical Level 1", "")])
    assert one(refs, "Core", "NCCER")[::2] == ("resolved", "C1")
    # the word left out only for the whole of a name: "Multi-Craft Core" is not the MC3's name, nor "Core" alone
    refs = build([("M1", "Multi-Craft Core Curriculum (MC3)", "North America's Building Trades Unions"),
                  ("A1", "CompTIA A+ Core 1", "CompTIA"), ("A2", "CompTIA A+ Core 2", "CompTIA")])
    assert one(refs, "Multi-Craft Core", "")[::2] == ("resolved", "M1")
    assert one(refs, "Core", "")[0] == "needs_review"


def test_a_name_whose_brackets_write_another_name_whole_is_that_credential() -> None:
    # States K and P: "Introductory Craft Skills (NCCER Core)" beside "NCCER Core Curriculum", two rows of one
    # credential, tied on "NCCER Core" and sent it to review
    rows = [("K1", "NCCER Core Curriculum", "NCCER"), ("K2", "Introductory Craft Skills (NCCER Core)", "NCCER"),
            ("K3", "NCCER Carpentry Level 1", "NCCER"), ("O1", "OSHA 10-Hour Construction", "OSHA")]
    refs = build(rows)
    assert refs.representative.get("K2") == "K1"
    assert outcomes(resolve(refs, ("OSHA 10 Construction & NCCER Core", ""))) == [("resolved", "O1"),
                                                                                 ("resolved", "K1")]
    # not brackets of a level ("Level 1 Certificate"), nor brackets several names write (grades of a credential),
    # nor rows of two vendors
    refs = build([("L1", "Level 1 Certificate", ""), ("H1", "Certified Marketing Professional (Level 1)", ""),
                  ("F1", "Fellow, AAPC (Certified Pastoral Counselor)", ""),
                  ("M1", "Member Associate, AAPC (Certified Pastoral Counselor)", ""),
                  ("P1", "Pastoral Counselor Certification", ""),
                  ("X1", "Welding Inspector (Certified Welding Inspector)", "Acme Testing"),
                  ("W1", "Certified Welding Inspector", "American Welding Society")])
    assert not refs.representative


def test_a_field_word_the_list_writes_only_in_its_issuers_names_is_read_as_the_workers() -> None:
    # State G: "TN COSMETOLOGY LICENSE" went to review; the list writes "Cosmetologist License - Tennessee State Board
    # of Cosmetology and Barber Examiners", and "cosmetology" only in its issuers' names, so the field's word was
    # not read as the worker's, as a word no name uses is ("esthetics license")
    refs = build([("C1", "Cosmetologist License - Tennessee State Board of Cosmetology and Barber Examiners", ""),
                  ("M1", "Manicurist License (Tennessee Board of Cosmetology and Barber Examiners)", ""),
                  ("B1", "Master Barber License", "")])
    assert mended_in_context(refs, ["cosmetology", "license"]) == ["cosmetologist license"]
    # a word a credential's own name uses stays as typed
    refs = build([("C1", "Cosmetologist License", ""), ("C2", "Cosmetology Instructor License", "")])
    assert mended_in_context(refs, ["cosmetology", "license"]) == []


def test_a_vendor_word_a_piece_names_in_another_form_is_left_out_by_the_whole() -> None:
    # States G, L and P: "Cosmetology & Manicurist license" was read whole as the manicurist license of the "Board
    # of Cosmetology", and the cosmetologist license, which its piece "Cosmetology license" resolves to, dropped
    # without a word
    refs = build([("C1", "Cosmetologist License - Tennessee State Board of Cosmetology and Barber Examiners", ""),
                  ("M1", "Manicurist License (Tennessee Board of Cosmetology and Barber Examiners)", ""),
                  ("B1", "Master Barber License (Tennessee Board of Cosmetology and Barber Examiners)", ""),
                  ("E1", "Esthetician License (Tennessee Board of Cosmetology and Barber Examiners)", "")])
    rule = {"kind": "bars", "min_score": 0.6, "min_margin": 0.05}
    assert outcomes(resolve(refs, ("Cosmetology & Manicurist license", ""), rule=rule)) == [("resolved", "C1"),
                                                                                           ("resolved", "M1")]
    assert outcomes(resolve(refs, ("Manicurist license", "Board of Cosmetology"), rule=rule)) == [("resolved", "M1")]


def test_ases_student_certification_is_its_entry_level_certification() -> None:
    # States N and P write "ASE Entry-Level Certification", State M its former name "ASE Student Certification";
    # "ASE Brakes student cert" and "Suspension & Steering student cert" went to review (seed: abbreviations)
    rows = [("A1", "ASE Entry-Level Certification - Automobile: Brakes", ""),
            ("A2", "ASE Entry-Level Certification - Automobile: Suspension & Steering", ""),
            ("A3", "ASE Entry-Level Certification - Automobile: Engine Repair", ""),
            ("A4", "ASE A5 Brakes", ""), ("S1", "Student Pilot Certificate", "")]
    refs = build(rows)
    assert one(refs, "ASE Brakes student cert", "")[::2] == ("resolved", "A1")
    assert one(refs, "Suspension & Steering student cert", "ASE")[::2] == ("resolved", "A2")
    refs = build([(code, name.replace("Entry-Level", "Student"), vendor) for code, name, vendor in rows])
    assert one(refs, "ASE Entry-Level Brakes", "")[::2] == ("resolved", "A1")
    assert one(refs, "ASE student Engine Repair", "ASE")[::2] == ("resolved", "A3")
    # the word alone stays: "Student Pilot"
    assert one(refs, "student pilot cert", "FAA")[::2] == ("resolved", "S1")


def test_a_name_is_named_without_its_issuers_part_when_no_other_name_holds_the_rest() -> None:
    # State J (names only): "NCCER Core" went to review between "NCCER Core Curriculum - National Center for
    # Construction Education and Research" and "(NCCER) CORE: INTRODUCTORY CRAFT SKILLS"; a centre is an organisation
    refs = build([("C1", "NCCER Core Curriculum - National Center for Construction Education and Research", ""),
                  ("C2", "(NCCER) CORE: INTRODUCTORY CRAFT SKILLS", ""), ("C3", "NCCER Carpentry Level 1", ""),
                  ("P1", "PTCB Certified Pharmacy Technician (CPhT)", ""),
                  ("P2", "Certified Pharmacy Technician - Pharmacy Technician Certification Board", ""),
                  ("P3", "NHA Certified Pharmacy Technician (ExCPT)", "")])
    assert one(refs, "NCCER Core", "")[::2] == ("resolved", "C1")
    # not when other names hold the words left: "Pharmacy Technician" is the PTCB's or the NHA's (State E)
    assert one(refs, "Pharmacy Technician", "")[0] == "needs_review"


def test_a_course_books_edition_is_left_out() -> None:
    # State I's "ServSafe Manager 7th edition" and State N's "NCCER Core (Intro to Craft Skills) 5th Ed." beside
    # "NCCER: Core Curriculum – Introductory Craft Skills": an edition names no other credential
    assert basic_clean("NCCER Core (Intro to Craft Skills) 5th Ed.") == "nccer core intro to craft skills"
    assert basic_clean("ServSafe Manager 7th edition") == "servsafe manager"
    # a level or a number before other words stays
    assert basic_clean("Level 5 Education Specialist") == "level 5 education specialist"
    assert basic_clean("2nd Degree Black Belt") == "2 nd degree black belt"
    refs = build([("N1", "NCCER: Core Curriculum – Introductory Craft Skills", ""),
                  ("N2", "NCCER Core (Intro to Craft Skills) 5th Ed.", ""), ("N3", "NCCER Carpentry Level 1", ""),
                  ("S1", "ServSafe Manager Certification (ANSI-CFP)", "National Restaurant Association"),
                  ("S2", "ServSafe Food Handler", "National Restaurant Association")])
    assert one(refs, "NCCER Core", "")[::2] == ("resolved", "N2")
    assert one(refs, "ServSafe Manager 7th edition", "")[::2] == ("resolved", "S1")


def test_an_issuer_in_brackets_after_a_dash_is_cut_alone_and_names_its_vendor_in_full() -> None:
    # State L (names only): "Core – Introductory Craft Skills (National Center for Construction Education &
    # Research)" lost "Introductory Craft Skills" with its issuer (the part after the dash, brackets and all, was
    # read as the issuer's), and was not the twin of "NCCER Core Curriculum: Introductory Craft Skills"
    name = "Core – Introductory Craft Skills (National Center for Construction Education & Research)"
    assert " ".join(list_features.without_issuer_parts(name, basic_clean).split()) == \
        "Core – Introductory Craft Skills"
    assert list_features.issuer_parts(name, basic_clean) == ["National Center for Construction Education & Research"]
    # a part after a dash that names the organisation outside its brackets is cut whole, as before
    assert " ".join(list_features.without_issuer_parts(
        "Cosmetologist License - Tennessee Board (TN) of Cosmetology", basic_clean).split()) == "Cosmetologist License"
    refs = build([("N1", "NCCER Core Curriculum: Introductory Craft Skills", ""), ("N2", name, ""),
                  ("N3", "NCCER Carpentry Level 1", "")])
    assert refs.representative.get("N2") == "N1"
    assert one(refs, "Intro Craft Skills", "NCCER")[::2] == ("resolved", "N1")


def test_ff_is_a_firefighter() -> None:
    # States N, O, Q and R: "FF II" went to review, and "FF1, FF2, Hazmat Awareness" dropped both firefighter
    # certificates without a word, "FF1" read as an exam code glued to letters no name uses (seed: abbreviations)
    refs = build([("F1", "Firefighter I", "NC Office of State Fire Marshal"),
                  ("F2", "Firefighter II", "North Carolina Office of State Fire Marshal (OSFM)"),
                  ("H1", "Hazardous Materials Awareness", "NC OSFM"), ("E1", "Emergency Medical Technician", "")])
    assert outcomes(resolve(refs, ("FF1, FF2, Hazmat Awareness", ""))) == [("resolved", "F1"), ("resolved", "F2"),
                                                                           ("resolved", "H1")]
    assert one(refs, "FF II", "NC Office of State Fire Marshall")[::2] == ("resolved", "F2")


def test_a_piece_left_out_is_read_without_the_words_of_the_piece_named() -> None:
    # State Q: "Nurse Aide I, CPR (BLS)" was read whole as the Nurse Aide I and the BLS dropped without a word: the
    # piece "CPR (BLS)" was read with the first piece's words carried over ("Nurse Aide CPR (BLS)"), which found the
    # nurse aide again, so it named nothing the whole lacked
    refs = state_refs("state_q")
    rule = rule_bars(0.66, 0.06)
    out = outcomes(resolve(refs, ("Nurse Aide I, CPR (BLS)", ""), rule=rule))
    assert out[0] == ("resolved", "NC3145") and len(out) == 2 and out[1][0] in ("needs_review", "resolved"), out


def test_a_rare_word_a_pieces_credential_holds_weighs_most_when_a_span_leaves_it_out() -> None:
    # State L: "OSHA 10 Construction;NCCER Core;Carpentry Level 1" read "NCCER Core;Carpentry Level 1" as the
    # Carpentry Level 1 and dropped the Core Curriculum without a word; State N's "Photoshop, Illustrator, InDesign"
    # from Adobe read "Illustrator, InDesign" as the Illustrator and dropped the InDesign
    refs = state_refs("state_l")
    out = outcomes(resolve(refs, ("OSHA 10 Construction;NCCER Core;Carpentry Level 1", ""), rule=rule_bars(0.5, 0.1)))
    assert [code for _, code in out] == ["PA-1160", "PA-1103", "PA-1107"], out



def test_ed_is_education() -> None:
    # States Q and R: "Hunter Ed and Boater Ed" went to review whole (seed: abbreviations); on State Q's list the
    # hunter education certificate resolves (its boating certificate, "NC Boating Education Certificate (Boater
    # Safety Course)", is left to review)
    refs = state_refs("state_q")
    out = outcomes(resolve(refs, ("Hunter Ed and Boater Ed", "NC Wildlife"), rule=rule_bars(0.66, 0.06)))
    assert out[0] == ("resolved", "NC1137") and len(out) == 2, out


def test_a_program_is_a_filler_word_of_twins() -> None:
    # State Q: "OSHA 10-Hour Construction Safety" and "OSHA Outreach Training Program – 10 Hour Construction Industry
    # Card", one card listed twice, were two credentials, and "OSHA 10 and 30 Construction" sent the 10 to review
    refs = build([("O1", "OSHA 10-Hour Construction Safety", "Occupational Safety and Health Administration (OSHA)"),
                  ("O2", "OSHA Outreach Training Program – 10 Hour Construction Industry Card", "OSHA"),
                  ("O3", "OSHA 30-Hour Construction Safety", "Occupational Safety and Health Administration (OSHA)"),
                  ("O4", "OSHA 10-Hour General Industry", "Occupational Safety and Health Administration (OSHA)")])
    assert refs.representative.get("O2") == "O1" and "O3" not in refs.representative


def test_a_names_own_words_name_it_when_other_names_add_more_than_issuers() -> None:
    # State R (names only): "Certified Medical Asst" went to review beside the NHA's medical administrative assistant
    # and the AMT's registered medical assistant; "ServSafe Manager" beside "ServSafe Food Protection Manager"
    refs = build([("M1", "Certified Medical Assistant (CMA) - American Association of Medical Assistants", ""),
                  ("M2", "Certified Medical Administrative Assistant (CMAA) - NHA", ""),
                  ("M3", "Registered Medical Assistant (RMA), American Medical Technologists", ""),
                  ("S1", "ServSafe Manager - National Restaurant Association", ""),
                  ("S2", "ServSafe Food Protection Manager Certification (NRA)", ""),
                  ("P1", "PTCB Certified Pharmacy Technician (CPhT)", ""),
                  ("P2", "Certified Pharmacy Technician - Pharmacy Technician Certification Board", ""),
                  ("P3", "NHA Certified Pharmacy Technician (ExCPT)", "")])
    assert one(refs, "Certified Medical Asst", "")[::2] == ("resolved", "M1")
    assert one(refs, "ServSafe Manager", "")[::2] == ("resolved", "S1")
    # not when another name's words add only an issuer's name: "Pharmacy Technician" is the PTCB's or the NHA's
    assert one(refs, "Pharmacy Technician", "")[0] == "needs_review"
    # nor for a write-in naming another's word
    assert one(refs, "Medical Administrative Assistant", "")[::2] == ("resolved", "M2")
    # nor by a name whose brackets hold no acronym its words spell: the NHA's ExCPT, the list's only pharmacy
    # technician, is not the PTCB's exam ("certification" and "exam" say nothing of which credential)
    refs = build([("P3", "Certified Pharmacy Technician (ExCPT) - National Healthcareer Association", ""),
                  ("P4", "Pharmacy Technician Registration (Kentucky Board of Pharmacy)", "")])
    assert one(refs, "Pharmacy Technician Certification Exam", "")[0] == "needs_review"


def test_a_vendor_spelling_two_of_the_lists_vendors_may_have_names_neither() -> None:
    # State Q: "NC DMV" is in the vendor column beside "NC Division of Motor Vehicles" and "NC DMV License & Theft
    # Bureau"; typed, it was read as the bureau (the one vendor whose name holds its words), and the CDL, the
    # division's, lost the score of another vendor's credential
    refs = build([("A", "Commercial Driver License (CDL) – Class A", "NC Division of Motor Vehicles"),
                  ("B", "Commercial Driver License (CDL) – Class B", "NCDMV"),
                  ("P", "Commercial Learner Permit (CLP)", "NC DMV"),
                  ("S", "NC Safety Inspection Mechanic License", "NC DMV License & Theft Bureau"),
                  ("L", "Certified Logistics Associate (CLA)", "MSSC")])
    typed, blank = resolve(refs, ("CDL Class A", "NC DMV"), ("CDL Class A", ""))
    assert typed["normalized_vendor"] == "nc dmv"
    assert typed["candidate_1_code"] == blank["candidate_1_code"] == "A"
    assert typed["score"] == blank["score"]
    # the bureau's name typed in full is still the bureau
    assert resolve(refs, ("Safety Inspection Mechanic", "NC DMV License & Theft Bureau"))[0]["normalized_vendor"] \
        == "nc dmv license and theft bureau"


def test_a_vendor_is_the_name_spelt_out_that_writes_it_in_brackets() -> None:
    # State Q: "CompTIA" and "Computing Technology Industry Association (CompTIA)" in the vendor column are one
    # vendor (the initials read "CTIA"), so "CompTIA Security+ (SY0-701)" and the other vendor's "Security+
    # Certification" are one credential, and "Sec+" names it
    written = {"comptia": "CompTIA", "computing technology industry association comptia":
               "Computing Technology Industry Association (CompTIA)", "nha": "NHA",
               "national healthcareer association": "National Healthcareer Association",
               "national healthcareer association nha": "National Healthcareer Association (NHA)"}
    same, two = list_features.same_vendors(list(written), as_written=written)
    assert same["comptia"] == "computing technology industry association comptia"
    # a name with a fuller name already is left to it
    assert same["nha"] == same["national healthcareer association"] == "national healthcareer association nha"
    refs = build([("S1", "CompTIA Security+ (SY0-701)", "CompTIA"),
                  ("S2", "Security+ Certification", "Computing Technology Industry Association (CompTIA)"),
                  ("N1", "CompTIA Network+ (N10-009)", "CompTIA")])
    assert refs.representative.get("S2") == "S1"
    assert one(refs, "Sec+", "")[::2] == ("resolved", "S1")


def test_a_vendors_academy_and_a_programs_words_alone_are_junk() -> None:
    # State Q: "Cisco Networking Academy" and "Microsoft Imagine Academy" went to review; State N: "Pathway completer"
    rows = [("C1", "Cisco Certified Support Technician (CCST) Networking", "Cisco"),
            ("M1", "Microsoft Office Specialist: Word Associate", "Microsoft"),
            ("O1", "Oracle Database SQL Certified Associate", "Oracle")]
    refs = build(rows)
    for typed in ("Cisco Networking Academy", "Microsoft Imagine Academy", "Oracle Academy", "Pathway completer"):
        assert one(refs, typed)[0] == "no_credential", typed
    # not an academy no vendor begins ("Police Academy"), nor in a list a name of which says "academy"
    assert one(refs, "Police Academy")[0] != "no_credential"
    # nor in a list a name of which holds its words ("academy" alone no longer: State AD's "[HubSpot Academy] ...")
    refs = build(rows + [("N1", "NASM Certified Personal Trainer - National Academy of Sports Medicine", "")])
    assert one(refs, "Cisco Networking Academy")[0] == "no_credential"
    refs = build(rows + [("A1", "Cisco Networking Academy Certificate of Completion", "Cisco")])
    assert one(refs, "Cisco Networking Academy")[0] != "no_credential"


def test_a_welding_position_may_be_left_out_unless_its_letter_is_typed() -> None:
    # State Q: "AWS D1.1 FCAW" went to review, its one FCAW row being "... FCAW Groove 3G"
    refs = build([("S3", "AWS D1.1 Structural Welding Code – SMAW Groove 3G", "American Welding Society"),
                  ("S4", "AWS D1.1 Structural Welding Code – SMAW Groove 4G", "American Welding Society"),
                  ("F3", "AWS D1.1 Structural Welding Code – FCAW Groove 3G", "American Welding Society")])
    assert outcomes(resolve(refs, ("AWS D1.1 FCAW", ""), rule=rule_bars(0.5, 0.1))) == [("resolved", "F3")]
    # the position typed is read: another position is no candidate, and "SMAW" alone names two positions
    fcaw_4g, smaw_3g = resolve(refs, ("D1.1 FCAW 4G", ""), ("D1.1 SMAW 3G", ""))
    assert "F3" not in [fcaw_4g[f"candidate_{i}_code"] for i in (1, 2, 3)] and smaw_3g["candidate_1_code"] == "S3"
    assert one(refs, "AWS D1.1 SMAW", "")[0] == "needs_review"


def test_a_vendor_whose_words_a_longer_vendor_name_holds_is_not_another_vendor_of_it() -> None:
    # State Q: "IS-100" typed with "FEMA" lost another vendor's score against "IS-100.c: ...", whose vendor is the
    # "FEMA Emergency Management Institute", beside the "FEMA" of IS-700
    rows = [("I1", "IS-100.c: Introduction to the Incident Command System (ICS 100)",
             "FEMA Emergency Management Institute"),
            ("I7", "IS-700.b: An Introduction to the National Incident Management System (NIMS)", "FEMA"),
            ("A1", "ISA Certified Arborist", "International Society of Arboriculture")]
    refs = build(rows)
    typed, blank = resolve(refs, ("IS-100", "FEMA"), ("IS-100", ""))
    assert typed["candidate_1_code"] == "I1" and typed["score"] == blank["score"]
    assert not refs.another_vendors("I1", "fema") and refs.another_vendors("A1", "fema")
    # the other way round, a longer vendor typed is still another vendor of the shorter one's credential
    assert refs.another_vendors("I7", "fema emergency management institute")


def test_a_lathe_is_cnc_turning_and_a_word_cut_from_a_pieces_credential_is_left_out_by_the_whole() -> None:
    # States M and N: "NIMS CNC Mill & Lathe Operations (Level I)" went to review, or to CNC Turning alone: "mill",
    # which no name uses, was not counted as left out by the whole's match, though its piece reads "NIMS CNC Milling"
    refs = build([("M1", "NIMS CNC Milling: Operations Lvl I", ""), ("T1", "NIMS CNC Turning: Operations Lvl I", ""),
                  ("D1", "NIMS Drill Press Skills I", "")])
    assert one(refs, "CNC Lathe Operations", "")[::2] == ("resolved", "T1")
    assert outcomes(resolve(refs, ("NIMS CNC Mill & Lathe Operations Level I", ""))) == [("resolved", "M1"),
                                                                                        ("resolved", "T1")]


def test_words_differing_only_by_opposite_prefixes_are_no_misspelling() -> None:
    # State Q: "Landscape Industry Certified Technician - Interior" (not in the list) went to its Exterior row, the
    # typed word read as a misspelling of "exterior"
    # (with State Q's fitted tiers: a word no name uses and no misspelling is a warning, the stricter tier)
    tiers = {"kind": "tiers", "clean": {"min_score": 0.7, "min_margin": 0.02},
             "warned": {"min_score": 0.83, "min_margin": 0.06}}
    refs = build([("X1", "Landscape Industry Certified Technician – Exterior",
                   "National Association of Landscape Professionals (NALP)"),
                  ("P1", "NC Certified Plant Professional (NCCPP)", "NC Nursery & Landscape Association")])
    words = Words(refs)
    assert not words.looks_like["interior", "exterior"] and not words.looks_like["intrastate", "interstate"]
    assert words.looks_like["exteriour", "exterior"] and words.looks_like["interor", "interior"]
    out = resolve(refs, ("Landscape Industry Certified Technician - Interior", "NALP"),
                  ("Landscape Industry Certified Technician - Exteriour", "NALP"), rule=tiers)
    assert outcomes(out) == [("needs_review", None), ("resolved", "X1")]


def test_a_credential_named_only_by_the_kind_of_credential_it_is_is_underspecified() -> None:
    # State T: "Pesticide License" went to the private applicator's licence, the one pesticide row writing
    # "License", beside the commercial applicator's rows (States O and Q label it underspecified too)
    refs = build([("P1", "Private Applicator Pesticide License - Florida Department of Agriculture and Consumer "
                         "Services", ""),
                  ("P2", "Commercial Pesticide Applicator: Core", ""),
                  ("P3", "Commercial Pesticide Applicator: Ornamental", ""),
                  ("B1", "Barber License", ""), ("B2", "Barber Apprentice Permit", ""),
                  ("C1", "Cosmetology License", "")])
    words = Words(refs)
    assert words.unique_naming["pesticide license", ""] is None
    assert words.unique_naming["private pesticide license", ""] == "P1"
    # a write-in naming the whole of the name its kind word picks
    assert words.unique_naming["barber license", ""] == "B1"


def test_a_brand_typed_with_its_vendor_names_none_of_its_credentials() -> None:
    # State T (names only): "Servsafe" from the National Restaurant Association was read with the vendor's name put
    # before it, a name the list writes, and went to the manager's certification
    refs = build([("S1", "ServSafe® Food Protection Manager Certification", ""), ("S2", "ServSafe® Food Handler", ""),
                  ("S6", "Certified Food Protection Manager (National Restaurant Association)", ""),
                  ("P1", "ProStart National Certificate of Achievement", "")])
    assert one(refs, "Servsafe", "National Restaurant Association")[0] == "needs_review"
    assert one(refs, "Servsafe Food Handler", "National Restaurant Association")[::2] == ("resolved", "S2")


def test_a_subject_before_foundations_and_a_student_organisations_competition_are_junk() -> None:
    # States M and T: "Computer Science Foundations", "Health Science Foundations" (courses) and State T's
    # "SkillsUSA competition" went to review
    rows = [("N1", "Certified Nursing Assistant (CNA)", ""), ("S1", "SkillsUSA Career Essentials", ""),
            ("C1", "CompTIA IT Fundamentals+ (ITF+)", "")]
    refs = build(rows)
    for typed in ("Computer Science Foundations", "Health Science Foundations", "SkillsUSA competition",
                  "SkillsUSA"):
        assert one(refs, typed)[0] == "no_credential", typed
    assert one(refs, "SkillsUSA Career Essentials")[::2] == ("resolved", "S1")
    # not a subject a name holds with a word so begun
    refs = build(rows + [("F1", "Precision Exams: Health Science Foundational Skills", "")])
    assert one(refs, "Health Science Foundations")[0] != "no_credential"


def test_a_code_of_the_list_typed_for_the_name_is_its_credential() -> None:
    # State T (Florida-style codes): "COMPT003", "NCCER027" from NCCER and "COMPT001 & COMPT002" went to review
    refs = build([("COMPT001", "CompTIA A+ (220-1101/220-1102)", ""), ("COMPT002", "CompTIA Network+ (N10-008)", ""),
                  ("COMPT003", "CompTIA Security+ (SY0-601)", ""), ("NCCER027", "NCCER: HVACR Level One", ""),
                  ("CNA", "Certified Nursing Assistant", ""), ("101", "IS-101 Emergency Preparedness", "")])
    assert one(refs, "COMPT003", "")[::2] == ("resolved", "COMPT003")
    assert one(refs, "nccer027", "NCCER")[::2] == ("resolved", "NCCER027")
    assert outcomes(resolve(refs, ("COMPT001 & COMPT002", ""))) == [("resolved", "COMPT001"), ("resolved", "COMPT002")]
    # a code of the list without digits, or of digits only, is no name: "101" is not IS-101's code typed
    assert "101" not in refs.codes_typed and "cna" not in refs.codes_typed
    # and a code no row has stays unresolved
    assert one(refs, "COMPT009", "")[0] == "needs_review"


def test_the_lists_vendor_typed_before_a_dash_wins_over_a_vendor_field_naming_none() -> None:
    # State S: "NREMT - EMT" from Pearson VUE (a test provider the list does not know) was cut in two, the registry's
    # EMT and the state's EMT-Basic
    refs = build([("E1", "Emergency Medical Technician – Basic (EMT-B)", "Texas Department of State Health Services"),
                  ("N1", "National Registry Emergency Medical Technician (NREMT)",
                   "National Registry of Emergency Medical Technicians"),
                  ("R1", "Emergency Medical Responder (EMR)", "DSHS")])
    assert outcomes(resolve(refs, ("NREMT - EMT", "Pearson VUE"))) == [("resolved", "N1")]
    # a vendor field naming another vendor of the list still stands
    assert resolve(refs, ("NREMT - EMT", "DSHS"))[0]["normalized_vendor"] != \
        "national registry of emergency medical technicians"


def test_a_span_read_as_one_credential_does_not_drop_a_piece_naming_another() -> None:
    # State T: "ASE Entry Level - Brakes, Electrical, Engine Repair" was cut "Brakes" + "Electrical, Engine Repair",
    # read as Engine Repair: the Electrical/Electronic Systems row dropped without a review ("Electrical" alone names
    # several of the list's rows)
    refs = state_refs("state_t")
    rule = {"kind": "tiers", "clean": {"min_score": 0.66, "min_margin": 0.02},
            "warned": {"min_score": 0.66, "min_margin": 0.06}}  # as fitted on State T's list
    out = resolve(refs, ("ASE Entry Level - Brakes, Electrical, Engine Repair", ""), rule=rule)
    assert [(o["resolution_status"], o["credential_code"]) for o in out] == [
        ("resolved", "ASEEF001"), ("needs_review", None), ("resolved", "ASEEF003")]
    # a piece whose words are the span's credential's, spelt out ("App Development" read "application development"),
    # is part of it
    refs = build([("S1", "App Development with Swift Certified User", "Apple"),
                  ("T1", "IT Specialist - HTML5 Application Development", "Certiport"),
                  ("P1", "IT Specialist - Python", "Certiport")])
    assert outcomes(resolve(refs, ("IT Specialist - Python, App Development with Swift Certified User", "Certiport"),
                            rule=rule)) == [("resolved", "P1"), ("resolved", "S1")]


def test_a_vendor_written_with_its_acronym_in_brackets_keeps_its_seed_field() -> None:
    # the taken-out check on State Q: with the DANB's Certified Dental Assistant taken out, "CDA" from the DANB went to
    # the Child Development Associate once the list's "DANB" and "Dental Assisting National Board (DANB)" were one
    # vendor under the bracketed name, which the vendor-field seed did not know
    refs = build([("D1", "DANB Radiation Health and Safety (RHS)", "Dental Assisting National Board (DANB)"),
                  ("D2", "DANB Infection Control (ICE)", "DANB"),
                  ("C1", "Child Development Associate (CDA) Credential", "Council for Professional Recognition")])
    assert refs.fields.of_vendor("dental assisting national board danb")
    rule = {"kind": "tiers", "clean": {"min_score": 0.6, "min_margin": 0.02},
            "warned": {"min_score": 0.6, "min_margin": 0.02}}
    assert outcomes(resolve(refs, ("CDA", "DANB"), rule=rule)) == [("needs_review", None)]


def test_a_technician_typed_is_another_rung_than_an_associate() -> None:
    # State T: "Certified Logistics Technician" from the MSSC, which the list lacks, went to its Certified Logistics
    # Associate
    refs = build([("A1", "MSSC Certified Logistics Associate (CLA)", ""),
                  ("P1", "MSSC Certified Production Technician (CPT)", ""),
                  ("E1", "ETA Certified Electronics Technician (CET) – Associate", "")])
    words = Words(refs)
    assert words.another_tier["certified logistics technician", "A1"]
    assert not words.another_tier["certified production technician", "P1"]
    assert outcomes(resolve(refs, ("Certified Logistics Technician", "MSSC"), rule=rule_bars(0.4, 0.05))) == [
        ("needs_review", None)]


def test_the_lists_home_state_typed_with_a_credential_is_read_without_it() -> None:
    # State S (Texas): "TX CNA" from HHSC went to review; State L (Pennsylvania): "PA safety inspector cert"
    rows = [("N1", "CERTIFIED NURSE AIDE (CNA)", "Texas Health and Human Services Commission"),
            ("F1", "Texas Food Handler Certificate", "Texas Department of State Health Services"),
            ("P1", "Texas Peace Officer License", "TCOLE"), ("C1", "Texas Cosmetology Operator License", "TDLR"),
            ("A1", "CompTIA A+", "CompTIA")]
    refs = build(rows)
    assert refs.home_states == frozenset({"texas"})
    assert one(refs, "TX CNA", "HHSC")[::2] == ("resolved", "N1")
    assert one(refs, "CNA Texas", "")[::2] == ("resolved", "N1")
    # not a state the list does not call home
    assert build(rows[:1] + rows[4:]).home_states == frozenset()


def test_an_acronym_of_a_basic_level_is_shared_with_another_issuers_name_of_its_words() -> None:
    # State S: "EMT" alone went to the state's "Emergency Medical Technician – Basic (EMT-B)", which the seed reads
    # "EMT", beside the "National Registry Emergency Medical Technician (NREMT)": a shared acronym, for review
    refs = build([("E1", "Emergency Medical Technician – Basic (EMT-B)", "Texas Department of State Health Services"),
                  ("N1", "National Registry Emergency Medical Technician (NREMT)",
                   "National Registry of Emergency Medical Technicians"),
                  ("R1", "Emergency Medical Responder (EMR)", "DSHS")])
    assert one(refs, "EMT", "")[0] == "needs_review"
    assert one(refs, "EMT-Basic", "DSHS")[::2] == ("resolved", "E1")
    assert one(refs, "NREMT", "")[::2] == ("resolved", "N1")


def test_initials_the_issuer_spelt_as_another_credentials_acronym_name_that_one() -> None:
    # State Q: "CPT" from the NHA went to review beside the NHA's "Certified Pharmacy Technician (ExCPT)", whose
    # initials spell CPT
    rows = [("P1", "Certified Phlebotomy Technician (CPT)", "National Healthcareer Association (NHA)"),
            ("X1", "Certified Pharmacy Technician (ExCPT)", "National Healthcareer Association (NHA)"),
            ("T1", "NASM Certified Personal Trainer (CPT)", "National Academy of Sports Medicine (NASM)"),
            ("H1", "Certified Pharmacy Technician (CPhT)", "Pharmacy Technician Certification Board")]
    refs = build(rows)
    assert one(refs, "CPT", "NHA")[::2] == ("resolved", "P1")
    assert one(refs, "CPT", "")[0] == "needs_review"
    # another issuer's initials stay: "CPT" from the PTCB is its CPhT
    assert one(refs, "CPT", "Pharmacy Technician Certification Board")[::2] == ("resolved", "H1")


def test_the_issuers_acronym_after_a_dash_is_no_letter_of_the_credentials_initials() -> None:
    # State N: "CMAA" from the NHA went to review beside "Certified Medical Assistant (CMA) – AAMA", whose words
    # with the issuer's spell CMAA
    refs = build([("A1", "Certified Medical Assistant (CMA) – AAMA", ""),
                  ("N1", "Certified Medical Administrative Assistant (CMAA)", ""),
                  ("G1", "Georgia Certified Medication Aide (CMA)", "")])
    assert one(refs, "CMAA", "NHA")[::2] == ("resolved", "N1")
    assert one(refs, "CMA", "")[0] == "needs_review"


def test_a_lists_number_codes_typed_alone_are_its_credentials_but_not_years_or_its_names_numbers() -> None:
    # State V (Indiana-style codes of four digits): "4700", "# 6251" and "1093 & 2580" were read as numbers, no
    # credential
    refs = build([("4700", "CompTIA Security+ (SY0-701)", "CompTIA"), ("6251", "FANUC Certified Robot Operator 1", ""),
                  ("1093", "Beef Quality Assurance (BQA)", ""), ("2580", "OSHA 10-Hour Construction Industry", "OSHA"),
                  ("2016", "MOS Word 2016", "Microsoft"), ("6080", "EPA 608 Universal", ""),
                  ("6085", "AWS D1.1 Structural Steel 6085", "")])
    assert one(refs, "4700", "")[::2] == ("resolved", "4700")
    assert one(refs, "# 6251", "")[::2] == ("resolved", "6251")
    assert outcomes(resolve(refs, ("1093 & 2580", ""))) == [("resolved", "1093"), ("resolved", "2580")]
    # a year is no code, nor a number a name holds
    assert "2016" not in refs.codes_typed and "6085" not in refs.codes_typed and "6080" in refs.codes_typed
    assert one(refs, "2016", "")[0] == "no_credential"
    # a list whose codes are not numbers gives no number as a code
    assert not build([("4700", "CompTIA Security+", ""), ("A1", "CompTIA A+", ""), ("N1", "CompTIA Network+", ""),
                      ("L1", "CompTIA Linux+", "")]).codes_typed


def test_a_plus_is_not_read_away_down_to_one_letter_and_a_slashed_acronym_is_not_cut() -> None:
    # State V: "NHA CPCT/A, EKG, Phlebotomy" gave the "A" of "CPCT/A" the list's "A+ Certification"
    refs = build([("A1", "A+ Certification (220-1101 & 220-1102)", "Pearson VUE"),
                  ("S1", "Security+ Certification", "CompTIA"),
                  ("P1", "Certified Patient Care Technician/Assistant (CPCT/A)", "National Healthcareer Association"),
                  ("E1", "Certified EKG Technician (CET)", "National Healthcareer Association"),
                  ("T1", "Certified Phlebotomy Technician (CPT)", "National Healthcareer Association")])
    assert one(refs, "A", "")[0] == "needs_review"
    assert one(refs, "A+", "")[::2] == ("resolved", "A1")
    assert one(refs, "Security", "CompTIA")[::2] == ("resolved", "S1")
    assert outcomes(resolve(refs, ("NHA CPCT/A, EKG, Phlebotomy", ""))) == [
        ("resolved", "P1"), ("resolved", "E1"), ("resolved", "T1")]


def test_a_vendor_field_naming_several_vendors_gives_each_piece_its_own() -> None:
    # State V: "CCA & CPC" from "AHIMA / AAPC" sent the shared CCA to review; "ParaPro + CDA" from "ETS / Council for
    # Professional Recognition" the CDA
    refs = build([("C1", "Certified Crop Adviser (CCA)", "American Society of Agronomy"),
                  ("C2", "Certified Coding Associate (CCA)", "AHIMA"),
                  ("P1", "Certified Professional Coder (CPC)", "AAPC"),
                  ("D1", "Child Development Associate (CDA)", "Council for Professional Recognition"),
                  ("D2", "Certified Dental Assistant (CDA)", "Dental Assisting National Board"),
                  ("R1", "ParaPro Assessment", "ETS")])
    assert outcomes(resolve(refs, ("CCA & CPC", "AHIMA / AAPC"))) == [("resolved", "C2"), ("resolved", "P1")]
    assert outcomes(resolve(refs, ("ParaPro + CDA", "ETS / Council for Professional Recognition"))) == [
        ("resolved", "R1"), ("resolved", "D1")]
    # a vendor of a piece neither typed vendor is stays shared
    assert outcomes(resolve(refs, ("CPC & CDA", "AAPC / AHIMA"))) == [("resolved", "P1"), ("needs_review", None)]


def test_a_county_or_parish_typed_after_a_dash_is_the_schools_place() -> None:
    # State U (Louisiana): "CERTIFIED NURSING ASST - CADDO PARISH", "EMT license - Jefferson Parish"
    refs = build([("N1", "Certified Nursing Assistant (CNA)", ""), ("E1", "Emergency Medical Technician (EMT)", "")])
    assert one(refs, "CERTIFIED NURSING ASST - CADDO PARISH", "")[::2] == ("resolved", "N1")
    assert one(refs, "EMT, Jefferson County", "")[::2] == ("resolved", "E1")
    # not a word the list's names use
    parish = build([("P1", "Parish Nurse Certificate", ""), ("N1", "Certified Nursing Assistant (CNA)", "")])
    assert parish.token_index.get("parish")
    assert one(parish, "CNA - St. Mary Parish", "")[0] == "needs_review"


def test_louisianas_code_is_the_state_in_a_louisiana_list() -> None:
    # State U: "LA Phlebotomist license" from the LSBME, "LA Board of Pharmacy tech candidate"
    rows = [("P1", "Louisiana Phlebotomist License", ""),
            ("T1", "Louisiana Board of Pharmacy Technician Candidate", ""),
            ("C1", "Louisiana Cosmetologist License", ""), ("A1", "CompTIA A+", "")]
    refs = build(rows)
    assert refs.home_states == frozenset({"louisiana"})
    assert one(refs, "LA Phlebotomist license", "LSBME")[::2] == ("resolved", "P1")
    assert one(refs, "LA Board of Pharmacy tech candidate", "")[::2] == ("resolved", "T1")


def test_a_subject_without_its_tier_is_underspecified_when_the_list_writes_the_base_tier_too() -> None:
    # State U: "JS Culinary Arts" went to "Jump Start Statewide Credential: Culinary Arts (Basic)", beside its
    # "(Advanced)"; "Adv" is "advanced"
    refs = build([("B1", "Jump Start Statewide Credential: Culinary Arts (Basic)", ""),
                  ("A1", "Jump Start Statewide Credential: Culinary Arts (Advanced)", ""),
                  ("W1", "Microsoft Office Specialist: Excel Associate", ""),
                  ("W2", "Microsoft Office Specialist: Excel Expert", "")])
    assert one(refs, "Jump Start Culinary Arts", "")[0] == "needs_review"
    assert one(refs, "Jump Start Culinary Arts Adv", "")[::2] == ("resolved", "A1")
    # a base with no level word of its own is still the one a clerk means ("MOS Excel 2019")
    assert one(refs, "MOS Excel 2019", "")[::2] == ("resolved", "W1")



def test_a_glued_exam_code_of_a_number_the_list_writes_with_other_letters_is_kept() -> None:
    # State V's taken-out check: "AZ900 Azure Fundamentals", its row taken out, went to "Azure AI Fundamentals
    # (AI-900)": the glued code was read away as one the list never writes
    refs = build([("A1", "Microsoft Certified: Azure AI Fundamentals (AI-900)", "Microsoft"),
                  ("C1", "Microsoft Certified: Security, Compliance, and Identity Fundamentals (SC-900)", "Microsoft"),
                  ("R1", "Red Hat Certified System Administrator (RHCSA)", "Red Hat"),
                  ("S1", "SAP Continuous Business Improvement 200", "SAP")])
    assert one(refs, "AZ900 Azure Fundamentals", "Certiport")[0] == "needs_review"
    # a number the list writes alone is no exam code: "EX200" is still read away
    assert one(refs, "RHCSA EX200", "Red Hat")[::2] == ("resolved", "R1")


def test_numbers_typed_as_words_are_numbers() -> None:
    # State U: "OSHA ten hour Construction card" went to review between the 10- and 30-hour cards
    refs = build([("T1", "OSHA 10-Hour Construction", ""), ("T3", "OSHA 30-Hour Construction", ""),
                  ("G1", "OSHA 10 – General Industry", "")])
    assert one(refs, "OSHA ten hour Construction card", "")[::2] == ("resolved", "T1")
    assert one(refs, "OSHA thirty hour construction", "")[::2] == ("resolved", "T3")


def test_level_1_typed_is_the_entry_level_a_list_writes() -> None:
    # States F and U: "SENSE Level 1" from the AWS went to review beside "AWS SENSE Entry Level Welder (QC10)"
    refs = build([("S1", "AWS SENSE Entry Level Welder (QC10)", ""), ("W1", "NCCER Welding Level 1", ""),
                  ("W2", "NCCER Welding Level 2", ""), ("H1", "NCCER HVAC Level 1", "")])
    assert one(refs, "SENSE Level 1 welder", "AWS")[::2] == ("resolved", "S1")
    assert one(refs, "SENSE Level I", "")[::2] == ("resolved", "S1")
    # a level 1 the list writes is that one
    assert one(refs, "Welding Level 1", "NCCER")[::2] == ("resolved", "W1")
    # nor is it read so where the other words typed name credentials of no entry level (the taken-out check: our
    # "NCCER Electrical Level 1", its row taken out, went to the Level 2; State L's to the ASE entry-level row)
    gone = build([("E2", "NCCER Electrical Level 2", ""), ("A1", "ASE Entry-Level Certification: Electrical/Electronic "
                  "Systems", ""), ("H1", "NCCER HVAC Level 1", ""), ("S1", "AWS SENSE Entry Level Welder (QC10)", "")])
    assert one(gone, "NCCER Electrical Level 1", "")[0] == "needs_review"
    assert one(gone, "Electrical Level 1", "NCCER")[0] == "needs_review"


def test_an_acronym_one_name_writes_outside_brackets_is_a_credential_not_an_issuer() -> None:
    # State L: "PCEP PCAP" read "PCEP" as the issuer of the PCAP
    refs = build([("E1", "PCEP™ – Certified Entry-Level Python Programmer (Python Institute)", ""),
                  ("A1", "Certified Associate in Python Programming (PCAP)", ""),
                  ("F1", "FOA CFxT-Certified FTTx Technician", ""),
                  ("F2", "Certified Fiber Optic Technician (CFOT)", "")])
    assert outcomes(resolve(refs, ("PCEP PCAP", ""))) == [("resolved", "E1"), ("resolved", "A1")]
    # an acronym before another in a name is its issuer: "FOA CFOT" is the CFOT
    assert outcomes(resolve(refs, ("FOA CFOT", ""))) == [("resolved", "F2")]


def test_three_words_each_naming_a_credential_alone_are_cut_apart() -> None:
    # State L: "Adobe Photoshop Illustrator InDesign" went to review whole
    refs = build([("P1", "Adobe Certified Professional (ACP) - Photoshop", ""),
                  ("I1", "Adobe Certified Professional - Illustrator", ""),
                  ("D1", "Adobe Certified Professional - InDesign", ""),
                  ("A1", "Aircraft Dispatcher Certificate", "FAA"), ("S1", "Small Unmanned Aircraft Systems", "FAA")])
    assert outcomes(resolve(refs, ("Adobe Photoshop Illustrator InDesign", ""))) == [
        ("resolved", "P1"), ("resolved", "I1"), ("resolved", "D1")]
    assert split_pieces("Adobe Photoshop Illustrator InDesign", frozenset(),
                        {"photoshop": "P1", "illustrator": "I1", "indesign": "D1"})[0] == [
        "Adobe Photoshop", "Illustrator", "InDesign"]
    # two such words may be one credential's name
    assert split_pieces("Aircraft Dispatcher", frozenset(), {"aircraft": "S1", "dispatcher": "A1"})[0] == [
        "Aircraft Dispatcher"]


def test_an_exam_code_the_list_writes_is_read_as_the_list_writes_it() -> None:
    # State S: "220-1101" typed alone went to review; the seed read it as "A+", which names both of the list's
    # cores, and the core's other number ("Core 1") kept the code's own name out of the candidates
    refs = build([("C1", "CompTIA A+ Core 1 (220-1101)", "CompTIA"), ("C2", "CompTIA A+ Core 2 (220-1102)", "CompTIA"),
                  ("N1", "CompTIA Network+", "CompTIA")])
    assert one(refs, "220-1101", "")[::2] == ("resolved", "C1")
    assert one(refs, "A+ 220-1102", "CompTIA")[::2] == ("resolved", "C2")
    # an exam number alone does not take a name of another number beside it: "608" is no "Type 1"
    refs = build([("T1", "EPA 608 Type 1", "EPA"), ("M1", "Motor Vehicle A/C 609", "MACS")])
    assert one(refs, "608", "")[0] == "needs_review"
    # a list writing the code nowhere still reads it as the seed says: "A+"
    refs = build([("A1", "CompTIA A+", "CompTIA"), ("N1", "CompTIA Network+", "CompTIA")])
    assert one(refs, "A+ 220-1101", "")[::2] == ("resolved", "A1")


def test_365_is_a_version_of_microsofts_apps_not_a_number_of_the_credential() -> None:
    # State K: "MOS Excel Associate 365" had no candidate but the Word Associate (Microsoft 365 Apps): the "365"
    # typed kept the list's "Excel Associate (MO-200)" out by the numbers rule
    refs = build([("W1", "Microsoft Office Specialist: Word Associate (Microsoft 365 Apps)", "Certiport"),
                  ("E1", "Microsoft Office Specialist: Excel Associate (MO-200)", "Certiport"),
                  ("O1", "OSHA 10-Hour Construction", "OSHA")])
    assert one(refs, "MOS Excel Associate 365", "Certiport")[::2] == ("resolved", "E1")
    assert one(refs, "MOS Word Associate", "")[::2] == ("resolved", "W1")


def test_biz_is_business() -> None:
    # State Q: "Entrepreneurship & Small Biz" went to review
    refs = build([("E1", "Entrepreneurship and Small Business (ESB)", "Certiport"),
                  ("S1", "Briggs & Stratton Certified Small Engine Technician", "Briggs & Stratton"),
                  ("B1", "Business Fundamentals", "")])
    assert one(refs, "Entrepreneurship & Small Biz", "")[::2] == ("resolved", "E1")


def test_a_test_provider_typed_as_the_vendor_does_not_keep_another_issuers_credential_out() -> None:
    # State Q: "Adobe Photoshop" from Certiport went to review, Certiport being the list's vendor of other rows
    refs = build([("P1", "Adobe Certified Professional – Visual Design using Adobe Photoshop", "Adobe"),
                  ("V1", "Adobe Certified Professional – Video Design using Adobe Premiere Pro", "Adobe"),
                  ("E1", "Entrepreneurship and Small Business (ESB)", "Certiport"),
                  ("I1", "IT Specialist – Python", "Certiport"),
                  ("C1", "Certified Phlebotomy Technician (CPT)", "NHA"),
                  ("C2", "Certified Production Technician (CPT)", "MSSC")])
    assert one(refs, "Adobe Photoshop", "Certiport")[::2] == ("resolved", "P1")
    assert one(refs, "ESB", "Certiport")[::2] == ("resolved", "E1")
    # it decides nothing by itself: a shared acronym from a test provider stays with a person
    assert one(refs, "CPT", "Pearson VUE")[0] == "needs_review"
    # and a vendor that is no test provider still keeps another vendor's credential out
    assert one(refs, "Adobe Photoshop", "NHA")[0] == "needs_review"


def test_a_vendor_the_list_writes_by_its_initials_is_the_one_typed_by_a_name_our_seed_knows() -> None:
    # State W (vendors by acronym): "EMR then EMT" from the "National Registry" left its EMT to review between the
    # state's EMT and the list's "NREMT" row
    refs = build([("S1", "Emergency Medical Technician (EMT)", "ADHS"),
                  ("N1", "National Registered EMT (NREMT)", "NREMT"),
                  ("R1", "Emergency Medical Responder (EMR)", "NREMT"), ("C1", "Certified Nursing Assistant", "AZBON")])
    assert outcomes(resolve(refs, ("EMR then EMT", "National Registry"))) == [("resolved", "R1"), ("resolved", "N1")]
    assert one(refs, "EMT", "National Registry")[::2] == ("resolved", "N1")
    # a vendor the list spells otherwise, not by its initials, is not taken for it ("ESCO Institute" is no "EPA")
    assert refs.vendor_by_seed_name == {"national registry of emergency medical technicians": "nremt"}



def test_a_vendor_with_cert_in_the_name_field_and_a_credential_in_the_vendor_field_are_swapped() -> None:
    # State W: "CompTIA cert" from "IT Fundamentals" went to review between the CompTIA credentials
    refs = build([("F1", "IT Fundamentals+ (FC0-U61)", "CompTIA"), ("A1", "A+ Certification", "CompTIA"),
                  ("S1", "Security+ SY0-701", "CompTIA")])
    assert one(refs, "CompTIA cert", "IT Fundamentals")[::2] == ("resolved", "F1")
    # a vendor field naming no credential stays the vendor
    assert one(refs, "CompTIA cert", "Pearson VUE")[0] == "needs_review"


def test_an_issuer_written_after_by_or_from_is_the_issuers_part_of_the_name() -> None:
    # State X (the issuer after "by" or "from"): "ASK Fundamental Business Concepts and Marketing Concepts" was read
    # whole as the Marketing Concepts, the Business Concepts lost: the issuer's words, read as the credential's, made
    # the two names alike
    refs = build([("B1", "Fundamental Business Concepts by A*S*K Business Institute", ""),
                  ("M1", "Fundamental Marketing Concepts by A*S*K Business Institute", ""),
                  ("C1", "Bloomberg Market Concepts (BMC)", "")])
    assert outcomes(resolve(refs, ("ASK Fundamental Business Concepts and Marketing Concepts", "A*S*K"))) == [
        ("resolved", "B1"), ("resolved", "M1")]
    assert refs.issuer_only["B1"] >= {"institute"}
    # "by" or "from" before words naming no organisation is the credential's ("Introduction to ... by Example")
    other = build([("P1", "Food Safety from Farm to Table", ""), ("B1", "Business Institute", "")])
    assert "P1" not in other.issuer_words


def test_an_unknown_vendors_words_its_states_code_read_as_the_state_pick_the_name_writing_them() -> None:
    # State L (names only): "EMR and EMT" from the "PA Bureau of EMS" left its EMT to review between the National
    # Registry's and "Pennsylvania EMT Certification (Bureau of EMS)": the typed "PA" was no word of that name
    refs = build([("R1", "Emergency Medical Responder (EMR) - PA Department of Health, Bureau of EMS", ""),
                  ("S1", "Pennsylvania EMT Certification (Bureau of EMS)", ""),
                  ("N1", "NATIONAL REGISTRY EMT (NREMT)", ""), ("D1", "Emergency Medical Dispatch (EMD) - IAED", "")])
    assert outcomes(resolve(refs, ("EMR and EMT", "PA Bureau of EMS"))) == [("resolved", "R1"), ("resolved", "S1")]
    # a vendor whose words no name writes decides nothing
    assert one(refs, "EMT", "PA Board of Nursing")[0] == "needs_review"


def test_a_vendor_spelt_with_its_states_code_and_with_its_states_name_is_one_vendor() -> None:
    # State Q: "Hunter Ed and Boater Ed" from "NC Wildlife" left the boater card to review: the list's "NC Wildlife
    # Resources Commission" (the hunter card's) and "North Carolina Wildlife Resources Commission" (the boater
    # card's) were two vendors, and the typed one's credential outscored the other's
    refs = build([("H1", "Hunter Education Certificate", "NC Wildlife Resources Commission"),
                  ("H2", "NC Hunter Safety Course Completion Card", "NCWRC"),
                  ("B1", "NC Boating Education Certificate (Boater Safety Course)",
                   "North Carolina Wildlife Resources Commission"),
                  ("E1", "NCCER Electrical Level One", "NCCER")])
    assert outcomes(resolve(refs, ("Hunter Ed and Boater Ed", "NC Wildlife"))) == [("resolved", "H1"),
                                                                                  ("resolved", "B1")]
    assert "nc wildlife resources commission" not in refs.vendor_keys


def test_bsc_is_basic() -> None:
    # State U: "JS Manufacturing Specialist Bsc" went to review between the Basic and Advanced tiers
    refs = build([("B1", "Jump Start Statewide Credential: Manufacturing Specialist (Basic)", ""),
                  ("A1", "Jump Start Statewide Credential: Manufacturing Specialist (Advanced)", ""),
                  ("T1", "Tooling U-SME Certified Manufacturing Associate (CMfgA)", "")])
    assert one(refs, "JS Manufacturing Specialist Bsc", "")[::2] == ("resolved", "B1")


def test_a_piece_carrying_the_first_pieces_head_counts_only_when_the_first_piece_names_a_credential() -> None:
    # States W and X: "CNC Milling Programming Setup & Operations" (a NIMS credential the list lacks) was cut, its
    # "Operations" read with the first piece's "CNC Milling" as the list's "CNC Milling: Operations"
    refs = build([("M1", "CNC Milling: Operations", "NIMS"), ("T1", "CNC Turning: Operations", "NIMS"),
                  ("D1", "Machining Level I – Drill Press Skills", "NIMS"),
                  ("P1", "IT Specialist – Python", "Certiport"), ("C1", "Customer Service & Sales", "NRF")])
    assert outcomes(resolve(refs, ("CNC Mill Programming Setup and Operations", ""))) == [("needs_review", None)]
    # the first piece naming a credential, its head still carries over ("CNC Milling Operations & Turning")
    assert outcomes(resolve(refs, ("CNC Milling: Operations & Turning", "NIMS"))) == [("resolved", "M1"),
                                                                                     ("resolved", "T1")]



def test_a_lists_cut_down_names_read_as_clerks_write_them_in_full() -> None:
    # State Y (a list cut down by its data system): "Child Development Associate" and "Measurement, Materials &
    # Safety" went to review against "CHILD DEV ASSOC (CDA) CREDENTIAL" and "NIMS MACHINING LVL I - MEAS, MATLS &
    # SAFETY"
    refs = build([("C1", "CHILD DEV ASSOC (CDA) CREDENTIAL", ""), ("S1", "CIW SITE DEV ASSOC", ""),
                  ("M1", "NIMS MACHINING LVL I - MEAS, MATLS & SAFETY", "NIMS"),
                  ("H1", "Hazardous Materials Operations", ""), ("A1", "CERT MED ADMIN ASST (CMAA)", "NHA"),
                  ("K1", "Clinical Medical Assistant Certification (CCMA)", ""),
                  ("D1", "MEDICATION AIDE", ""), ("N1", "CERTIFIED NURSE AIDE", "")])
    assert one(refs, "Child Development Associate", "")[::2] == ("resolved", "C1")
    assert one(refs, "Measurement, Materials & Safety", "NIMS")[::2] == ("resolved", "M1")
    assert one(refs, "Cert Medical Admin Assistant", "")[::2] == ("resolved", "A1")
    # a "Med Aide" is a medication aide
    assert one(refs, "Med Aide", "")[::2] == ("resolved", "D1")


def test_an_acronym_of_a_pieces_credentials_words_left_out_of_the_whole_match_costs_it() -> None:
    # States Y and Z: "NIMS MMS & Job Planning Benchwork Layout" was read whole as the Job Planning, its "MMS" (the
    # initials of the other credential's "Measurement, Materials & Safety") lost
    refs = build([("M1", "NIMS Machining Level I – Measurement, Materials & Safety", "NIMS"),
                  ("J1", "NIMS Machining Level I – Job Planning, Benchwork & Layout", "NIMS"),
                  ("D1", "NIMS Machining Level I – Drill Press Skills I", "NIMS"),
                  ("T1", "NIMS Machining Level I – Turning Operations: Turning Between Centers", "NIMS"),
                  ("L1", "NIMS Machining Level I – Milling I", "NIMS"), ("C1", "NIMS CNC Turning: Operations", "NIMS"),
                  ("Q1", "MSSC Quality Practices & Measurement", "MSSC"),
                  ("F1", "IS-700.B: An Introduction to the National Incident Management System (NIMS)", "FEMA")])
    assert outcomes(resolve(refs, ("NIMS MMS & Job Planning Benchwork Layout", ""))) == [("resolved", "M1"),
                                                                                        ("resolved", "J1")]



def test_a_narrower_credential_holds_a_word_of_the_wider_name_it_stands_beside() -> None:
    # States D and F's taken-out check: "Registered Med Asst" (read "registered medical assistant" since this round's
    # seed), its RMA row taken out, went to the "Certified Registered Central Service Technician (CRCST)", the one
    # name holding "registered", as if narrower than the "Certified Medical Assistant (CMA)"
    refs = build([(r["credential_code"], r["credential_name"], r["vendor_name"])
                  for r in read_credential_list(STATE_D_LIST) if r["credential_code"] != "D-0015"])
    assert one(refs, "Registered Medical Assistant", "AMT")[0] == "needs_review"


def test_a_word_alone_after_a_later_piece_takes_that_pieces_words() -> None:
    # State Z: "Firefighter I, Hazmat Awareness & Operations" left its "Operations" to review: only the first piece's
    # words were carried to it
    pieces = ["Firefighter I", "Hazmat Awareness", "Operations"]
    assert "Hazmat Operations" in span_variants(pieces, [", ", " & "], 2, 2)
    refs = build([("F1", "Firefighter I", "Division of Fire Safety"),
                  ("A1", "Hazardous Materials Awareness", "Division of Fire Safety"),
                  ("O1", "Hazardous Materials Operations", "Division of Fire Safety"),
                  ("F2", "Fire Inspector I", "Division of Fire Safety")])
    assert outcomes(resolve(refs, ("Firefighter I, Hazmat Awareness & Operations", "Division of Fire Safety"))) == [
        ("resolved", "F1"), ("resolved", "A1"), ("resolved", "O1")]


def test_an_acronym_in_brackets_that_another_vendors_column_holds_is_shared() -> None:
    # State W (vendors by acronym): "NIMS" alone went to the FEMA's "IS-700.B ... (NIMS)", beside the credentials of
    # the list's vendor "NIMS"
    refs = build([("F1", "IS-700.B An Introduction to the National Incident Management System (NIMS)", "FEMA"),
                  ("M1", "CNC Milling: Operations", "NIMS"), ("T1", "CNC Turning: Operations", "NIMS"),
                  ("N1", "National Registered EMT (NREMT)", "NREMT"),
                  ("R1", "Emergency Medical Responder (EMR)", "NREMT")])
    assert one(refs, "NIMS", "")[0] == "needs_review"
    # an acronym its own vendor's name writes is that name's ("NREMT")
    assert one(refs, "NREMT", "")[::2] == ("resolved", "N1")


# entries the junk seed learnt from development misses, each kind with the list it was found against, its entries
# (each had gone to review) and, where one was checked, a credential of that list still read beside the new rows
_JUNK_SEEN = {
    # States U and V: a competition's qualifier, a student degree, a programme, a diploma, a course
    "qualifier, degree, programme, diploma": (
        [("N1", "Certified Nursing Assistant (CNA)", ""), ("H1", "Health Science Technician Certificate", "")],
        [("FBLA - state qualifier", ""), ("FFA Chapter Degree", "National FFA"),
         ("JAG", "Jobs for America's Graduates"), ("Core 40 w/ Technical Honors", "IDOE"),
         ("Health Science Education I", "")], None),
    # States Q and X: college courses taken in high school
    "early college": (
        [("N1", "Certified Nursing Assistant (CNA)", ""), ("C1", "College and Career Readiness Certificate", "")],
        [("Early Middle College", ""), ("Career and College Promise", "NC Community College"), ("Early College", "")],
        None),
    # State Z: end-of-course tests, the ASVAB, a student organisation, a scholarship, a career plan
    "end of course, ASVAB, TSA, scholarship, career plan": (
        [("A1", "CompTIA A+ (220-1101 & 220-1102)", "CompTIA"), ("B1", "Biotechnology Assistant", ""),
         ("F1", "Personal Financial Literacy (W!SE)", "")],
        [("Biology EOC", "DESE"), ("Personal Finance EOC - Proficient", ""), ("ASVAB", ""), ("TSA", ""),
         ("A+ Scholarship Program", "DESE"), ("Missouri Connections career plan", "")],
        ("CompTIA A+", "A1")),
    # State Y: a programme completer, a youth apprenticeship
    "completer, youth apprenticeship": (
        [("A1", "ASE Entry-Level Automobile: Engine Repair", "ASE"),
         ("H1", "HBI Pre-Apprenticeship Certificate Training (PACT)", "HBI")],
        [("Completer - Automotive Technology", ""), ("Youth Apprenticeship", "Apprenticeship Carolina")],
        ("HBI Pre-Apprenticeship Certificate", "H1")),
    # States AA to AD: college courses taken in high school, Project Lead The Way, career plans, a student
    # organisation's competition, a status word alone, a vendor's academy in a list naming another academy
    "concurrent enrollment, PLTW, career planning, competition, a status alone, academy": (
        [("N1", "Certified Nursing Assistant (CNA)", ""), ("D1", "Certified Dental Assistant (CDA)", "DANB"),
         ("H1", "[HubSpot Academy] Inbound Marketing Certification", ""),
         ("C1", "[Cisco] Cisco Certified Network Associate (CCNA)", "")],
        [("Concurrent enrollment - Front Range CC", ""), ("Running Start", ""),
         ("PLTW Principles of Engineering", "PLTW"), ("Project Lead The Way - Engineering", "PLTW"),
         ("Kuder Career Planning", "Kuder"), ("ICAP completed", "CDE"), ("DECA State Competition", "DECA"),
         ("Certified", ""), ("Cisco Networking Academy", "")],
        ("Certified Nursing Assistant", "N1")),
    # States AE to AH: a student organisation's award and its full name, Minnesota's college courses in high
    # school, a school event, an NAF academy, an Advanced Placement course
    "an organisation's award and name, PSEO, a career fair, an NAF academy, AP": (
        [("A1", "AgriScience Proficiency Certification", "Pearson"), ("H1", "Health Science Technician", ""),
         ("F1", "W!SE Financial Literacy Certification", "W!SE"), ("C1", "IT Specialist - Java", "Certiport")],
        [("FFA Proficiency Award", "FFA"), ("HOSA - Future Health Professionals", "HOSA"), ("PSEO - Automotive", ""),
         ("Career Fair attendance", ""), ("Academy of Finance", "NAF"),
         ("AP Computer Science Principles", "College Board")],
        ("W!SE Financial Literacy Certification", "F1")),
    # States X, AA, AH, AS and AT: a career preparation course, an education pathway's academy
    "a career prep course, a teacher academy": (
        [("T1", "Praxis Core Academic Skills for Educators", "ETS"), ("C1", "Certified Nursing Assistant (CNA)", "")],
        [("Career Prep", ""), ("Career Prep Academy", "Wayne RESA"), ("Teacher Academy of Maryland", "MSDE"),
         ("Teacher Academy", "")],
        ("Praxis Core Academic Skills for Educators", "T1")),
}


@pytest.mark.parametrize("kind, entry", [(kind, entry) for kind, (_, entries, _) in _JUNK_SEEN.items()
                                         for entry in entries])
def test_programmes_tests_and_school_records_typed_for_a_credential_are_junk(kind: str, entry: tuple[str, str]) -> None:
    rows, _, still_read = _JUNK_SEEN[kind]
    refs = build(rows)
    assert one(refs, *entry)[0] == "no_credential"
    if still_read:
        # a credential typed beside none of them is still read
        assert one(refs, still_read[0], "")[::2] == ("resolved", still_read[1])


def test_a_word_the_list_never_uses_typed_inside_a_name_names_a_kind_the_list_lacks() -> None:
    # States T and Y: "Certified Fundamentals Pastry Cook" had gone to the ACF's "Certified Fundamentals Cook (CFC)",
    # another credential
    refs = state_refs("state_y")
    out = resolve(refs, ("Certified Fundamentals Pastry Cook", "ACF"), ("ACF Certified Fundamentals Cook", ""),
                  rule=H_RULE)
    assert outcomes(out) == [("needs_review", None), ("resolved", "SC46286")]
    # a word typed before or after the name is a clerk's addition, not a kind of it; nor after its first word, a
    # brand the words describe (the issue's "SERVSAFE FOOD PROTECTION MANAGER", test_resolve_calibrate)
    refs = state_refs("state_z")
    assert one(refs, "Google Analytics Cert Jones", "")[::2] == ("resolved", "MO-1966")
    # several words, some of them the list's ("Programming" is FANUC's): States R, U, V, AA and AD
    refs = state_refs("state_v")
    out = resolve(refs, ("NIMS CNC Milling Programming Setup & Ops", ""), ("NIMS CNC Milling Operations", ""),
                  rule=H_RULE)
    assert outcomes(out) == [("needs_review", None), ("resolved", "6147")]


def test_a_products_credential_named_by_its_field_using_it_and_by_the_product_alone_is_one() -> None:
    # States V and X: "Adobe Certified Professional in Visual Design Using Adobe Photoshop" beside "Adobe Photoshop
    # Certified Professional" (or "Photoshop Certified Professional by Adobe"), one exam listed twice, sent
    # "Photoshop" to review
    rows = [("P1", "Adobe Certified Professional in Visual Design Using Adobe Photoshop", "Adobe"),
            ("P2", "Photoshop Certified Professional by Adobe", "Certiport"),
            ("I1", "Adobe Certified Professional in Graphic Design & Illustration Using Adobe Illustrator", "Adobe"),
            ("A1", "Adobe Certified Associate (ACA) Photoshop", "Adobe"),
            ("V1", "Adobe Certified Professional Visual Design Specialist", "Adobe")]
    refs = build(rows)
    assert refs.representative.get("P2") == "P1"
    # the former credential, a word of its own, and a name without the product stay credentials of their own
    assert not {"I1", "A1", "V1"} & set(refs.representative)
    # (beside the former credential "Photoshop" names two; without it, one)
    assert one(refs, "Photoshop", "Adobe")[0] == "needs_review"
    refs = build([r for r in rows if r[0] != "A1"])
    assert one(refs, "Photoshop", "Adobe")[::2] == ("resolved", "P1")
    # State AD: the long name may leave out the programme's "Professional" ("Visual Design Using Adobe Photoshop"
    # beside "Adobe Certified Professional – Adobe Photoshop")
    refs = build([("V1", "Visual Design Using Adobe Photoshop", "Adobe Inc."),
                  ("C1", "Adobe Certified Professional – Adobe Photoshop", "Adobe Inc.")])
    assert refs.representative.get("V1") == "C1"


def test_a_vendor_and_a_word_saying_earned_name_one_of_its_credentials_for_review() -> None:
    # State W: "NCCER certified" was junk, the vendor taken out of the name leaving a placeholder; State AA: "609
    # Certification" from the MACS (a note word, "certification", beside a number) too
    refs = build([("N1", "NCCER Core Curriculum", "NCCER"), ("N2", "NCCER Carpentry Level 1", "NCCER"),
                  ("M1", "MACS: Section 609 Motor Vehicle A/C Certification", "Mobile Air Climate Systems Society")])
    for typed in (("NCCER certified", ""), ("CompTIA certification", ""), ("Certification", "NCCER")):
        assert one(refs, *typed)[0] == "needs_review", typed
    assert one(refs, "609 Certification", "MACS")[::2] == ("resolved", "M1")
    assert one(refs, "Certification", "")[0] == "no_credential"


def test_an_acronym_typed_names_every_credential_holding_the_words_it_spells() -> None:
    # State AB: "State Certificate in ECE" went to the list's one name writing "(ECE)", its Initial Certificate,
    # beside a Short Certificate holding "Early Childhood Education" in words: a certificate the list lacks
    refs = build([("I1", "Washington State Initial Certificate in Early Childhood Education (ECE)", ""),
                  ("S1", "Washington State Short Certificate of Specialization in Early Childhood Education", ""),
                  ("A1", "Commercial Driver License (CDL) Class A", ""), ("B1", "CDL Class B", "")])
    assert one(refs, "State Certificate in ECE", "")[0] == "needs_review"
    assert one(refs, "Initial Certificate in ECE", "")[::2] == ("resolved", "I1")
    # the other name must hold the write-in's other words too ("Class A" is not the "Class B")
    assert one(refs, "Class A CDL", "")[::2] == ("resolved", "A1")


def test_a_plus_before_a_word_of_a_name_is_no_products_plus() -> None:
    # State AB: "Core Plus Construction" (a state's curriculum) was read as "Construction Core Certificate", its
    # "plus" left out as a "+" is ("Security Plus" for "CompTIA Security")
    assert one(state_refs("state_ab"), "Core Plus Construction", "")[0] != "resolved"
    refs = build([("C1", "CONSTRUCTION CORE CERTIFICATE – NCCER", ""), ("S1", "CompTIA Security", "CompTIA")])
    assert one(refs, "CompTIA Security Plus", "")[::2] == ("resolved", "S1")
    assert one(refs, "CompTIA Security+ certification", "")[::2] == ("resolved", "S1")


def test_brackets_writing_a_number_and_some_words_of_one_other_name_give_its_other_name() -> None:
    # State AD: "Refrigerant Handling Certification (EPA 608 Universal)" beside "[EPA] Section 608 Technician
    # Certification – Universal", one credential listed twice, sent "EPA 608 Universal" to review
    refs = build([("U1", "[EPA] Section 608 Technician Certification – Universal", ""),
                  ("T1", "[EPA] Section 608 Technician Certification – Type I", ""),
                  ("R1", "Refrigerant Handling Certification (EPA 608 Universal)", ""),
                  ("S1", "AWS Certified Welder – Structural Steel (AWS D1.1)", "American Welding Society"),
                  ("S9", "AWS Certified Welder – Sheet Metal (AWS D9.1)", "American Welding Society")])
    assert refs.representative.get("R1") == "R1" and refs.representative.get("U1") == "R1"
    assert one(refs, "EPA 608 Universal", "ESCO")[::2] == ("resolved", "R1")
    # another number is another credential: "(AWS D1.1)" is not the D9.1's
    assert not {"S1", "S9", "T1"} & set(refs.representative)


def test_a_misspelt_vendor_is_the_vendor_it_misspells_word_for_word() -> None:
    # States R, T and AC: "Amercian Red Cross", "Amercian Heart Assoc" named no vendor, and the Red Cross's "First
    # Aid/CPR/AED" went to review beside the AHA's Heartsaver
    refs = build([("R1", "Adult and Pediatric First Aid/CPR/AED", "American Red Cross National Headquarters"),
                  ("H1", "Heartsaver First Aid CPR AED", "American Heart Association"),
                  ("P1", "PQA Plus Certification", "National Pork Board")])
    readings = Readings(refs)
    assert readings.vendor_key["Amercian Heart Assoc"] == readings.vendor_key["American Heart Association"]
    assert readings.vendor_key["Amercian Red Cross"] == readings.vendor_key["American Red Cross"]
    # words of four letters or fewer must be the same ("Pro Board" is no "Pork Board")
    assert readings.vendor_key["Pro Board"] == "pro board"
    assert one(refs, "First Aid/CPR/AED", "Amercian Red Cross")[::2] == ("resolved", "R1")


def test_an_organisations_first_word_typed_with_words_saying_it_is_one_is_the_lists_vendor_so_begun() -> None:
    # State AC: "ESCO Institute" was our alias seed's EPA, not the list's "ESCO Group, LLC", and "608 Type 1" from it
    # went to review
    refs = build([("T1", "EPA 608 Type I – Small Appliances", "ESCO Group, LLC"),
                  ("H1", "Heartsaver First Aid CPR AED", "American Heart Association, Inc.")])
    readings = Readings(refs)
    assert readings.vendor_key["ESCO Institute"] == readings.vendor_key["ESCO Group, LLC"]
    # not a first word several of the list's vendors begin with, nor other words than an organisation's
    assert readings.vendor_key["American Institute"] != readings.vendor_key["American Heart Association, Inc."]
    assert one(refs, "608 Type 1", "ESCO Institute")[::2] == ("resolved", "T1")


def test_an_issuer_written_first_before_a_dash_is_the_issuers_part_of_the_name() -> None:
    # State AB: "Washington State Department of Health – Food Worker Card" beside "WASHINGTON STATE FOOD HANDLER'S
    # PERMIT (FOOD WORKER CARD)", one card listed twice, sent "food worker card" to review
    normalize = load_refs_from_seeds(SEEDS_DIR).normalize
    name = "Washington State Department of Health – Food Worker Card"
    assert list_features.issuer_parts(name, normalize) == ["Washington State Department of Health"]
    assert list_features.without_issuer_parts(name, normalize).strip() == "Food Worker Card"
    # a first part naming no organisation is the credential's ("NCCER - Carpentry Level 1"), nor one naming a kind
    # of credential (our list's "College Certificate - Nurse Aide")
    assert list_features.issuer_parts("NCCER - Carpentry Level 1", normalize) == []
    assert list_features.issuer_parts("College Certificate - Nurse Aide", normalize) == []
    refs = build([("F1", name, ""), ("F2", "WASHINGTON STATE FOOD HANDLER'S PERMIT (FOOD WORKER CARD)", ""),
                  ("S1", "ServSafe Food Handler Certificate", "")])
    assert refs.representative.get("F2") == "F1"
    assert one(refs, "food worker card", "")[::2] == ("resolved", "F1")


def test_a_vendor_our_seed_knows_under_the_lists_company_name_is_the_lists() -> None:
    # State AC: "ISC2" typed was no vendor of a list writing "International Information System Security
    # Certification Consortium, Inc.", and "CC" from it went to review beside the ACF's Certified Culinarian (CC)
    refs = build([("C1", "Certified in Cybersecurity (CC)",
                   "International Information System Security Certification Consortium, Inc."),
                  ("C2", "Certified Culinarian (CC)", "American Culinary Federation, Inc.")])
    readings = Readings(refs)
    assert readings.vendor_key["ISC2"] == "international information system security certification consortium inc"
    assert one(refs, "CC", "ISC2")[::2] == ("resolved", "C1")
    assert one(refs, "CC", "")[0] == "needs_review"


def test_a_word_in_capitals_marked_as_a_trade_mark_is_the_names_acronym() -> None:
    # State AD: "PCAP python" (the Python Institute's associate exam, which the list lacks) went to its "PCEP™ –
    # Certified Entry-Level Python Programmer": one letter from the name's acronym, another credential
    assert list_features.written_acronyms("[Python Institute] PCEP™ – Certified Entry-Level Python Programmer",
                                          load_refs_from_seeds(SEEDS_DIR).normalize) == {"pcep"}
    refs = state_refs("state_ad")
    assert one(refs, "PCAP python", "Python Institute")[0] == "needs_review"
    assert one(refs, "PCEP python", "Python Institute")[::2] == ("resolved", "4770")


def test_a_test_provider_typed_is_one_whatever_the_list_calls_it() -> None:
    # State AA: "Excel Expert" from Certiport went to review, the list writing "Certiport, Inc. (Certiport)" beside
    # the credentials it issues itself
    refs = state_refs("state_aa")
    assert one(refs, "Excel Expert", "Certiport")[::2] == ("resolved", "AL-IBC-0790")


def test_the_words_of_one_name_that_another_issuers_name_holds_too_go_to_review() -> None:
    # State W: "Certified Personal Trainer" went to the NASM's "Certified Personal Trainer (CPT)" beside "ACE Certified
    # Personal Trainer"; State X: "EMT" to the state licence beside the registry's "... (NREMT) – EMT"
    refs = build([("N1", "Certified Personal Trainer (CPT)", "NASM"), ("A1", "ACE Certified Personal Trainer", "ACE"),
                  ("E1", "Certified Nursing Assistant (CNA)", "State Department of Health"),
                  ("C1", "College Certificate - Nurse Aide", "Postsecondary Institution")])
    assert one(refs, "Certified Personal Trainer", "")[0] == "needs_review"
    # the issuer typed decides, and a name more than its issuer's words is another credential
    assert one(refs, "Certified Personal Trainer", "NASM")[::2] == ("resolved", "N1")
    assert one(refs, "Certified Nursing Assistant", "")[::2] == ("resolved", "E1")


def test_an_exam_code_the_name_writes_lets_its_other_numbers_be_left_out() -> None:
    # States O, Z, AA, AB, AE: "SACA C-101" went to review; the numbers rule read "Industry 4.0" as numbers the write-in
    # left out, and no candidate was left
    refs = build([("S1", "SACA: Certified Industry 4.0 Associate – Basic Operations (C-101)", "SACA"),
                  ("S3", "SACA: Certified Industry 4.0 Associate – Robot System Operations (C-103)", "SACA"),
                  ("E1", "EPA Section 608 Technician Certification – Type I", "EPA")])
    assert candidates.numbers_left_out(frozenset({"101"}), frozenset({"saca", "c", "101"}),
                                       frozenset({"4", "0", "101"}), (), frozenset({("c", "101")}))
    out = resolve(refs, ("SACA C-101", ""), ("C-103", ""), ("SACA C-101 and C-103", ""))
    assert [(r["resolution_status"], r["credential_code"]) for r in out] == [
        ("resolved", "S1"), ("resolved", "S3"), ("resolved", "S1"), ("resolved", "S3")]
    # the number alone, or after other letters, is no exam code the name writes
    assert not candidates.numbers_left_out(frozenset({"101"}), frozenset({"101"}), frozenset({"4", "0", "101"}), (),
                                           frozenset({("c", "101")}))
    assert one(refs, "D-101", "")[0] == "needs_review"


def test_rows_the_same_but_a_states_name_and_the_issuer_are_one_credential() -> None:
    # States T and W: "CNA" went to review beside "Certified Nursing Assistant (Florida Board of Nursing)" and
    # "NURSING ASSISTANT (STATE CERTIFIED)", one credential listed twice; State AA: beside "Alabama Nurse Aide
    # Registry – Nurse Aide Certification", the registry naming the issuer and "ADPH" its vendor
    refs = build([("N1", "Certified Nursing Assistant (Florida Board of Nursing)", ""),
                  ("N2", "NURSING ASSISTANT (STATE CERTIFIED)", ""),
                  ("A1", "ADPH: Certified Nursing Assistant (CNA)", "Alabama Department of Public Health (ADPH)"),
                  ("A2", "Alabama Nurse Aide Registry – Nurse Aide Certification",
                   "Alabama Department of Public Health (ADPH)"),
                  ("M1", "Certified Medication Aide (CMA)", ""),
                  ("M2", "Certified Medication Aide – Advanced (CMA-A)", ""),
                  ("P1", "Pharmacy Technician (PTCB)", ""), ("P2", "Pharmacy Technician (ExCPT)", "")])
    assert refs.representative.get("N2") == "N1" and refs.representative.get("A2") == "A1"
    assert one(refs, "Certified Nurse Aide", "Alabama Department of Public Health")[::2] == ("resolved", "A1")
    # nor rows of other words, or of two acronyms
    assert "M2" not in refs.representative and "P2" not in refs.representative


def test_a_vendor_the_lists_names_write_typed_before_a_name_is_left_out_for_that_vendors_credential() -> None:
    # State AF: "CompTIA Network Plus" went to review in a list writing "A+ (CompTIA)" beside "Network+ (N10-009)
    # (Computing Technology Industry Association)": "CompTIA" is a word of its names, which the variants keep
    refs = build([("N1", "Network+ (N10-009) (Computing Technology Industry Association)", ""),
                  ("A1", "A+ (CompTIA)", ""), ("C1", "Cloud Essentials+ (CompTIA)", ""),
                  ("F1", "Food Handler Card (County Health Department)", ""),
                  ("S1", "ServSafe Manager (National Restaurant Association)", ""),
                  ("Q1", "Intuit QuickBooks Certified User", ""),
                  ("B1", "Intuit Certified Bookkeeping Professional", "")])
    assert one(refs, "CompTIA Network Plus", "")[::2] == ("resolved", "N1")
    # only for a credential of that vendor: the list has no ServSafe Food Handler, and a vendor before a joining
    # word is a credential of its own
    assert one(refs, "ServSafe Food Handler", "")[0] == "needs_review"
    out = resolve(refs, ("Quickbooks & Intuit Bookkeeping", ""))
    assert [(r["resolution_status"], r["credential_code"]) for r in out] == [("resolved", "Q1"), ("resolved", "B1")]


def test_a_junk_text_our_alias_seed_reads_as_a_vendor_is_not_swapped_with_an_organisation() -> None:
    # State AL: "Dual Credit" from "College of Southern Idaho" went to review: our alias seed reads "dual credit" as a
    # vendor (Postsecondary Institution), so the college was read as the credential typed in the vendor field
    refs = build([("E1", "IDAHO ESTHETICIAN LICENSE", ""), ("N1", "CERTIFIED NURSING ASSISTANT CNA IDAHO", "")])
    out = resolve(refs, ("Dual Credit", "College of Southern Idaho"))
    assert [(r["resolution_status"], r["junk_reason"]) for r in out] == [
        ("no_credential", "not an industry credential: college course credit")]
    # a credential in the vendor field is still put back in its place
    assert one(refs, "Dual Credit", "Certified Nursing Assistant")[::2] == ("resolved", "N1")


def test_the_one_name_of_a_vendor_holding_no_word_of_its_own_beside_the_typed_ones_is_named_whole() -> None:
    # States M, AH, AI, AJ: "Azure Fundamentals" went to review beside "Azure AI Fundamentals (AI-900)", both of
    # Microsoft and holding every word typed; the first holds nothing more but its vendor and exam code
    refs = build([("Z1", "Microsoft: Azure Fundamentals (AZ-900)", "Microsoft Corporation"),
                  ("Z2", "Microsoft: Azure AI Fundamentals (AI-900)", "Microsoft Corporation"),
                  ("P1", "Pharmacy Technician Certification (CPhT)", "PTCB"),
                  ("P2", "ExCPT Pharmacy Technician Certification", "NHA"),
                  ("P3", "Virginia Pharmacy Technician Registration", "Virginia Board of Pharmacy")])
    assert one(refs, "Azure Fundamentals", "")[::2] == ("resolved", "Z1")
    assert one(refs, "Azure AI Fundamentals", "")[::2] == ("resolved", "Z2")
    # not among several vendors' credentials: another issuer's is another credential
    assert one(refs, "Pharmacy Technician", "")[0] == "needs_review"


def test_a_word_spelling_the_words_just_before_it_is_the_names_acronym() -> None:
    # State AL, a list without punctuation: "ACF Certified Culinarian" went to review beside "ACF CERTIFIED PASTRY
    # CULINARIAN CPC"; its own name's "CC" was read as a word of the credential the write-in lacked
    assert list_features.acronym_after_its_words("ACF CERTIFIED CULINARIAN CC") == "cc"
    assert list_features.acronym_after_its_words("CERTIFIED NURSING ASSISTANT CNA IDAHO") == "cna"
    assert list_features.acronym_after_its_words("OSHA 10 HOUR CONSTRUCTION") is None
    refs = state_refs("state_al")
    assert refs.by_code["ID2365"].name == "ACF CERTIFIED CULINARIAN CC"
    # (under bars no candidate clears, as the list's fitted rule's: the write-in holds every word of its name)
    strict = {"kind": "tiers", "clean": {"min_score": 0.95, "min_margin": 0.3},
              "warned": {"min_score": 0.95, "min_margin": 0.3}}
    out = resolve(refs, ("ACF Certified Culinarian", "American Culinary Federation"), rule=strict)
    assert outcomes(out) == [("resolved", "ID2365")]


def test_a_level_typed_by_the_number_the_name_writes_after_the_same_word_is_not_a_level_up() -> None:
    # State AK: "SACA Industry 4.0 Associate II" went to review: its match, "... Associate II – Advanced Operations",
    # holds "Advanced", read as a level above what was typed, where the number typed names the level
    refs = build([("S1", "SACA Certified Industry 4.0 Associate I – Basic Operations", "SACA"),
                  ("S2", "SACA Certified Industry 4.0 Associate II – Advanced Operations", "SACA"),
                  ("W1", "Advanced Welding 1", "AWS")])
    words = Words(refs)
    assert not words.level_up["saca industry 4 0 associate 2", "S2"]
    # not a number of no series of the list: "Welding 1" is no "Advanced Welding 1"
    assert words.level_up["welding 1", "W1"]


def test_a_vendor_our_seed_knows_typed_is_not_another_vendors_credential_the_name_writes() -> None:
    # State AJ, a names-only list: "Google Cybersecurity Certificate" from Google, which the list lacks, went to
    # "ISC2 Certified in Cybersecurity (CC)", the one name holding "cybersecurity"
    refs = build([("C1", "ISC2 Certified in Cybersecurity (CC)", ""), ("G1", "Google Analytics Certification", ""),
                  ("W1", "AWS D1.1 Structural Steel Welder Cert", "AWS"),
                  ("W2", "Welding Code – Steel (D1.1) Qualification", "")])
    assert one(refs, "Google Cybersecurity Certificate", "Google")[0] == "needs_review"
    assert one(refs, "Certified in Cybersecurity", "ISC2")[::2] == ("resolved", "C1")
    # and the other vendors' names are not taken out of those holding every word typed, which would leave a blank
    # row alone to take the code (the taken-out check: "Certified in Cybersecurity" from ISC2, the list without it)
    lacking = build([("C2", "CompTIA Cybersecurity Analyst (CySA+)", ""), ("B1", "Cybersecurity Fundamentals", "")])
    assert one(lacking, "Certified in Cybersecurity", "ISC2")[0] == "needs_review"
    # the list's acronym of the vendor typed in full is the same vendor ("AWS", "American Welding Society")
    assert Words(refs).only_credential_naming_every_word(frozenset({"structural", "steel", "welder"}), frozenset(),
                                                         "american welding society") == "W1"


def test_an_acronym_written_after_its_words_is_a_name_of_its_own() -> None:
    # State AL: "BQA & YQCA" went to review whole: "BQA", written after "BEEF QUALITY ASSURANCE" in a list without
    # brackets, was no name of the list, so the piece scored under the cut's floor
    assert list_features.acronym_after_its_words("PROSTART CERTIFICATE OF ACHIEVEMENT COA") == "coa"
    refs = build([("B1", "BEEF QUALITY ASSURANCE BQA", ""), ("P1", "PORK QUALITY ASSURANCE PLUS PQA PLUS", ""),
                  ("O1", "CERTIFIED OPHTHALMIC ASSISTANT COA", ""),
                  ("O2", "PROSTART CERTIFICATE OF ACHIEVEMENT COA", "")])
    assert one(refs, "BQA", "") == ("resolved", "exact", "B1")
    assert one(refs, "COA", "")[0] == "needs_review"  # two names' acronym


def test_an_acronym_cut_short_with_its_name_is_read_whole() -> None:
    # State AL cuts its names at forty characters: "CERTIFIED CLINICAL MEDICAL ASSISTANT CCM" and "YOUTH FOR THE
    # QUALITY CARE OF ANIMALS YQ" lost their acronyms' last letters, and "CCMA" and "YQCA" went to review
    assert list_features.cut_length(["x" * 40] * 5 + ["short name"]) == 40
    assert list_features.cut_length(["x" * 40] * 4 + ["short name"]) is None
    assert list_features.acronym_after_its_words("CERTIFIED CLINICAL MEDICAL ASSISTANT CCM", cut=True) == "ccma"
    assert list_features.acronym_after_its_words("CERTIFIED CLINICAL MEDICAL ASSISTANT CCM") is None
    refs = state_refs("state_al")
    assert one(refs, "CCMA", "NHA")[::2] == ("resolved", "ID1762")
    assert one(refs, "YQCA", "")[::2] == ("resolved", "ID0121")


def test_a_write_ins_own_acronym_agrees_with_a_name_writing_its_words_in_a_row() -> None:
    # State AJ: "Personal Care Aide (PCA)" went to review: "PCA" was read as another credential's acronym beside
    # "Personal Care Aide Training Program Certificate of Completion (NYSDOH)", whose initials are other
    refs = build([("P1", "Personal Care Aide Training Program Certificate of Completion (NYSDOH)", ""),
                  ("H1", "Certified Hospitality Sales Professional", "")])
    resolver = Resolver(refs, ResolutionConfig())
    assert not resolver._own_acronym_disagrees["personal care aide pca", "P1"]
    # words in another order, or others, are another credential ("Certified Hospitality Supervisor (CHS)")
    assert resolver._own_acronym_disagrees["certified hospitality supervisor chs", "H1"]


def test_comptias_own_short_name_itf_plus_is_it_fundamentals() -> None:
    # State Y: "ITF+" (CompTIA's own short name) went to review against "COMPTIA IT FUND+ (FC0-U61)", a list that
    # never writes it: the abbreviation seed reads it as "IT Fundamentals+"
    refs = build([("F1", "COMPTIA IT FUND+ (FC0-U61)", ""), ("A1", "COMPTIA A+ CERTIF", "COMPTIA")])
    assert one(refs, "ITF+", "Comp TIA") == ("resolved", "exact", "F1")
    assert outcomes(resolve(refs, ("A+ Cert then ITF+", "CompTIA"))) == [("resolved", "A1"), ("resolved", "F1")]


def test_the_initials_of_one_whole_name_typed_first_are_that_credential_not_its_issuer() -> None:
    # State AL: "LICT + ISA Certified Arborist" lost its LICT: the capitals before two of the list's words were read
    # as an issuer typed before the name, though they are the initials of "LANDSCAPE INDUSTRY CERTIFIED TECHNICIAN"
    refs = build([("L1", "LANDSCAPE INDUSTRY CERTIFIED TECHNICIAN", ""), ("A1", "ISA CERTIFIED ARBORIST", ""),
                  ("C1", "MOBILE CRANE OPERATOR", "")])
    assert outcomes(resolve(refs, ("LICT + ISA Certified Arborist", ""))) == [("resolved", "L1"), ("resolved", "A1")]
    # capitals naming no name of the list are still an issuer typed first
    assert Readings(refs)._unknown_issuer("CCOB Mobile Crane Operator", None) == "CCOB"


def test_a_list_writing_one_name_in_two_editions_tells_them_apart_by_the_edition() -> None:
    # State AO lists "NCCER Electrical Level 1 (10th Edition)" and "(11th Edition)" under two codes: the editions,
    # left out as a course book's, made them one credential, and "Electrical Level 1 11th Ed" took the 10th's code
    rows = [("E10", "NCCER Electrical Level 1 (10th Edition)", "NCCER"),
            ("E11", "NCCER Electrical Level 1 (11th Edition)", "NCCER"),
            ("L2", "NCCER Electrical Level 2 (10th Edition)", "NCCER"),
            ("S7", "ServSafe Manager (7th Edition)", "National Restaurant Association"),
            ("S8", "ServSafe Manager (8th Edition)", "National Restaurant Association")]
    refs = build(rows)
    assert refs.normalize("ServSafe Manager 8th ed.") == "servsafe manager edition eighth"
    assert one(refs, "Electrical Level 1 11th Ed", "NCCER")[::2] == ("resolved", "E11")
    assert one(refs, "ServSafe Manager 8th ed.", "NRA")[::2] == ("resolved", "S8")
    assert one(refs, "Electrical Level Two", "")[::2] == ("resolved", "L2")  # one edition listed
    # no edition typed, or one the list lacks: review
    assert one(refs, "ServSafe Manager", "NRA")[0] == "needs_review"
    assert one(refs, "Electrical Level 1 9th Edition", "NCCER")[0] == "needs_review"
    # a list writing each name in one edition leaves editions out, as before
    single = build([rows[0], rows[3]])
    assert single.normalize("ServSafe Manager 8th ed.") == "servsafe manager"
    assert one(single, "ServSafe Manager 6th edition", "")[::2] == ("resolved", "S7")


def test_a_heading_written_before_every_name_is_no_word_of_the_credential() -> None:
    # State AN writes its career field before every name ("Construction - NCCER Construction Technology"): the
    # field's words kept "Construction Technology" and "Introductory Craft Skills" from their names
    names = ["Construction - NCCER Core Curriculum", "Construction - NCCER Carpentry Level 1",
             "Construction - NCCER Construction Technology", "Health Sciences - Certified Nursing Assistant (CNA)",
             "Health Sciences - Pharmacy Technician (CPhT)", "Health Sciences - Certified Medical Assistant",
             "Information Technology - CompTIA A+", "Information Technology - CompTIA Network+",
             "Information Technology - CompTIA Security+", "OSHA 10 Construction"]
    assert list_features.headings(names) == {"construction", "health sciences", "information technology"}
    # one leading part most names share is a family of credentials, no heading ("IC3 Digital Literacy - Level 1")
    assert list_features.headings(names[:3]) == frozenset()
    assert list_features.without_heading(names[2], frozenset({"construction"})) == "NCCER Construction Technology"
    refs = state_refs("state_an")
    assert outcomes(resolve(refs, ("Introductory Craft Skills then Construction Technology", ""))) == [
        ("resolved", "NE-1034"), ("resolved", "NE-1189")]
    # a leading part a few names share is the credential's own ("NIMS Machining Level I - Milling")
    nims = ["NIMS Machining Level I - Milling", "NIMS Machining Level I - Turning", "NIMS Machining Level I - Drill",
            "CompTIA A+", "CompTIA Security+", "OSHA 10 Construction", "OSHA 30 Construction"]
    assert list_features.headings(nims) == frozenset()


def test_a_new_word_put_between_two_words_of_a_name_is_another_credential() -> None:
    # States Z and AO: "Google Data Analytics Certificate", which they lack, was read as "Google Analytics
    # Certification": "Data", a word no name of theirs uses, typed between two words the name writes side by side
    refs = build([("G1", "Google Analytics Certification", "Google"),
                  ("G2", "Google Ads Search Certification", "Google"), ("W1", "NCCER Welding Level 1", "NCCER")])
    assert one(refs, "Google Data Analytics Certificate", "Google")[0] == "needs_review"
    assert one(refs, "Google Analytics Certificate", "Google")[::2] == ("resolved", "G1")
    # a misspelt or abbreviated word of the name, or a word before or after it, is no other credential
    words = Words(refs)
    assert not words.word_put_inside["google analytics certification passed", "G1"]
    assert not words.word_put_inside["nccer weldng level 1", "W1"]


def test_a_word_of_another_subject_put_between_two_words_of_a_name_is_another_credential() -> None:
    # State AM: "NIMS CNC Milling Programming Setup & Ops" was read as "NIMS CNC Milling: Operations", though the
    # list's one "programming" is an IT row's; a word of the name's own subject is no other credential (State M's
    # "private pesticide applicator" is its "Private Applicator Certification", "pesticide" in its siblings' names)
    refs = build([("M1", "NIMS CNC Milling: Operations", "NIMS"), ("M2", "NIMS CNC Turning: Operations", "NIMS"),
                  ("P1", "Python Programming Certification", "Python Institute"),
                  ("A1", "Private Applicator Certification", "Dept of Agriculture"),
                  ("A2", "Commercial Pesticide Applicator", "Dept of Agriculture")])
    assert one(refs, "NIMS CNC Milling Programming Ops", "NIMS")[0] == "needs_review"
    assert one(refs, "NIMS CNC Milling Operations", "NIMS")[::2] == ("resolved", "M1")
    words = Words(refs)
    assert words.word_put_inside["nims cnc milling programming operations", "M1"]
    assert not words.word_put_inside["private pesticide applicator", "A1"]


def test_a_shared_acronym_with_the_words_one_name_alone_ends_with_is_that_name() -> None:
    # States AN and AO: "CDA Credential" went to review beside the dental assistant's "(CDA)", though only the
    # child development associate's name ends with "(CDA) Credential"
    refs = build([("C1", "Child Development Associate (CDA) Credential", "Council for Professional Recognition"),
                  ("D1", "Certified Dental Assistant (CDA)", "DANB"), ("P1", "PLS Certification", ""),
                  ("P2", "Professional Land Surveyor (PLS)", "")])
    assert one(refs, "CDA Credential", "") == ("resolved", "exact", "C1")
    assert one(refs, "CDA", "")[0] == "needs_review"
    # a name that is only the acronym and "Certification" is one of its credentials, which "PLS cert" does not tell
    assert one(refs, "PLS cert", "")[0] == "needs_review"


def test_a_names_only_list_writing_the_issuer_after_a_comma_gives_it_as_the_vendor() -> None:
    # State AP writes "Credential, Issuer" on every name, its vendor column empty: the issuer's words in the names
    # kept "CNA and BLS" (from "DPHHS / AHA") and "PSIA Alpine Level 1" from their names
    rows = [{"credential_code": "B1", "credential_name": "BLS PROVIDER, AMERICAN HEART ASSOCIATION"},
            {"credential_code": "A1", "credential_name": "Alpine instructor level I, PSIA-AASI"},
            {"credential_code": "P1", "credential_name": "Pharmacy technician (CPhT), PTCB"},
            {"credential_code": "W1", "credential_name": "Welding, structural plate, AWS D1.1"},
            {"credential_code": "C1", "credential_name": "Certified nursing assistant"}]
    known = frozenset({"american heart association", "ptcb"})
    assert [(r["credential_name"], r.get("vendor_name")) for r in list_features.issuers_after_commas(rows, known)] == [
        ("BLS PROVIDER", "AMERICAN HEART ASSOCIATION"), ("Alpine instructor level I", "PSIA-AASI"),
        ("Pharmacy technician (CPhT)", "PTCB"), ("Welding, structural plate, AWS D1.1", None),
        ("Certified nursing assistant", None)]
    # not a list with a vendor column, nor one whose names write a comma now and then
    assert list_features.issuers_after_commas([dict(r, vendor_name="X") for r in rows], known) is None
    assert list_features.issuers_after_commas(rows[3:], known) is None
    refs = state_refs("state_ap")
    assert outcomes(resolve(refs, ("CNA and BLS", "DPHHS / AHA"))) == [("resolved", "MT-3230"),
                                                                          ("resolved", "MT-3490")]


def test_a_list_written_inverted_is_read_in_the_order_a_clerk_types() -> None:
    # State BB writes most names inverted, as a card catalogue does: read as issuers after commas, its "Certified
    # (CNA)" was a vendor, and "Certified Phlebotmy Technician" from the NHA was its "Phlebotomy Technician Plus"
    names = ["Nursing Assistant, Certified (CNA)", "Technician, Phlebotomy - Certified (CPT)",
             "Phlebotomy Technician Plus, Certified – NHA (CPT+)", "Electrical, Level I – NCCER",
             "Measurement, Materials and Safety – NIMS Level 1", "Brakes, ASE Entry-Level (Automobile)",
             "CompTIA A+", "Welding, Structural Steel - AWS D1.1"]
    assert list_features.natural_order(names) == [
        "Certified Nursing Assistant (CNA)", "Certified Phlebotomy Technician (CPT)",
        "Certified Phlebotomy Technician Plus – NHA (CPT+)", "Electrical Level I – NCCER",
        "Measurement, Materials and Safety – NIMS Level 1", "ASE Entry-Level Brakes (Automobile)", "CompTIA A+",
        "Structural Steel Welding - AWS D1.1"]
    # not a list writing a comma now and then
    assert list_features.natural_order([*names[:3], *["CompTIA A+"] * 5]) is None
    rows = [{"credential_code": f"C{i}", "credential_name": n, "vendor_name": ""} for i, n in enumerate(names)]
    known = frozenset({"nccer", "nha", "aws", "comptia"})
    assert list_features.issuers_after_commas(rows, known) is None
    refs = build([(f"C{i}", n, "") for i, n in enumerate(names)])
    assert one(refs, "Phlebotomy Tech (CPT)", "NHA")[::2] == ("resolved", "C1")
    assert one(refs, "Certified Nursing Assistant")[::2] == ("resolved", "C0")
    assert one(refs, "ASE Entry Level Brakes")[::2] == ("resolved", "C5")


def test_words_typed_in_full_read_as_an_acronym_a_list_of_short_codes_writes() -> None:
    # State BC (Kentucky-style) writes most names as short codes of acronyms: "Certified Clinical Medical Asst",
    # "Radiation Health & Safety" from the DANB and "Entrepreneurship & Small Business" went to review
    refs = build([("C1", "CCMA-NHA", "National Healthcareer Association"),
                  ("R1", "DANB-RHS", "Dental Assisting National Board"), ("E1", "CERTIPORT-ESB", "Certiport"),
                  ("M1", "Certified Medical Assistant (CMA) – AAMA", "AAMA"), ("I1", "ITS-PYTHON", "Certiport"),
                  ("N1", "NCCER-CORE", "NCCER")])
    assert one(refs, "Certified Clinical Medical Asst")[::2] == ("resolved", "C1")
    assert one(refs, "Radiation Health & Safety", "DANB")[::2] == ("resolved", "R1")
    assert one(refs, "Entrepreneurship & Small Business", "Certiport")[::2] == ("resolved", "E1")
    # not an acronym the credential's name spells ("Certified Medication Aide" is no CMA), nor a run of two words
    # or of acronyms ("IT Support": no ITS)
    assert one(refs, "Certified Medication Aide")[0] == "needs_review"
    assert one(refs, "Google IT Support")[0] == "needs_review"
    # nor on a list written in words, where an acronym typed in full is often another credential's (States N, AA and
    # AN, "Private Pesticide Applicator" with its row taken out: no "PPA: Certified Professional Photographer (CPP)")
    refs = build([("P1", "PPA: Certified Professional Photographer (CPP)", ""), ("W1", "NCCER Welding Level 1", ""),
                  ("C1", "Certified Nursing Assistant", "")])
    assert one(refs, "Private Pesticide Applicator", "GA Dept of Ag")[0] == "needs_review"


def test_a_word_typed_in_full_is_read_as_a_list_of_short_codes_shortens_it() -> None:
    # State BC (Kentucky-style) writes most names as short codes: "Masonry Lvl 1" from NCCER, "CNC Milling Operations"
    # from NIMS and "CCST Networking" went to review
    rows = [("M1", "NCCER-MASN-L1", "NCCER"), ("C1", "NCCER-CABINET-L1", "NCCER"),
            ("N1", "NIMS-CNC-MILL-OPS", "NIMS"), ("N2", "NIMS-CNC-TURN-OPS", "NIMS"),
            ("K1", "CISCO-CCST-NET", "Cisco"), ("K2", "CISCO-CCST-CYBER", "Cisco"),
            ("J1", "ITS-JAVA", "Certiport"), ("W1", "Welding Level 1", "NCCER")]
    refs = build(rows)
    assert one(refs, "Masonry Lvl 1", "NCCER")[::2] == ("resolved", "M1")
    assert one(refs, "CNC Milling Operations", "NIMS")[::2] == ("resolved", "N1")
    assert one(refs, "CCST Networking")[::2] == ("resolved", "K1")
    # each word read as its own shortening ("Turning": "TURN")
    assert one(refs, "CNC Turning Operations", "NIMS")[::2] == ("resolved", "N2")


def test_a_tag_a_list_closes_its_names_with_is_no_word_of_theirs() -> None:
    # State BE (Tennessee-style) closes most names with a funding category in square brackets: "Pharmacy
    # Technician", labelled underspecified, was read as the one row whose tag made its name no exact name of
    # another, and "Computer Science Foundations" (a course) as no course
    names = ["Certified Nursing Assistant [Statewide]", "AWS D1.1 Structural Steel [Regional]",
             "Pharmacy Technician Certification Exam (PTCE) [Statewide - High Value]", "CompTIA A+ [Regional]",
             "OSHA 10-Hour Construction [Foundational]", "ServSafe Manager [Statewide]", "NCCER Core [NCCER]",
             "Welding Level 1 [Regional]", "Welding Level 2", "Firefighter I [Statewide]"]
    assert list_features.without_tags(names, frozenset({"nccer"})) == [
        "Certified Nursing Assistant", "AWS D1.1 Structural Steel", "Pharmacy Technician Certification Exam (PTCE) "
        "[Statewide - High Value]", "CompTIA A+", "OSHA 10-Hour Construction [Foundational]", "ServSafe Manager",
        "NCCER Core [NCCER]", "Welding Level 1", "Welding Level 2", "Firefighter I"]
    # not a list closing a name with a bracket now and then
    assert list_features.without_tags([names[0], *["Welding Level 2"] * 6], frozenset()) is None
    # the names are read without their tags: "Pharmacy Technician" names three credentials alike
    refs = build([("P1", "Certified Pharmacy Technician (CPhT) – PTCB [Statewide - High Value]", ""),
                  ("P2", "Pharmacy Technician Certification Exam (PTCE) [Statewide - High Value]", ""),
                  ("P3", "ExCPT Pharmacy Technician Certification [Statewide]", ""),
                  ("N1", "Certified Nursing Assistant [Statewide]", ""), ("W1", "Welding Level 1 [Regional]", ""),
                  ("W2", "Welding Level 2 [Regional]", ""), ("A1", "CompTIA A+ [Regional]", ""),
                  ("S1", "ServSafe Manager [Statewide]", "")])
    assert one(refs, "Pharmacy Technician")[0] == "needs_review"
    assert one(refs, "Certified Nursing Assistant") == ("resolved", "exact", "N1")


def test_a_note_a_list_writes_after_its_names_is_no_word_of_theirs() -> None:
    # State BF (Hawaii-style) writes an administrative note after many names: "Completed" was read as the Google IT
    # Support certificate "; completed on Coursera", "Cosmetology Lic." as the barber licence "Issued by the Board of
    # Barbering and Cosmetology"
    names = ["Certified Nursing Assistant; must be 16 or older", "CompTIA A+. Both exams required.",
             "Barber License. Issued by the Board of Barbering and Cosmetology.", "Cosmetologist License",
             "Google IT Support Professional Certificate; completed on Coursera", "U.S. Department of Labor OSHA 10",
             "Cert. Prod. Tech. (CPT) – Full", "Welding Level 1"]
    assert list_features.without_notes(names) == [
        "Certified Nursing Assistant", "CompTIA A+", "Barber License", "Cosmetologist License",
        "Google IT Support Professional Certificate", "U.S. Department of Labor OSHA 10",
        "Cert. Prod. Tech. (CPT) – Full", "Welding Level 1"]
    # not a list writing a note now and then
    assert list_features.without_notes([names[0], *["Welding Level 1"] * 10]) is None
    refs = build([(f"C{i}", n, "") for i, n in enumerate(names)])
    assert one(refs, "Completed")[0] == "no_credential"
    assert one(refs, "Cosmetology Lic.", "DCCA")[::2] == ("resolved", "C3")


def test_a_family_a_list_writes_under_one_code_is_named_by_each_member() -> None:
    # State AZ (Ohio-style) writes a fifth of its rows as families: "MOS Excel", "608 Type II" and "OSHA 30
    # Construction" went to review, the family's other members' words and numbers counted against them
    assert list_features.family_members("Microsoft Office Specialist - Word, Excel, PowerPoint or Outlook") == [
        "Microsoft Office Specialist Word", "Microsoft Office Specialist Excel",
        "Microsoft Office Specialist PowerPoint", "Microsoft Office Specialist Outlook"]
    assert list_features.family_members("OSHA 10-Hour or 30-Hour Construction") == [
        "OSHA 10-Hour Construction", "OSHA 30-Hour Construction"]
    assert list_features.family_members("Certified Logistics Associate (CLA) or Certified Logistics Technician (CLT)") \
        == ["Certified Logistics Associate (CLA)", "Certified Logistics Technician (CLT)"]
    # an "or" in brackets, or a name writing none, is no family
    assert list_features.family_members("Neonatal/Pediatric Respiratory Care Specialist (CRT-NPS or RRT-NPS)") == []
    assert list_features.family_members("Measurement, Materials and Safety") == []
    rows = [("M1", "Microsoft Office Specialist - Word, Excel, PowerPoint or Outlook", "Microsoft"),
            ("O1", "OSHA 10-Hour or 30-Hour Construction", "OSHA"), ("G1", "OSHA 10-Hour General Industry", "OSHA"),
            ("E1", "EPA Section 608 Technician Certification – Type I, Type II, Type III or Universal", "EPA"),
            ("A1", "CompTIA A+", "CompTIA"), ("N1", "CompTIA Network+", "CompTIA"),
            ("W1", "NCCER Welding Level 1", "NCCER"), ("C1", "Certified Nursing Assistant (CNA)", "")]
    refs = build(rows)
    assert one(refs, "MOS Excel", "Certiport")[::2] == ("resolved", "M1")
    assert one(refs, "OSHA 30 Construction")[::2] == ("resolved", "O1")
    assert one(refs, "EPA 608 Type II")[::2] == ("resolved", "E1")
    # a member's numbers are no other member's: "OSHA 10 General Industry" is its own row
    assert one(refs, "OSHA 10 General Industry")[::2] == ("resolved", "G1")
    # a list writing a family on one name in twenty or fewer reads none
    assert list_features.families([r[1] for r in rows] + ["CompTIA Security+"] * 60) == {}


def test_a_fuzzy_match_another_issuer_names_with_the_same_words_waits_for_the_vendor() -> None:
    # State AP: "Personal Trainer", typed with no vendor, was read as ACE's "Certified personal trainer" beside
    # NASM's "Certified personal trainer (CPT)", which scored a little lower for its brackets
    refs = build([("A1", "Certified personal trainer", "ACE"), ("N1", "Certified personal trainer (CPT)", "NASM"),
                  ("R1", "Real estate salesperson license", "Montana Board of Realty Regulation")])
    rule = rule_bars(0.66, 0.02)
    assert outcomes(resolve(refs, ("Personal Trainer", ""), rule=rule)) == [("needs_review", None)]
    assert outcomes(resolve(refs, ("Personal Trainer", "ACE"), rule=rule)) == [("resolved", "A1")]


def test_student_organisations_events_and_concurrent_credit_are_no_credentials() -> None:
    # States AM and AO: a student organisation's conference, its name, a pre-apprenticeship programme and a
    # concurrent-credit course went to review
    refs = build([("H1", "HBI Pre-Apprenticeship Certificate Training (PACT) Core", "HBI"),
                  ("A1", "College Algebra Placement", "")])
    for name in ("FBLA State Leadership Conference", "Career Technical Student Organization",
                 "Pre-apprenticeship program", "Concurrent Credit – College Algebra"):
        assert one(refs, name, "")[0] == "no_credential", name


def test_a_version_typed_that_the_name_writes_no_other_of_is_another_version() -> None:
    # State AO: "MOS Excel 2016", "Revit 2023" and "MOS Outlook 2019", whose versions it lacks, were read as its
    # "Excel 2019", "Revit 2024" and "Outlook (Microsoft 365 Apps)"
    refs = build([("E19", "Microsoft Office Specialist: Excel 2019", "Microsoft"),
                  ("E365", "Microsoft Office Specialist: Excel Expert (Microsoft 365 Apps)", "Microsoft"),
                  ("R24", "Autodesk Certified User: Revit 2024", "Autodesk"),
                  ("W1", "Microsoft Office Specialist: Word Associate", "Microsoft"),
                  ("W16", "Microsoft Office Specialist: Word 2016", "Microsoft"),
                  ("A23", "Autodesk Certified User: AutoCAD 2023", "Autodesk")])
    # (years other names write: a year no name writes is left out, "ACU AutoCAD 2024" beside a list of no years)
    rule = rule_bars(0.4, 0.05)
    assert outcomes(resolve(refs, ("Revit 2023", ""), ("MOS Excel 2016", ""), rule=rule)) == [
        ("needs_review", None), ("needs_review", None)]
    assert outcomes(resolve(refs, ("Revit 2024", ""), ("Revit", "Autodesk"), rule=rule)) == [
        ("resolved", "R24"), ("resolved", "R24")]


def test_a_pieces_bracketed_vendor_the_entrys_own_is_read_off_the_piece() -> None:
    # State AO: "CDA (DANB) / RHS / ICE" from DANB left "CDA" to review: the piece kept its "(DANB)" in its text
    # when the bracket named the entry's own vendor (another's was read off already)
    refs = build([("D1", "Certified Dental Assistant (CDA)", "Dental Assisting National Board (DANB)"),
                  ("C1", "Child Development Associate (CDA) Credential", "Council for Professional Recognition"),
                  ("R1", "DANB Radiation Health and Safety (RHS)", "DANB"),
                  ("I1", "DANB Infection Control (ICE)", "DANB")])
    assert outcomes(resolve(refs, ("CDA (DANB) / RHS / ICE", "DANB"))) == [
        ("resolved", "D1"), ("resolved", "R1"), ("resolved", "I1")]


def test_an_exam_code_typed_without_the_letter_the_name_writes_inside_it_is_that_code() -> None:
    # State AO: "IPC 610" from IPC went to review against "IPC-A-610 Certified IPC Specialist (CIS)", read as
    # another exam's code ("IPC 610" beside the name's "A 610"); State AG: "EPA 609" against "EPA Sec. 609 MVAC Cert."
    refs = build([("I1", "IPC-A-610 Certified IPC Specialist (CIS)", "IPC"),
                  ("J1", "IPC J-STD-001 Certified IPC Specialist", "IPC"),
                  ("A1", "Microsoft Azure AI Fundamentals (AI-900)", "Microsoft")])
    words = Words(refs)
    assert not words.exam_code_clash["ipc 610", "I1"]
    assert words.exam_code_clash["az 900", "A1"]  # another exam's letters, as before
    assert outcomes(resolve(refs, ("IPC 610 and J-STD-001", "IPC"))) == [("resolved", "I1"), ("resolved", "J1")]


def test_a_word_typed_for_two_words_a_name_writes_side_by_side_is_read_as_them() -> None:
    # State AM: "FFT2, S-212 Chainsaws" left S-212 to review: "Chainsaws", a word no name uses, is the "Chain Saws"
    # of "S-212 Wildland Fire Chain Saws"
    refs = build([("S1", "S-212 Wildland Fire Chain Saws", "National Wildfire Coordinating Group"),
                  ("F1", "Wildland Firefighter Type 2 (FFT2) – S-130/S-190", "Oregon Department of Forestry"),
                  ("G1", "Game of Logging – Level 1 Chainsaw Safety", "Game of Logging")])
    assert mended_in_context(refs, ["s", "212", "chainsaws"])[-1] == "s 212 chain saws"
    assert not mended_in_context(refs, ["chainsaw", "safety"])  # a word of the list's own
    assert outcomes(resolve(refs, ("S-212 Chainsaws", "ODF"), rule=rule_bars(0.66, 0.02))) == [("resolved", "S1")]


def test_a_name_the_list_reads_as_a_vendor_then_a_dash_and_passed_is_the_name() -> None:
    # State AO: "W!SE Financial Literacy - passed" was junk: the words before the dash read as the vendor (the
    # list's "Working in Support of Education (W!SE)"), "passed" left alone after it
    refs = build([("W1", "W!SE Financial Literacy Certification", "Working in Support of Education (W!SE)"),
                  ("A1", "Heartsaver CPR AED", "American Heart Association")])
    readings = Readings(refs)
    assert readings._vendor_before_a_dash("W!SE Financial Literacy - passed", None) == (
        "W!SE Financial Literacy - passed", None)
    assert readings._vendor_before_a_dash("American Heart Association - Heartsaver CPR AED", None) == (
        "Heartsaver CPR AED", "American Heart Association")
    assert one(refs, "W!SE Financial Literacy - passed", "")[::2] == ("resolved", "W1")


def test_every_states_name_may_be_a_lists_home_state() -> None:
    # State AP: "Montana EMT license" went to review: Montana, whose code is left out of US_STATE_CODES ("MT" is a
    # medical technologist), was no state a list's home could be, and its names-only list writes it in the issuers
    # read off after a comma
    assert list_features.home_states(["Montana Board of Nursing", "x, Montana DPHHS", "Montana FWP"]) == {"montana"}
    rows = [("E1", "EMT – state license, Montana Board of Medical Examiners", ""),
            ("E2", "Emergency medical technician (EMT), NREMT", ""),
            ("C1", "Cosmetologist license, Montana Board of Barbers and Cosmetologists", ""),
            ("N1", "Certified nursing assistant, Montana DPHHS", ""), ("R1", "Hunter education, Montana FWP", "")]
    refs = build(rows)
    assert refs.home_states == {"montana"}
    assert outcomes(resolve(refs, ("Montana EMT license", ""), rule=rule_bars(0.66, 0.02))) == [("resolved", "E1")]


def test_the_programmes_cip_code_a_list_writes_after_its_names_is_no_part_of_them_but_its_alignment() -> None:
    # State AR writes "(51.3902)" after most names: read as the name's numbers, it kept "OSHA 30 hr construction"
    # from "OSHA 30-Hour Construction (46.0000)" (30 correct out of a hundred went to review)
    names = ["OSHA 10-Hour Construction (46.0000)", "OSHA 10-Hour General Industry (47.0000)",
             "OSHA 30-Hour Construction (46.0000)", "Certified Nursing Assistant (51.3902)",
             "ServSafe Manager (12.0500, 12.0503)", "CompTIA A+", "MOS: Excel Associate (MO-200) (52.0407)"]
    written = list_features.cips_written(names)
    assert written is not None
    assert written[0] == ("OSHA 10-Hour Construction", ["46.0000"])
    assert written[4] == ("ServSafe Manager", ["12.0500", "12.0503"])
    assert written[5] == ("CompTIA A+", [])
    # a few names with such a number are no list of CIP codes
    assert list_features.cips_written([*names[:2], "CompTIA A+", "CompTIA Network+", "CompTIA Security+"]) is None
    refs = build([(f"C{i}", n, "") for i, n in enumerate(names)])
    assert refs.by_code["C2"].name == "OSHA 30-Hour Construction"
    assert one(refs, "OSHA 30 hr construction")[::2] == ("resolved", "C2")
    # the list's CIP codes are its alignment: the programme's CIP settles "OSHA 10"
    assert ("C0", "46.0000") in refs.aligned and ("C4", "12.0503") in refs.aligned
    assert one(refs, "OSHA 10")[0] == "needs_review"
    assert outcomes(resolve(refs, ("OSHA 10", "", "46.0000"))) == [("resolved", "C0")]
    # and a CIP code a clerk types is no number of the credential's ("MOS Excel (52.0407)")
    assert one(refs, "certified nursing asst 51.3901")[::2] == ("resolved", "C3")
    assert one(refs, "CompTIA A+ (11.0901)")[::2] == ("resolved", "C5")
    assert one(refs, "MOS Excel (52.0407)", "Microsoft")[::2] == ("resolved", "C6")


def test_a_vendors_web_address_given_for_it_is_the_vendor_it_names() -> None:
    # State AQ gives web addresses in its vendor column: typed "NHA", "MSSC" or "www.nccer.org" named none of its
    # vendors (92.2% correct on arrival)
    aliases = {"nha": "National Healthcareer Association", "mssc": "Manufacturing Skill Standards Council",
               "red cross": "American Red Cross", "amazon": "Amazon Web Services", "comptia": "CompTIA"}
    assert list_features.vendor_of_an_address("nhanow.com", aliases) == "National Healthcareer Association"
    assert list_features.vendor_of_an_address("https://www.comptia.org/", aliases) == "CompTIA"
    assert list_features.vendor_of_an_address("redcross.org", aliases) == "American Red Cross"
    assert list_features.vendor_of_an_address("aws.amazon.com", aliases) == "Amazon Web Services"
    assert list_features.vendor_of_an_address("mass.gov/dph", aliases) == "dph"
    assert list_features.vendor_of_an_address("mnla.com", aliases) == "mnla"
    assert list_features.vendor_of_an_address("National Healthcareer Association", aliases) is None
    assert list_features.vendor_of_an_address("Dept. of Health", aliases) is None
    refs = build([("P1", "CERTIFIED PHLEBOTOMY TECHNICIAN (CPT)", "nhanow.com"),
                  ("P2", "Certified Production Technician (CPT)", "msscusa.org"),
                  ("C1", "Core Curriculum - Introductory Craft Skills", "nccer.org"),
                  ("C2", "Construction Technology Core", "hbi.org")])
    assert one(refs, "CPT", "NHA")[::2] == ("resolved", "P1")
    assert one(refs, "CPT", "MSSC")[::2] == ("resolved", "P2")
    assert one(refs, "Core", "www.nccer.org")[::2] == ("resolved", "C1")


def test_two_bodies_in_a_vendor_cell_are_the_issuer_and_a_partner() -> None:
    # State AT names the issuer and the test provider or a partner in one vendor cell: "Certified Nursing
    # Assistant (CNA)" from "Wyoming State Board of Nursing / Prometric" and "WYOMING CERTIFIED NURSE AIDE" from
    # the board alone were two credentials of two vendors, and "CNA" went to review
    assert list_features.issuer_and_partner("Microsoft via Certiport") == ("Microsoft", "Certiport")
    assert list_features.issuer_and_partner("CompTIA / Pearson VUE") == ("CompTIA", "Pearson VUE")
    assert list_features.issuer_and_partner("S/P2") is None
    refs = build([("N1", "Certified Nursing Assistant (CNA)", "Wyoming State Board of Nursing / Prometric"),
                  ("N2", "WYOMING CERTIFIED NURSE AIDE", "Wyoming State Board of Nursing"),
                  ("R1", "EPA Section 608 Technician Certification – Universal", "EPA / ESCO Institute"),
                  ("C1", "Certified Coding Associate (CCA)", "AHIMA / Pearson VUE"),
                  ("C2", "Cisco Certified CyberOps Associate (CCA)", "Cisco")])
    assert refs.by_code["N1"].vendor_key == refs.by_code["N2"].vendor_key == "wyoming state board of nursing"
    assert one(refs, "CNA", "Wyoming State Board of Nursing")[::2] == ("resolved", "N1")
    # the partner typed names the credential too, but a test provider decides nothing
    assert one(refs, "608 Universal", "ESCO Institute")[::2] == ("resolved", "R1")
    assert one(refs, "CCA", "Pearson VUE")[0] == "needs_review"
    assert one(refs, "CCA", "AHIMA")[::2] == ("resolved", "C1")


def test_two_codes_of_one_kind_typed_are_not_the_name_writing_one_of_them() -> None:
    # State AT: "AWS D1.1 and D9.1", read whole, was "AWS D9.1 Sheet Metal Welder Certification"
    refs = build([("D1", "AWS Certified Welder – D1.1 Structural Steel", "AWS"),
                  ("D9", "AWS D9.1 Sheet Metal Welder Certification", "AWS"),
                  ("S1", "AWS SENSE Level I – Entry Welder", "AWS")])
    words = Words(refs)
    assert words.another_code_too["aws d 1 1 and d 9 1", "D9"]
    assert not words.another_code_too["aws d 9 1 sheet metal", "D9"]
    assert [o for o in outcomes(resolve(refs, ("AWS D1.1 and D9.1", "AWS"))) if o[0] == "resolved"] != [
        ("resolved", "D9")]


def test_a_run_of_words_the_list_writes_as_an_acronym_elsewhere_is_read_as_it() -> None:
    # States O, R and S: "Pharmacy Technician Certification Exam" went to review, the list writing "(PTCE)" on one
    # row and "PTCE" alone on another; State G: "Beef Quality Assurance" beside "... (BQA) Certification"
    refs = build([("N1", "ACT WorkKeys National Career Readiness Certificate (NCRC) - Bronze", "ACT"),
                  ("N4", "ACT WorkKeys NCRC - Platinum", "ACT"), ("N3", "ACT WorkKeys NCRC - Gold", "ACT"),
                  ("C1", "Certified Nursing Assistant (CNA)", "Board of Nursing"),
                  ("C2", "Nurse Aide (CNA) - College Certificate", "County College"),
                  ("C3", "CNA Instructor", "Board of Nursing")])
    assert one(refs, "National Career Readiness Certificate Platinum")[::2] == ("resolved", "N4")
    # not an acronym several credentials share: the run may name one of them
    assert Readings(refs)._runs_as_their_acronyms("certified nursing assistant") == []


def test_an_exams_code_with_a_dash_that_one_name_writes_names_it_whatever_its_other_numbers_and_level() -> None:
    # State AS: "SACA C-101 and C-102" lost its "C-102": the code, with its dash, was no code the list writes, the
    # name's other numbers ("4.0", "II") were not typed, and its "Advanced" a level above the write-in
    refs = build([("S1", "SACA C-101 Certified Industry 4.0 Associate I – Basic Operations",
                   "Smart Automation Certification Alliance"),
                  ("S2", "SACA C-102 Certified Industry 4.0 Associate II – Advanced Operations",
                   "Smart Automation Certification Alliance"),
                  ("M1", "Microsoft Office Specialist: Excel Associate (MO-200)", "Microsoft")])
    assert refs.codes_written["c"] == {"c 101": {"S1"}, "c 102": {"S2"}}
    assert one(refs, "C-102", "SACA")[::2] == ("resolved", "S2")
    assert outcomes(resolve(refs, ("SACA C-101 and C-102", "SACA"))) == [("resolved", "S1"), ("resolved", "S2")]
    # without its code, the advanced level is not the write-in's
    assert one(refs, "SACA Industry 4.0 Associate", "SACA")[2] != "S2"


def test_written_after_a_name_says_its_written_test_was_passed() -> None:
    # States S and AT: "Part 107 and Private Pilot written" went to review, "written" a word no name uses
    refs = build([("P1", "FAA Private Pilot Knowledge Test", "FAA"),
                  ("R1", "FAA Part 107 Remote Pilot Certificate", "FAA"), ("C1", "CDL Class A", "DMV")])
    assert outcomes(resolve(refs, ("Part 107 and Private Pilot written", "FAA"))) == [("resolved", "R1"),
                                                                                      ("resolved", "P1")]
    # a list whose names use the word keeps it
    refs = build([("W1", "Written Communication Certificate", "NOCTI"),
                  ("W2", "Oral Communication Certificate", "NOCTI")])
    assert one(refs, "Written Communication", "NOCTI")[::2] == ("resolved", "W1")


def test_a_subject_licensed_by_class_typed_without_one_goes_to_review() -> None:
    # States O, Q, AM and AQ: "Pesticide License" went to the private (or the core) licence, the list holding a
    # private and a commercial one; every labelled set sends it to review
    refs = build([("P1", "Private Pesticide Applicator License", "Department of Agriculture"),
                  ("P2", "Commercial Pesticide Applicator – Core", "Department of Agriculture"),
                  ("B1", "Barber License", "Board of Barbering")])
    for typed in ("Pesticide License", "Pesticide applicator license", "pesticide applicator"):
        assert one(refs, typed, "Department of Agriculture")[0] == "needs_review", typed
    # a class typed names it; a list of one licence of the subject has nothing to tell apart
    assert one(refs, "Private Pesticide Applicator", "Department of Agriculture")[::2] == ("resolved", "P1")
    assert one(refs, "Commercial pesticide core", "")[::2] == ("resolved", "P2")
    refs = build([("P1", "Private Pesticide Applicator License", "Department of Agriculture"),
                  ("B1", "Barber License", "Board of Barbering")])
    assert one(refs, "Pesticide License", "Department of Agriculture")[::2] == ("resolved", "P1")


def test_a_catalogue_number_written_before_most_names_is_read_as_a_code_not_a_number_of_the_credential() -> None:
    # State AX: "Carpentry Lvl 2" against "0721 - NCCER Carpentry Level 2" went to review, the catalogue number a
    # number no write-in types; "0412" typed alone is that row's
    refs = build([("SD-0718", "0718 - NCCER Carpentry Level 1", ""),
                  ("SD-0721", "0721 - NCCER Carpentry Level 2", ""),
                  ("SD-0412", "0412 - Certified Nursing Assistant", ""),
                  ("SD-0930", "0930 - OSHA 10-Hour General Industry", ""),
                  ("SD-0547", "Certified Electronic Health Record Specialist (CEHRS)", "")])
    assert refs.by_code["SD-0721"].name == "NCCER Carpentry Level 2"
    assert one(refs, "Carpentry Lvl 2", "NCCER")[::2] == ("resolved", "SD-0721")
    assert one(refs, "0412")[::2] == ("resolved", "SD-0412")
    assert outcomes(resolve(refs, ("0412 & 0930", ""))) == [("resolved", "SD-0412"), ("resolved", "SD-0930")]
    # a number several names write is a family's, not a catalogue's
    assert list_features.catalogue_numbers(["608 - Type I", "608 - Type II", "609 - MVAC"]) is None


def test_names_and_vendors_an_old_system_cut_at_a_width_are_made_whole_from_the_lists_own_words() -> None:
    # State AV (and State AL's names): names and vendors cut at 40 characters, "CERTIFIED CLINICAL MEDICAL
    # ASSISTANT (CC" and "OSHA 10-HOUR CONSTRUCTION INDUSTRY OUTRE"
    names = ["CERTIFIED CLINICAL MEDICAL ASSISTANT (CC", "OSHA 10-HOUR CONSTRUCTION INDUSTRY OUTRE",
             "OSHA OUTREACH – CONSTRUCTION 10 HR CARD", "MICROSOFT OFFICE SPECIALIST EXPERT – EXC",
             "MICROSOFT OFFICE SPECIALIST: EXCEL ASSOC", "HVAC EXCELLENCE EMPLOYMENT READY", "BARBER LICENSE",
             "YOUTH FOR THE QUALITY CARE OF ANIMALS (Y", "CERTIFIED PHARMACY TECHNICIAN (PTCB) - C"]
    assert list_features.uncut_column(names) == [
        "CERTIFIED CLINICAL MEDICAL ASSISTANT (CCMA)", "OSHA 10-HOUR CONSTRUCTION INDUSTRY OUTREACH",
        "OSHA OUTREACH – CONSTRUCTION 10 HR CARD", "MICROSOFT OFFICE SPECIALIST EXPERT – EXCEL",
        "MICROSOFT OFFICE SPECIALIST: EXCEL ASSOC", "HVAC EXCELLENCE EMPLOYMENT READY", "BARBER LICENSE",
        "YOUTH FOR THE QUALITY CARE OF ANIMALS (YQCA)", "CERTIFIED PHARMACY TECHNICIAN (PTCB)"]
    # a vendor cut is the one our alias seed names in full that it begins
    assert list_features.uncut("NATIONAL CENTER FOR CONSTRUCTION EDUCATI", 40, {},
                               {"national center for construction education and research", "nocti"}) == \
        "national center for construction education and research"
    # a list typed in full is left as it is
    assert list_features.uncut_column(["CompTIA A+", "Certified Nursing Assistant (CNA)", "OSHA 10"]) is None
    refs = build([(f"ME-{i}", n, "") for i, n in enumerate(names)])
    assert one(refs, "YQCA")[::2] == ("resolved", "ME-7")
    assert one(refs, "MOS Excel Expert")[::2] == ("resolved", "ME-3")


def test_a_name_putting_a_word_between_two_words_typed_side_by_side_is_no_close_call() -> None:
    # States V, AQ and AW: "Azure Fundamentals" went to review, "Microsoft Azure AI Fundamentals (AI-900)" scoring
    # close behind "Microsoft Certified: Azure Fundamentals (AZ-900)"
    refs = build([("AZ", "Microsoft Certified: Azure Fundamentals (AZ-900)", "Microsoft"),
                  ("AI", "Microsoft Azure AI Fundamentals (AI-900)", "Information Technology"),
                  ("CP", "AWS Certified Cloud Practitioner", "Amazon Web Services"),
                  ("CF", "Certified Fundamentals Cook (CFC)", "Culinary Arts")])
    words = Words(refs)
    assert words.word_between["azure fundamentals", "AI"]
    assert not words.word_between["azure fundamentals", "AZ"]
    # a word a list adds without making another credential is none ("OSHA 10-Hour Construction" is "OSHA 10
    # Construction"; a first form read State W's "OSHA 10 Construction & NCCER Core" whole as the construction core)
    refs_w = build([("O1", "OSHA 10-Hour Construction Industry Outreach", "OSHA"),
                    ("N1", "Construction Core Certificate", "NCCER")])
    words_w = Words(refs_w)
    assert not words_w.word_between["osha 10 construction and nccer core", "O1"]
    # the margin is taken over the next candidate that is not more particular (here a cook's certificate)
    (row,) = resolve(refs, ("Azure Fundamentals", ""), rule=H_RULE)
    assert (row["credential_code"], row["candidate_2_code"]) == ("AZ", "AI")
    assert row["margin"] > row["score"] - row["candidate_2_score"] + 0.2
    # typed with the word, it is that one
    assert one(refs, "Azure AI Fundamentals")[::2] == ("resolved", "AI")


def test_a_placeholder_spelt_short_and_a_course_level_after_foundations_are_junk() -> None:
    # State AU: "Industry Cert" (our junk seed's "industry certification") and "Agriscience Foundations 1" (a
    # Florida course) went to review
    refs = build([("N1", "NRF Retail Industry Fundamentals Certification", "NRF Foundation, Inc."),
                  ("O1", "OSHA 10-Hour Construction Industry Outreach Training", "OSHA"),
                  ("F1", "Community Emergency Response Team (CERT)", "FEMA"),
                  ("A1", "Elanco Fundamentals of Animal Science", "iCEV")])
    assert one(refs, "Industry Cert", "FLDOE")[0] == "no_credential"
    assert one(refs, "Agriscience Foundations 1")[0] == "no_credential"
    # a word alone may be an acronym the list writes
    assert one(refs, "CERT")[0] != "no_credential"


def test_a_course_level_then_course_or_class_and_a_subject_word_said_to_be_a_program_are_junk() -> None:
    # States AC, AR and AX: "Welding I class", "Welding I course"; States AC and AQ: "Automotive Program", "Carpentry
    # Program", went to review, names of the list holding the subject's word
    refs = build([("W1", "NCCER Welding Level 1", "NCCER"), ("C1", "NCCER Carpentry Level 1", "NCCER"),
                  ("C2", "NCCER Carpentry Level 2", "NCCER"), ("A1", "ASE Automotive Service Excellence", "ASE"),
                  ("N1", "NCCER Core", "NCCER")])
    for typed in ("Welding I class", "Welding 1 course", "Carpentry Program", "Automotive Program"):
        assert one(refs, typed)[0] == "no_credential", typed
    # a credential's name said to be a program is that credential
    assert one(refs, "NCCER Core program")[::2] == ("resolved", "N1")
    assert one(refs, "Welding Level 1", "NCCER")[::2] == ("resolved", "W1")


def test_a_student_organisations_office_and_a_simulated_workplace_are_junk() -> None:
    # States AV and AR: "FFA Chapter Officer", "Simulated Workplace" (the junk seed)
    refs = build([("F1", "FFA Greenhand Degree", "FFA"), ("S1", "Workplace Safety Certificate", "NSC")])
    assert one(refs, "FFA Chapter Officer")[0] == "no_credential"
    assert one(refs, "Simulated Workplace", "WVDE")[0] == "no_credential"


def test_cisco_it_essentials_a_course_is_junk() -> None:
    # States T and AW: "IT Essentials course", "Cisco IT Essentials course" (the junk seed)
    refs = build([("C1", "Cisco Certified Network Associate (CCNA)", "Cisco"), ("L1", "Linux Essentials", "LPI"),
                  ("A1", "CompTIA IT Fundamentals+ (ITF+)", "CompTIA")])
    assert one(refs, "IT Essentials course")[0] == "no_credential"
    assert one(refs, "Cisco IT Essentials course", "Cisco Networking Academy")[0] == "no_credential"


def test_rows_whose_export_swapped_the_name_and_vendor_columns_are_put_back() -> None:
    # State BJ (Oklahoma-style) swapped its two columns on a fifth of rows: "NCCER Electrical Level 1" and "CCMA"
    # from the NHA went to review, the credential's name read as a vendor and the issuer's as a name
    rows = [{"credential_code": "E1", "credential_name": "National Center for Construction Education & Research",
             "vendor_name": "Electrical Level 1"},
            {"credential_code": "E2", "credential_name": "NCCER Electrical Level II", "vendor_name": "NCCER"},
            {"credential_code": "C1", "credential_name": "National Healthcareer Association (NHA)",
             "vendor_name": "Certified Clinical Medical Assistant (CCMA)"},
            {"credential_code": "A1", "credential_name": "CompTIA", "vendor_name": "A+"},
            {"credential_code": "H1", "credential_name": "Oklahoma State Department of Health",
             "vendor_name": "Home Health Aide"},
            # an issuer's name beside a vendor that is no credential's, a vendor id, or another issuer: as written
            {"credential_code": "N1", "credential_name": "NOTARY PUBLIC COMMISSION",
             "vendor_name": "Oklahoma Secretary of State"},
            {"credential_code": "B1", "credential_name": "Beef Quality Assurance", "vendor_name": "V-0615"},
            {"credential_code": "S1", "credential_name": "ServSafe", "vendor_name": "National Restaurant Association"},
            {"credential_code": "M1", "credential_name": "EMT", "vendor_name": "Emergency Medical Technician"},
            {"credential_code": "P1", "credential_name": "AAPC", "vendor_name": "Certified Professional Coder (CPC®)"}]
    known = frozenset({"comptia", "nccer", "servsafe", "national restaurant association", "beef quality assurance"})
    put_back = list_features.swapped_columns(rows, known)
    assert [(r["credential_name"], r["vendor_name"]) for r in put_back[:5]] == [
        ("Electrical Level 1", "National Center for Construction Education & Research"),
        ("NCCER Electrical Level II", "NCCER"),
        ("Certified Clinical Medical Assistant (CCMA)", "National Healthcareer Association (NHA)"),
        ("A+", "CompTIA"), ("Home Health Aide", "Oklahoma State Department of Health")]
    assert put_back[5:9] == rows[5:9]
    assert (put_back[9]["credential_name"], put_back[9]["vendor_name"]) == (
        "Certified Professional Coder (CPC®)", "AAPC")
    assert list_features.swapped_columns(rows[5:9], known) is None
    refs = build([(r["credential_code"], r["credential_name"], r["vendor_name"]) for r in rows])
    assert one(refs, "Electrical Level 1", "NCCER")[::2] == ("resolved", "E1")
    assert one(refs, "CCMA", "NHA")[::2] == ("resolved", "C1")
    assert one(refs, "CompTIA A+")[::2] == ("resolved", "A1")


def test_a_code_of_the_list_typed_without_dashes_or_with_its_name_names_its_credential() -> None:
    # State BI (Illinois-style): clerks type the state's code for the credential; "IL-IRC-15242" resolved, but not
    # "ILIRC15242", "IL-IRC-15533 Heartsaver" nor "il-irc-21419 cdl class a"
    refs = build([("IL-IRC-15242", "Certified Billing & Coding Specialist (CBCS)", "National Healthcareer Association"),
                  ("IL-IRC-15533", "Heartsaver® First Aid CPR AED", "American Heart Association"),
                  ("IL-IRC-15540", "Heartsaver® CPR AED", "American Heart Association"),
                  ("IL-IRC-21419", "Illinois Commercial Driver's License (CDL) – Class A",
                   "Illinois Secretary of State"),
                  ("IL-IRC-12156", "Microsoft Office Specialist: Excel Associate", "Microsoft"),
                  ("IL-IRC-12126", "Microsoft Office Specialist: Word Associate", "Microsoft")])
    assert one(refs, "ILIRC15242") == ("resolved", "exact", "IL-IRC-15242")
    assert one(refs, "IL-IRC-15533 Heartsaver")[::2] == ("resolved", "IL-IRC-15533")
    assert one(refs, "il-irc-21419 cdl class a")[::2] == ("resolved", "IL-IRC-21419")
    assert outcomes(resolve(refs, ("IL-IRC-12156 Excel Associate & IL-IRC-12126 Word Associate", "ISBE"))) == [
        ("resolved", "IL-IRC-12156"), ("resolved", "IL-IRC-12126")]
    # not a code beside another credential's words: a person decides
    assert one(refs, "IL-IRC-15533 Certified Billing Coding")[0] == "needs_review"


def test_the_state_education_agency_typed_as_vendor_does_not_keep_a_write_in_from_its_issuer() -> None:
    # State BG (Pennsylvania-style): clerks type "PDE" as the vendor, and the list gives the Pennsylvania Department
    # of Education a licence of its own: "NOCTI Plumbing" and "OSHA 10 Construction" from it went to review
    refs = build([("P1", "NOCTI Job Ready Assessment: Plumbing", "NOCTI"),
                  ("P2", "NCCER Plumbing Level One", "NCCER"),
                  ("A1", "NOCTI Job Ready Assessment - Accounting Basic", "NOCTI"),
                  ("O1", "OSHA 10-Hour Construction", "OSHA"), ("O2", "OSHA 10-Hour General Industry", "OSHA"),
                  ("E1", "Paraprofessional Credential of Competency", "Pennsylvania Department of Education")])
    assert one(refs, "NOCTI Plumbing", "PDE")[::2] == ("resolved", "P1")
    assert one(refs, "NOCTI Accounting", "Pennsylvania Dept of Education")[::2] == ("resolved", "A1")
    assert one(refs, "OSHA 10 Construction", "Pennsylvania Department of Education")[::2] == ("resolved", "O1")
    # its own credential stays its own; and what the words do not settle stays for review
    assert one(refs, "Paraprofessional", "PDE")[::2] == ("resolved", "E1")
    assert one(refs, "OSHA 10", "PDE")[0] == "needs_review"


def test_an_issuer_typed_in_the_name_keeps_a_write_in_from_another_issuers_credential() -> None:
    # State BG (Pennsylvania-style), a third of whose rows are NOCTI's tests: "NOCTI Emergency Med Tech" took the
    # state's EMT licence, another issuer's, over NOCTI's Emergency Medical Technology test (which it names, as State
    # BG labels it, since a vendor of the list typed in the name keeps a rare word from naming another vendor's
    # credential: 3822301; it had gone to review)
    refs = build([("N1", "NOCTI Job Ready Assessment - Emergency Medical Technology", "NOCTI"),
                  ("N2", "NOCTI Job Ready Assessment - Carpentry", "NOCTI"),
                  ("E1", "Emergency Medical Technician (EMT)", "Pennsylvania Department of Health – Bureau of EMS"),
                  ("C1", "Certified Nursing Assistant", "Pennsylvania Department of Health")])
    assert one(refs, "NOCTI Emergency Med Tech")[::2] == ("resolved", "N1")
    # the licence without NOCTI typed is the licence
    assert one(refs, "Emergency Med Tech")[::2] == ("resolved", "E1")
    # and NOCTI's test the list lacks is no other issuer's credential ("NOCTI Plumbing" beside NCCER's)
    refs = build([("N2", "NOCTI Job Ready Assessment - Carpentry", "NOCTI"),
                  ("N3", "NOCTI Job Ready Assessment - Welding", "NOCTI"), ("P1", "NCCER Plumbing Level One", "NCCER")])
    assert one(refs, "NOCTI Plumbing")[0] == "needs_review"
    assert one(refs, "NCCER Plumbing 1")[::2] == ("resolved", "P1")


def test_a_word_typed_in_another_form_of_a_name_leaves_the_one_holding_it_as_typed_to_review() -> None:
    # State BJ (Oklahoma-style): "Cosmetology License" from the board took the "Cosmetology Instructor License",
    # which holds its words as typed, beside the "Cosmetologist License" the clerk meant
    refs = build([("I1", "Cosmetology Instructor License", "OSBCB"),
                  ("C1", "Cosmetologist License", "Oklahoma State Board of Cosmetology and Barbering"),
                  ("B1", "Barber License", "OSBCB")])
    assert one(refs, "Cosmetology License", "OSBCB")[0] == "needs_review"
    assert one(refs, "Cosmetology Instructor License", "OSBCB")[::2] == ("resolved", "I1")
    # a name holding no word of its own besides stays the one named
    refs = build([("C1", "Cosmetology License", "Board"), ("C2", "Cosmetologist Apprentice Permit", "Board")])
    assert one(refs, "Cosmetology License", "Board")[::2] == ("resolved", "C1")


def test_a_state_office_a_perkins_status_a_transcript_and_a_program_s_years_are_junk() -> None:
    # States BG and BH: "FBLA - state officer", "Perkins concentrator", "see transcript", "Carpentry program - 3 years"
    refs = build([("C1", "NOCTI Job Ready Assessment - Carpentry", "NOCTI"), ("S1", "State Officer Certification", ""),
                  ("N1", "Certified Nursing Assistant", "")])
    for text in ("FBLA - state officer", "Perkins concentrator", "see transcript", "Carpentry program - 3 years"):
        assert one(refs, text)[0] == "no_credential", text
    # a credential's name holding a word of them stays a credential, and a name of the list wins over our junk seed
    assert one(refs, "NOCTI Carpentry")[::2] == ("resolved", "C1")
    assert one(refs, "State Officer Certification") == ("resolved", "exact", "S1")


def test_a_test_provider_typed_as_vendor_does_not_keep_the_pieces_of_an_entry_from_their_issuers() -> None:
    # States BJ, AQ, AW: "Excel Associate + Excel Expert" and "Premiere Pro & Photoshop" from Certiport went to
    # review piece by piece (a whole entry was read again with no vendor typed, its pieces were not), or the whole
    # to the Excel Expert alone
    refs = build([("A1", "Microsoft Office Specialist: Excel Associate (Microsoft 365 Apps)", "Microsoft"),
                  ("E1", "Microsoft Office Specialist: Excel Expert", "Microsoft"),
                  ("P1", "Adobe Certified Professional in Digital Video Using Adobe Premiere Pro", "Adobe"),
                  ("P2", "Adobe Certified Professional in Visual Design Using Adobe Photoshop", "Adobe"),
                  ("C1", "Customer Service and Sales (CSS)", "NRF Foundation"),
                  ("I2", "IT Specialist – Python", "Certiport"), ("I3", "IT Specialist – Java", "Certiport")])
    assert outcomes(resolve(refs, ("Excel Associate + Excel Expert", "Certiport"))) == [("resolved", "A1"),
                                                                                      ("resolved", "E1")]
    assert outcomes(resolve(refs, ("Premiere Pro & Photoshop", "Certiport"))) == [("resolved", "P1"),
                                                                                ("resolved", "P2")]
    # not an acronym alone, which may be another credential's ("CSS" of an IT Specialist exam the list lacks)
    assert ("resolved", "C1") not in outcomes(resolve(refs, ("IT Specialist - HTML and CSS", "Certiport")))


def test_tv_is_television_not_an_issuer_typed_before_the_name() -> None:
    # State BG: "TV Production - NOCTI Job Ready" read "TV" as an unknown issuer's acronym
    refs = build([("T1", "NOCTI Job Ready Assessment: Television Production", "NOCTI"),
                  ("G1", "NOCTI Job Ready Assessment - Graphic Production Technology", "NOCTI"),
                  ("C1", "Certified Production Technician (CPT)", "MSSC")])
    assert one(refs, "TV Production - NOCTI Job Ready")[::2] == ("resolved", "T1")


def test_an_exam_code_typed_with_the_initials_of_the_names_words_is_that_exam() -> None:
    # States BJ, P and AR: "ICS 200" from FEMA, the "IS-200.C Basic Incident Command System", went to review as
    # another exam of the number 200; "AZ-900" beside "AI-900" still is another exam
    refs = build([("I1", "IS-100.C: Introduction to the Incident Command System, ICS 100", "FEMA"),
                  ("I2", "IS-200.C Basic Incident Command System for Initial Response", "FEMA"),
                  ("I7", "IS-700.B An Introduction to the National Incident Management System (NIMS)", "FEMA"),
                  ("A1", "Microsoft Certified: Azure AI Fundamentals (AI-900)", "Microsoft")])
    assert one(refs, "ICS 200", "FEMA")[::2] == ("resolved", "I2")
    assert one(refs, "AZ-900", "Microsoft")[0] == "needs_review"


def test_a_word_is_not_read_as_its_negation() -> None:
    # State BJ: "Armed Security Guard License" read "armed" as the end of the list's "unarmed"
    refs = build([("U1", "Unarmed Security Guard License", "CLEET"), ("P1", "CLEET Basic Peace Officer Certification",
                                                                        "CLEET")])
    assert one(refs, "Armed Security Guard License", "CLEET")[0] == "needs_review"
    assert one(refs, "Unarmed Security Guard", "CLEET")[::2] == ("resolved", "U1")


def test_a_word_of_the_list_typed_for_a_longer_word_it_starts() -> None:
    # States AH, BK, AF and G: "ASE Brakes (auto)" went to review where the list writes "Auto" in another name and
    # "Automobile" in the brakes row's, and "Automotive" in every row's issuer part
    refs = build([("B1", "ASE Entry-Level Certification – Automobile: Brakes (National Institute for Automotive "
                         "Service Excellence)", ""),
                  ("B2", "ASE Entry-Level Certification – Truck: Brakes (National Institute for Automotive Service "
                         "Excellence)", ""),
                  ("M1", "ASE Auto Maintenance and Light Repair (G1)", ""),
                  ("C1", "I-CAR ProLevel 1 – Non-Structural Technician (Inter-Industry Conference on Auto Collision "
                         "Repair)", "")])
    assert one(refs, "ASE Brakes (auto)", "ASE")[::2] == ("resolved", "B1")
    assert one(refs, "ASE Truck Brakes", "ASE")[::2] == ("resolved", "B2")
    # the word as typed, where a name writes it with the other words typed
    assert one(refs, "ASE Auto Maintenance", "ASE")[::2] == ("resolved", "M1")


def test_a_list_writing_its_words_cut_short() -> None:
    # State BN, a list a clerk wrote in abbreviations: "Bloomberg Market Concepts" and "ACE Group Fitness
    # Instructor" went to review, the list's "Mkt" and "Instr" read as other words than the ones typed
    refs = build([("B1", "Bloomberg Mkt Concepts (BMC)", ""), ("A1", "ASK Business Concepts Cert", ""),
                  ("G1", "ACE Group Fitness Instr", ""), ("P1", "NASM Cert Personal Trainer (CPT)", "")])
    assert one(refs, "Bloomberg Market Concepts", "Bloomberg")[::2] == ("resolved", "B1")
    assert one(refs, "ACE Group Fitness Instructor", "ACE")[::2] == ("resolved", "G1")
    # a word with vowels of its own inside another is no cut of it: "water" is not "wastewater" (with the rule fitted
    # on State H's list, "Class D Wastewater Operator" from the TCEQ had gone to its "Class D Water Operator License")
    assert cut_either_way("mktg", "marketing") and cut_either_way("instructor", "instr")
    assert not cut_either_way("water", "wastewater") and not cut_either_way("cat", "certificate")


def test_a_program_named_by_another_form_of_a_list_word_is_a_program() -> None:
    # State BM: "Cosmetology program" went to review, "cosmetology" being no word of the list's "COSMETOLOGIST
    # LICENSE"; the field's word is another form of the worker's
    refs = build([("C1", "COSMETOLOGIST LICENSE", ""), ("W1", "AWS SENSE ENTRY LEVEL WELDER", ""),
                  ("N1", "NCCER CARPENTRY LEVEL 1", "")])
    assert one(refs, "Cosmetology program", "")[0] == "no_credential"
    assert one(refs, "Cosmetologist License", "")[::2] == ("resolved", "C1")


def test_a_list_cutting_its_words_short_is_read_so() -> None:
    # State BN, a list a clerk wrote in abbreviations: "OSHA-10 General Industry" went to review, the list's "Gen
    # Indust" not read as the words typed; a list writing one name in two or more with a word cut short as the
    # abbreviation seed knows it ("Cert", "Asst", "Lvl") has its other short words read as cut words too
    rule, refs = state_rule("state_bn"), state_refs("state_bn")
    assert Readings(refs)._written_cut_short
    assert outcomes(resolve(refs, ("OSHA-10 General Industry", "CareerSafe"), rule=rule)) == [("resolved", "IRC-2601")]
    # a list written in words is not (State D's)
    assert not Readings(build(list_rows(STATE_D_LIST)))._written_cut_short


def test_the_typed_vendors_name_of_several_holding_the_words_a_word_such_as_card_aside() -> None:
    # State BK: "Food Handlers Card" from the DSHS went to review, "card" held by neither the state's food handler
    # certificate nor the ServSafe Food Handler, so that the typed vendor never chose between them
    refs = build([("F1", "TEXAS FOOD HANDLER CERTIFICATE", "Texas Department of State Health Services"),
                  ("S1", "ServSafe Food Handler", "National Restaurant Association Educational Foundation"),
                  ("M1", "ServSafe Manager", "National Restaurant Association Educational Foundation"),
                  ("C1", "Certified Nurse Aide (CNA)", "Texas Health and Human Services")])
    assert one(refs, "Food Handlers Card", "DSHS")[::2] == ("resolved", "F1")
    assert one(refs, "Food Handler Card", "")[0] == "needs_review"


def test_a_vendors_acronym_of_every_word_of_its_name_small_ones_too() -> None:
    # State BK: the list writes "TCOLE" on one row and "Texas Commission on Law Enforcement" on another, and
    # "Jailer license" from TCOLE went to review as another vendor's credential ("on" had been left out of the
    # initials, "tcle")
    refs = build([("J1", "Basic County Jailer License", "Texas Commission on Law Enforcement"),
                  ("T1", "Telecommunicator License", "TCOLE"),
                  ("P1", "Basic Peace Officer Certification", "Texas Commission on Law Enforcement"),
                  ("C1", "Certified Nurse Aide (CNA)", "Texas Health and Human Services")])
    assert outcomes(resolve(refs, ("Jailer license; Telecommunicator", "TCOLE"))) == [("resolved", "J1"),
                                                                                        ("resolved", "T1")]


def test_two_codes_of_the_list_typed_are_two_credentials() -> None:
    # State BL: "adobe010 + adobe011" was the first code's credential alone, the second code read as words of its
    # name (a code leads a write-in of its credential's words, "IL-IRC-15533 Heartsaver"; not another code)
    refs = build([("ADOBE010", "Adobe Certified Professional in Visual Design using Adobe Photoshop", "Adobe Inc."),
                  ("ADOBE011", "Adobe Certified Professional in Graphic Design & Illustration using Adobe Illustrator",
                   "Adobe Inc."),
                  ("COMPT001", "CompTIA A+ Certified IT Technician", "CompTIA")])
    assert outcomes(resolve(refs, ("adobe010 + adobe011", ""))) == [("resolved", "ADOBE010"), ("resolved", "ADOBE011")]
    assert outcomes(resolve(refs, ("ADOBE010 Photoshop", ""))) == [("resolved", "ADOBE010")]


def test_the_vendor_typed_for_several_credentials_is_one_pieces_vendor() -> None:
    # State BL: "CDA Child Development Associate & Florida Child Care Professional Credential" from the DCF (the
    # state credential's issuer) left the CDA to review, its issuer not the one typed
    rule, refs = state_rule("state_bl"), state_refs("state_bl")
    entry = ("CDA Child Development Associate & Florida Child Care Professional Credential", "DCF")
    assert outcomes(resolve(refs, entry, rule=rule)) == [("resolved", "COUPR001"), ("resolved", "FLDCF001")]
    # alone, the vendor typed still keeps another vendor's credential from the write-in
    assert outcomes(resolve(refs, ("CDA Child Development Associate", "DCF"), rule=rule)) == [("needs_review", None)]


def test_a_vendors_name_is_no_word_of_a_run_read_as_initials() -> None:
    # State BC, a list written as short codes: "ASE Brakes (automobile)" typed with no vendor was read as the initials
    # "ABA" and resolved to the American Bankers Association's "ABA-BANK-TELLER" (seen reading a piece again without
    # the entry's vendor)
    refs = state_refs("state_bc")
    assert ("resolved", "KY-IC-2209") not in outcomes(resolve(refs, ("ASE Brakes (automobile)", "")))


def test_a_bodys_name_led_by_the_acronym_of_another_name_of_the_list_is_that_body() -> None:
    # States AY, O and AG: "IS-100" from FEMA went to review, the list writing the Emergency Management Institute's
    # courses under "FEMA Emergency Management Institute" and another row under "Federal Emergency Management Agency"
    refs = build([("I1", "FEMA IS-100.c – Introduction to the Incident Command System, ICS 100",
                   "FEMA Emergency Management Institute"),
                  ("I7", "NIMS IS-700.b – An Introduction to the National Incident Management System",
                   "FEMA Emergency Management Institute"),
                  ("C1", "CERT – Community Emergency Response Team", "Federal Emergency Management Agency"),
                  ("A1", "ISA Certified Arborist", "International Society of Arboriculture")])
    assert outcomes(resolve(refs, ("IS-100 & IS-700", "FEMA"))) == [("resolved", "I1"), ("resolved", "I7")]
    # not the initials of a name's last words: the ASE Education Foundation is another body
    same, _ = list_features.same_vendors(["ase education foundation",
                                          "national institute for automotive service excellence"])
    assert "ase education foundation" not in same


def test_a_vendor_typed_as_the_lists_first_words_then_the_initials_of_the_rest() -> None:
    # States AV and AK: "EMT" from "Maine EMS" went to review beside the National Registry's EMT, "Maine EMS" not
    # read as the list's "MAINE EMERGENCY MEDICAL SERVICES"
    refs = build([("E1", "EMERGENCY MEDICAL TECHNICIAN (EMT) LICENSE", "MAINE EMERGENCY MEDICAL SERVICES"),
                  ("E2", "NREMT EMT CERTIFICATION", "NATIONAL REGISTRY OF EMERGENCY MEDICAL TECHNICIANS"),
                  ("R1", "EMERGENCY MEDICAL RESPONDER (EMR) LICENSE", "MAINE EMERGENCY MEDICAL SERVICES")])
    readings = Readings(refs)
    assert readings.vendor_key["Maine EMS"] == "maine emergency medical services"
    assert one(refs, "EMT", "Maine EMS")[::2] == ("resolved", "E1")
    assert readings.vendor_key["Ohio EMS"] == "ohio ems"


def test_a_course_and_a_student_competition_of_the_junk_seed() -> None:
    # States AU and BL (Florida-style): "Digital Information Technology" from the FLDOE, a course; State BM: "FCCLA
    # Star Events", a student organisation's competition
    refs = state_refs("state_bl")
    assert one(refs, "Digital Information Technology", "FLDOE")[0] == "no_credential"
    assert one(refs, "FCCLA Star Events", "")[0] == "no_credential"


def test_a_subject_before_fundamentals_said_to_be_a_course_is_a_course() -> None:
    # State AO: "Welding Fundamentals course" went to review; an exam of that name a list lacks still goes there
    refs = build([("W1", "AWS Certified Welder – SMAW Plate", "American Welding Society"),
                  ("A1", "Microsoft Certified: Azure Fundamentals (AZ-900)", "Microsoft"),
                  ("F1", "ACF Certified Fundamentals Cook (CFC)", "American Culinary Federation")])
    assert one(refs, "Welding Fundamentals course")[0] == "no_credential"
    assert one(refs, "Welding Fundamentals class")[0] == "no_credential"
    # a name of the list holds its words: the exam's course is the exam's
    assert one(refs, "Azure Fundamentals course")[0] != "no_credential"
    # not said to be a course: an exam the list lacks, to review
    assert one(refs, "Security Fundamentals")[0] == "needs_review"


def test_a_subject_said_to_be_a_program_in_words_cut_short_or_no_name_writes_is_a_program() -> None:
    # State BI: "Auto Tech program" from a career center and State BH: "Forestry & Natural Resources program" went to
    # review, "auto" cut short from the list's "automotive", "forestry" a word no name writes
    refs = build([("A1", "ASE Entry-Level Automotive: Brakes", "ASE Education Foundation"),
                  ("T1", "Pharmacy Technician (CPhT)", "PTCB"),
                  ("S1", "ServSafe Manager", "National Restaurant Association"),
                  ("R1", "Certified Store Professional (CSP)", "National Retail Federation")])
    assert one(refs, "Auto Tech program", "Kankakee Area Career Center")[0] == "no_credential"
    assert one(refs, "Forestry & Natural Resources program")[0] == "no_credential"
    # not a word one letter from a word of the list (a misspelt name)
    assert one(refs, "Stor Professional Program")[0] != "no_credential"


def test_a_vendors_name_typed_before_the_name_beside_a_test_provider_and_never_read_as_initials() -> None:
    # State BO: "ISC2 CC" from Pearson VUE was the Certiport "IT Specialist – Cybersecurity": "isc" (of "ISC2",
    # cleaned "isc 2") spelled out as that name's initials, the ISC2 typed in the name left there
    refs = build([("I1", "IT Specialist – Cybersecurity", "Certiport"),
                  ("I2", "IT Specialist – Python", "Certiport"),
                  ("C1", "Certified in Cybersecurity (CC)", "ISC2"),
                  ("C2", "Certified Culinarian (CC)", "American Culinary Federation")])
    # the test provider gives way to the list's vendor typed before the name
    assert one(refs, "ISC2 CC", "Pearson VUE")[::2] == ("resolved", "C1")
    # a vendor of the list typed: never the initials of another name
    assert one(refs, "ISC2 CC", "Certiport")[::2] != ("resolved", "I1")
    assert one(refs, "ISC2 CC")[::2] == ("resolved", "C1")


def test_a_write_in_dictated_or_typed_as_it_sounds_is_put_back_where_the_lists_words_say_how() -> None:
    # State BO (write-ins half dictated): "C N A", "Heart saver first aid C P R A E D", "EPA six oh eight universal",
    # "AZ nine hundred", "In Design", "IT Specialist Java Script" (the Java row), "uh the ServSafe manager
    # certification" went to review or to another code
    refs = build([("N1", "Certified Nurse Aide (CNA)", "Virginia Board of Nursing"),
                  ("H1", "Heartsaver First Aid CPR AED", "American Heart Association"),
                  ("E1", "EPA Section 608 Technician – Universal", "EPA"),
                  ("E2", "EPA Section 608 Technician – Type I", "EPA"),
                  ("A1", "Microsoft Certified: Azure Fundamentals (AZ-900)", "Microsoft"),
                  ("A2", "Microsoft Certified: Azure AI Fundamentals (AI-900)", "Microsoft"),
                  ("D1", "Adobe Certified Professional – InDesign", "Adobe"),
                  ("J1", "IT Specialist – Java", "Certiport"),
                  ("J2", "IT Specialist – JavaScript", "Certiport"),
                  ("S1", "ServSafe Manager Certification", "National Restaurant Association"),
                  ("C1", "NCCER Carpentry Level 1", "NCCER"), ("C2", "NCCER Carpentry Level 2", "NCCER"),
                  ("C3", "NCCER Carpentry Level 3", "NCCER")])
    assert one(refs, "C N A")[::2] == ("resolved", "N1")
    assert one(refs, "C.N.A.")[::2] == ("resolved", "N1")
    assert one(refs, "Heart saver first aid C P R A E D", "American Heart Association")[::2] == ("resolved", "H1")
    assert one(refs, "EPA six oh eight universal")[::2] == ("resolved", "E1")
    assert outcomes(resolve(refs, ("AZ nine hundred then A I nine hundred", "Microsoft"))) == [
        ("resolved", "A1"), ("resolved", "A2")]
    assert one(refs, "In Design", "Adobe")[::2] == ("resolved", "D1")
    assert one(refs, "IT Specialist Java Script", "Certiport")[::2] == ("resolved", "J2")
    assert one(refs, "uh the ServSafe manager certification")[::2] == ("resolved", "S1")
    # letters the list has no word of stay apart, and a number no name writes stays spoken
    assert spoken_put_back(refs, "Class A B") == "Class A B"
    assert spoken_put_back(refs, "Carpentry levels one two three") == "Carpentry levels one two three"
    assert spoken_put_back(refs, "Java Script") == "Javascript"
    # two words a name writes apart stay apart
    refs = build([("W1", "Java Script Programming Basics", ""), ("W2", "JavaScript Developer", "")])
    assert spoken_put_back(refs, "Java Script Programming") == "Java Script Programming"


def test_a_write_in_pasted_from_a_resume_is_read_without_the_words_around_the_credential() -> None:
    # State BP (write-ins half pasted from resumes and transcripts): "Passed OSHA 10 General Industry 05/2023",
    # "ParaPro - score 468", "BLS Provider card, expires 11/2025", "Passed AZ-900 on 2nd attempt", "Certifications: A+,
    # Network+, Security+", "Forklift cert - 8 hr class" went to review
    refs = build([("O1", "OSHA 10-Hour General Industry", ""), ("O3", "OSHA 30-Hour Construction", ""),
                  ("P1", "ParaPro Assessment", ""), ("B1", "American Heart Association BLS Provider", ""),
                  ("Z1", "Microsoft Certified: Azure Fundamentals (AZ-900)", ""),
                  ("A1", "CompTIA A+", ""), ("N1", "CompTIA Network+", ""), ("S1", "CompTIA Security+", ""),
                  ("F1", "Forklift Operator Certification", ""), ("M1", "Autodesk Certified User: Maya", ""),
                  ("U1", "Unity Certified User: Artist", "")])
    assert one(refs, "Passed OSHA 10 General Industry 05/2023")[::2] == ("resolved", "O1")
    assert one(refs, "ParaPro - score 468", "ETS")[::2] == ("resolved", "P1")
    assert one(refs, "BLS Provider card, expires 11/2025")[::2] == ("resolved", "B1")
    assert one(refs, "Passed AZ-900 on 2nd attempt")[::2] == ("resolved", "Z1")
    assert outcomes(resolve(refs, ("Certifications: A+, Network+, Security+", "CompTIA"))) == [
        ("resolved", "A1"), ("resolved", "N1"), ("resolved", "S1")]
    assert one(refs, "Forklift cert - 8 hr class")[::2] == ("resolved", "F1")
    # not a credential's hours, a version typed after a product, a year the list writes, nor an exam's numbers
    assert without_resume_words(refs, "OSHA 30-Hour Construction") == "OSHA 30-Hour Construction"
    assert without_resume_words(refs, "Maya 2022 & Unity Artist") == "Maya 2022 & Unity Artist"
    assert without_resume_words(refs, "A+ 220-1101/1102") == "A+ 220-1101/1102"
    assert without_resume_words(refs, "Senior Year Plus") == "Senior Year Plus"
    assert without_resume_words(refs, "Excel Associate - score 812/1000, 2nd attempt") == "Excel Associate"
    # the school it was earned through, and college credits
    assert without_resume_words(refs, "CNA through Lakeview Health Academy w/ Ms. Ortiz") == "CNA"
    assert without_resume_words(refs, "ECE Initial Certificate (12 credits)") == "ECE Initial Certificate"
    assert without_resume_words(refs, "EPA 608 from ESCO Institute") == "EPA 608 from ESCO Institute"


def test_a_piece_typed_as_a_whole_name_of_another_credential_is_not_left_out_by_the_whole() -> None:
    # State BQ: "AWS Certified Welder & AWS SENSE Level 1" from the AWS was read whole as the SENSE Entry Welder,
    # whose name holds every word of the first piece but not the piece
    refs = state_refs("state_bq")
    assert outcomes(resolve(refs, ("AWS Certified Welder & AWS SENSE Level 1", "American Welding Society"),
                            rule=state_rule("state_bq"))) == [("resolved", "ND6137"), ("resolved", "ND6144")]
    # a piece that is a run of the whole's match is no other credential
    refs = build([("C1", "NCCER Core", "NCCER"), ("C2", "NCCER Carpentry Level 1 and NCCER Core", "NCCER")])
    assert outcomes(resolve(refs, ("NCCER Carpentry Level 1 & NCCER Core", "NCCER"))) == [("resolved", "C2")]


def test_a_student_organisations_office_a_youth_award_volunteering_a_test_provider_alone_are_no_credentials() -> None:
    # State BP (resume lines): "FFA Chapter Treasurer", "Eagle Scout", "Volunteer at Providence hospital 40 hrs"; State
    # BQ: "Pearson VUE" alone
    refs = state_refs("state_bp")
    for typed in ("FFA Chapter Treasurer", "Eagle Scout", "Volunteer at Providence hospital 40 hrs", "Pearson VUE"):
        assert one(refs, typed)[0] == "no_credential", typed
    # a credential named so is still one: to review when the list lacks it
    assert one(refs, "Volunteer Firefighter")[0] == "needs_review"
    assert one(refs, "Certified Legal Secretary")[0] != "no_credential"


def test_a_last_clause_counting_what_was_done_is_no_word_of_a_credential() -> None:
    # State BP: "MSSC CPT - all 4 modules", "VITA Basic cert - prepared 14 returns" went to review
    refs = build([("C1", "MSSC Certified Production Technician (CPT)", ""), ("V1", "IRS VITA Basic Certification", ""),
                  ("G1", "Glazier Certification Level 1", ""), ("G2", "Glazier Certification Level 2", "")])
    assert one(refs, "MSSC CPT - all 4 modules")[::2] == ("resolved", "C1")
    assert one(refs, "VITA Basic cert - prepared 14 returns", "IRS")[::2] == ("resolved", "V1")
    # a level, an exam or a word of the list's after the dash stays
    for typed in ("Glazier Certification Level - 1", "Glazier Cert. - L1", "Certified Novell Administrator - 4 exam",
                  "Glazier - 2 levels"):
        assert without_resume_words(refs, typed) == typed, typed


def test_a_workers_word_typed_with_the_vendor_is_the_form_its_names_write() -> None:
    # State BO: "Welder Level 1" from the NCCER and "Boater Safety" from the wildlife agency went to review
    refs = build([("W1", "NCCER Welding Level 1", "NCCER"), ("W2", "NCCER Welding Level 2", "NCCER"),
                  ("B1", "Boating Safety Education Certificate", "Virginia Department of Wildlife Resources"),
                  ("H1", "Hunter Education Certification", "Virginia Department of Wildlife Resources"),
                  ("F1", "ServSafe Food Handler", "National Restaurant Association"),
                  ("C1", "Food Handling Fundamentals Course Certificate", "Acme Training")])
    assert one(refs, "Welder Level 1", "NCCER")[::2] == ("resolved", "W1")
    assert one(refs, "Boater Safety", "Virginia Department of Wildlife Resources")[::2] == ("resolved", "B1")
    # not without the vendor, nor where the form is another vendor's
    assert one(refs, "Boater Safety")[0] == "needs_review"
    assert one(refs, "Food Handler", "National Restaurant Association")[::2] == ("resolved", "F1")


def test_a_write_in_keyed_by_ocr_is_put_back_where_the_lists_words_say_how() -> None:
    # State BU (write-ins half keyed from scanned forms by OCR): "OSHA l0 Con- struction", "EPA 6O8 Type l and Type
    # ll", "Cosrnetology License", "Adobe lllustrator", "ServSafeManager", "AWS Dl.l" went to review; "n0ne" and
    # "Ski11sUSA" were no junk
    refs = build([("O1", "OSHA 10-Hour Construction", "OSHA"), ("O2", "OSHA 10-Hour General Industry", "OSHA"),
                  ("E1", "EPA Section 608 Type I", "EPA"), ("E2", "EPA Section 608 Type II", "EPA"),
                  ("C1", "Cosmetology License", "State Board of Cosmetology"),
                  ("A1", "Adobe Certified Professional – Illustrator", "Adobe"),
                  ("A2", "Adobe Certified Professional – Photoshop", "Adobe"),
                  ("S1", "ServSafe Manager", "National Restaurant Association"),
                  ("S2", "ServSafe Food Handler", "National Restaurant Association"),
                  ("W1", "AWS D1.1 Structural Steel", "American Welding Society"),
                  ("T1", "ASE A1 Engine Repair", "ASE"), ("T5", "ASE A5 Brakes", "ASE"),
                  ("F1", "S-130/S-190 Wildland Firefighter", "NWCG")])
    assert ocr_put_back(refs, "OSHA l0 Con- struction") == "OSHA 10 Construction"
    assert ocr_put_back(refs, "EPA 6O8 Type l and Type ll") == "EPA 608 Type I and Type II"
    assert ocr_put_back(refs, "Adobe lllustrator") == "Adobe illustrator"
    assert ocr_put_back(refs, "[x] Cosrnetology License ____") == "Cosmetology License"
    assert ocr_put_back(refs, "AWS Dl.l") == "AWS D1.1"
    assert ocr_put_back(refs, "Name of certification: ServSafeManager") == "ServSafe Manager"
    assert outcomes(resolve(refs, ("OSHA l0 Con- struction & EPA 6O8 Type l", "0SHA"))) == [
        ("resolved", "O1"), ("resolved", "E1")]
    assert one(refs, "Cosrnetology License", "State Board of Cosrnetology")[::2] == ("resolved", "C1")
    assert one(refs, "ServSafeManager", "Nationa| Restaurant Assoc")[::2] == ("resolved", "S1")
    for typed in ("n0ne", "Ski11sUSA", "O5/2O24", "Name of certification: ____"):
        assert one(refs, typed)[0] == "no_credential", typed
    # a test's letter and digit, a code with a capital S, a word the list has no reading of, and a brand written
    # in capitals inside stay as typed
    for typed in ("ASE A1 A5", "S130/S190", "Landscape Interior Tech", "InDesign", "HVAC L1", "nccer plumbing l1"):
        assert ocr_put_back(refs, typed) == typed, typed
    # State CR: a "B" read for an 8 after a digit ("60B"), not one opening a code ("B2")
    assert ocr_put_back(refs, "EPA SECTION 60B TYPE I") == "EPA SECTION 608 TYPE I"
    assert ocr_put_back(refs, "ASE B2 Painting") == "ASE B2 Painting"


def test_a_welding_codes_numbers_may_be_left_out_and_the_processes_trade_names_read_as_theirs() -> None:
    # State BT (trades by craft, level and weld position): "FCAW 3G", "SMAW 3G Limited", "GTAW 6G pipe cert" went to
    # review, the "1" of "AWS D1.1" in every name being a number the write-in did not type; "Stick 4F fillet" and
    # "Flux core 4G" too, Stick and Flux core being the trade's names of SMAW and FCAW
    refs = build([("F3", "AWS D1.1 FCAW 3G Unlimited", ""), ("F4", "AWS D1.1 FCAW 4G Unlimited", ""),
                  ("F5", "AWS D1.1 FCAW 3F Fillet", ""), ("S4", "AWS D1.1 SMAW 4F Fillet", ""),
                  ("S3", "AWS D1.1 SMAW 3G Unlimited", ""), ("S5", "AWS D1.1 SMAW 3G Limited Thickness", ""),
                  ("W3", "NCCER Welding Level 3", ""), ("P1", "EPA Section 608 Type I", "")])
    assert one(refs, "FCAW 3G")[::2] == ("resolved", "F3")
    assert one(refs, "SMAW 3G Limited - passed")[::2] == ("resolved", "S5")
    assert outcomes(resolve(refs, ("FCAW 3G + 4G", ""))) == [("resolved", "F3"), ("resolved", "F4")]
    assert one(refs, "Stick 4F fillet", "AWS")[::2] == ("resolved", "S4")
    assert one(refs, "Flux core 4G", "AWS")[::2] == ("resolved", "F4")
    # the code's letter typed with another number is another code
    assert one(refs, "AWS D1.5 FCAW 3G")[0] == "needs_review"


def test_a_name_written_as_typed_beats_its_vendors_other_name_read_so_and_a_vendor_after_a_dash_is_the_vendor() -> None:
    # State BS: "BLS Provider" from the AHA tied the AHA's "BLS Provider" with its "BLS for Healthcare Providers (CPR
    # and AED)", which our abbreviations read as "BLS Provider (CPR and AED)"; "CPT - NHA" was cut in two pieces
    refs = build([("B1", "BLS Provider", "American Heart Association"),
                  ("B2", "BLS for Healthcare Providers (CPR and AED)", "AHA"),
                  ("B3", "Basic Life Support (BLS)", "American Red Cross"),
                  ("P1", "Certified Phlebotomy Technician (CPT)", "NHA"),
                  ("P2", "Certified Personal Trainer (CPT)", "National Academy of Sports Medicine")])
    assert one(refs, "BLS Provider", "AHA")[::2] == ("resolved", "B1")
    assert one(refs, "CPT - NHA")[::2] == ("resolved", "P1")
    # another vendor's name read so still ties (a name whose brackets say another level: test_a_five_thousand_row_list)
    refs = build([("B1", "BLS Provider", "American Heart Association"),
                  ("B2", "BLS for Healthcare Providers (CPR and AED)", "American Red Cross")])
    assert one(refs, "BLS Provider")[0] == "needs_review"


def test_the_initials_of_a_vendor_of_the_list_before_a_shared_acronym_are_the_vendor() -> None:
    # State BV: "AHIMA CCA", the vendor field blank, went to review between the coding associate and the crop adviser
    refs = build([("C1", "Certified Coding Associate (CCA)", "American Health Information Management Association"),
                  ("C2", "Certified Crop Adviser (CCA)", "American Society of Agronomy")])
    assert one(refs, "AHIMA CCA")[::2] == ("resolved", "C1")
    assert one(refs, "ASA CCA")[::2] == ("resolved", "C2")
    # initials of no vendor of the list decide nothing
    assert one(refs, "ABC CCA")[0] == "needs_review"


def test_a_college_course_in_brackets_an_attendance_award_and_clinical_rotations_are_no_credentials() -> None:
    # State BS: "Anatomy & Physiology (dual credit)" from a community college was the DANB's "Anatomy, Morphology and
    # Physiology (AMP)", the bracket read as a vendor (our alias seed's postsecondary institution); "Clinical
    # rotation hours" went to review; State BT: "Perfect attendance award" too
    refs = build([("A1", "Anatomy, Morphology and Physiology (AMP)", "Dental Assisting National Board"),
                  ("C1", "Certified Clinical Medical Assistant (CCMA)", "NHA"),
                  ("S1", "STNA - State Tested Nurse Aide", "Ohio Department of Health")])
    for typed, vendor in (("Anatomy & Physiology (dual credit)", "Community College"),
                          ("Clinical rotation hours", "Mercy Hospital"), ("Perfect attendance award", "")):
        assert one(refs, typed, vendor)[0] == "no_credential", typed
    # a piece of its own beside a credential is that piece's junk only
    assert outcomes(resolve(refs, ("STNA and dual credit", ""))) == [("resolved", "S1")]


def test_a_number_in_an_exams_shape_typed_alone_goes_to_review_not_junk() -> None:
    # State BV: "98-361", a retired Microsoft exam the list lacks, typed with no vendor, was junk
    refs = build([("A1", "CompTIA A+ (220-1101 and 220-1102)", "CompTIA"), ("N1", "Cisco CCNA (200-301)", "Cisco")])
    assert one(refs, "98-361")[0] == "needs_review"
    assert one(refs, "200-301")[::2] == ("resolved", "N1")
    # other numbers alone stay no credential
    for typed in ("12345", "4-1", "2024"):
        assert one(refs, typed)[0] == "no_credential", typed


def test_a_checklist_pasted_from_a_tracker_keeps_the_items_marked_earned_and_leaves_out_the_others() -> None:
    # State BY: write-ins pasted from a district's tracking spreadsheet or a checklist form. "[x] OSHA 10 [ ] OSHA 30"
    # resolved both (the boxes read as OCR marks); "MOS Word | MOS Excel - failed" and "CCMA (passed)  CPT (passed)
    # CET (failed)" were junk whole (the junk seed's "failed"); "ESB: 1; CSB: 0" resolved both
    refs = build([("O1", "OSHA 10-Hour Construction", "OSHA"), ("O3", "OSHA 30-Hour Construction", "OSHA"),
                  ("W1", "Microsoft Office Specialist: Word Associate", "Microsoft"),
                  ("X1", "Microsoft Office Specialist: Excel Associate", "Microsoft"),
                  ("M1", "Certified Clinical Medical Assistant (CCMA)", "NHA"),
                  ("E1", "Certified EKG Technician (CET)", "NHA"),
                  ("B1", "Entrepreneurship and Small Business (ESB)", "Certiport"),
                  ("C1", "Communication Skills for Business (CSB)", "Certiport"),
                  ("H1", "ServSafe Food Handler", "National Restaurant Association"),
                  ("H2", "ServSafe Manager", "National Restaurant Association")])
    assert outcomes(resolve(refs, ("[x] OSHA 10 Construction [ ] OSHA 30 Construction", ""))) == [("resolved", "O1")]
    assert outcomes(resolve(refs, ("OSHA 10 Construction ✘ OSHA 30 Construction ✔", ""))) == [("resolved", "O3")]
    assert outcomes(resolve(refs, ("MOS Word | MOS Excel - failed", ""))) == [("resolved", "W1")]
    assert outcomes(resolve(refs, ("CCMA (passed)  CET (failed)", "NHA"))) == [("resolved", "M1")]
    assert outcomes(resolve(refs, ("ESB: 1; CSB: 0", "Certiport"))) == [("resolved", "B1")]
    assert outcomes(resolve(refs, ("1) ServSafe Food Handler 2) ServSafe Manager - scheduled", ""))) == [
        ("resolved", "H1")]
    assert outcomes(resolve(refs, ("Food Handler: Yes; Manager: Yes", "ServSafe"))) == [
        ("resolved", "H1"), ("resolved", "H2")]
    # dates and scores in cells of their own are no part of the name
    assert one(refs, "OSHA 30 Construction - 04/2024 - 712")[::2] == ("resolved", "O3")
    # every item marked not earned: no credential
    for typed in ("[ ] OSHA 10 Construction [ ] OSHA 30 Construction", "CCMA: No; CET: No", "CET - scheduled 06/2024"):
        assert one(refs, typed)[0] == "no_credential", typed
    # with the junk seed's reason where it has one, else the checklist's
    assert resolve(refs, ("CET - failed", ""))[0]["junk_reason"] == "not earned: failed attempt"
    assert resolve(refs, ("CCMA: No; CET: No", ""))[0]["junk_reason"].startswith("not earned: every item")
    # an unticked box alone is a form's, read by OCR, not a mark; "10/30" is no date
    assert one(refs, "☐ CCMA")[::2] == ("resolved", "M1")
    assert outcomes(resolve(refs, ("OSHA 10/30 Construction", ""))) == [("resolved", "O1"), ("resolved", "O3")]


def test_a_rank_and_a_surname_a_teachers_name_with_a_role_in_brackets_and_youth_programmes_are_no_credentials() -> None:
    # State BZ: "Sgt. Ramirez" and "Ms. Patel (instructor)" went to review (the list's "Fire Instructor I" made
    # "instructor" a word of a credential), and so did "Law Enforcement Explorers Post 501" and "EMS ride-along hours"
    refs = build([("F1", "Fire Instructor I", ""), ("E1", "Emergency Medical Technician (EMT)", ""),
                  ("S1", "Security Officer Level II", ""), ("L1", "Law Enforcement Telecommunicator", "")])
    for typed in ("Sgt. Ramirez", "Ms. Patel (instructor)", "Lt. Nguyen - instructor",
                  "Law Enforcement Explorers Post 501", "EMS ride-along hours", "Cadet Corps", "Teen Court volunteer"):
        assert one(refs, typed)[0] == "no_credential", typed
    # a rank needs its full stop, and a word of a credential after the name keeps it one
    assert one(refs, "Sgt Security Officer Level II")[::2] == ("resolved", "S1")
    assert one(refs, "Ms. Patel - Fire Instructor I")[0] != "no_credential"


def test_a_vendor_the_list_writes_abbreviated_that_ends_another_spelt_out_is_that_vendor() -> None:
    # State BW: the list spells its agriculture department four ways; "Dept. of Agriculture" was a vendor of its own,
    # so "Cat 3A" from "Dept of Ag" (read as the "State Department of Agriculture") went to review against its own
    # "Category 3A" row, written with "Dept. of Agriculture"
    refs = build([("P1", "Commercial Pesticide Applicator – Category 1A Agricultural Plant", "State Department of "
                   "Agriculture"), ("P3", "Commercial Pesticide Applicator – Category 3A Ornamental and Turf",
                                    "Dept. of Agriculture"),
                  ("P4", "Commercial Pesticide Applicator – Category 3B Golf Course Turf", "Dept. of Agriculture"),
                  ("N1", "NCCER Core", "NCCER")])
    assert refs.vendor_alias["dept of agriculture"] == refs.vendor_alias["state department of agriculture"]
    assert one(refs, "Category 3A", "State Department of Agriculture")[::2] == ("resolved", "P3")
    # only the end of a longer name: "Department of Health" is not the "Department of Agriculture"
    same, _ = list_features.same_vendors(["dept of health", "state department of agriculture"],
                                         spell=lambda s: s.replace("dept", "department"))
    assert same == {}


def test_my_before_a_credential_in_a_students_own_words_is_left_out() -> None:
    # State BX: a senior exit survey, students typing what they earned: "my forklift license" and the "my hha" of
    # "i got my cna and my hha" went to review
    refs = build([("F1", "Forklift Operator Certification", ""), ("N1", "Certified Nursing Assistant (CNA)", ""),
                  ("H1", "Home Health Aide (HHA)", ""), ("D1", "Commercial Driver License Class A", "DMV")])
    assert one(refs, "my forklift operator cert", "school")[::2] == ("resolved", "F1")
    assert outcomes(resolve(refs, ("i got my cna and my hha", ""))) == [("resolved", "N1"), ("resolved", "H1")]
    assert one(refs, "my cdl class a", "dmv")[::2] == ("resolved", "D1")


def test_youth_organisations_contests_an_sae_and_drivers_ed_are_no_credentials() -> None:
    # State BW and BX (junk seed): "4-H", "Envirothon", "CDE - Career Development Event", "Livestock Judging Team",
    # "SAE - supervised agricultural experience" and "drivers ed" went to review
    refs = build([("H1", "Hunter Education Certification", "DNR"), ("O1", "Outdoor Power Equipment Technician – "
                   "4-Stroke Engines", "EETC"), ("C1", "Commercial Driver License Class A", "DMV")])
    for typed, vendor in (("4-H", "Cooperative Extension"), ("Envirothon", "DNR"), ("CDE - Career Development Event",
                          "FFA"), ("Livestock Judging Team", ""), ("SAE - supervised agricultural experience", ""),
                          ("drivers ed", "")):
        assert one(refs, typed, vendor)[0] == "no_credential", typed
    assert one(refs, "OPE 4-stroke", "EETC")[0] != "no_credential"


def test_cosmo_is_cosmetology() -> None:
    # State BX (abbreviation seed): "cosmo license" from a beauty school went to review between the cosmetology and
    # the barber licences
    refs = build([("C1", "Cosmetology Operator License", "State Board of Cosmetology"),
                  ("B1", "Barber License", "State Board of Barber Examiners"),
                  ("N1", "Nail Technician License", "State Board of Cosmetology")])
    assert one(refs, "cosmo license", "beauty school")[::2] == ("resolved", "C1")


def test_the_everyday_names_of_hunter_education_and_the_flagger_card() -> None:
    # State BX (abbreviation seed): students' "hunters safety" and "flagging card" went to review
    refs = build([("H1", "Hunter Education Certification", "State Department of Natural Resources"),
                  ("B1", "Boater Education Card", "State Department of Natural Resources"),
                  ("F1", "Flagger Certification", "ATSSA")])
    assert one(refs, "hunters safety", "dnr")[::2] == ("resolved", "H1")
    assert one(refs, "flagging card", "atssa")[::2] == ("resolved", "F1")


def test_another_states_licence_is_not_the_home_states() -> None:
    # State CD: a New Mexico list; "Colorado cosmetology license" went to its "NM Cosmetology License" and "Arizona
    # Food Handler Card" to its "New Mexico Food Handler Card"
    refs, rule = state_refs("state_cd"), state_rule("state_cd")
    assert refs.by_code["NM16109"].name == "New Mexico Food Handler Card"
    out = resolve(refs, ("Colorado cosmetology license", ""), ("Arizona Food Handler Card", "Maricopa County"),
                  ("Arizona food handler card", ""), ("New Mexico food handler card", ""), rule=rule)
    assert outcomes(out) == [("needs_review", None)] * 3 + [("resolved", "NM16109")]
    # the state the credential's own name or vendor writes keeps it
    refs = build([("T1", "Veterinary Assistant Level I", "Texas Veterinary Medical Association"),
                  ("F1", "Florist Level One", "Texas State Florists' Association")])
    assert one(refs, "Texas vet assistant level 1")[::2] == ("resolved", "T1")


def test_a_test_provider_typed_rules_out_no_credential_sharing_an_acronym() -> None:
    # State CD: "CPT" from Pearson VUE went to the NASM's "Certified Personal Trainer (CPT)", the one CPT of no
    # vendor, because Pearson VUE is a vendor of the list (its A+ row) and the NHA's and MSSC's CPTs are other vendors'
    refs, rule = state_refs("state_cd"), state_rule("state_cd")
    assert refs.vendor_of("NM18164") == "pearson vue"
    out = resolve(refs, ("CPT", "Pearson VUE"), ("CPT", "NASM"), ("CPT", "MSSC"), rule=rule)
    assert outcomes(out) == [("needs_review", None), ("resolved", "NM15456"), ("resolved", "NM20151")]


def test_the_home_states_code_spelt_with_full_stops() -> None:
    # State CD: "N.M. Food Handler Permit" went to review and the "N.M. Food Handler" of "ServSafe Alcohol, N.M. Food
    # Handler" to the ServSafe Food Handler: "N.M." was read as the letters "n" and "m", not the state
    refs, rule = state_refs("state_cd"), state_rule("state_cd")
    out = resolve(refs, ("N.M. Food Handler Permit", ""), ("ServSafe Alcohol, N.M. Food Handler", ""), rule=rule)
    assert outcomes(out) == [("resolved", "NM16109"), ("resolved", "NM16179"), ("resolved", "NM16109")]
    assert out[0]["normalized_name"] == "new mexico food handler permit"


def test_a_badge_platforms_title_link_and_verification_lines_read_as_the_credential() -> None:
    # State CC: write-ins pasted from Credly and other badge platforms went to review ("... was issued by CompTIA to
    # Jane Doe.", "credly.com/org/nccer/badge/electrical-level-1", "- Credential ID 8KJ2-4471-XQ"), and links holding
    # only an id, and the platform's own words, were read as credentials to review
    assert badge_reading("NCCER Core Curriculum was issued by NCCER to Jane Doe.").text == "NCCER Core Curriculum"
    assert badge_reading("https://www.credly.com/org/nims/badge/measurement-materials-and-safety").text == (
        "nims measurement materials and safety")
    assert badge_reading("credly.com/org/comptia/badge/comptia-security-ce-certification").text == (
        "comptia security certification")
    assert badge_reading("OSHA 10-Hour Construction - Credential ID 8KJ2-4471-XQ").text == "OSHA 10-Hour Construction"
    assert badge_reading("ServSafe Food Handler - Issued 03/2024 · Expires 03/2027").text == "ServSafe Food Handler"
    assert badge_reading("CCST Networking\nCisco\nIssued May 2024", is_vendor=lambda t: t == "Cisco").text == (
        "CCST Networking (Cisco)")
    for nothing in ("https://www.credly.com/badges/8d1e5b7a-2c4f-4e0b-9a3d-5f6e7c8b9a01/public_url",
                    "credly.com/users/john-smith", "Credential ID 8KJ2-7QXM-44PL", "Issued 03/2024 · Expires 03/2027",
                    "Accept your badge"):
        assert badge_reading(nothing).names_nothing, nothing
    # a text showing no badge is as typed, and a platform is no vendor
    assert badge_reading("CPR card - expires soon") == ("CPR card - expires soon", False)
    assert without_platform("American Welding Society (Credly)") == "American Welding Society"
    assert without_platform("Credly") == ""
    refs, rule = state_refs("state_cc"), state_rule("state_cc")
    out = resolve(refs, ("NCCER Core Curriculum was issued by NCCER to Jane Doe.", "Credly"),
                  ("credly.com/org/nccer/badge/electrical-level-1, credly.com/org/nccer/badge/electrical-level-2",
                   "Credly"), ("https://www.credly.com/badges/8d1e5b7a-2c4f-4e0b-9a3d-5f6e7c8b9a01/public_url", ""),
                  ("credly.com/badges/a81f2e57-0c3d-4b9e-8f14-62d7e9c0b5a3", "NCCER"), rule=rule)
    assert outcomes(out) == [("resolved", "DB24630"), ("resolved", "DB24676"), ("resolved", "DB24678"),
                             ("no_credential", None), ("needs_review", None)]
    assert out[3]["junk_reason"] == NAMES_NOTHING


def test_a_phones_autocorrect_of_hvac_cna_and_nursing_assistant_and_the_heart_association_cut() -> None:
    # State CA (abbreviation and vendor alias seeds): write-ins typed on phones, "Havoc Excellence Air Conditioning",
    # "Cena", "Certified Nursing Assistance", and "Amer Heart BLS" went to review
    refs = build([("H1", "HVAC Excellence Employment Ready - Air Conditioning", "ESCO Group"),
                  ("H2", "HVAC Excellence Employment Ready - Electrical", "ESCO Group"),
                  ("N1", "Certified Nursing Assistant (CNA)", "State Department of Health"),
                  ("C1", "Cisco Certified Network Associate (CCNA)", "Cisco"),
                  ("B1", "BLS Provider", "American Heart Association"),
                  ("R1", "Adult and Pediatric First Aid/CPR/AED", "American Red Cross")])
    assert one(refs, "Havoc Excellence Air Conditioning", "ESCO Group")[::2] == ("resolved", "H1")
    assert one(refs, "Cena", "DOH")[::2] == ("resolved", "N1")
    assert one(refs, "Certified Nursing Assistance")[::2] == ("resolved", "N1")
    assert one(refs, "Amer Heart BLS")[::2] == ("resolved", "B1")


def test_a_competition_an_online_course_a_ja_programme_a_school_store_and_a_chef_are_no_credentials() -> None:
    # State CB (junk seed, and a chef's or a coach's title before a surname): "SkillsUSA - Culinary Arts competition",
    # "EverFi Financial Literacy course", "JA Finance Park", "School store (student-run)" and "Chef Thompson" went to
    # review
    refs = build([("C1", "NOCTI Culinary Arts Prep Cook Level 1", ""), ("W1", "W!SE Financial Literacy Certification",
                                                                        ""),
                  ("E1", "Certified Executive Chef (CEC)", ""), ("R1", "NRF Retail Industry Fundamentals", "")])
    for typed, vendor in (("SkillsUSA - Culinary Arts competition", "SkillsUSA"),
                          ("EverFi Financial Literacy course", "EverFi"), ("JA Finance Park", "Junior Achievement"),
                          ("School store (student-run)", ""), ("Chef Thompson", "Culinary instructor"),
                          ("Coach Miller", "")):
        assert one(refs, typed, vendor)[0] == "no_credential", typed
    assert one(refs, "Certified Executive Chef", "ACF")[::2] == ("resolved", "E1")
    assert one(refs, "Chef Certification", "ACF")[0] != "no_credential"


def test_an_exclamation_mark_between_letters_is_an_i() -> None:
    # State CB: "WISE fin lit cert" from "W!SE" went to review: the list's "W!SE" was read as "w se"
    assert basic_clean("W!SE Financial Literacy") == "wise financial literacy"
    assert basic_clean("Yahoo! Answers") == "yahoo answers"
    refs = build([("W1", "W!SE Financial Literacy Certification", ""), ("B1", "Certified Banking Associate", ""),
                  ("N1", "NRF Retail Industry Fundamentals", "")])
    assert one(refs, "WISE fin lit cert", "W!SE")[::2] == ("resolved", "W1")


def test_qbcu_is_the_quickbooks_certified_user() -> None:
    # State CB, State BQ (abbreviation seed): "QBCU" alone and "QBCU Desktop" went to review
    refs = build([("Q1", "QuickBooks Certified User", ""), ("Q2", "QuickBooks Online ProAdvisor Certification", ""),
                  ("I1", "Intuit Bookkeeping Certification", "")])
    assert one(refs, "QBCU")[::2] == ("resolved", "Q1")
    assert outcomes(resolve(refs, ("QBCU, Intuit Bookkeeping", "Intuit"))) == [("resolved", "Q1"), ("resolved", "I1")]


def test_registered_is_not_certified() -> None:
    # State CB: "Registered Executive Housekeeper" from the IEHA went to the list's "Certified Executive Housekeeper
    # (CEH)"; the Registered and the Certified Medical Assistant are two bodies' credentials too
    refs, rule = state_refs("state_cb"), state_rule("state_cb")
    out = resolve(refs, ("Registered Executive Housekeeper", "IEHA"), ("Certified Executive Housekeeper", "IEHA"),
                  rule=rule)
    assert outcomes(out) == [("needs_review", None), ("resolved", "HF-1276")]
    refs = build([("M1", "Certified Medical Assistant (CMA)", "AAMA"), ("P1", "Registered Pharmacy Technician", ""),
                  ("E1", "EKG Technician", "")])
    assert one(refs, "Registered Medical Assistant")[0] == "needs_review"
    assert one(refs, "Registered Pharmacy Technician")[::2] == ("resolved", "P1")


def test_an_agency_named_without_the_words_saying_which_unit_it_is_is_that_agency() -> None:
    # State CD: the list writes "New Mexico Department of Game and Fish" and "NM Game & Fish", two vendors, and "New
    # Mexico State Fire Marshal's Office"; "Hunter Ed card" from "NM Game and Fish" and "Firefighter 1" from "NM State
    # Fire Marshal" went to review
    assert list_features.agency_core("nm game and fish") == list_features.agency_core(
        "new mexico department of game and fish") == "new mexico game fish"
    assert list_features.agency_core("state board") == ""
    refs, rule = state_refs("state_cd"), state_rule("state_cd")
    assert refs.vendor_of("NM10346") == refs.vendor_of("NM10349")
    out = resolve(refs, ("Hunter Ed card", "NM Game and Fish"), ("Firefighter 1", "NM State Fire Marshal"), rule=rule)
    assert outcomes(out) == [("resolved", "NM10346"), ("resolved", "NM19219")]


def test_a_vendor_before_the_name_beats_a_test_provider_the_list_gives_a_row() -> None:
    # State CD: "PTCB CPhT" from Pearson VUE went to review between the PTCB's and the NHA's "(CPhT)": the list gives
    # Pearson VUE to its A+ row, so the typed test provider stayed the vendor and the PTCB typed before the name was
    # left out
    refs, rule = state_refs("state_cd"), state_rule("state_cd")
    assert refs.vendor_of("NM18164") == "pearson vue"
    out = resolve(refs, ("PTCB CPhT", "Pearson VUE"), ("NHA CPhT", "Pearson VUE"), ("CPhT", "Pearson VUE"), rule=rule)
    assert outcomes(out) == [("resolved", "NM15271"), ("resolved", "NM15265"), ("needs_review", None)]


def test_a_write_in_from_another_systems_export_reads_as_the_credentials_its_values_name() -> None:
    # State CE: write-ins from an uncleaned export went to review (JSON records, quoted CSV fields, a pipe or a tab
    # before the issuer, HTML tags and entities, typed escapes, the other system's keys), and its placeholders
    # ("[object Object]", "null", "{}") were read as credentials to review
    def vendor(text: str) -> bool:
        return text in {"NRA", "NHA", "MSSC", "American Welding Society", "NCCER"}

    assert export_reading('{"name": "ServSafe Manager", "issuer": "NRA"}', vendor).text == "ServSafe Manager (NRA)"
    assert export_reading('[{"name":"A+"},{"name":"Network+"}]').text == "A+; Network+"
    assert export_reading('{"exam":"AZ-900","id":"4471","date":"2025-05-02"}').text == "AZ-900"
    assert export_reading('"CPT","NHA"', vendor).text == "CPT (NHA)"
    assert export_reading('"ServSafe Manager","NRA";"ServSafe Alcohol","NRA"', vendor).text == (
        "ServSafe Manager (NRA); ServSafe Alcohol (NRA)")
    assert export_reading("AWS D1.1|American Welding Society", vendor).text == "AWS D1.1 (American Welding Society)"
    assert export_reading("NCCER Carpentry Level 1\tNCCER\\nNCCER Carpentry Level 2\tNCCER", vendor).text == (
        "NCCER Carpentry Level 1 (NCCER); NCCER Carpentry Level 2 (NCCER)")
    assert export_reading("<li>CPR</li><li>First Aid</li>").text == "CPR; First Aid"
    assert export_reading("NIMS Machining Level I &ndash; Measurement, Materials &amp; Safety").text == (
        "NIMS Machining Level I \u2013 Measurement, Materials & Safety")
    assert export_reading("IS-200&amp;nbsp;").text == "IS-200"
    assert export_reading("cred_type: industry\\nname: Adobe Photoshop; Adobe Illustrator").text == (
        "Adobe Photoshop; Adobe Illustrator")
    assert export_reading("name=Child Development Associate&amp;src=sis").text == "Child Development Associate"
    assert export_reading("id=4471 EPA 608 Universal").text == "EPA 608 Universal"
    for nothing in ("[object Object]", "null", "undefined", "{}", "[]", '{"name": null, "issuer": null}', "id=4471",
                    "cred_type: industry", "<br>", '"",""'):
        assert export_reading(nothing).names_nothing, nothing
    # a text showing no export is as typed; a checklist's item and its result, and a lower-case word before a
    # colon, are no keys
    for typed in ("CPR card - expires soon", "CPR: Yes; BLS: No", "ase: a1", "MOS Word, MOS Excel"):
        assert export_reading(typed) == (typed, False), typed
    refs, rule = state_refs("state_ce"), state_rule("state_ce")
    out = resolve(refs, ('{"name": "ServSafe Manager", "issuer": "NRA"}', ""), ('"CPT","NHA"', ""),
                  ("<br>NIMS Measurement Materials &amp; Safety<br>NIMS Job Planning Benchwork &amp; Layout<br>",
                   "National Institute for Metalworking Skills"),
                  ("cred_type: industry; name: Certified Logistics Technician", "MSSC"), ("[object Object]", ""),
                  ("null", "NCCER"), rule=rule)
    assert outcomes(out) == [("resolved", "XC4117"), ("resolved", "XC3331"), ("resolved", "XC6115"),
                             ("resolved", "XC6117"), ("resolved", "XC6107"), ("no_credential", None),
                             ("needs_review", None)]
    assert out[5]["junk_reason"] == EXPORT_NAMES_NOTHING


def test_spanish_statuses_and_placeholders_say_nothing_was_earned() -> None:
    # State CF (junk seed): "ServSafe Manager - en progreso" (in progress) was counted as the ServSafe Manager, "CNA -
    # no aprobó" (did not pass) and "ninguno" (none) went to review
    refs, rule = state_refs("state_cf"), state_rule("state_cf")
    out = resolve(refs, ("ServSafe Manager - en progreso", ""), ("CNA - no aprobó", ""), ("ninguno", ""),
                  ("Flebotomía - pendiente", "NHA"), ("ServSafe Manager", ""), rule=rule)
    assert outcomes(out)[:4] == [("no_credential", None)] * 4
    assert outcomes(out)[4] == ("resolved", "ES50128")


def test_a_write_in_typed_in_spanish_on_an_english_list_is_read_in_english() -> None:
    # State CF: write-ins typed in Spanish by bilingual staff went to review ("Licencia de montacargas", "Asistente de
    # Enfermería Certificado", "RCP y Primeros Auxilios - Cruz Roja Americana"), half the set
    assert spanish_put_back("Asistente de Enfermería Certificado") == "certified nursing assistant"
    assert spanish_put_back("Técnico de Comportamiento Registrado (RBT)") == "registered behavior technician (RBT)"
    assert spanish_put_back("Licencia de Cosmetología y Permiso de Trenzado de Cabello") == (
        "cosmetology license and hair braiding permit")
    assert spanish_put_back("RCP y Primeros Auxilios - Cruz Roja Americana") == "cpr and first aid - american red cross"
    assert spanish_put_back("Flebotomía - aprobado") == "phlebotomy - passed"
    assert spanish_put_back("Asistente veterinario aprobado (AVA)") == "approved veterinary assistant (AVA)"
    assert spanish_put_back("Licencia de cosmetología\nLicencia de esteticista") == (
        "cosmetology license\nesthetician license")
    # English write-ins are as typed, "LA" (Louisiana) and "Personal" included
    for typed in ("LA Personal Care Attendant", "Dental Assistant", "Category E and F", "Cordon de Bleu"):
        assert spanish_put_back(typed) == typed
    refs, rule = state_refs("state_cf"), state_rule("state_cf")
    out = resolve(refs, ("Asistente de Enfermería Certificado", "Departamento de Salud del Estado"),
                  ("Técnico de Farmacia Certificado PTCB", ""), ("CNA y BLS (AHA)", "Departamento de Salud"),
                  rule=rule)
    # (ES40273 and ES40288 are the list's two rows of the PTCB's CPhT)
    assert outcomes(out) == [("resolved", "ES40079"), ("resolved", "ES40288"), ("resolved", "ES40079"),
                             ("resolved", "ES40389")]


def test_more_of_the_fields_spanish_words_and_the_joiner_ademas_de_are_read_in_english() -> None:
    # State CZ: "ASE frenos nivel de entrada", "Primer Respondedor Médico (EMR)", "tecnico quirurgico certificado
    # (CST)", "OSHA 10 construcción además de NCCER Core" went to review; "Clase de Artes Culinarias" too
    assert spanish_put_back("ASE frenos nivel de entrada") == "ASE brakes entry level"
    assert spanish_put_back("tecnico quirurgico certificado (CST)") == "certified surgical technician (CST)"
    assert spanish_put_back("Colisión: Pintura y Acabado + No Estructural") == (
        "collision: painting and refinishing + non-structural")
    assert spanish_put_back("Clase de Artes Culinarias") == "culinary arts class"
    refs, rule = state_refs("state_cz"), state_rule("state_cz")
    out = resolve(refs, ("ASE frenos nivel de entrada", "ASE Education Foundation"),
                  ("Primer Respondedor Médico (EMR)", ""), ("OSHA 10 construcción además de NCCER Core", ""),
                  ("Clase de Artes Culinarias", ""), ("BLS para proveedores de salud", ""), rule=rule)
    assert outcomes(out) == [("resolved", "CZ-4102"), ("resolved", "CZ-1529"), ("resolved", "CZ-2183"),
                             ("resolved", "CZ-2108"), ("no_credential", None), ("resolved", "CZ-1534")]


def test_a_credential_typed_by_its_former_title_is_read_by_the_title_the_list_writes() -> None:
    # State CH: "Adobe Certified Associate - Photoshop", "ACA Illustrator", "ITF+" went to review on a list writing
    # "Adobe Certified Professional" and "CompTIA Tech+" (renamed in 2021 and 2024; seed xwalk_credential_renamings)
    renamed = [(None, "Adobe Certified Professional – Photoshop", "Adobe"),
               (None, "Adobe Certified Professional – Illustrator", "Adobe"),
               (None, "Adobe Certified Professional – InDesign", "Adobe"), (None, "CompTIA Tech+", "CompTIA"),
               (None, "CompTIA A+", "CompTIA"), (None, "Certified Supply Chain Professional (CSCP)", "ASCM"),
               (None, "Certified in Planning and Inventory Management (CPIM)", "ASCM")]
    refs = build([(f"R{i}", n, v) for i, (_, n, v) in enumerate(renamed)])
    patterns = dict((current, p) for p, current in refs.renamings)
    assert {"Adobe Certified Professional", "Tech+", "ASCM"} <= set(patterns)
    assert renamed_put_back(refs.renamings, "ACA Illustrator") == "Adobe Certified Professional Illustrator"
    assert renamed_put_back(refs.renamings, "CompTIA IT-Fundamentals + then A+") == "CompTIA Tech+ then A+"
    # whole words only ("Acadia", "Strategy" are no former titles)
    assert renamed_put_back(refs.renamings, "Acadia Strategy course") == "Acadia Strategy course"
    out = resolve(refs, ("Adobe Certified Associate - Photoshop", ""), ("ITF+", "CompTIA"),
                  ("ACA InDesign, ACA Illustrator", "Adobe"), ("APICS CSCP", ""), ("CPIM", "APICS"))
    assert outcomes(out) == [("resolved", "R0"), ("resolved", "R3"), ("resolved", "R2"), ("resolved", "R1"),
                             ("resolved", "R5"), ("resolved", "R6")]
    # a list that still writes the former title (or both) is read as written: no renaming counts there
    old = build([("A1", "Adobe Certified Associate Photoshop", "Adobe"),
                 ("A2", "Adobe Certified Professional Photoshop", "Adobe"), ("T1", "CompTIA IT Fundamentals+", "")])
    for typed in ("Adobe Certified Associate Photoshop", "ACA Photoshop", "ITF+"):
        assert renamed_put_back(old.renamings, typed) == typed
    assert outcomes(resolve(old, ("Adobe Certified Associate Photoshop", ""), ("ITF+", ""))) == [
        ("resolved", "A1"), ("resolved", "T1")]
    # and without the seed's rows the former titles go to review, as before
    bare = refs_from_tables(pa.table({name: pa.array([f"R{i}", n, v][j] for i, (_, n, v) in enumerate(renamed))
                                      for j, name in enumerate(REQUIRED)}),
                            **{**OUR_SEEDS, "renamings": pa.table({"former_title": pa.array([], pa.string()),
                                                                   "current_title": pa.array([], pa.string())})})
    assert outcomes(resolve(bare, ("Adobe Certified Associate - Photoshop", ""), ("ITF+", "CompTIA")))[0][0] == (
        "needs_review")


def test_a_vendor_an_old_form_cut_in_a_word_is_the_one_vendor_it_begins() -> None:
    # State CK: an old form kept 12 characters of the vendor ("MANUFACTURIN", "NATIONAL HEA"), which decide a shared
    # acronym ("CPT") once read as the vendor they begin; a cut that begins several vendors decides nothing
    refs, rule = state_refs("state_ck"), state_rule("state_ck")
    out = resolve(refs, ("CPT", "MANUFACTURIN"), ("CPT", "NATIONAL HEA"), ("CMA", "AMERICAN ASS"), rule=rule)
    assert outcomes(out) == [("resolved", "FX70106"), ("resolved", "FX40185"), ("needs_review", None)]


def test_an_exam_code_alone_or_beside_words_saying_it_was_passed_names_its_credential() -> None:
    # State CJ: "SY0-701 passed" was read as "passed" alone (junk: a credential lost), "CLF-C02 then AZ-900" lost
    # both codes and "FC0-U71" went to review, "XK0-005" from Pearson VUE became junk once kept; State CI:
    # "220-1001", a code of our abbreviation seed, was junk as a number, and "IT Fundamentals (FC0-U51)" kept "-U51"
    # of an older exam's code
    refs, rule = state_refs("state_cj"), state_rule("state_cj")
    # ("AZ-900" is a row of the abbreviation seed since d7a95e0, read so on this list, which writes no exam code;
    # on a list writing "Azure AI Fundamentals (AI-900)" it is left unread and its number tells it from that one,
    # test_an_exam_code_typed_is_not_another_code_of_the_same_number)
    out = resolve(refs, ("SY0-701 passed", "Pearson VUE"), ("CLF-C02 then AZ-900", ""), ("FC0-U71", "CompTIA"),
                  ("XK0-005", "Pearson VUE"), rule=rule)
    assert outcomes(out) == [("resolved", "EXM-4621"), ("resolved", "EXM-4718"), ("resolved", "EXM-4673"),
                             ("resolved", "EXM-4626"), ("needs_review", None)]
    refs, rule = state_refs("state_ci"), state_rule("state_ci")
    out = resolve(refs, ("220-1001", ""), ("IT Fundamentals (FC0-U51), IC3 GS4", ""), rule=rule)
    assert outcomes(out) == [("resolved", "RT6020"), ("resolved", "RT6010"), ("resolved", "RT2056")]


def test_a_test_that_confers_no_credential_is_junk() -> None:
    # State CJ: admission and placement tests typed in the credential box went to review
    refs = state_refs("state_cj")
    out = resolve(refs, ("SAT", "College Board"), ("PSAT/NMSQT", ""), ("Accuplacer", ""), ("TEAS", "ATI"),
                  ("ACT (composite 21)", "ACT"), ("WorkKeys practice test", "ACT"), ("Pre-test", ""))
    assert {o["resolution_status"] for o in out} == {"no_credential"}
    # the certificate the ACT's WorkKeys tests confer is no test of them
    assert outcomes(resolve(refs, ("National Career Readiness Certificate", "ACT"))) == [("resolved", "EXM-2154")]
    # and the nurses' licensing exams name their licences (abbreviation seed: "NCLEX-PN", "NCLEX-RN")
    assert outcomes(resolve(refs, ("NCLEX-PN", "Board of Nursing"), rule=state_rule("state_cj"))) == [
        ("resolved", "EXM-3439")]


def test_more_renamings_and_a_list_writing_both_versions_keeps_them_apart() -> None:
    # State CI: Cisco's CCNA tracks, an Adobe Certified Associate exam's title, NABCEP's Entry Level, IC3 GS5
    refs, rule = state_refs("state_ci"), state_rule("state_ci")
    out = resolve(refs, ("CCNA Routing and Switching", "Cisco"), ("Visual Communication using Adobe Photoshop",
                                                                  "Certiport"),
                  ("NABCEP Entry Level", ""), ("IC3 Global Standard 5", "Certiport"), rule=rule)
    assert outcomes(out) == [("resolved", "RT6062"), ("resolved", "RT1510"), ("resolved", "RT3186"),
                             ("resolved", "RT2056")]
    # State AH writes "IC3 Digital Literacy Certification (GS5)" and "(GS6)": "IC3 GS5" is its GS5 row
    assert outcomes(resolve(state_refs("state_ah"), ("IC3 GS5 then IC3 GS6", ""), rule=state_rule("state_ah"))) == [
        ("resolved", "190672"), ("resolved", "190652")]


def test_the_issuer_in_brackets_beats_a_vendor_field_naming_no_issuer() -> None:
    # State CL: the vendor field gave the test site or the student's placement ("Prometric Center #2291", "Walgreens
    # #7731"), and the issuer written in brackets was left aside for it: review; an issuer typed in the field still
    # wins over the bracket as before
    refs, rule = state_refs("state_cl"), state_rule("state_cl")
    out = resolve(refs, ("CMA (AAMA)", "Prometric Center #2291"), ("CPhT (PTCB)", "Walgreens #7731"),
                  ("CMA (AAMA)", "Prometric"), rule=rule)
    assert outcomes(out) == [("resolved", "SV-35066"), ("resolved", "SV-35133"), ("resolved", "SV-35066")]


def test_a_vendor_alone_in_the_name_is_not_swapped_with_a_class_in_the_vendor_field() -> None:
    # State CL: "Elanco certification" from "Vet Science class" was read as the class (junk) from Elanco: a
    # credential lost; State BS's "NCCER" from "Construction Tech program" the same way
    refs = state_refs("state_cl")
    assert outcomes(resolve(refs, ("Elanco certification", "Vet Science class"))) == [("needs_review", None)]
    assert outcomes(resolve(state_refs("state_bs"), ("NCCER", "Construction Tech program"))) == [
        ("needs_review", None)]


def test_a_level_typed_after_a_word_another_name_numbers_is_not_a_number_written_after_another_word() -> None:
    # "Firefighter II" (State CK), "Fire Fighter 2" (State CA), "Bombero II" (State CF) were read as the "Wildland
    # Firefighter Type 2" on lists writing "Firefighter I": a level of the firefighter series the list lacks, for
    # review; a version typed after a word ("Word 365") or a number after "level" or "type" is no series
    out = resolve(state_refs("state_ck"), ("FIREFIGHTER II", "STATE FIRE M"), ("Firefighter I", ""),
                  rule=state_rule("state_ck"))
    assert outcomes(out) == [("needs_review", None), ("resolved", "FX60143")]
    assert outcomes(resolve(state_refs("state_ca"), ("Fire Fighter 2", "SFM"), rule=state_rule("state_ca"))) == [
        ("needs_review", None)]
    assert outcomes(resolve(state_refs("state_ao"), ("Word 365", ""), ("Sec+ 601", "CompTIA"),
                            rule=state_rule("state_ao"))) == [("resolved", "AR-2235"), ("resolved", "AR-6142")]


def test_a_person_in_capitals_and_job_shadowing_are_no_credentials() -> None:
    # State CK: an old form wrote "MR. JOHNSON" in capitals; "Job Shadowing - 20 hrs" (the junk seed had "job shadow")
    refs = state_refs("state_ck")
    out = resolve(refs, ("MR. JOHNSON", ""), ("Job Shadowing - 20 hrs", ""), ("MS WORD", "MICROSOFT"))
    assert [o["resolution_status"] for o in out] == ["no_credential", "no_credential", "resolved"]


def test_the_two_parts_of_one_exam_are_no_credentials_of_their_own() -> None:
    # State CJ: "NREMT EMT cognitive & psychomotor", "ACF CFC practical & written" went to review, "Firefighter II
    # written & practical" read "practical" as the Licensed Practical Nurse; State BY: "EMR - passed psychomotor &
    # cognitive"
    refs, rule = state_refs("state_cj"), state_rule("state_cj")
    out = resolve(refs, ("NREMT EMT cognitive & psychomotor", "NREMT"), ("ACF CFC practical & written", "ACF"),
                  ("IFSAC FF1 written and skills", "SFM"), rule=rule)
    assert outcomes(out) == [("resolved", "EXM-5508"), ("resolved", "EXM-4172"), ("resolved", "EXM-5531")]
    assert "EXM-3439" not in {o["credential_code"] for o in resolve(refs, ("Firefighter II written & practical",
                                                                          "SFM"), rule=rule)}
    # a list writing such parts as credentials of their own keeps them ("NIC ... Written" and "... Practical")
    out = resolve(state_refs("state_f"), ("NIC written & practical", "NIC"), rule=state_rule("state_f"))
    assert outcomes(out) == [("resolved", "F-0249"), ("resolved", "F-0250")]


def test_an_exam_code_is_read_as_its_credential_only_where_the_list_has_its_words() -> None:
    # States CJ, AV, BM: "AZ-900" typed alone, the list writing no exam code, went to review (our seed lacked
    # Microsoft's fundamentals exams); a list lacking the Azure AI Fundamentals must not read "AI-900" as the Azure
    # Fundamentals, whose words are the AI's but one
    both = [("AZ", "Microsoft Certified: Azure Fundamentals", "Microsoft"),
            ("AI", "Microsoft Certified: Azure AI Fundamentals", "Microsoft"),
            ("N1", "CompTIA Network+", "CompTIA")]
    refs = build(both)
    assert refs.normalize("AI-900") == "azure ai fundamentals"
    assert outcomes(resolve(refs, ("AZ-900", ""), ("AI-900", "Certiport"), rule=H_RULE)) == [
        ("resolved", "AZ"), ("resolved", "AI")]
    refs = build([row for row in both if row[0] != "AI"])
    assert refs.normalize("AI-900") == "ai 900"
    assert outcomes(resolve(refs, ("AI-900", "Microsoft"), rule=H_RULE)) == [("needs_review", None)]


def test_exam_codes_typed_together_are_a_credential_each_not_one_holding_their_words() -> None:
    # State CJ: "AZ-900 & AI-900" was read whole as the Azure AI Fundamentals, whose name holds every word of both
    # readings; State BM: "AZ-900, AI-900, SC-900" read its first two as that one credential and lost the AZ-900
    refs = build([("AZ", "Microsoft Certified: Azure Fundamentals", "Microsoft"),
                  ("AI", "Microsoft Certified: Azure AI Fundamentals", "Microsoft"),
                  ("N1", "CompTIA Network+", "CompTIA")])
    assert outcomes(resolve(refs, ("AZ-900 & AI-900", "Microsoft"), rule=H_RULE)) == [
        ("resolved", "AZ"), ("resolved", "AI")]
    assert outcomes(resolve(refs, ("AZ-900, AI-900, N10-009", "Microsoft"), rule=H_RULE)) == [
        ("resolved", "AZ"), ("resolved", "AI"), ("resolved", "N1")]


def test_bullets_joining_phrases_and_a_plus_between_two_words_part_credentials() -> None:
    # State CN: "• A+ • Network+" kept the Network+ only, "AutoCAD as well as Inventor" and "CPhT along with BLS" went
    # to review, "OSHA30+OSHA10" and "BLS+Heartsaver+ACLS" too; State CK: "MOS WORD+EXCEL ASSOC 2019"
    assert split_pieces("• A+ • Network+") == (["A+", "Network+"], [" • "])
    assert split_pieces("AutoCAD as well as Inventor")[0] == ["AutoCAD", "Inventor"]
    assert split_pieces("CPhT along with BLS")[0] == ["CPhT", "BLS"]
    assert split_pieces("BLS+Heartsaver+ACLS")[0] == ["BLS", "Heartsaver", "ACLS"]
    # a plus after one letter, or ending a word, is the credential's own
    assert split_pieces("A+Network+")[0] == ["A+Network+"]
    assert split_pieces("Security+ cert")[0] == ["Security+ cert"]
    refs = build([("A1", "CompTIA A+", "CompTIA"), ("N1", "CompTIA Network+", "CompTIA"),
                  ("O1", "OSHA 10-Hour Construction", "OSHA"), ("O3", "OSHA 30-Hour Construction", "OSHA"),
                  ("B1", "BLS Provider", "American Heart Association"),
                  ("H1", "Heartsaver First Aid CPR AED", "American Heart Association")])
    out = resolve(refs, ("• A+ • Network+", ""), ("OSHA30+OSHA10", ""), ("BLS along with Heartsaver", "AHA"),
                  rule=H_RULE)
    assert outcomes(out) == [("resolved", "A1"), ("resolved", "N1"), ("resolved", "O3"), ("resolved", "O1"),
                             ("resolved", "B1"), ("resolved", "H1")]


def test_courses_honour_societies_and_ffa_events_are_junk_unless_the_list_names_them() -> None:
    # States CN, CO and CP: "Broadcast Journalism II", "Yearbook", "Thespian Society", "Livestock Evaluation CDE",
    # "Medical Terminology & Anatomy", "Cisco Networking Academy w/ Packet Tracer course" went to review
    refs = build([("C1", "Certified Nursing Assistant", "State Board"), ("S1", "ServSafe Manager", "NRA"),
                  ("D1", "Certified Diabetes Educator (CDE)", "CBDCE")])
    out = resolve(refs, ("Broadcast Journalism II", ""), ("Yearbook", ""), ("Thespian Society", ""),
                  ("Livestock Evaluation CDE", "FFA"), ("Medical Terminology & Anatomy", "high school"),
                  ("Cisco Networking Academy w/ Packet Tracer course", "Cisco"), ("CDE", "CBDCE"))
    assert [o["resolution_status"] for o in out] == ["no_credential"] * 6 + ["resolved"]


def test_a_possessives_s_spells_no_initial_of_a_vendor() -> None:
    # State CO: "Beef Quality Assurance cert" from the "NCBA" went to the BQA Transportation row, the one row writing
    # "NCBA" as its vendor, when the BQA row's vendor is the "National Cattlemen's Beef Association" (cleaned,
    # "national cattlemen s beef association": its initials had read "ncsba"); State BW: "BQA" alone
    assert list_features.initials("national cattlemen s beef association") == "ncba"
    assert list_features.initials("Commercial Driver's License") == "cdl"
    out = resolve(state_refs("state_co"), ("Beef Quality Assurance cert", "NCBA"), rule=state_rule("state_co"))
    assert outcomes(out) == [("resolved", "AG10138")]


def test_a_class_typed_by_number_is_no_credential_of_the_series_without_a_number() -> None:
    # State CO: "Water Treatment Operator Class III" (the list has Classes I and II) went to the list's
    # "Water Treatment Operator-in-Training (OIT)", which the numbers rule let through as it writes no number
    refs, rule = state_refs("state_co"), state_rule("state_co")
    out = resolve(refs, ("Water Treatment Operator Class III", "NDDEQ"), ("Water Treatment Operator Class II", "NDDEQ"),
                  ("Water Treatment OIT", "NDDEQ"), rule=rule)
    assert outcomes(out) == [("needs_review", None), ("resolved", "AG24137"), ("resolved", "AG24216")]


def test_a_states_code_before_an_agencys_initials_is_that_agency() -> None:
    # State CO: "ND DEQ" on some rows, "North Dakota Department of Environmental Quality" on others, were two
    # vendors ("NDDEQ" was already the second): "Water operator" from the ND DEQ took its one Class II row
    same, _ = list_features.same_vendors(["nd deq", "north dakota department of environmental quality", "nddeq",
                                          "va dmv", "virginia department of motor vehicles"])
    assert same["nd deq"] == same["nddeq"] == "north dakota department of environmental quality"
    assert same["va dmv"] == "virginia department of motor vehicles"
    # not another state's agency
    same, _ = list_features.same_vendors(["sd deq", "north dakota department of environmental quality"])
    assert "sd deq" not in same


def test_a_reading_of_a_text_two_credentials_hold_picks_one_of_them_or_none() -> None:
    # State CP: "Fire Fighter", beside "Fire Fighter I" and "Fire Fighter II", was read "firefighter" and given the
    # list's one "Wildland Firefighter Type 2 (S-130/S-190)"; State AF: "pesticide applicator" from the MDA
    refs, rule = state_refs("state_cp"), state_rule("state_cp")
    out = resolve(refs, ("Fire Fighter", "State Fire Marshal"), ("Fire Fighter II", "State Fire Marshal"),
                  ("Wildland Firefighter", ""), rule=rule)
    assert outcomes(out) == [("needs_review", None), ("resolved", "AV7198"), ("resolved", "AV7239")]


def test_an_acronym_alone_spelling_a_whole_name_is_not_the_initials_inside_another() -> None:
    # States AX and BF: "CNA" (and "CNA & BLS", losing the CNA) went to review: besides the list's "Certified
    # Nursing Assistant", it spells "Certified Network Associate" inside "Cisco Certified Network Associate (CCNA)",
    # a credential of another acronym
    rows = [("N1", "0412 - Certified Nursing Assistant", ""),
            ("C1", "1250 - Cisco Certified Network Associate (CCNA)", ""),
            ("B1", "0553 - BLS Provider – American Heart Association", "")]
    refs = build(rows)
    assert outcomes(resolve(refs, ("CNA", ""), ("CNA & BLS", ""), ("CCNA", ""), rule=H_RULE)) == [
        ("resolved", "N1"), ("resolved", "N1"), ("resolved", "B1"), ("resolved", "C1")]


def test_a_word_typed_twice_that_the_whole_match_writes_once_names_two_credentials() -> None:
    # States BY and CA: "Azure Fundamentals & Azure AI Fundamentals" was read whole as the AI's, whose name holds
    # every word of both; State CD: "Certified Peer Support Worker, Family Peer Support Worker" the family one alone
    refs = build([("AZ", "Microsoft Certified: Azure Fundamentals (AZ-900)", "Microsoft"),
                  ("AI", "Microsoft Certified: Azure AI Fundamentals (AI-900)", "Microsoft"),
                  ("P1", "Certified Peer Support Worker", "Certification Board"),
                  ("P2", "Certified Family Peer Support Worker", "Certification Board"),
                  ("N1", "CompTIA Network+", "CompTIA")])
    out = resolve(refs, ("Azure Fundamentals & Azure AI Fundamentals", "Microsoft"),
                  ("Certified Peer Support Worker, Family Peer Support Worker", ""), rule=H_RULE)
    assert outcomes(out) == [("resolved", "AZ"), ("resolved", "AI"), ("resolved", "P1"), ("resolved", "P2")]


def test_a_word_the_list_writes_is_read_as_two_words_another_name_writes_apart() -> None:
    # State CP: "Firefighter 1" and "FF II" from the state fire marshal went to review: the list writes "Fire Fighter
    # I" and "II", and "firefighter" joined only in its "Wildland Firefighter Type 2 (S-130/S-190)"
    refs, rule = state_refs("state_cp"), state_rule("state_cp")
    out = resolve(refs, ("Firefighter 1", "State Fire Marshal"), ("FF II", "OSFM"), ("Wildland Firefighter", ""),
                  rule=rule)
    assert outcomes(out) == [("resolved", "AV7195"), ("resolved", "AV7198"), ("resolved", "AV7239")]


def test_an_acronym_alone_is_no_whole_name_of_a_credential_writing_a_longer_acronym() -> None:
    # the taken-out check (States AB, AJ, AP, BM): with the CMA taken out, "CMA (AAMA)" was assigned a medical
    # assistant of another acronym, its reading "clinical medical assistant" spelling the CCMA's words; a typed
    # "CMA" spells part of the "CCMA" the name writes, not its name
    rows = [("C1", "Certified Clinical Medical Assistant (CCMA) – National Healthcareer Association", ""),
            ("C2", "NHA Clinical Medical Assistant Certification Credential", ""),
            ("A1", "National Healthcareer Association Certified Medical Administrative Assistant (CMAA)", ""),
            ("M1", "National Certified Medical Assistant (NCMA) – National Center for Competency Testing", ""),
            ("N1", "Certified Nursing Assistant", ""),
            ("N2", "Hawaii Nurse Aide Certification (NATCEP)", "")]
    refs = build(rows)
    assert outcomes(resolve(refs, ("CMA (AAMA)", ""), ("CCMA", ""), ("CNA", ""), rule=H_RULE)) == [
        ("needs_review", None), ("resolved", "C1"), ("resolved", "N1")]


def test_a_code_typed_without_the_prefix_every_code_of_the_list_begins_with_names_its_credential() -> None:
    # State CT: clerks copy the catalogue's code without its "CT-" ("INF119", "inf 115", "HOS114; HOS119"); only a
    # remainder of letters and digits counts, and a code beside another credential's name is a disagreement
    rows = [("CT-INF119", "CompTIA Security+ (SY0-701)", "CompTIA"),
            ("CT-INF115", "CompTIA Network+ (N10-009)", "CompTIA"),
            ("CT-HOS105", "ServSafe Food Protection Manager Certification", "National Restaurant Association"),
            ("CT-HOS119", "ServSafe Alcohol", "National Restaurant Association"),
            ("CT-MFG112", "Certified Production Technician (CPT)", "MSSC"),
            ("CT-HLT204", "Certified Phlebotomy Technician (CPT)", "NHA")]
    refs = build(rows)
    assert outcomes(resolve(refs, ("INF119", "CompTIA"), ("inf 115", ""), ("HOS105; HOS119", ""),
                            ("MFG112 CPT", ""), ("CT-HOS119 ServSafe Alcohol", ""), rule=H_RULE)) == [
        ("resolved", "CT-INF119"), ("resolved", "CT-INF115"), ("resolved", "CT-HOS105"), ("resolved", "CT-HOS119"),
        ("resolved", "CT-MFG112"), ("resolved", "CT-HOS119")]
    # the code of ServSafe Alcohol typed with "ServSafe Manager", of Network+ with "Security+": a person decides
    assert outcomes(resolve(refs, ("CT-HOS119 ServSafe Manager", ""), ("INF115 - Security+", ""), rule=H_RULE)) == [
        ("needs_review", None), ("needs_review", None)]
    # codes whose remainder is a number alone give no code: "5830" may be an exam's or a catalogue's number
    assert "5830" not in build([("JN-5830", "CompTIA A+", ""), ("JN-5844", "CompTIA Network+", ""),
                                ("JN-5910", "ServSafe Manager", "")]).codes_typed


def test_a_span_of_levels_is_one_credential_per_level() -> None:
    # States CS, CG and CN: "NCCER Electrical Levels 1-3", "Class I-II", "Lvl 1 thru 3", "Welding I-III" went to
    # review whole; a span is spelt as the list of its levels, which the cut parts level by level
    assert split_pieces("NCCER Electrical Levels 1-3")[0] == ["NCCER Electrical Levels 1", "2", "3"]
    assert split_pieces("Carpentry Lvl 1 thru 3")[0] == ["Carpentry Lvl 1", "2", "3"]
    assert split_pieces("HVAC I-IV")[0] == ["HVAC I", "II", "III", "IV"]
    # no span: digits without a level word, an exam code, zero, more than five levels
    for text in ("OSHA 10-30", "220-1101", "Level 0-2", "Levels 1-9", "hvac i-iv"):
        assert split_pieces(text)[0] == [text]
    refs = build([("E1", "NCCER Electrical Level I", "NCCER"), ("E2", "NCCER Electrical Level II", "NCCER"),
                  ("E3", "NCCER Electrical Level III", "NCCER"), ("E4", "NCCER Electrical Level IV", "NCCER"),
                  ("W1", "Water Treatment Operator Class I", "DEQ"), ("W2", "Water Treatment Operator Class II", "DEQ"),
                  ("W3", "Water Treatment Operator Class III", "DEQ")])
    assert outcomes(resolve(refs, ("NCCER Electrical Levels 1-3", "NCCER"), ("Water Treatment Operator Class I-II", ""),
                            rule=H_RULE)) == [
        ("resolved", "E1"), ("resolved", "E2"), ("resolved", "E3"), ("resolved", "W1"), ("resolved", "W2")]


def test_what_a_card_or_certificate_prints_around_the_name_is_left_out() -> None:
    # State CR: write-ins read off wallet cards and certificates by OCR carry the card's number, its dates and the
    # holder's or instructor's name (redacted) and went to review; a card's fields alone are no credential
    refs = build([("C1", "NCCER Carpentry Level 1", "NCCER"), ("B1", "BLS Provider", "American Heart Association"),
                  ("E1", "Emergency Medical Technician (NREMT)", "National Registry of EMTs"),
                  ("F1", "Forklift Operator Certification", ""),
                  ("H1", "Personal Care Aide Training Program Certificate of Completion", "")])
    assert outcomes(resolve(refs, ("NCCER CARPENTRY LEVEL 1 Card No. NCCER-0981122", "NCCER"),
                            ("AMERICAN HEART ASSOCIATION BLS PROVIDER Issue Date 09/2023 Recommended Renewal Date"
                             " 09/2025 Instructor [NAME]", "AHA"),
                            ("This certifies that [NAME] is hereby recognized as an Emergency Medical Technician", ""),
                            ("Forklift Operator Certification Operator [NAME] Trainer [NAME] Eval Date 2/11/2025", ""),
                            ("Personal Care Aide Training Program Certificate of Completion", ""),
                            ("Issue Date 05/14/2024", ""), ("Instructor [NAME]", ""),
                            ("Honor Roll\nThis certifies that [NAME] is hereby recognized", ""), rule=H_RULE)) == [
        ("resolved", "C1"), ("resolved", "B1"), ("resolved", "E1"), ("resolved", "F1"), ("resolved", "H1"),
        ("no_credential", None), ("no_credential", None), ("no_credential", None)]


def test_a_vendor_of_the_list_typed_in_the_name_is_not_another_vendors_credential_by_a_rare_word() -> None:
    # State CQ: "SACA Hydraulic Systems 1" (a SACA credential the list lacks) was assigned NIMS's one hydraulic
    # credential through the word "hydraulic", which no other name holds
    refs = build([("H1", "NIMS Industrial Technology Maintenance Level 1 – Hydraulic Systems", ""),
                  ("N1", "NIMS Machining Level I – CNC Milling", "National Institute for Metalworking Skills"),
                  ("S1", "SACA Electrical Systems 1 Certification", "Smart Automation Certification Alliance"),
                  ("S2", "SACA Mechanical Systems 1 Certification", "SACA")])
    assert outcomes(resolve(refs, ("SACA Hydraulic Systems 1", ""), ("NIMS Hydraulic Systems", ""),
                            ("Hydraulic Systems", ""), rule=H_RULE)) == [
        ("needs_review", None), ("resolved", "H1"), ("resolved", "H1")]


def test_a_number_typed_with_the_words_of_another_series_is_no_member_of_the_series_writing_it() -> None:
    # State CS: "Water Distribution Operator Class III" (the list has distribution Classes I and II) was assigned
    # the Water Treatment Operator Class III, which writes its number, over the bars of the rule fitted on the list
    refs, rule = state_refs("state_cs"), state_rule("state_cs")
    assert outcomes(resolve(refs, ("Water Distribution Operator Class III", "DEQ"),
                            ("Water Treatment Operator Class III", "DEQ"), ("Water Distribution Operator Class II", ""),
                            rule=rule)) == [("needs_review", None), ("resolved", "LD1013"), ("resolved", "LD1053")]


def test_a_contractions_apostrophe_is_no_sign_of_ocr_and_the_contraction_is_spelt_out() -> None:
    # State CR: "Phlebotomy Tech" from "Nat'l Healthcareer Assoc" was assigned the ASCP's row: the "l" after the
    # apostrophe was read as a Roman "I" by the OCR put-back, and "nat l" was no vendor (States W and AN too)
    refs = build([("N1", "Certified Phlebotomy Technician (CPT)", "National Healthcareer Association"),
                  ("A1", "Phlebotomy Technician (PBT)", "American Society for Clinical Pathology"),
                  ("F1", "Firefighter I", "State Fire Marshal"), ("F2", "Firefighter II", "State Fire Marshal")])
    assert outcomes(resolve(refs, ("Phlebotomy Tech", "Nat'l Healthcareer Assoc"), ("Phlebotomy Tech", "ASCP"),
                            ("Firefighter l", ""), rule=H_RULE)) == [
        ("resolved", "N1"), ("resolved", "A1"), ("resolved", "F1")]
    assert refs.normalize("Int'l Code Council") == "international code council"


def test_an_exam_codes_letter_is_no_word_of_a_note_on_the_record() -> None:
    # States CT and BV: "220-1101 / 220-1102 + N10-009" was junk, "placeholder: nothing earned": cleaned, the "N" of
    # the Network+ exam was the junk seed's "n" (for "no") among numbers
    refs = build([("A1", "CompTIA A+ (220-1101/220-1102)", "CompTIA"), ("N1", "CompTIA Network+ (N10-009)", "CompTIA")])
    assert outcomes(resolve(refs, ("220-1101 / 220-1102 + N10-009", "CompTIA"), ("N - 2023", ""), rule=H_RULE)) == [
        ("resolved", "A1"), ("resolved", "N1"), ("no_credential", None)]


def test_a_name_of_no_vendor_typed_with_a_vendor_is_not_that_vendors_name_adding_a_word_of_its_own() -> None:
    # State CT: "Heartsaver First Aid CPR AED; Heartsaver Pediatric" from the AHA was read whole as the pediatric
    # course: its first piece, the list's vendorless "Heartsaver First Aid CPR AED" typed with the AHA, had been read
    # as the AHA's "Heartsaver Pediatric First Aid CPR AED", which holds every word typed (and "pediatric")
    refs = build([("H1", "Heartsaver First Aid CPR AED", ""),
                  ("H2", "Heartsaver Pediatric First Aid CPR AED", "American Heart Association"),
                  ("H3", "Heartsaver CPR AED", "American Heart Association"),
                  ("P1", "Pharmacy Technician", ""),
                  ("P2", "Pharmacy Technician Certification Board (PTCB) Certified Pharmacy Technician (CPhT)",
                   "Pharmacy Technician Certification Board")])
    assert outcomes(resolve(refs, ("Heartsaver First Aid CPR AED", "AHA"),
                            ("Heartsaver First Aid CPR AED; Heartsaver Pediatric", "AHA"), rule=H_RULE)) == [
        ("resolved", "H1"), ("resolved", "H1"), ("resolved", "H2")]
    # a name adding only its vendor's words and acronyms is still the typed vendor's
    assert one(refs, "pharmacy tech", "PTCB")[::2] == ("resolved", "P2")


def test_a_code_typed_beside_its_name_and_another_credential_is_no_code_for_the_whole() -> None:
    # State CT: "CT-HOS105 ServSafe Manager & ServSafe Allergens" was the manager alone: the code led the whole, two
    # of its three other words being the manager's
    refs = build([("CT-HOS105", "ServSafe Food Protection Manager Certification", ""),
                  ("CT-HOS124", "ServSafe Allergens", "National Restaurant Association"),
                  ("CT-HOS119", "ServSafe Alcohol", "National Restaurant Association")])
    assert outcomes(resolve(refs, ("CT-HOS105 ServSafe Manager & ServSafe Allergens", "Natl Restaurant Assn"),
                            ("CT-HOS105 ServSafe Manager", ""), rule=H_RULE)) == [
        ("resolved", "CT-HOS105"), ("resolved", "CT-HOS124"), ("resolved", "CT-HOS105")]


def test_a_plus_typed_in_small_letters_between_two_credentials_joins_them() -> None:
    # State CN: "OSHA 10 plus Forklift", "ServSafe Manager plus Food Handler" went to review or lost a credential;
    # a name's "Plus" stays ("PQA Plus", "CPT Plus Certification")
    assert split_pieces("OSHA 10 plus Forklift")[0] == ["OSHA 10", "Forklift"]
    for text in ("PQA Plus", "CPT Plus Certification", "pqa plus", "OSHA 10 plus"):
        assert split_pieces(text)[0] == [text]
    refs = build([("O1", "OSHA 10-Hour Construction", "OSHA"), ("F1", "Forklift Operator Certification", ""),
                  ("P1", "Pork Quality Assurance Plus (PQA Plus)", "National Pork Board")])
    assert outcomes(resolve(refs, ("OSHA 10 plus Forklift", ""), ("PQA Plus", ""), rule=H_RULE)) == [
        ("resolved", "O1"), ("resolved", "F1"), ("resolved", "P1")]


def test_a_code_in_the_form_of_the_lists_codes_that_is_none_of_them_goes_to_review() -> None:
    # the taken-out check on State CT: with the A+ taken out, its code "CT-INF107" was assigned the "FAA Part 107
    # Remote Pilot Certificate" through "107", and "CTHLT210 EMT" (the state EMT taken out) the NREMT's EMT once the
    # glued code was left out as a foreign exam's
    rows = [("CT-TRN220", "FAA Part 107 Remote Pilot Certificate", ""),
            ("CT-HLT215", "NREMT Emergency Medical Technician (EMT)", "National Registry of EMTs"),
            ("CT-INF115", "CompTIA Network+ (N10-009)", "CompTIA"),
            ("CT-HLT204", "Certified Phlebotomy Technician", "")]
    refs = build(rows)
    assert outcomes(resolve(refs, ("CT-INF107", "CompTIA"), ("inf 107", ""), ("CTHLT210 EMT", ""), ("INF115", ""),
                            ("Part 107", ""), ("EMT", "NREMT"), rule=H_RULE)) == [
        ("needs_review", None), ("needs_review", None), ("needs_review", None), ("resolved", "CT-INF115"),
        ("resolved", "CT-TRN220"), ("resolved", "CT-HLT215")]
    # a list whose codes are numbers after their prefix has no such form ("JN-5830")
    assert not build([("JN-5830", "CompTIA A+", ""), ("JN-5844", "CompTIA Network+", "")]).code_letters


def test_hours_spent_in_training_after_a_credential_are_no_part_of_it() -> None:
    # State CU: "CNA 75 hrs clinical" went to review (the hours after a word, no dash before them), as did "CCHT - 6 wks
    # in-center training"; a number a name writes before "hour" stays ("OSHA 30 hr clinical" is no such list)
    refs = build([("N1", "Certified Nursing Assistant (CNA)", ""), ("D1", "Certified Clinical Hemodialysis Technician "
                   "(CCHT)", ""), ("O1", "OSHA 30-Hour Construction", ""), ("O2", "OSHA 10-Hour Construction", "")])
    assert without_resume_words(refs, "CNA 75 hrs clinical") == "CNA"
    assert without_resume_words(refs, "CCHT - 6 wks in-center training") == "CCHT"
    assert without_resume_words(refs, "OSHA 30 hrs classroom") == "OSHA 30 hrs classroom"
    # (hours with no word saying they were spent in training stay where no dash or bracket sets them apart)
    assert without_resume_words(refs, "CNA 75 hrs") == "CNA 75 hrs"
    assert outcomes(resolve(refs, ("CNA 100 hrs clinical", "Golden Living Center"), rule=H_RULE)) == [
        ("resolved", "N1")]


def test_dual_credit_said_after_a_credential_is_how_it_was_taken() -> None:
    # State CX: "Network Plus - ITN 260 dual enrollment", "Sterile Processing cert - dual credit" were junk (the junk
    # seed's dual-credit item in a clause after a dash, not a piece of its own); the item first stays junk ("Dual
    # credit - Welding I": a college course), as does one in brackets saying what all of it is
    refs = build([("N1", "CompTIA Network+ (N10-009)", "CompTIA"), ("S1", "Sterile Processing Certificate",
                   "Central Piedmont Community College"), ("W1", "AWS D1.1 Welder Qualification", "AWS")])
    assert outcomes(resolve(refs, ("Network Plus - ITN 260 dual enrollment", "Pearson VUE"),
                            ("Sterile Processing cert - dual credit", "Central Piedmont"),
                            ("Dual credit - Welding I", "Cowley College"),
                            ("Anatomy & Physiology (dual credit)", "Community College"), rule=H_RULE)) == [
        ("resolved", "N1"), ("resolved", "S1"), ("no_credential", None), ("no_credential", None)]


@pytest.mark.parametrize("text", ["NAHB Student Chapter", "Toolbox talk attendance",
                                  "Habitat for Humanity build day", "see instructor", "TB test + flu shot done",
                                  "Scrubs & background check cleared", "Khan Academy Personal Finance",
                                  "Google Analytics for Beginners", "Virtual Enterprise", "Canva Design School",
                                  "Geometry in Construction", "Shop safety test - 100%"])
def test_programmes_routines_and_clearances_of_the_fortyfirst_round_are_junk(text: str) -> None:
    # States CU, CV and CW: each went to review; our junk seed names them (a list naming them would win over it)
    refs = build([("G1", "Google Analytics Certification", "Google"), ("O1", "OSHA 10-Hour Construction", "OSHA"),
                  ("C1", "Certified Nursing Assistant (CNA)", "")])
    assert outcomes(resolve(refs, (text, ""), rule=H_RULE)) == [("no_credential", None)]


def test_a_digit_glued_in_a_code_is_no_level_number() -> None:
    # State CW: "Elec 1" went to review, the ICC's "Residential Electrical Inspector (E1)" read as naming "Electrical
    # 1" too; a level the runner-up writes as a number of its own stays a rival ("Electrical Inspector Level 1")
    assert outcomes(resolve(state_refs("state_cw"), ("Elec 1 + PACT Electrical", "Ms. Okafor"),
                            rule=state_rule("state_cw"))) == [("resolved", "BLD-2048"), ("resolved", "BLD-7031")]
    level = ("E1L", "NCCER Electrical Level 1", "")
    words = Words(build([level, ("E1I", "ICC Residential Electrical Inspector (E1)", "")]))
    assert words.runner_names_it_too["electrical 1", "E1L", "E1I"] == 0.0
    words = Words(build([level, ("E1J", "ICC Residential Electrical Inspector Level 1", "")]))
    assert words.runner_names_it_too["electrical 1", "E1L", "E1J"] == 1.0


def test_a_trade_teachers_shorthand_is_read_as_the_trade() -> None:
    # State CW: "Plmb 1", "Wld 1", "Sht Mtl 1" went to review (our abbreviation seed)
    refs = build([("P1", "NCCER Plumbing Level 1", ""), ("P2", "NCCER Plumbing Level 2", ""),
                  ("W1", "NCCER Welding Level 1", ""), ("S1", "NCCER Sheet Metal Level 1", "")])
    assert outcomes(resolve(refs, ("Plmb 1", "NCCER"), ("Wld 1", ""), ("Sht Mtl 1", "NCCER"), rule=H_RULE)) == [
        ("resolved", "P1"), ("resolved", "W1"), ("resolved", "S1")]


def test_a_clause_counting_what_was_done_or_saying_all_were_passed_is_no_credential() -> None:
    # State CU: "CPCT/A – 10 EKGs and 30 venipunctures logged", "Birth Doula (DONA) & CLC - 3 births attended" (a word
    # of the list's in the plural after a number is a count of things done), "CCMA, CPT, CET (NHA) - all 3 passed",
    # "Ophthalmic Asst (COA) - 1000 hrs on the job" went to review
    refs = build([("P1", "NHA Certified Patient Care Technician/Assistant (CPCT/A)", ""),
                  ("E1", "NHA Certified EKG Technician (CET)", ""), ("D1", "DONA Birth Doula Certification", ""),
                  ("O1", "Certified Ophthalmic Assistant (COA)", ""), ("L1", "OSHA 10-Hour Construction", "")])
    assert without_resume_words(refs, "CPCT/A – 10 EKGs and 30 venipunctures logged") == "CPCT/A"
    assert without_resume_words(refs, "Birth Doula (DONA) & CLC - 3 births attended") == "Birth Doula (DONA) & CLC"
    assert without_resume_words(refs, "CCMA, CPT, CET (NHA) - all 3 passed") == "CCMA, CPT, CET (NHA)"
    assert without_resume_words(refs, "Ophthalmic Asst (COA) - 1000 hrs on the job") == "Ophthalmic Asst (COA)"
    assert without_resume_words(refs, "EMR, BLS (AHA) - 24 ride-along hrs") == "EMR, BLS (AHA)"
    # a level or a number of the list's names after a dash stays ("Level - 1", "OSHA - 10 hrs" where 10-Hour is listed)
    assert without_resume_words(refs, "EKG Technician Level - 1") == "EKG Technician Level - 1"
    assert without_resume_words(refs, "OSHA - 10 hrs") == "OSHA - 10 hrs"


def test_an_nccer_module_number_is_read_as_its_craft_and_level() -> None:
    # State CW: "27102", "29201", "03101 + 03201" were junk (a number only), "02201 plumbing" review; a module of a
    # level the list lacks goes to review ("27401-13": Carpentry Level 4)
    refs = state_refs("state_cw")
    assert nccer_modules_put_back(refs, "27101-27111 (Carp 1)") == "NCCER Carpentry Level 1 (Carp 1)"
    assert nccer_modules_put_back(refs, "00101-15") == "NCCER Core"
    assert outcomes(resolve(refs, ("27102", "NCCER"), ("29201", ""), ("03101 + 03201", "NCCER"), ("27401-13", "NCCER"),
                            rule=state_rule("state_cw"))) == [
        ("resolved", "BLD-2040"), ("resolved", "BLD-2098"), ("resolved", "BLD-2067"), ("resolved", "BLD-2070"),
        ("needs_review", None)]
    # not in a list without NCCER's credentials of that craft, nor a number the list writes
    other = build([("C1", "NCCER Carpentry Level 1", ""), ("Z1", "Zone 27102 Safety Card", "")])
    assert nccer_modules_put_back(other, "29201") == "29201"
    assert nccer_modules_put_back(other, "27102") == "27102"
    assert nccer_modules_put_back(build([("C1", "Carpentry Level 1", "")]), "27101") == "27101"


def test_hours_a_name_writes_stay_only_beside_a_word_of_such_a_name_and_a_cards_look_is_no_word() -> None:
    # State CW: "Scaffold User (8 hr)" went to review, the hours kept because "OSHA HAZWOPER 8-Hour Annual Refresher"
    # writes 8 hours; "OSHA 10 card (blue) - construction", "OSHA 30 HR CONST (wallet card)" went to review
    refs = build([("S1", "Scaffold User Training Certificate", ""), ("H8", "OSHA HAZWOPER 8-Hour Annual Refresher", ""),
                  ("O10", "OSHA 10-Hour Construction Industry Outreach Training", ""),
                  ("O30", "OSHA 30-Hour Construction Industry Outreach Training", "")])
    assert without_resume_words(refs, "Scaffold User (8 hr)") == "Scaffold User"
    assert without_resume_words(refs, "HAZWOPER (8 hr)") == "HAZWOPER (8 hr)"
    assert without_resume_words(refs, "OSHA 30 HR CONST (wallet card)") == "OSHA 30 HR CONST"
    assert without_resume_words(refs, "OSHA 10 card (blue) - construction") == "OSHA 10 card - construction"
    assert outcomes(resolve(refs, ("Scaffold User (8 hr)", ""), ("OSHA 30 HR CONST (wallet card)", "US DOL"),
                            rule=H_RULE)) == [("resolved", "S1"), ("resolved", "O30")]


def test_a_college_course_number_is_a_course_first_and_nothing_after_a_credential() -> None:
    # State CX: "WLD 110", "HLHS 101 Medical Terminology" went to review, "EDU 119 Intro to Early Childhood Ed" to a
    # code; "Welding certificate (WEL 101, WEL 102)", "EMT Technical Certificate (EMS 1119, EMS 1431L)" to review
    refs = build([("W1", "Welding Technology Certificate", "Penn College"), ("E1", "EMT Technical Certificate",
                   "Valencia College"), ("N1", "Nursing Assistant", ""), ("H1", "Home Health Aide (HHA)", ""),
                  ("C1", "Early Childhood Education Certificate", "Central Piedmont Community College"),
                  ("P1", "FAA Part 107 Remote Pilot Certificate", "FAA")])
    assert outcomes(resolve(refs, ("WLD 110", "TCC"), ("HLHS 101 Medical Terminology", "Ivy Tech"),
                            ("EDU 119 Intro to Early Childhood Ed", "CPCC"), rule=H_RULE)) == [
        ("no_credential", None)] * 3
    assert without_resume_words(refs, "Welding certificate (WEL 101, WEL 102)") == "Welding certificate"
    assert without_resume_words(refs, "EMT Technical Certificate (EMS 1119, EMS 1431L)") == "EMT Technical Certificate"
    # a title naming credentials after the number is no course ("HLTH 1100 Nursing Assistant/HHA"); a number the
    # list writes is no course number ("PART 107"), nor a vendor's letters ("FAA 107")
    assert outcomes(resolve(refs, ("HLTH 1100 Nursing Assistant/HHA", ""), ("PART 107", ""), rule=H_RULE)) == [
        ("resolved", "N1"), ("resolved", "H1"), ("resolved", "P1")]
    assert without_resume_words(refs, "Remote Pilot (FAA 107)") == "Remote Pilot (FAA 107)"


def test_a_number_typed_against_a_candidate_writing_none_beside_a_rung_of_another_number_goes_to_review() -> None:
    # State CX: "Nurse Aide II (NAS 102)" was assigned the "Certified Nursing Assistant" (no number) beside the
    # list's "Nurse Aide I - State Nurse Aide Registry": a rung the list lacks
    assert outcomes(resolve(state_refs("state_cx"), ("Nurse Aide II", "CPCC"), ("Nurse Aide I", ""),
                            rule=state_rule("state_cx"))) == [("needs_review", None), ("resolved", "DE10113")]


def test_a_subject_several_issuers_award_alike_goes_to_review_unless_the_issuer_is_typed() -> None:
    # State CX: "Welding Technology Certificate - dual credit", "Culinary Arts certificate" (from "dual credit") were
    # assigned one college's certificate by its exact name, where three colleges award one
    refs = build([("W1", "Welding Technology Certificate", "Sinclair Community College"),
                  ("W2", "Certificate of Completion – Welding Technology", "Tidewater Community College"),
                  ("W3", "Welding Technology Technical Certificate", "Ivy Tech Community College"),
                  ("P1", "Certified Phlebotomy Technician (CPT)", "National Healthcareer Association"),
                  ("P2", "Phlebotomy Technician (PBT)", "American Society for Clinical Pathology"),
                  ("E1", "Microsoft Office Specialist: Excel Associate", "Microsoft"),
                  ("E2", "MOS Excel Associate (MO-200)", "Certiport")])
    typed = "Welding Technology Certificate"
    assert outcomes(resolve(refs, (typed, ""), (typed, "Sinclair"), (typed, "dual credit"), rule=H_RULE)) == [
        ("needs_review", None), ("resolved", "W1"), ("needs_review", None)]
    # an acronym of one issuer's typed decides ("Phlebotomy Tech (CPT)"); a test provider's row is no other issuer's
    assert outcomes(resolve(refs, ("Phlebotomy Tech (CPT)", ""), ("Microsoft Office Specialist Excel Associate", ""),
                            rule=H_RULE)) == [("resolved", "P1"), ("resolved", "E1")]


def test_a_last_clause_saying_an_exams_steps_were_passed_is_no_credential() -> None:
    # State CU: "Child Passenger Safety Tech - seat check event signed off", "EMR then EMT (NREMT) - psychomotor
    # done" went to review or lost their last credential; a clause that may name a credential stays
    refs = build([("C1", "Child Passenger Safety Technician (CPST)", "Safe Kids Worldwide"),
                  ("N1", "CompTIA Network+", "CompTIA"), ("A1", "CompTIA A+", "CompTIA"),
                  ("H1", "Home Health Aide Competency Evaluation", "")])
    assert without_resume_words(refs, "Child Passenger Safety Tech - seat check event signed off") == \
        "Child Passenger Safety Tech"
    assert without_resume_words(refs, "EMT (NREMT) - psychomotor done") == "EMT (NREMT)"
    assert without_resume_words(refs, "state tested nurse aide - on registry") == "state tested nurse aide"
    for typed in ("CompTIA A+ - Network+ passed", "CNA - BLS passed", "A+ - Network passed", "HHA - 16 hr done"):
        assert without_resume_words(refs, typed) == typed, typed


def test_a_word_spelling_the_initials_of_words_another_name_adds_sends_the_match_to_review() -> None:
    # State CU: "Heartsaver FA CPR AED" was assigned "AHA Heartsaver CPR AED", its "FA" the initials of the "First
    # Aid" of "AHA Heartsaver First Aid CPR AED"; sent to review, the reading with the initials spelt out decides
    refs = build([("C1", "AHA Heartsaver CPR AED", ""), ("F1", "AHA Heartsaver First Aid CPR AED", ""),
                  ("P1", "AHA Heartsaver Pediatric First Aid CPR AED", "")])
    words = Words(refs)
    assert words.initials_of_another["heartsaver fa cpr aed", "C1"]
    assert not words.initials_of_another["heartsaver cpr aed", "C1"]
    assert outcomes(resolve(refs, ("Heartsaver FA CPR AED", ""), rule=H_RULE)) == [("resolved", "F1")]


def test_a_card_renewed_expired_or_passed_after_a_failure_was_earned() -> None:
    # State DA: "CPhT recert 2025", "PALS - expired", "YQCA (annual renewal)", "Forklift cert - good for 3 yrs" went to
    # review; "CCMA failed 1st attempt, passed 2nd" and "EMT-B - passed on retake" were junk (not earned)
    refs = build([("C1", "Pharmacy Technician Certification (CPhT)", "PTCB"),
                  ("P1", "Pediatric Advanced Life Support (PALS)", "American Heart Association"),
                  ("R1", "CPR Recertification", "American Red Cross"), ("F1", "Forklift Operator", "")])
    assert without_resume_words(refs, "CPhT recert 2025") == "CPhT"
    assert without_resume_words(refs, "PALS - expired") == "PALS"
    assert without_resume_words(refs, "YQCA (annual renewal)") == "YQCA"
    assert without_resume_words(refs, "Forklift cert - good for 3 yrs") == "Forklift cert"
    assert without_resume_words(refs, "Network+ failed 1st attempt, passed 2nd") == "Network+"
    assert without_resume_words(refs, "EMT-B - passed on retake") == "EMT-B"
    # a word the list's names write stays ("CPR Recertification"), and so does a failure alone
    assert without_resume_words(refs, "CPR recertification") == "CPR recertification"
    assert without_resume_words(refs, "CNA - failed") == "CNA - failed"
    da, rule = state_refs("state_da"), state_rule("state_da")
    out = resolve(da, ("CCMA failed 1st attempt, passed 2nd", "NHA"), ("EMT-B - passed on retake", "DA Office of EMS"),
                  ("PALS - expired", "AHA"), ("CPhT recert 2025", "Pharmacy Tech Cert Board"),
                  ("CCMA - failed, will retake", "NHA"), ("CDL Class A - retake scheduled", "DMV"), rule=rule)
    assert outcomes(out) == [("resolved", "DA1065"), ("resolved", "DA1179"), ("resolved", "DA1239"),
                             ("resolved", "DA1149"), ("no_credential", None), ("no_credential", None)]


def test_a_span_of_test_codes_is_each_test_and_a_code_the_list_lacks_is_reviewed_on_its_own() -> None:
    # State CY: "T2-T4", "A1-A3" and "B2 B3 B6" went whole to review, "H2-H4" and "A5, A6 & L3" lost a listed test
    # inside a span reviewed as one; "608 T1/T2" (refrigerant card types in shorthand, seed) went to review
    assert split_pieces("ASE A1-A3")[0] == ["ASE A1", "A2", "A3"]
    assert split_pieces("T2 - T4")[0] == ["T2", "T3", "T4"]
    # (typed in small letters, as in shorthand: State EH's "ase a4-a6")
    assert split_pieces("ase a4-a6")[0] == ["ase a4", "a5", "a6"]
    for whole in ("CDL-A", "D1.1-D1.3", "A1-B3", "T4-T2"):
        assert split_pieces(whole)[0] == [whole]
    cy, rule = state_refs("state_cy"), state_rule("state_cy")
    out = resolve(cy, ("T2-T4", "ASE"), ("B2 B3 B6", ""), ("H2-H4", "ASE"), ("A5, A6 & L3", "ASE"),
                  ("608 T1/T2", "ESCO"), rule=rule)
    assert outcomes(out) == [("resolved", "TR10250"), ("resolved", "TR10252"), ("resolved", "TR10256"),
                             ("resolved", "TR10283"), ("resolved", "TR10290"), ("needs_review", None),
                             ("resolved", "TR11078"), ("needs_review", None), ("resolved", "TR11084"),
                             ("resolved", "TR10203"), ("resolved", "TR10207"), ("needs_review", None),
                             ("resolved", "TR10396"), ("resolved", "TR10405")]


def test_a_letter_alone_in_brackets_is_no_result_unless_a_column_of_them_marks_items() -> None:
    # State CY: "Tanker endorsement (N)" (the N endorsement) was junk, its "(N)" read as a checklist's "no"
    assert not earned_items("Tanker endorsement (N)").none_earned
    assert earned_items("CPR (Y); BLS (N)").text == "CPR"
    assert earned_items("CPR: No").none_earned and earned_items("Network+ (failed)").none_earned
    cy = state_refs("state_cy")
    assert outcomes(resolve(cy, ("Tanker endorsement (N)", "DMV"), rule=state_rule("state_cy")))[0][0] != \
        "no_credential"


def test_an_acronym_the_seed_spells_out_before_a_year_is_no_college_course() -> None:
    # State DB: "Revit ACU 2024" went to review, "ACU 2024" read away as a college's course number ("WLD 110")
    refs = build([("U1", "Autodesk Certified User – Revit", "Autodesk"),
                  ("P1", "Autodesk Certified Professional in Revit for Architectural Design", "Autodesk")])
    assert outcomes(resolve(refs, ("Revit ACU 2024", "Certiport"), rule=H_RULE)) == [("resolved", "U1")]
    assert without_resume_words(refs, "Welding certificate (WLD 110)") == "Welding certificate"


def test_a_run_of_words_beginning_or_ending_with_a_small_word_spells_no_initials() -> None:
    # State DB: "AI" (Adobe Illustrator) from Adobe was assigned an Adobe Certified Associate row, read as the
    # initials of "Associate in" from another name ("Certified Associate in Project Management")
    refs = build([("A1", "Adobe Certified Associate – Interactive Media Using Animate CC", "Adobe"),
                  ("P1", "Certified Associate in Project Management (CAPM)", "PMI"),
                  ("I1", "Adobe Certified Professional in Illustrator", "Adobe")])
    assert "associate in" not in refs.initials.get("ai", set())
    assert outcomes(resolve(refs, ("AI", "Adobe"), rule=H_RULE)) == [("needs_review", None)]


def test_a_recurrent_or_refresher_course_is_not_the_credential_it_renews() -> None:
    # States CY and DB: "Part 107 recurrent" was assigned the Remote Pilot Certificate the list writes
    refs = build([("P1", "FAA Part 107 Remote Pilot Certificate", "Federal Aviation Administration"),
                  ("H1", "HAZWOPER 40-Hour", "OSHA"), ("F1", "Forklift Operator", "")])
    assert outcomes(resolve(refs, ("Part 107 recurrent", "FAA"), ("HAZWOPER refresher", ""),
                            ("Part 107 remote pilot", "FAA"), rule=H_RULE)) == [
        ("needs_review", None), ("needs_review", None), ("resolved", "P1")]


def test_the_initials_of_every_word_of_a_name_writing_its_own_acronym_are_not_that_credential() -> None:
    # State CV: "SHRM-SCP" (a credential the list lacks) was assigned "SHRM Certified Professional (SHRM-CP)", its
    # "SCP" read as the initials of the name's three words; State T's "NCPT" from the NCCT took "NASM Certified
    # Personal Trainer (CPT)" the same way. A bracket of words is no acronym ("Certified Nursing Assistant (Florida
    # Board of Nursing)" is still the CNA)
    refs = build([("S1", "SHRM Certified Professional (SHRM-CP)", "Society for Human Resource Management"),
                  ("N1", "Certified Nursing Assistant (Florida Board of Nursing)", ""),
                  ("F1", "Forklift Operator", "")])
    assert "shrm certified professional" not in refs.initials.get("scp", set())
    assert "certified nursing assistant" in refs.initials.get("cna", set())
    assert outcomes(resolve(refs, ("SHRM-SCP", ""), ("SHRM-CP", ""), ("CNA", ""), rule=H_RULE)) == [
        ("needs_review", None), ("resolved", "S1"), ("resolved", "N1")]


def test_a_bracket_naming_the_rows_own_issuer_is_no_name_of_that_credential() -> None:
    # State CY: "I-CAR PL1" (ProLevel 1, which the list has for five roles) was assigned "Refinish Technician Platinum
    # Pathway, First Level (I-CAR)", the issuer in brackets read as the credential's own short name. A bracket the
    # name's words spell stays one, though it is also the issuer's name ("National Registered EMT (NREMT)")
    refs = build([("R1", "Refinish Technician Platinum Pathway, First Level (I-CAR)",
                   "I-CAR (Inter-Industry Conference on Auto Collision Repair)"),
                  ("E1", "I-CAR ProLevel 1 – Estimator", "I-CAR (Inter-Industry Conference on Auto Collision Repair)"),
                  ("N1", "I-CAR ProLevel 1 – Non-Structural Technician",
                   "I-CAR (Inter-Industry Conference on Auto Collision Repair)"),
                  ("M1", "National Registered EMT (NREMT)", "NREMT"), ("M2", "Emergency Medical Responder", "NREMT")])
    assert outcomes(resolve(refs, ("I-CAR", ""), ("NREMT", ""), rule=H_RULE)) == [
        ("needs_review", None), ("resolved", "M1")]


def test_a_name_writing_the_typed_vendors_short_name_is_of_no_other_vendor() -> None:
    # State CY: "EPA 608 T2" typed with "EPA" went to review, its "EPA Section 608 Technician Certification - Type
    # II" (listed under the ESCO Institute) scored as another vendor's, though the name writes "EPA"
    refs = build([("T1", "EPA Section 608 Technician Certification – Type I", "ESCO Institute"),
                  ("T2", "EPA Section 608 Technician Certification – Type II", "ESCO Institute"),
                  ("S9", "Section 609 MVAC Certification", "U.S. Environmental Protection Agency"),
                  ("F1", "Forklift Operator", "National Safety Council")])
    with_epa = resolve(refs, ("EPA 608 Type II", "EPA"), ("EPA 608 Type II", ""))
    assert with_epa[0]["score"] == with_epa[1]["score"], with_epa  # no penalty for another vendor
    assert outcomes(resolve(refs, ("EPA 608 Type II", "EPA"), rule=H_RULE)) == [("resolved", "T2")]


def test_a_credential_typed_in_the_vendor_field_beside_a_person_school_or_issuer_is_read_there() -> None:
    # State DC: the clerk typed the teacher, the school, the FFA chapter or the issuer in the name field and the
    # credential in the vendor field; read swapped only where the fields as typed resolve nothing and the swapped
    # ones name a credential ("Mr. Alvarez" from "Tri-County Tech" stays a person's name, junk)
    refs = build([("T1", "Hazardous Occupations Safety Training in Agriculture (Tractor Safety)",
                   "Penn State Extension"),
                  ("P1", "Pork Quality Assurance Plus (PQA Plus) Certification", "National Pork Board"),
                  ("L1", "Assistant Laboratory Animal Technician (ALAT)",
                   "American Association for Laboratory Animal Science"),
                  ("O1", "OSHA 10-Hour Agriculture", "OSHA")])
    assert outcomes(resolve(refs, ("Mr. Dale - Ag Mech", "Tractor Safety cert"), ("National Pork Board", "PQA Plus"),
                            ("AALAS", "ALAT"), ("Riverbend FFA", "OSHA 10 Ag, Tractor Safety"),
                            ("Mr. Alvarez", "Tri-County Tech"), rule=H_RULE)) == [
        ("resolved", "T1"), ("resolved", "P1"), ("resolved", "L1"), ("resolved", "O1"), ("resolved", "T1"),
        ("no_credential", None)]


def test_a_school_information_systems_code_before_a_value_is_read_away() -> None:
    # State DE: an export wrote its own code before each value ("IND_CERT_0123 SERVSAFE MGR", "CERT-HOSP-07: AHLEI
    # CGSP"); a code whose words the list's names write stays ("J-STD-001 CIS", "IPC-A-610")
    refs = build([("S1", "ServSafe Manager Certification", "National Restaurant Association"),
                  ("S2", "ServSafe Food Handler", "National Restaurant Association"),
                  ("G1", "Certified Guest Service Professional (CGSP)", "AHLEI"),
                  ("J1", "IPC J-STD-001 Certified IPC Specialist (CIS)", "IPC"),
                  ("A1", "IPC-A-610 Certified IPC Specialist (CIS)", "IPC")])
    assert outcomes(resolve(refs, ("IND_CERT_0123 SERVSAFE MGR", ""), ("CERT-HOSP-07: AHLEI CGSP", "AHLEI"),
                            ("J-STD-001 CIS", "IPC"), rule=H_RULE)) == [
        ("resolved", "S1"), ("resolved", "G1"), ("resolved", "J1")]


def test_course_numbers_glued_to_their_letters_typed_with_spaces_only_are_cut_apart() -> None:
    # State DD: "IS100 IS200 IS700" (three FEMA courses) went whole to review
    assert split_pieces("IS100 IS200 IS700") == (["IS100", "IS200", "IS700"], [" ", " "])
    assert split_pieces("Windows10 Office365")[0] == ["Windows10 Office365"]  # (words of four letters or more)


def test_a_bracketed_acronym_that_is_another_vendors_short_name_names_its_credentials_too() -> None:
    # State DD: "ASP" alone was assigned the "Associate Safety Professional (ASP)", though the list's "Armament
    # Systems and Procedures (ASP)" issues two credentials of its own
    refs = build([("S1", "Associate Safety Professional (ASP)", ""),
                  ("B1", "ASP Tactical Baton Certification", "Armament Systems and Procedures (ASP)"),
                  ("H1", "ASP Tactical Handcuffing Certification", ""),
                  ("F1", "Forklift Operator", "")])
    assert outcomes(resolve(refs, ("ASP", ""), ("Associate Safety Professional", ""), ("ASP baton", ""),
                            rule=H_RULE)) == [("needs_review", None), ("resolved", "S1"), ("resolved", "B1")]


def test_acronyms_written_one_for_another_in_brackets_are_each_the_credentials() -> None:
    # State DF: "CET" alone was assigned SME's "Certified Engineering Technologist (CET)", though ETA's "(CET/CETa)"
    # writes the same acronym; "(CPCT/A)" is one acronym, not "CPCT" and "A"
    refs = build([("E1", "Certified Electronics Technician – Associate Level (CET/CETa) – ETA International",
                   "ETA International"),
                  ("S1", "Certified Engineering Technologist (CET) – SME", "SME"),
                  ("P1", "Certified Patient Care Technician/Assistant (CPCT/A)", ""),
                  ("F1", "Forklift Operator", "")])
    assert refs.shared_acronyms.get("cet") == ["E1", "S1"]
    assert "cpct" not in refs.acronyms_of.get("P1", frozenset())
    assert outcomes(resolve(refs, ("CET", "Pearson VUE"), ("CET", "SME"), rule=H_RULE)) == [
        ("needs_review", None), ("resolved", "S1")]


def test_a_list_of_levels_written_once_gives_each_level_the_words_before_and_after() -> None:
    # State DE: "WSET Level 1 & 2 Wines" was read as "WSET Level 1" (the award in wines, spirits or sake) and "WSET
    # Level 2 Wines"; State DC and State BC: "IC3 GS6 Level 1 & Level 2" as "IC3 GS6 Level 1" and "Level 2"
    refs = build([("W1", "WSET Level 1 Award in Wines", ""),
                  ("W2", "WSET Level 2 Award in Wines", "Wine & Spirit Education Trust"),
                  ("S1", "WSET Level 1 Award in Spirits", "Wine & Spirit Education Trust"),
                  ("K1", "WSET Level 1 Award in Sake", "Wine & Spirit Education Trust"),
                  ("I1", "IC3 Digital Literacy Certification (GS6) – Level 1", "Certiport"),
                  ("I2", "IC3 Digital Literacy Certification (GS6) – Level 2", "Certiport"),
                  ("I3", "IC3 Digital Literacy Certification (GS6) – Level 3", "Certiport"),
                  ("F1", "Forklift Operator", "")])
    assert outcomes(resolve(refs, ("WSET Level 1 & 2 Wines", ""), ("IC3 GS6 Level 1 & Level 2", "Certiport"),
                            rule=H_RULE)) == [("resolved", "W1"), ("resolved", "W2"), ("resolved", "I1"),
                                              ("resolved", "I2")]


def test_a_person_beside_words_close_to_a_credential_the_list_lacks_goes_to_review() -> None:
    # State DC: "Dr. Baptiste" from "First Aid CPR" (four first-aid rows) and "Ms. Yazzie" from "Boater Ed card -
    # DNR" were junk, the person's name read first; a school or a role in the vendor field stays junk
    dnr = "State Department of Natural Resources"
    refs = build([("A1", "Adult First Aid/CPR/AED", "American Red Cross"),
                  ("A2", "Heartsaver First Aid CPR AED", "American Heart Association"),
                  ("B1", "Boater Safety Education Certificate (NASBLA-Approved)", dnr),
                  ("B2", "Hunter Education Certificate", dnr),
                  ("F1", "Forklift Operator", "")])
    assert outcomes(resolve(refs, ("Dr. Baptiste", "First Aid CPR"), ("Ms. Yazzie", "Boater Ed card - DNR"),
                            ("Mr. Hendricks", "Ag teacher"), ("Mr. Alvarez", "Tri-County Tech"),
                            ("Jane Smith", "Casper College"), rule=H_RULE)) == [
        ("needs_review", None), ("needs_review", None), ("no_credential", None), ("no_credential", None),
        ("no_credential", None)]


def test_student_activities_placeholders_and_exam_registrations_are_junk() -> None:
    # States CF, DA, DD, DE and DF: a team, a club, a community programme, a competition in Spanish, an export's
    # placeholder and an exam registered for went to review (the junk seed)
    refs = build([("S1", "CompTIA Security+", "CompTIA"), ("R1", "Robotics Technician Level 1", "FANUC"),
                  ("P1", "Police Officer Basic Certification", "State POST"), ("F1", "Forklift Operator", "")])
    for typed, vendor in (("Mock Trial", ""), ("Youth Court volunteer", ""), ("Citizen Police Academy", ""),
                          ("Robotics club", ""), ("SkillsUSA - competencia estatal", ""),
                          ("IND_CERT_0000 PLACEHOLDER", ""), ("Registered for Security+ exam 5/20", "CompTIA"),
                          ("National Honor Society", "")):
        assert one(refs, typed, vendor)[0] == "no_credential", typed
    assert one(refs, "Security+", "CompTIA")[::2] == ("resolved", "S1")
    assert one(refs, "Robotics Technician 1", "FANUC")[::2] == ("resolved", "R1")


def test_a_vendor_after_via_by_or_from_ending_the_name_is_read_as_the_vendor() -> None:
    # State DC: "CCA via American Society of Agronomy" and "PQA Plus + TQA thru National Pork Board" went to review,
    # the issuer read as words of the name; a vendor ending a name of several pieces is the last piece's (State BX:
    # "cpr card and first aid from red cross", the AHA's CPR card), and a school is no vendor
    refs = build([("C1", "Certified Crop Adviser (CCA)", "American Society of Agronomy"),
                  ("C2", "Certified Compliance Auditor (CCA)", "Institute of Internal Auditors"),
                  ("P1", "Pork Quality Assurance Plus (PQA Plus) Certification", "National Pork Board"),
                  ("T1", "Transport Quality Assurance (TQA) Certification", "National Pork Board"),
                  ("T2", "Transport Quality Assurance (TQA) Handler", "Livestock Marketing Association"),
                  ("H1", "Heartsaver CPR AED", "American Heart Association"),
                  ("A1", "First Aid Certification", "American Red Cross"),
                  ("F1", "Forklift Operator", "")])
    assert outcomes(resolve(refs, ("CCA via American Society of Agronomy", ""),
                            ("PQA Plus + TQA thru National Pork Board", ""),
                            ("cpr card and first aid from red cross", ""), ("CCA via Central HS", ""),
                            rule=H_RULE)) == [
        ("resolved", "C1"), ("resolved", "P1"), ("resolved", "T1"), ("resolved", "H1"), ("resolved", "A1"),
        ("needs_review", None)]


def test_a_junk_word_the_list_spells_as_initials_is_no_junk_beside_another_word_of_the_list() -> None:
    # State DD: "IS-2200 Basic EOC" and "IS-775 EOC mgmt" were junk, "EOC" read as our seed's end-of-course
    # assessment; the list's "Basic Emergency Operations Center Functions" spells it. Alone or with words such as
    # "cert", it stays junk
    emi = "FEMA Emergency Management Institute"
    refs = build([("E1", "IS-2200: Basic Emergency Operations Center Functions", emi),
                  ("M1", "IS-2900.a: National Disaster Recovery Framework Management", emi),
                  ("F1", "Forklift Operator", "")])
    assert outcomes(resolve(refs, ("IS-2200 Basic EOC", "FEMA"), ("IS-775 EOC mgmt", "FEMA"), ("EOC", ""),
                            ("EOC cert", ""), rule=H_RULE)) == [
        ("resolved", "E1"), ("needs_review", None), ("no_credential", None), ("no_credential", None)]


def test_a_code_of_a_series_the_list_writes_is_kept_as_another_credential_of_it() -> None:
    # State DD: "IS-909 community preparedness" was assigned the list's "IS-324.a: Community Hurricane Preparedness",
    # "IS-909" read away as an exam's code the list does not use; the list writes IS codes in several names
    emi = "FEMA Emergency Management Institute"
    refs = build([("H1", "IS-324.a: Community Hurricane Preparedness", ""),
                  ("C1", "IS-100.c: Introduction to the Incident Command System, ICS 100", emi),
                  ("E1", "IS-2200: Basic Emergency Operations Center Functions", emi),
                  ("S1", "CompTIA Security+", "CompTIA"), ("F1", "Forklift Operator", "")])
    assert outcomes(resolve(refs, ("IS-909 community preparedness", "FEMA"), ("IS-324 community preparedness", ""),
                            ("Security+ SY0-701", "CompTIA"), rule=H_RULE)) == [
        ("needs_review", None), ("resolved", "H1"), ("resolved", "S1")]


def test_a_code_of_a_series_the_list_lacks_is_reviewed_on_its_own_beside_the_codes_it_has() -> None:
    # State DD: "IS-2200 & IS-775" and "IS-700, IS-703, IS-800" went to review whole, the codes the list has with
    # the one it lacks
    emi = "FEMA Emergency Management Institute"
    refs = build([("E1", "IS-2200: Basic Emergency Operations Center Functions", emi),
                  ("N7", "IS-700.b: An Introduction to the National Incident Management System", emi),
                  ("N8", "IS-800.d: National Response Framework, An Introduction", emi),
                  ("F1", "Forklift Operator", "")])
    assert outcomes(resolve(refs, ("IS-2200 & IS-775", "FEMA"), ("IS-700, IS-703, IS-800", "FEMA"),
                            rule=H_RULE)) == [
        ("resolved", "E1"), ("needs_review", None), ("resolved", "N7"), ("needs_review", None), ("resolved", "N8")]


def test_a_ride_along_or_clinical_rotation_beside_credentials_is_that_pieces_note_only() -> None:
    # State CU: "EMT state license, Stop the Bleed, IS-100 - 24 ride-along hrs" was junk whole, "ride along" read as
    # what all of it is; alone it is a work-based learning experience
    refs = build([("E1", "Emergency Medical Technician State License", "County EMS"),
                  ("S1", "Stop the Bleed", "American College of Surgeons"),
                  ("I1", "IS-100.c: Introduction to the Incident Command System", "FEMA"),
                  ("F1", "Forklift Operator", "")])
    assert outcomes(resolve(refs, ("EMT state license, Stop the Bleed, IS-100 - 24 ride-along hrs", ""),
                            ("Ride along with Station 4", ""), ("Clinical rotation at St. Mary's", ""),
                            rule=H_RULE)) == [
        ("resolved", "E1"), ("resolved", "S1"), ("resolved", "I1"), ("no_credential", None), ("no_credential", None)]


def test_an_acronym_ending_with_a_small_letter_names_the_credential_its_capitals_name_too() -> None:
    # States AH, CI, CO and CQ: "CET" from Prometric or PSI was assigned the NHA's "Certified EKG Technician (CET)",
    # though ETA's "Associate Certified Electronics Technician (CETa)" is the associate level of the other CET
    refs = build([("E1", "Certified EKG Technician (CET)", "National Healthcareer Association"),
                  ("A1", "Associate Certified Electronics Technician (CETa)", "ETA International"),
                  ("F1", "Forklift Operator", "")])
    assert outcomes(resolve(refs, ("CET", "Prometric"), ("CET", "National Healthcareer Association"),
                            ("CETa", ""), rule=H_RULE)) == [
        ("needs_review", None), ("resolved", "E1"), ("resolved", "A1")]


def test_an_item_of_a_list_naming_a_credential_beside_junk_items_is_that_credential() -> None:
    # State DJ: "1) OSHA 30 GI 2) field trip to the wind farm" and "1. Heartsaver CPR AED 2. SkillsUSA member" went to
    # review whole; cut at a comma or an ampersand, a course's words stay as they were
    refs = build([("O1", "OSHA 30-Hour General Industry", "OSHA"), ("H1", "Heartsaver CPR AED", "AHA"),
                  ("T1", "Technology Literacy", ""), ("F1", "Forklift Operator", "")])
    out = resolve(refs, ("1) OSHA 30 GI 2) field trip to the wind farm", ""),
                  ("1. Heartsaver CPR AED 2. SkillsUSA member", "AHA"),
                  ("Foundations of Engineering & Technology", ""), rule=H_RULE)
    assert outcomes(out)[:2] == [("resolved", "O1"), ("resolved", "H1")]
    assert outcomes(out)[2] != ("resolved", "T1")


def test_items_marked_by_letters_or_roman_numbers_and_a_list_of_one_item_are_read_as_their_items() -> None:
    # State DJ: "(a) Part 107 (b) TRUST", "i) RigPass ii) H2S Clear iii) SafeLand" and "(a) Forklift operator" went to
    # review, the marks read as words; a number out of its run is the item's ("1) OSHA 30 GI 2) ..."); words of a junk
    # item carried to another are no item of the list ("(a) Driver's Ed (b) Auto Tech I")
    refs = build([("P1", "FAA Part 107 Remote Pilot Certificate", "FAA"),
                  ("T1", "The Recreational UAS Safety Test (TRUST)", "FAA"),
                  ("R1", "IADC RigPass", "IADC"), ("H1", "H2S Clear", "Energy Safety Canada"),
                  ("S1", "SafeLand USA", "SafeLand USA"), ("F1", "Forklift Operator", ""),
                  ("E1", "EPA Section 608 Type II", "EPA"), ("D1", "Driver Auto Technician Level 1", "")])
    assert outcomes(resolve(refs, ("(a) Part 107 (b) TRUST", "FAA"), ("i) RigPass ii) H2S Clear iii) SafeLand", ""),
                            ("(a) Forklift operator", ""), ("• EPA 608 Type II", ""),
                            ("(a) Driver's Ed (b) Auto Tech I", ""), rule=H_RULE)) == [
        ("resolved", "P1"), ("resolved", "T1"), ("resolved", "R1"), ("resolved", "H1"), ("resolved", "S1"),
        ("resolved", "F1"), ("resolved", "E1"), ("needs_review", None)]


def test_records_pasted_from_a_score_report_or_a_records_system_read_as_the_credentials_they_name() -> None:
    # State DG: records pasted from a vendor's score report or a school system went to review or were counted when
    # failed: keys written in capitals ("Credential: ... | Vendor: ..."), records run together, a header line before
    # comma-separated rows, rows without a header, a score beside the name, a result saying not earned, an exam's
    # code, JSON records within a record, and a course's or an enrolment's record, which names no credential
    def vendor(text: str) -> bool:
        return text in {"CompTIA", "Microsoft", "Red Hat", "Cisco"}

    def read(text: str, writes: frozenset[str] = frozenset()) -> Export:
        return export_reading(text, vendor, lambda code: code in writes)

    assert read("Credential: Data+ | Vendor: CompTIA | Date: 2024-05-14 | Result: Pass").text == "Data+ (CompTIA)"
    assert read("Candidate ID: CSCO12345678 | Exam: 200-301 CCNA | Result: Pass").text == "200-301 CCNA"
    assert read("Cert: LFCA | Cert: RHCSA | Cert: LPIC-1").text == "LFCA; RHCSA; LPIC-1"
    assert read("cert=IC3 GS6 L1;res=P|cert=IC3 GS6 L2;res=P|cert=IC3 GS6 L3;res=F").text == (
        "IC3 GS6 L1; IC3 GS6 L2; IC3 GS6 L3 - Fail")
    assert read("Certification,Vendor,Date,Result\nA+,CompTIA,2024-01-12,Pass\nNetwork+,CompTIA,2024-04-20,Pass"
                ).text == "A+ (CompTIA); Network+ (CompTIA)"
    assert read("AZ-900\tMicrosoft\t2024-03-14\tPASS").text == "AZ-900 (Microsoft)"
    assert read("RHCSA (EX200),Red Hat,2024-05-08,Passed").text == "RHCSA (EX200) (Red Hat)"
    assert read("Exam: 100-160 Cisco Certified Support Technician | Score: 812/1000 | PASS").text == (
        "100-160 Cisco Certified Support Technician")
    assert read('{"certs": [{"name": "CompTIA A+"}, {"name": "ISC2 CC"}]}').text == "CompTIA A+; ISC2 CC"
    assert read("Credential: PCEP | Result: Pending | Voucher: issued").text == (
        "PCEP - Pending; Voucher: issued - Pending")
    # an exam's code in brackets after the name where the list's names write it, else left out
    assert read("cert=A+;exam=220-1101,220-1102;status=PASS", frozenset({"220-1101", "220-1102"})).text == (
        "A+ (220-1101, 220-1102)")
    assert read("cert=CEH v12;exam=312-50;status=PASS").text == "CEH v12"
    for nothing in ("Course: Cybersecurity Essentials | Grade: A | Credits: 1.0",
                    "Student ID: 204117 | Program: Information Technology | Status: Enrolled", "cert=;vendor=;exam="):
        assert read(nothing).names_nothing, nothing
    # a list, a checklist's results and a name with a colon are as typed: no date or result in a cell of its own
    for typed in ("MOS Word, MOS Excel", "OSHA 10, CPR, First Aid", "CPR: Yes; BLS: No",
                  "Microsoft Certified: Azure AI Fundamentals"):
        assert read(typed) == (typed, False), typed
    refs, rule = state_refs("state_dg"), state_rule("state_dg")
    out = resolve(refs, ("Certification,Vendor,Date,Result\nA+,CompTIA,2024-01-12,Pass\nNetwork+,CompTIA,2024-04-20,"
                         "Pass", "CompTIA"),
                  ("Credential: CompTIA Security+ | Vendor: CompTIA | Date: 2024-05-03 | Result: Fail", "PowerSchool"),
                  ("cert=Tech+;exam=FC0-U71;score=690;status=PASS", "Pearson VUE"), rule=rule)
    assert outcomes(out) == [("resolved", "DG-1115"), ("resolved", "DG-1129"), ("no_credential", None),
                             ("resolved", "DG-1112")]


def test_a_licence_registry_or_candidate_number_is_no_word_of_the_credential() -> None:
    # State DI: "LPN license #PN-0456123", "RBT #RBT-21-123456", "CMAA cand ID 20931877", "Certified Nurse Aide - Lic.
    # 0098765" and "Lifeguarding (red cross) cert ID GZ4T7Q" went to review, the number read as the name's; a number
    # the list's names write stays ("EPA cert 608", "Lic 12345" where a name writes 12345), as does a bare number
    # after a name's word ("ISO 90001")
    refs = build([("L1", "Licensed Practical Nurse (LPN) License", ""),
                  ("R1", "Registered Behavior Technician (RBT)", "BACB"),
                  ("M1", "Certified Medical Administrative Assistant (CMAA)", "NHA"),
                  ("N1", "Certified Nurse Aide", ""), ("G1", "Lifeguarding", "American Red Cross"),
                  ("E1", "EPA 608 Universal", "EPA"), ("K1", "Welding Lic 12345", "")])
    for typed, kept in (("LPN license #PN-0456123", "LPN license"), ("RBT #RBT-21-123456", "RBT"),
                        ("CMAA cand ID 20931877", "CMAA"),
                        ("Certified Nurse Aide - Lic. 0098765", "Certified Nurse Aide - Lic."),
                        ("Lifeguarding (red cross) cert ID GZ4T7Q", "Lifeguarding (red cross) cert"),
                        ("EMT license #12-40033", "EMT license"), ("EPA cert 608", "EPA cert 608"),
                        ("Welding Lic 12345", "Welding Lic 12345"), ("ISO 90001", "ISO 90001")):
        assert without_resume_words(refs, typed) == kept, typed
    assert outcomes(resolve(refs, ("LPN license #PN-0456123", ""), ("RBT #RBT-21-123456", "BACB"),
                            ("CMAA cand ID 20931877", "NHA"), ("Certified Nurse Aide - Lic. 0098765", ""),
                            rule=H_RULE)) == [("resolved", "L1"), ("resolved", "R1"), ("resolved", "M1"),
                                              ("resolved", "N1")]


def test_a_schools_own_words_for_a_course_make_it_a_course_not_a_credential() -> None:
    # State DH: a course typed with its term, its period, an honours mark, "curriculum" or "required course" ("Intro
    # to Business semester 1", "Marketing 1 - 3rd period", "Food & Nutrition II Honors") was resolved to the
    # credential named after the course, or went to review; a class ending the text too ("Business Management class
    # (completed)"). A credential word, hours of training, a vendor or a name of the list writing the word keep it
    refs = build([("B1", "Introduction to Business", "Precision Exams"), ("M1", "Marketing I", "Precision Exams"),
                  ("F1", "Food and Nutrition II", "Precision Exams"), ("M2", "Business Management", "Precision Exams"),
                  ("N1", "NCCER Core Curriculum", "NCCER"), ("L1", "Lead Safe Renovator (RRP) Initial", "EPA"),
                  ("C1", "Certified Nursing Assistant", "")])
    out = resolve(refs, ("Intro to Business semester 1", ""), ("Marketing 1 - 3rd period", ""),
                  ("Food & Nutrition II Honors", ""), ("Business Management class (completed)", ""),
                  ("NCCER Core Curriculum", ""), ("Lead Safe Renovator (RRP) initial - 8 hr class", "EPA"),
                  ("CNA certificate - spring semester", ""), rule=H_RULE)
    assert outcomes(out)[:6] == [("no_credential", None)] * 4 + [("resolved", "N1"), ("resolved", "L1")]
    assert outcomes(out)[6] != ("no_credential", None)
    assert {r["junk_reason"] for r in out[:4]} == {COURSE_REASON}


def test_words_saying_a_credential_is_still_held_or_lapsed_are_no_words_of_it() -> None:
    # State DM: "EVOC - lapsed", "Stop The Bleed - Status: complete", "Stop the Bleed - both current" and "Fire
    # Instructor 1 - certificate lapsed" went to review, the status read as words of the name; a badge's "Issued by:"
    # line is its issuer, "Issued:" its date
    refs = build([("E1", "Emergency Vehicle Operator Course (EVOC)", ""), ("S1", "Stop the Bleed", "ACS"),
                  ("F1", "Fire Instructor I Certification", "State Fire Marshal"),
                  ("H1", "Heartsaver CPR AED", "AHA"), ("C1", "Current Procedural Terminology Coding", "")])
    out = resolve(refs, ("EVOC - lapsed", ""), ("Stop The Bleed - Status: complete", ""),
                  ("Heartsaver CPR AED\nStop the Bleed - both current", ""),
                  ("Fire Instructor 1 – certificate lapsed", "State Fire Marshal"), rule=H_RULE)
    assert outcomes(out) == [("resolved", "E1"), ("resolved", "S1"), ("resolved", "H1"), ("resolved", "S1"),
                             ("resolved", "F1")]
    # (a word the list's names write stays one of the name)
    assert [r["normalized_name"] for r in resolve(refs, ("Current Procedural Terminology", ""), rule=H_RULE)] == [
        "current procedural terminology"]
    assert export_reading("Badge: AWS Certified Cloud Practitioner; Issued by: Amazon Web Services; Issued: Mar 14, "
                          "2024").text == "AWS Certified Cloud Practitioner (Amazon Web Services)"


def test_a_failure_then_a_retake_passed_is_a_credential_earned() -> None:
    # State DM: "Firefighter 2 IFSAC seal - failed practical, retook and passed", "Rope Rescue Ops - failed knots
    # station, retested and passed" and "D/O Mobile Water Supply - skills retest passed" were junk, read as failed
    # attempts; a failure without a retake stays one, and a part failed beside a part passed is no retake
    refs = build([("F2", "Firefighter II (IFSAC)", "IFSAC"), ("R1", "Rope Rescue Operations", "State Fire Marshal"),
                  ("M1", "Driver/Operator Mobile Water Supply", "State Fire Marshal")])
    out = resolve(refs, ("Firefighter 2 IFSAC seal - failed practical, retook and passed", "IFSAC"),
                  ("Rope Rescue Ops - failed knots station, retested and passed", ""),
                  ("D/O Mobile Water Supply - skills retest passed 4/2/24", ""), ("Rope Rescue Ops - failed", ""),
                  rule=H_RULE)
    assert outcomes(out) == [("resolved", "F2"), ("resolved", "R1"), ("resolved", "M1"), ("no_credential", None)]
    assert earned_items("FF2 - failed practical, passed written").text == "FF2 - failed practical, passed written"


def test_a_course_attended_audited_or_enrolled_in_or_a_credential_expected_later_is_not_earned() -> None:
    # State DM: "EMT - expected May 2025", "CERT class - attended", "Stop the Bleed (audit)", "Crisis Intervention
    # Team - participation certificate only" went to review and "S-130/S-190 enrolled for fall" was resolved to both;
    # attended and then passed is earned
    for typed in ("EMT - expected May 2025", "CERT class - attended", "Stop the Bleed (audit)",
                  "Crisis Intervention Team - participation certificate only", "S-130/S-190 enrolled for fall"):
        assert earned_items(typed).none_earned, typed
    assert earned_items("Hazmat Awareness & Ops; Technician not started").text == "Hazmat Awareness & Ops"
    for typed in ("IS-100.SC for schools - attended and passed exam", "CERT Basic (attended + passed final)"):
        assert not earned_items(typed).none_earned, typed
    refs = build([("E1", "Emergency Medical Technician (EMT)", "NREMT"), ("S1", "Stop the Bleed", "ACS"),
                  ("W1", "S-130 Firefighter Training", "NWCG"),
                  ("W2", "S-190 Introduction to Wildland Fire Behavior", "NWCG")])
    assert outcomes(resolve(refs, ("EMT - expected May 2025", "NREMT"), ("Stop the Bleed (audit)", "ACS"),
                            ("S-130/S-190 enrolled for fall", ""), rule=H_RULE)) == [("no_credential", None)] * 3


def test_adobes_two_letter_codes_beside_an_adobe_credential_name_its_applications() -> None:
    # State DL: "ACP Ps/Ai", "ACA Ai", "Id + Ps (ACP)" and "An ACP + Dw ACP + Ae ACP" went to review or lost an item,
    # Adobe's icons' codes read as no words; "AI" in capitals, a code without an Adobe credential's acronym or
    # Adobe's name, an application the list does not name, and codes in brackets (the exams of one credential) stay
    refs = build([("P1", "Adobe Certified Professional in Photoshop", "Adobe"),
                  ("I1", "Adobe Certified Professional in Illustrator", "Adobe"),
                  ("D1", "Adobe Certified Professional in InDesign", "Adobe"),
                  ("V1", "Adobe Certified Professional in Video Design", "Adobe"),
                  ("Z1", "Microsoft Azure AI Fundamentals", "Microsoft")])
    assert adobe_codes_put_back(refs, "ACP Ps/Ai", "") == "ACP Photoshop/Illustrator"
    assert adobe_codes_put_back(refs, "Id + Ps", "Adobe Inc.") == "InDesign + Photoshop"
    for typed, vendor in (("Azure AI Fundamentals", "Adobe"), ("Ps and Ai", ""), ("ACP Ae", ""),
                          ("Adobe Video Design (Pr + Ae)", "")):
        assert adobe_codes_put_back(refs, typed, vendor) == typed, typed
    assert outcomes(resolve(refs, ("ACP Ps/Ai", "Certiport"), ("Id + Ps (ACP)", "Adobe"), rule=H_RULE)) == [
        ("resolved", "P1"), ("resolved", "I1"), ("resolved", "D1"), ("resolved", "P1")]


def test_a_phones_n_for_and_joins_two_credentials() -> None:
    # State DK: "hunter ed n boater ed", "ava n fear free" went to review whole; an "n" in capitals or after a
    # capital ("Rock N Roll", "B n B") is no join (a cut elsewhere is kept only where its pieces resolve better)
    assert split_pieces("hunter ed n boater ed")[0] == ["hunter ed", "boater ed"]
    for typed in ("Rock N Roll Camp", "B n B Host"):
        assert split_pieces(typed)[0] == [typed], typed
    refs = build([("H1", "Hunter Education Certificate", "DNR"), ("B1", "Boater Education Card", "DNR")])
    assert outcomes(resolve(refs, ("hunter ed n boater ed", ""), rule=H_RULE)) == [("resolved", "H1"),
                                                                                     ("resolved", "B1")]


def test_two_words_of_the_list_no_name_writes_together_may_be_one_misspelt_word_of_it() -> None:
    # State DK: "Serve Safe manager" went to review, "serve" being a word of the list ("Learn2Serve") and "safe" one
    # ("Safe Tractor"); two words a name writes side by side stay two ("Safe Serve" is no "safeserve")
    refs = build([("S1", "ServSafe Food Protection Manager Certification", "National Restaurant Association"),
                  ("L1", "Learn2Serve Food Protection Manager", "360training"),
                  ("T1", "National Safe Tractor Certificate", "Extension")])
    assert outcomes(resolve(refs, ("Serve Safe manager", ""), rule=H_RULE)) == [("resolved", "S1")]


def test_an_issuer_typed_alone_names_none_of_its_credentials_whose_names_write_it() -> None:
    # State DN (names only): "ACF certification" from the American Culinary Federation was resolved to one of the
    # seven ACF rows, the vendor's count taken from an empty vendor column; a vendor named by the credential's own
    # words still names it ("Pharmacy Technician (PTCB)")
    refs = build([("F1", "ACF Certified Fundamentals Cook (CFC)", ""),
                  ("F2", "Fundamentals Cook Certification – American Culinary Federation", ""),
                  ("C1", "ACF Certified Culinarian (CC)", ""), ("S1", "ACF Certified Sous Chef (CSC)", ""),
                  ("P1", "Certified Pharmacy Technician - Pharmacy Technician Certification Board", ""),
                  ("P2", "Compounded Sterile Preparation Technician - Pharmacy Technician Certification Board", ""),
                  ("N1", "NHA Certified Pharmacy Technician (ExCPT)", "")])
    assert outcomes(resolve(refs, ("ACF certification", "American Culinary Federation"),
                            ("Pharmacy Technician (PTCB)", ""), rule=H_RULE)) == [("needs_review", None),
                                                                                  ("resolved", "P1")]


def test_names_cut_apart_only_in_their_last_letters_stay_apart_and_a_typed_word_goes_on_from_them() -> None:
    # State DR: "MICROSOFT OFFICE SPEC EXCEL AS" and "... EXCEL EX" were both made "MICROSOFT OFFICE SPEC EXCEL",
    # one name of two credentials, so "MOS Excel Expert" went to review and "MOS Excel 365" was resolved; a typed
    # word going on from a cut tail is that tail ("Expert": "EX"; "Python": "PY")
    names = ["MICROSOFT OFFICE SPEC EXCEL AS", "MICROSOFT OFFICE SPEC EXCEL EX", "INFORMATION TECHNOLOGY SPEC PY",
             "INFORMATION TECHNOLOGY SPEC NE", "CERT REGISTERED CENTRAL SVC TE", "CERT NURSING ASST",
             "SERVSAFE FOOD HANDLER", "OSHA 10 HR CONSTR", "CERT PHLEBOTOMY TECH"]
    whole = list_features.uncut_column(names)
    assert whole[:4] == names[:4]
    assert list_features.cut_tails(names, whole) == {"as", "ex", "py", "ne"}
    refs = build([(f"M{i}", n, "MICROSOFT") for i, n in enumerate(names)])
    assert outcomes(resolve(refs, ("MOS Excel Expert", "Certiport"),
                            ("Information Technology Specialist - Python", ""), ("MOS Excel 365", ""),
                            rule=H_RULE)) == [("resolved", "M1"), ("resolved", "M2"), ("needs_review", None)]


def test_a_forklift_is_a_powered_industrial_truck_on_a_list_writing_only_osha_s_name() -> None:
    # State DP: "Forklift Class 4" and "Electric motor rider forklift" went to review, the list writing only
    # "Powered Industrial Truck Operator – Class ..." (seed xwalk_credential_renamings); a list writing "Forklift"
    # too keeps its forklift row ("Forklift Operator Certification" beside "Powered Industrial Truck Operator")
    refs = build([("P4", "Powered Industrial Truck Operator – Class IV Internal Combustion Cushion Tire", "NSC"),
                  ("P1", "Powered Industrial Truck Operator – Class I Electric Motor Rider", "NSC")])
    assert outcomes(resolve(refs, ("Forklift Class 4", "NSC"), ("Electric motor rider forklift", ""),
                            rule=H_RULE)) == [("resolved", "P4"), ("resolved", "P1")]
    both = build([("F1", "Forklift Operator Certification", ""),
                  ("P1", "Powered Industrial Truck Operator (29 CFR 1910.178)", "")])
    assert not both.renamings or renamed_put_back(both.renamings, "Forklift operator") == "Forklift operator"
    assert outcomes(resolve(both, ("Forklift operator", "OSHA"), rule=H_RULE)) == [("resolved", "F1")]


def test_a_note_on_a_renaming_or_a_version_is_no_word_of_the_name() -> None:
    # State DQ: "Tech+ (formerly IT Fundamentals)", "Network+ N10-008 (old)", "CCST Networking (new cert)", "BLS for
    # Healthcare Providers (old name)" and "IC3 ... Lvl 1 & 2 (GS6 new version)" went to review, their notes read as
    # words of the name; a bracket naming a place stays ("(New York)"), and so does a note whose first word the
    # list's names write ("Photovoltaic Associate Credential (formerly PV Entry Level Exam)")
    refs = build([("T1", "CompTIA Tech+", "CompTIA"), ("N1", "CompTIA Network+", "CompTIA"),
                  ("B1", "AHA BLS for Healthcare Providers", ""), ("Y1", "Notary Public", "")])
    for typed, left in (("Network+ N10-008 (old)", "Network+ N10-008"),
                        ("BLS for Healthcare Providers (old name)", "BLS for Healthcare Providers"),
                        ("Cisco CCST Networking (new cert)", "Cisco CCST Networking"), ("Sec+ 601 version", "Sec+ 601"),
                        ("Nurse Aide (formerly CNA)", "Nurse Aide"), ("Notary (New York)", "Notary (New York)")):
        assert without_resume_words(refs, typed).strip() == left, typed
    writing = build([("P1", "Photovoltaic Associate Credential (formerly PV Entry Level Exam)", "NABCEP")])
    typed = "PV Associate (formerly entry level exam)"
    assert without_resume_words(writing, typed) == typed
    assert outcomes(resolve(refs, ("Tech+ (formerly IT Fundamentals)", "CompTIA"), ("Network+ N10-008 (old)", ""),
                            ("BLS for Healthcare Providers (old name)", "American Heart"), rule=H_RULE)) == [
        ("resolved", "T1"), ("resolved", "N1"), ("resolved", "B1")]


def test_a_test_passed_or_a_badge_verified_is_no_word_of_the_name() -> None:
    # State DO: "CRCST exam - pass" and "Google Cybersecurity Certificate - Issued by Google - Verified" went to
    # review, "pass" and "verified" read as words of the name; a name writing the word keeps it
    refs = build([("C1", "Certified Registered Central Service Technician (CRCST)", "HSPA"),
                  ("G1", "Google Cybersecurity Professional Certificate", "")])
    assert outcomes(resolve(refs, ("CRCST - pass", "Prometric"),
                            ("Google Cybersecurity Professional Certificate - Verified", ""), rule=H_RULE)) == [
        ("resolved", "C1"), ("resolved", "G1")]
    writing = build([("H1", "Hall Pass Monitor Certificate", ""), ("H2", "Hall Monitor Certificate", "")])
    assert outcomes(resolve(writing, ("Hall Pass Monitor", ""), rule=H_RULE)) == [("resolved", "H1")]


def test_a_vendor_the_list_writes_abbreviated_word_by_word_is_the_vendor_typed_in_full() -> None:
    # State DR: "BLS (American Heart)" was resolved to the Red Cross's "BASIC LIFE SUPPORT", the list's "AMER HEART
    # ASSN" not known as the American Heart Association; two vendors abbreviating it alike decide nothing
    refs = build([("A1", "AHA BASIC LIFE SUPPORT PROVIDE", "AMER HEART ASSN"),
                  ("R1", "BASIC LIFE SUPPORT", "AMER RED CROSS"),
                  ("N1", "SERVSAFE MGR", "NATL RESTAURANT ASSN"),
                  ("N2", "NATL CERT PHLEBOTOMY TECH", "NATL CTR FOR COMPETENCY TESTING")])
    parts = Readings(refs)
    assert parts.vendor_key["American Heart Association"] == "amer heart assn"
    assert parts.vendor_key["National Restaurant Association"] == "natl restaurant assn"
    assert parts.vendor_key["National Center for Competency Testing"] == "natl ctr for competency testing"
    assert parts.vendor_key["American Red Cross"] == "amer red cross"
    assert parts.vendor_key["Amerigroup Health Association"] == "amerigroup health association"
    assert outcomes(resolve(refs, ("BLS", "American Heart Association"), rule=H_RULE)) != [("resolved", "R1")]


def test_the_words_of_a_name_writing_its_version_beside_another_version_name_neither() -> None:
    # State DO: "Microsoft Office Specialist: Excel Associate" was resolved to "... Excel Associate (Microsoft 365
    # Apps)", the words outside its bracket, beside "... Excel 2019 Associate"; a version typed names one, and a
    # name writing no version is the one the words name
    refs = build([("E9", "Microsoft Office Specialist – Excel 2019 Associate", "Microsoft"),
                  ("E3", "Microsoft Office Specialist – Excel Associate (Microsoft 365 Apps)", ""),
                  ("W6", "Microsoft Office Specialist – Word 2016 Core", "Microsoft"),
                  ("W0", "Microsoft Office Specialist – Word Core", "Microsoft")])
    assert refs.versions["E3"] == {"E9"}
    assert outcomes(resolve(refs, ("Microsoft Office Specialist: Excel Associate", "Certiport"),
                            ("MOS Excel Associate 2019", ""), ("Microsoft Office Specialist Word Core", ""),
                            rule=H_RULE)) == [("needs_review", None), ("resolved", "E9"), ("resolved", "W0")]


def test_an_acronym_whose_words_hold_certification_is_still_the_initials_of_another() -> None:
    # State DR: "CCST Cybersecurity" was resolved to ISC2's "CERT IN CYBERSECURITY", the CCST's run of words
    # ("cisco certification support technician") never held by a credential's words, which leave "certification" out
    refs = build([("C1", "CISCO CERT SUPPORT TECH CYBERSECURITY", "CISCO"),
                  ("C2", "CISCO CERT SUPPORT TECH NETWORKING", "CISCO"), ("I1", "CERT IN CYBERSECURITY", "ISC2")])
    words = Words(refs)
    assert words.initials_of_another["ccst cybersecurity", "I1"]
    assert outcomes(resolve(refs, ("CCST Cybersecurity", ""), rule=H_RULE)) != [("resolved", "I1")]


def test_a_write_in_may_go_on_where_the_list_cut_a_name_it_holds_every_word_of() -> None:
    # State DR: "Heartsaver Pediatric First Aid CPR AED" was resolved to the Red Cross's "PEDIATRIC FIRST AID CPR AED",
    # beside "AHA HEARTSAVER PEDIATRIC FIRST", a name the list cut at 30 characters whose every word it holds
    names = [("H1", "AHA HEARTSAVER PEDIATRIC FIRST", "AHA"), ("R1", "PEDIATRIC FIRST AID CPR AED", "AMER RED CROSS"),
             ("C1", "CERT REGISTERED CENTRAL SVC TE", "HSPA"), ("M1", "MICROSOFT OFFICE SPEC EXCEL AS", "MICROSOFT"),
             ("M2", "MICROSOFT OFFICE SPEC EXCEL EX", "MICROSOFT"), ("P1", "INFORMATION TECHNOLOGY SPEC PY", "CP"),
             ("N1", "INFORMATION TECHNOLOGY SPEC NE", "CP"), ("S1", "SERVSAFE FOOD HANDLER", "NRA")]
    refs = build(names)
    assert refs.cut_codes == {"H1", "C1", "M1", "M2", "P1", "N1"}
    assert outcomes(resolve(refs, ("Heartsaver Pediatric First Aid CPR AED", ""), ("Pediatric First Aid CPR AED", ""),
                            rule=H_RULE)) == [("needs_review", None), ("resolved", "R1")]


def test_a_heading_may_end_with_a_colon_or_a_slash() -> None:
    # State DU writes its programme area before every name, after a dash, a colon or a slash ("Health Science: BLS
    # Provider", "Information Technology / CompTIA A+"): a credential listed under two areas was two credentials
    names = ["Health Science: BLS Provider", "Health Science: Certified Nursing Assistant",
             "Public Safety - BLS Provider", "Public Safety - Emergency Medical Responder",
             "Public Safety - Firefighter I", "Information Technology / CompTIA A+",
             "Information Technology / CompTIA Security+", "Health Science: Pharmacy Technician",
             "Information Technology / CompTIA Network+"]
    assert list_features.headings(names) == {"health science", "public safety", "information technology"}
    assert list_features.without_heading(names[5], frozenset({"information technology"})) == "CompTIA A+"
    theirs = ["AHA", "", "AHA", "", "IFSAC", "CompTIA", "Microsoft", "PTCB", "CompTIA"]
    refs = build([(f"C{i}", name, vendor) for i, (name, vendor) in enumerate(zip(names, theirs, strict=True))])
    out = outcomes(resolve(refs, ("BLS Provider", "American Heart Association"), ("CompTIA A+", ""), rule=H_RULE))
    assert out[0] in (("resolved", "C0"), ("resolved", "C2")) and out[1] == ("resolved", "C5")
    # a heading typed before the credential is no word of it either (State DU: "Culinary Arts - ServSafe Manager",
    # "Manufacturing - Forklift" went to review)
    assert refs.headings == {"health science", "public safety", "information technology"}
    refs = state_refs("state_du")
    assert outcomes(resolve(refs, ("Culinary Arts - ServSafe Manager", "National Restaurant Association"),
                            ("Manufacturing - Forklift", "OSHA"))) == [
        ("resolved", "30145-03"), ("resolved", "33385-21")]
    # an issuer written before its names is no field: one vendor's names share it ("NCCER: Carpentry Level 1")
    issuers = ["NCCER: Core Curriculum", "NCCER: Carpentry Level 1", "NCCER: Electrical Level 1", "NHA: CCMA",
               "NHA: Phlebotomy Technician", "NHA: EKG Technician", "ASE: Brakes", "ASE: Engine Repair",
               "ASE: Electrical/Electronic Systems"]
    vendors = ["NCCER"] * 3 + ["NHA"] * 3 + ["ASE"] * 3
    assert list_features.headings(issuers, vendors) == frozenset()
    assert list_features.headings(issuers) == frozenset()
    # a field's names are of several vendors: "Information Technology / " is no field where one vendor's are all
    assert list_features.headings(names, theirs) == {"health science", "public safety", "information technology"}
    assert list_features.headings(names, [*theirs[:6], "CompTIA", "PTCB", "CompTIA"]) == frozenset()


def test_a_forms_label_or_a_grade_before_the_credential_is_no_word_of_it() -> None:
    # States DS and DV: "Other (please specify): Certified Phlebotomy Technician", "Industry Credential: A+", "IRCs
    # earned - A+ | Security+", "Gr 11 - OSHA 10 Construction", "12th grd Certified Nursing Asst" went to review
    refs = build([("P1", "Certified Phlebotomy Technician (CPT)", "NHA"), ("A1", "CompTIA A+", "CompTIA"),
                  ("S1", "CompTIA Security+", "CompTIA"), ("O1", "OSHA 10-Hour Construction", "OSHA"),
                  ("N1", "Certified Nursing Assistant (CNA)", ""), ("G1", "OSHA 10-Hour General Industry", "OSHA")])
    assert outcomes(resolve(refs, ("Other (please specify): Certified Phlebotomy Technician", ""),
                            ("Industry Credential: A+", "CompTIA"), ("IRCs earned - A+ | Security+", ""),
                            ("Gr 11 - OSHA 10 Construction", ""), ("12th grd Certified Nursing Asst", ""),
                            rule=H_RULE)) == [("resolved", "P1"), ("resolved", "A1"), ("resolved", "A1"),
                                              ("resolved", "S1"), ("resolved", "O1"), ("resolved", "N1")]
    # the label alone names nothing; a credential's own words before a colon stay ("General Industry: OSHA 10")
    assert outcomes(resolve(refs, ("Other (please specify)", ""), rule=H_RULE)) != [("resolved", "P1")]
    assert outcomes(resolve(refs, ("General Industry: OSHA 10", ""), rule=H_RULE)) == [("resolved", "G1")]


def test_a_course_or_a_course_code_before_the_credential_is_no_word_of_it() -> None:
    # State DS: "Culinary Arts II - ServSafe Mgr", "Auto Tech 3: ASE G1", "CIS 220 - Security+" went to review (a
    # code the list writes stays: test_a_code_typed_without_the_prefix_every_code_of_the_list_begins_with_...)
    refs = build([("S1", "ServSafe Manager", "National Restaurant Association"),
                  ("G1", "ASE G1 Maintenance and Light Repair", "ASE"), ("C1", "CompTIA Security+", "CompTIA"),
                  ("F1", "Firefighter I", "IFSAC"), ("F2", "Firefighter II", "IFSAC"),
                  ("V1", "Certified Veterinary Assistant Level I", "")])
    assert outcomes(resolve(refs, ("Culinary Arts II - ServSafe Mgr", ""), ("Auto Tech 3: ASE G1", "ASE"),
                            ("CIS 220 - Security+", "CompTIA"), rule=H_RULE)) == [
        ("resolved", "S1"), ("resolved", "G1"), ("resolved", "C1")]
    # a credential before the dash stays: "Firefighter I - IFSAC" is Firefighter I, not the issuer alone
    assert outcomes(resolve(refs, ("Firefighter I - IFSAC", ""), rule=H_RULE)) == [("resolved", "F1")]
    # what follows must name a word of the list's ("- 120 hrs" names none), not a text of no credential
    readings = Readings(refs)
    assert readings._without_a_course_before("CVA Level 1 - 120 hrs") == "CVA Level 1 - 120 hrs"
    assert readings._without_a_course_before("Welding 2 - Precision Exams") == "Welding 2 - Precision Exams"
    # a credential's own leading words with a word misspelt are no course (generator variants of NJ's list and of
    # States E, BZ and DM: "NIMS Maahining Level I - Milling I", "Fire Instrutcor I - IFSAC Seal")
    refs = build([("M1", "NIMS Machining Level I - Milling I", "NIMS"),
                  ("M2", "NIMS Machining Level II - Milling I", "NIMS"),
                  ("I1", "Fire Instructor I - IFSAC Seal", "IFSAC"), ("I2", "Fire Officer I - IFSAC Seal", "IFSAC"),
                  ("L2", "Metalforming Level II - Slide Forming", "NIMS"),
                  ("L3", "Metalforming Level III - Slide Forming", "NIMS"), ("G1", "LEED Green Associate", "USGBC")])
    # ("leel" is one letter from "leed" as well as from "level")
    assert outcomes(resolve(refs, ("NIMS Maahining Level I - Milling I", ""), ("Fire Instrutcor I - IFSAC Seal", ""),
                            ("Metalforming Leel II - Slide Forming", ""), rule=H_RULE)) == [
        ("resolved", "M1"), ("resolved", "I1"), ("resolved", "L2")]


def test_a_phrase_typed_in_full_for_the_initials_the_list_writes() -> None:
    # State DU: "Basic Life Support (BLS) - AHA" went to review on a list writing only "BLS Provider"; the
    # abbreviation seed reads "basic life support" as "bls"
    refs = build([("B1", "BLS Provider", "American Heart Association"),
                  ("H1", "Heartsaver First Aid CPR AED", "American Heart Association"),
                  ("A1", "Adult First Aid/CPR/AED", "American Red Cross")])
    assert outcomes(resolve(refs, ("Basic Life Support (BLS) - AHA", ""), ("Basic Life Support", "AHA"),
                            rule=H_RULE)) == [("resolved", "B1"), ("resolved", "B1")]
    # a list writing the phrase keeps its own words: the reading is not made there (its names tell "Basic Life
    # Support" from a "BLS Instructor" by their words), and it is not made where the list writes no "BLS"
    refs = build([("R1", "American Red Cross Basic Life Support", "American Red Cross"),
                  ("B2", "BLS Instructor", "American Heart Association")])
    assert refs.normalize("Basic Life Support") == "basic life support"
    refs = build([("H1", "Heartsaver First Aid CPR AED", "American Heart Association")])
    assert refs.normalize("Basic Life Support") == "basic life support"
    assert build([("B1", "BLS Provider", "")]).normalize("Basic Life Support") == "bls"


def test_a_file_name_of_uploaded_proof_is_read_as_the_credentials_words() -> None:
    # State DW: clerks copied the uploaded scan's file name ("servsafe_manager_cert.pdf", "CompTIAAPlus.pdf",
    # "Fenwick_Forklift.pdf"), which went to review, and a scan's name alone ("IMG_2231.jpg") was not junk
    refs = build([("S1", "ServSafe Food Protection Manager Certification", "National Restaurant Association"),
                  ("S2", "ServSafe Alcohol", "National Restaurant Association"),
                  ("A1", "CompTIA A+", "CompTIA"), ("N1", "CompTIA Network+", "CompTIA"),
                  ("F1", "Powered Industrial Truck (Forklift) Operator Certification", "OSHA"),
                  ("C1", "Certified Nursing Assistant (CNA)", "Department of Health"),
                  ("T1", "TIPS On-Premise", "Health Communications"),
                  ("E1", "Microsoft Office Specialist: Excel Expert (MO-201)", "Microsoft")])
    assert outcomes(resolve(refs, ("servsafe_manager_cert.pdf", ""), ("CompTIAAPlus.pdf", "Pearson VUE"),
                            ("Fenwick_Forklift.pdf", "OSHA"), ("2024-05-13_CNA_cert.pdf", ""),
                            ("ServSafeAlcohol (1).PDF", ""), ("TIPS_OnPremise_card.jpg", ""),
                            ("ExcelExpert_MO201_final.pdf", ""), rule=H_RULE)) == [
        ("resolved", "S1"), ("resolved", "A1"), ("resolved", "F1"), ("resolved", "C1"), ("resolved", "S2"),
        ("resolved", "T1"), ("resolved", "E1")]
    assert outcomes(resolve(refs, ("A+_and_Network+_certs.pdf", "CompTIA"), rule=H_RULE)) == [
        ("resolved", "A1"), ("resolved", "N1")]
    # a file naming nothing else is no credential; a credential's qualifier last in the name is no person's name
    # ("ServSafe_Alcohol_Advanced.pdf", a credential the list lacks, goes to review)
    assert outcomes(resolve(refs, ("IMG_2231.jpg", ""), ("Scan_20240513.pdf", ""), ("document(3).pdf", ""),
                            ("ServSafe_Alcohol_Advanced.pdf", ""), rule=H_RULE)) == [
        ("no_credential", None), ("no_credential", None), ("no_credential", None), ("needs_review", None)]
    readings = Readings(refs)
    assert readings.checklist["IMG_2231.jpg"].reason == FILE_NAMES_NOTHING
    # words run together are cut only into words the list, its vendors or our seeds know ("JavaScript" stays), and
    # nothing is read where no file's extension ends the line
    assert readings.checklist["ITS_JavaScript_cert.pdf"].text == "ITS JavaScript cert"
    assert readings.checklist["ServSafeManager"].text == "ServSafeManager"
    # a file's name of several credentials written one after another: a part starts a credential where no name holds
    # its words with those before it; a part qualifying the one before (a level, "Advanced") never does
    refs = build([("M1", "MSSC Safety Certification", "MSSC"), ("M2", "MSSC Quality Practices & Measurement", "MSSC"),
                  ("M3", "MSSC Manufacturing Processes & Production", "MSSC"),
                  ("C1", "NCCER Carpentry Level 1", "NCCER"), ("C2", "NCCER Carpentry Level 2", "NCCER"),
                  ("M4", "MSSC Maintenance Awareness", "MSSC"),
                  ("A1", "ServSafe Alcohol", "National Restaurant Association"),
                  ("W1", "Microsoft Office Specialist: Word Associate", "Microsoft"),
                  ("X1", "Microsoft Office Specialist: Excel Associate", "Microsoft"),
                  ("P1", "Microsoft Office Specialist: PowerPoint Associate", "Microsoft"),
                  ("E1", "Microsoft Office Specialist: Excel Expert", "Microsoft"),
                  ("H1", "Hazardous Materials Awareness", "Fire Academy"),
                  ("H2", "Hazardous Materials Operations", "Fire Academy")])
    assert outcomes(resolve(refs, ("MSSC_Safety_Quality_Processes_Maintenance.pdf", "MSSC"), rule=H_RULE)) == [
        ("resolved", "M1"), ("resolved", "M2"), ("resolved", "M3"), ("resolved", "M4")]
    assert outcomes(resolve(refs, ("MOS_Word_Excel_PowerPoint_Associate.pdf", ""), ("Hazmat_Awareness_Operations.pdf",
                                                                                   ""), rule=H_RULE)) == [
        ("resolved", "W1"), ("resolved", "X1"), ("resolved", "P1"), ("resolved", "H1"), ("resolved", "H2")]
    assert outcomes(resolve(refs, ("NCCER_Carpentry_Level3.pdf", "NCCER"), ("ServSafe_Alcohol_Advanced.pdf", ""),
                            ("MOS_Word_Expert.pdf", ""), rule=H_RULE)) == [
        ("needs_review", None), ("needs_review", None), ("needs_review", None)]
    # a word qualifying a credential is no person's name, though neither the list nor a seed writes it
    known = {"ncrc", "workkeys"}.__contains__
    assert file_name_reading("WorkKeys_NCRC_Silver.pdf", known).text == "WorkKeys NCRC Silver"
    assert file_name_reading("WorkKeys_NCRC_Fenwick.pdf", known).text == "WorkKeys NCRC"


def test_a_counsellors_sentence_is_read_as_the_credentials_it_says_were_earned() -> None:
    # State DZ: "She earned her CDA this spring", "got his NASM CPT after the fitness class", "He has ServSafe Manager
    # and TIPS On-Premise; registered for ServSafe Alcohol in June" (that last was junk whole: "registered for")
    refs = build([("C1", "Child Development Associate (CDA) Credential", ""),
                  ("N1", "NASM Certified Personal Trainer", ""),
                  ("F1", "ServSafe Food Handler", ""), ("M1", "ServSafe Manager Certification", ""),
                  ("A1", "ServSafe Alcohol Primary", ""), ("T1", "TIPS On-Premise", ""),
                  ("P1", "Praxis Core Academic Skills for Educators: Reading", ""),
                  ("P2", "Praxis Core Academic Skills for Educators: Mathematics", ""),
                  ("R1", "Registered Behavior Technician (RBT)", ""),
                  ("G1", "ACT WorkKeys National Career Readiness Certificate (NCRC) - Gold", ""),
                  ("G2", "ACT WorkKeys National Career Readiness Certificate (NCRC) - Silver", "")])
    assert outcomes(resolve(refs, ("She earned her Child Development Associate this spring", ""),
                            ("got his NASM CPT after the fitness class", ""),
                            ("has ServSafe food handler card, working on manager", ""),
                            ("Student is now a Registered Behavior Technician, works at an ABA clinic", ""),
                            rule=H_RULE)) == [
        ("resolved", "C1"), ("resolved", "N1"), ("resolved", "F1"), ("resolved", "R1")]
    # who issued it, after "on" or "with", is kept: its words are the list's ("earned NCRC Gold on WorkKeys")
    assert sentence_reading("earned NCRC Gold on WorkKeys", list_word={"workkeys", "ncrc", "gold"}.__contains__) == (
        "NCRC Gold WorkKeys")
    assert outcomes(resolve(refs, ("earned NCRC Gold on WorkKeys", "ACT"), rule=H_RULE)) == [("resolved", "G1")]
    assert outcomes(resolve(refs, ("He has ServSafe Manager and TIPS On-Premise; registered for ServSafe Alcohol in "
                                   "June", ""), rule=H_RULE)) == [("resolved", "M1"), ("resolved", "T1")]
    # a clause saying only that the one before it was not passed takes it with it; a sentence naming nothing
    # earned is read as typed, and the junk seed's "registered for" makes it no credential
    assert sentence_reading("Took Praxis Core math but did not pass") == "Took Praxis Core math but did not pass"
    assert outcomes(resolve(refs, ("registered for the ServSafe Manager exam in June", ""), rule=H_RULE)) == [
        ("no_credential", None)]
    # a write-in that reads as no sentence is left as typed
    assert sentence_reading("Passed: ServSafe Manager") == "Passed: ServSafe Manager"
    assert sentence_reading("CNA and BLS") == "CNA and BLS"


def test_an_acronym_written_after_its_issuers_in_brackets_is_the_credentials() -> None:
    # State DZ: "NASM Certified Personal Trainer (NASM-CPT)" beside "NHA Certified Phlebotomy Technician (CPT)": a
    # bare "CPT" names either, so it goes to review (it went to the phlebotomy row)
    assert "cpt" in list_features.written_acronyms("NASM Certified Personal Trainer (NASM-CPT)", basic_clean)
    assert "cpt" not in list_features.written_acronyms("Certified Personal Trainer (NASM-CPT)", basic_clean)
    refs = build([("N1", "NASM Certified Personal Trainer (NASM-CPT)", ""),
                  ("H1", "NHA Certified Phlebotomy Technician (CPT)", "")])
    assert outcomes(resolve(refs, ("CPT", ""), ("NASM CPT", ""), rule=H_RULE)) == [
        ("needs_review", None), ("resolved", "N1")]


def test_a_portals_path_is_read_as_its_last_step() -> None:
    # State DX: write-ins copied from a portal's breadcrumbs or a menu's path ("Home / Certifications / CompTIA /
    # Security+", "Certiport > Microsoft Office Specialist > Word Associate, Excel Associate"), each step read as a
    # credential of its own, or the whole for review
    refs = build([("S1", "CompTIA Security+", "CompTIA"), ("N1", "CompTIA Network+", "CompTIA"),
                  ("W1", "Microsoft Office Specialist: Word Associate", "Microsoft"),
                  ("E1", "Microsoft Office Specialist: Excel Associate", "Microsoft"),
                  ("P1", "NHA Certified Phlebotomy Technician (CPT)", "NHA"),
                  ("M1", "MSSC Certified Production Technician (CPT)", "MSSC"),
                  ("A1", "Azure Fundamentals (AZ-900)", "Microsoft"),
                  ("A2", "Security Fundamentals (SC-900)", "Microsoft"),
                  ("H1", "Health Science Careers Certificate", "")])
    assert outcomes(resolve(refs, ("Home / Certifications / CompTIA / Security+", "Pearson VUE"),
                            ("IT > Networking > Network+ > View details", "CompTIA"),
                            ("Manufacturing > Production > CPT", ""), ("Health Science >> Phlebotomy >> NHA CPT", ""),
                            rule=H_RULE)) == [("resolved", "S1"), ("resolved", "N1"), ("resolved", "M1"),
                                              ("resolved", "P1")]
    assert outcomes(resolve(refs, ("Certiport > Microsoft Office Specialist > Word Associate, Excel Associate",
                                   "Certiport"), ("Certifications :: Microsoft :: AZ-900 :: SC-900", ""),
                            rule=H_RULE)) == [("resolved", "W1"), ("resolved", "E1"), ("resolved", "A1"),
                                              ("resolved", "A2")]
    # a step before the last that is a name of the list as written, not an issuer's nor a family's, is a credential
    refs2 = build([("B1", "BLS Provider", "American Heart Association"),
                   ("H1", "Heartsaver First Aid CPR AED", "American Heart Association"),
                   ("A1", "Adobe Certified Professional - InDesign", "Adobe"),
                   ("A2", "Adobe Certified Professional - Photoshop", "Adobe")])
    assert outcomes(resolve(refs2, ("Health Science | First Aid & CPR | BLS Provider | Heartsaver First Aid CPR AED",
                                    "AHA"), ("Certiport > Adobe Certified Professional > InDesign", ""),
                            rule=H_RULE)) == [("resolved", "B1"), ("resolved", "H1"), ("resolved", "A1")]
    # a path of the portal's or a category's steps, or ending in a course's work, names no credential
    assert outcomes(resolve(refs, ("Home > Certifications > IT", ""), ("Courses :: Culinary Arts I :: Final Exam", ""),
                            rule=H_RULE)) == [("no_credential", None), ("no_credential", None)]
    # a text showing no path is left as typed: one "/" or dash is no path ("Health Science / CNA")
    assert path_reading("Health Science / CNA").text == "Health Science / CNA"
    assert path_reading("OSHA 10 - Construction - 2024").text == "OSHA 10 - Construction - 2024"
    # nor is an HTML tag's ">" a step, nor a record of labelled fields a path (State CE's and DG's exports)
    assert path_reading("MOS: Excel Associate<br>").text == "MOS: Excel Associate<br>"
    assert path_reading("Credential: | Vendor: CompTIA | Exam: SY0-701 | Result: Pass").text == (
        "Credential: | Vendor: CompTIA | Exam: SY0-701 | Result: Pass")


def test_a_class_summarys_line_is_read_as_the_credentials_it_names() -> None:
    # State EB: lines pasted from a teacher's end-of-term summary, the credentials with the class's counts
    refs = build([("P1", "NHA Certified Phlebotomy Technician (CPT)", "NHA"), ("O1", "OSHA 10-Hour Construction", ""),
                  ("O3", "OSHA 30-Hour Construction", ""), ("S1", "ServSafe Food Handler", ""),
                  ("B1", "Beef Quality Assurance (BQA)", ""),
                  ("Y1", "Youth for the Quality Care of Animals (YQCA)", ""),
                  ("Q1", "Pork Quality Assurance Plus (PQA Plus)", ""), ("E1", "EPA 608 Universal", ""),
                  ("L2", "NCCER Electrical Level 2", ""), ("L1", "NCCER Electrical Level 1", ""),
                  ("F1", "Forklift Operator Certification", "")])
    assert outcomes(resolve(refs, ("Per. 3 - NHA CPT: 9 of 11", ""), ("OSHA 10 x22", ""),
                            ("ServSafe Food Handler (12/15 passed)", ""), ("Forklift cert'd 14", ""),
                            ("EPA 608 Universal: 100% pass rate!", ""), rule=H_RULE)) == [
        ("resolved", "P1"), ("resolved", "O1"), ("resolved", "S1"), ("resolved", "F1"), ("resolved", "E1")]
    # a number the list never writes closes each part: a count ("BQA 15"); one it writes after that word stays
    assert outcomes(resolve(refs, ("Mrs. Lindqvist — BQA 15, YQCA 15, PQA Plus 4", ""), rule=H_RULE)) == [
        ("resolved", "B1"), ("resolved", "Y1"), ("resolved", "Q1")]
    assert outcomes(resolve(refs, ("NCCER Electrical Level 2 - 5 students", ""), rule=H_RULE)) == [("resolved", "L2")]
    # a line with no digit is read too where it says "all" with a result ("all passed")
    assert tally_reading("CPR/First Aid - all passed").text == "CPR/First Aid"
    assert tally_reading("ServSafe Manager: ALL PASSED").text == "ServSafe Manager"
    # a line holding only its tally names nothing
    assert outcomes(resolve(refs, ("Total: 57", ""), ("Period 4 - 22 students", ""), rule=H_RULE)) == [
        ("no_credential", None), ("no_credential", None)]
    # a line showing no count is left as typed: a number after a level word, a date, a score, levels or an exam's
    # codes are no count
    for text in ("OSHA 10 Construction", "Plumbing Level 2 written", "retake scheduled 6/12", "05/14/2024",
                 "NCCER Welding 1/2", "220-1001/1002", "Fusion 360 Certified User", "ServSafe Manager - 82%",
                 "Mr. Johnson", "Bldg Trades 1 (Period 3)", "IFSAC FF1 written and skills"):
        assert tally_reading(text, lambda w, n: w == "level").text == text, text


def test_a_dictated_write_in_is_read_as_it_would_have_been_typed() -> None:
    # State EA: write-ins dictated into a phone, typed by its speech-to-text
    refs = build([("A1", "CompTIA A+", "CompTIA"), ("N1", "CompTIA Network+", "CompTIA"),
                  ("O1", "OSHA 10-Hour General Industry", ""), ("O2", "OSHA 10-Hour Construction", ""),
                  ("E1", "EPA Section 608 Universal", ""), ("P1", "Certified Phlebotomy Technician (CPT)", "NHA"),
                  ("K1", "Certified EKG Technician (CET)", "NHA"), ("S4", "ASE A4 Suspension and Steering", ""),
                  ("S5", "ASE A5 Brakes", ""), ("S6", "ASE A6 Electrical/Electronic Systems", ""),
                  ("F1", "Forklift Operator Certification", ""), ("W1", "Microsoft Office Specialist: Word Associate",
                                                                        "")])
    assert outcomes(resolve(refs, ("A plus comma network plus", "CompTIA"),
                            ("O S H A dash 10 general industry", ""), ("e p a six oh eight universal", ""),
                            ("fleb otomy tech", "NHA"), ("e k g technician", "NHA"), rule=H_RULE)) == [
        ("resolved", "A1"), ("resolved", "N1"), ("resolved", "O1"), ("resolved", "E1"), ("resolved", "P1"),
        ("resolved", "K1")]
    assert outcomes(resolve(refs, ("a s e a four a five a six", "ASE"), ("oh shaw ten general industry", ""),
                            rule=H_RULE)) == [("resolved", "S4"), ("resolved", "S5"), ("resolved", "S6"),
                                              ("resolved", "O1")]
    # fillers, punctuation said aloud and a voice assistant's commands name nothing
    assert outcomes(resolve(refs, ("um never mind", ""), ("new line new line", ""), ("I don't know", ""),
                            rule=H_RULE)) == [("no_credential", None)] * 3
    # what it writes, on its own
    known = {"osha", "ase", "ekg", "cpt", "a"}.__contains__
    assert dictation_reading("um o s h a dash 10 general industry", known) == "osha-10 general industry"
    assert dictation_reading("e p a six oh eight type one and two", known) == "epa 608 type 1 and 2"
    assert dictation_reading("office twenty nineteen", known) == "office 2019"
    assert dictation_reading("security plus period network plus period", known) == "security plus, network plus"
    assert dictation_reading("comp tia c y s a plus", known) == "comp tia cysa plus"
    # typed write-ins are left as typed; two words typed apart are joined only into a word of the list's names,
    # where not both are words of them ("Red Cross", "After Effects" stay)
    list_word = {"heartsaver", "red", "cross", "redcross", "after", "effects", "aftereffects"}.__contains__
    for text in ("OSHA 10 Construction", "Carpentry Level One", "Six Sigma Green Belt", "Red Cross CPR",
                 "Adobe After Effects", "FAA Instrument Rating knowledge test"):
        assert dictation_reading(text, known, list_word, lambda w: ["instrumentation"]) == text, text
    assert dictation_reading("Heart saver First Aid", known, list_word) == "heartsaver First Aid"


def test_a_test_provider_typed_beside_a_credential_is_left_out() -> None:
    # State ED: the platform, curriculum or proctor a credential was taken through is no part of it
    refs = build([("C1", "Certified Nursing Assistant (CNA)", ""), ("S1", "ServSafe Manager", "National Restaurant "
                                                                                           "Association"),
                  ("N1", "Cisco Certified Support Technician (CCST) Networking", "Cisco"),
                  ("X1", "ExCPT Pharmacy Technician", "NHA"), ("O1", "OSHA 10-Hour General Industry", "")])
    assert outcomes(resolve(refs, ("Prometric CNA", "Nurse Aide Registry"), ("ServSafe Manager - proctored by PSI", ""),
                            ("CCST Networking via Certiport", "Cisco"), ("ExCPT (PSI test center)", "NHA"),
                            ("iCEV - OSHA 10 General Industry", ""), rule=H_RULE)) == [
        ("resolved", "C1"), ("resolved", "S1"), ("resolved", "N1"), ("resolved", "X1"), ("resolved", "O1")]
    # a provider's name alone, or with how it was taken, names nothing
    assert outcomes(resolve(refs, ("iCEV", ""), ("proctored by PSI", ""), ("YouScience aptitude results", ""),
                            rule=H_RULE)) == [("no_credential", None)] * 3
    assert provider_reading("Kryterion Salesforce Associate and Pearson VUE Oracle Cloud Foundations").text == (
        "Salesforce Associate and Oracle Cloud Foundations")
    # a list that names a credential after a provider keeps it as typed
    assert provider_reading("iCEV Culinary Certification", {"icev"}.__contains__).text == (
        "iCEV Culinary Certification")
    assert provider_reading("OSHA 10 Construction").text == "OSHA 10 Construction"


def test_an_issuer_written_in_the_name_stands_for_a_test_provider_typed_as_the_vendor() -> None:
    # State ED: "AAMA CMA" from Prometric, where "CMA" is the list's medical assistant's and its medication aide's
    refs = build([("A1", "Certified Medication Aide (CMA)", "Board of Nursing"),
                  ("M1", "Certified Medical Assistant (CMA)", ""),
                  ("P1", "Certified Phlebotomy Technician (CPT)", "National Healthcareer Association")])
    assert outcomes(resolve(refs, ("AAMA CMA", "Prometric"), ("AAMA CMA", ""), rule=H_RULE)) == [
        ("resolved", "M1"), ("resolved", "M1")]
    # the acronym alone from the test provider still says neither
    assert outcomes(resolve(refs, ("CMA", "Prometric"), rule=H_RULE)) == [("needs_review", None)]


def test_levels_written_one_after_another_after_a_familys_code_are_each_a_credential() -> None:
    # State DW's "IC3_L1_L2_L3_scan.pdf" and EB's "IC3 L1 (20) L2 (14) L3 (6)": "IC3" is the family's, not a code
    # of the run; "L2 L3" is no Level 2, whose name's "3" is IC3's
    refs = build([("L1", "IC3 Digital Literacy Certification - Level 1", "Certiport"),
                  ("L2", "IC3 Digital Literacy Certification - Level 2", "Certiport"),
                  ("L3", "IC3 Digital Literacy Certification - Level 3", "")])
    assert pieces.split_pieces("IC3 L1 L2 L3")[0] == ["IC3 L1", "L2", "L3"]
    assert pieces.split_pieces("ASE A1 A5 A6")[0] == ["ASE A1", "A5", "A6"]
    assert outcomes(resolve(refs, ("IC3 L1 L2 L3", ""), ("IC3 L1 (20) L2 (14) L3 (6)", "Certiport"),
                            rule=H_RULE)) == [("resolved", "L1"), ("resolved", "L2"), ("resolved", "L3")] * 2
    assert outcomes(resolve(refs, ("Level 2 Level 3", ""), rule=H_RULE)) != [("resolved", "L2")]


def test_a_write_in_damaged_between_systems_is_read_as_typed() -> None:
    # State EE: mojibake, HTML entities, escaped code points, full-width forms, zero-width spaces and long dashes
    refs = build([("N1", "Certified Nursing Assistant (CNA)", "State Board of Nursing"), ("B1", "BLS Provider", ""),
                  ("A1", "CompTIA A+", ""), ("N2", "CompTIA Network+", ""), ("S1", "CompTIA Security+", ""),
                  ("P1", "Certified Phlebotomy Technician (CPT)", "NHA"), ("O1", "OSHA 10-Hour Construction", ""),
                  ("F1", "First Aid/CPR/AED", "American Red Cross"), ("Q1", "QuickBooks Certified User", "Intuit"),
                  ("E1", "Certified EKG Technician (CET)", "")])
    assert outcomes(resolve(refs, ("CNA â€” BLS", ""), ("CompTIA A+ â€¢ Network+ â€¢ Security+", "CompTIA"),
                            ("Certified Phlebotomy\u200bTechnician", "NHA"), ("QuickBooks\\u00ae Certified User",
                                                                            "Intuit"),
                            ("Certified EKG Tech â€“ NHA", ""), rule=H_RULE)) == [
        ("resolved", "N1"), ("resolved", "B1"), ("resolved", "A1"), ("resolved", "N2"), ("resolved", "S1"),
        ("resolved", "P1"), ("resolved", "Q1"), ("resolved", "E1")]
    # damaged placeholders name nothing: a byte-order mark read as text, an entity of a space
    assert outcomes(resolve(refs, ("ï»¿", ""), ("&nbsp;", ""), rule=H_RULE)) == [("no_credential", None)] * 2
    assert repaired("OSHA 10 Construction &amp; First Aid/CPR/AED") == "OSHA 10 Construction & First Aid/CPR/AED"
    assert repaired("ＯＳＨＡ １０， CPR") == "OSHA 10, CPR"
    assert repaired("MOSâ„¢ Word") == "MOS™ Word"
    assert repaired("A&#43; &amp;reg;") == "A+ ®"
    assert repaired("Cosmetologistâ€™s License") == "Cosmetologist's License"
    # a text of plain ASCII, an ampersand that is no entity, or an accent stays as it is
    for text in ("AT&T", "R&D; safety", "Certifiée", "OSHA 10 - Construction", None, ""):
        assert repaired(text) == text


def test_a_word_typed_without_vowels_is_the_lists_word_it_stands_for() -> None:
    # State EH: write-ins squeezed into a short field
    refs = build([("F1", "Forklift Operator Certification", ""), ("N1", "Certified Nursing Assistant (CNA)", ""),
                  ("P1", "Certified Phlebotomy Technician (CPT)", "NHA"),
                  ("H1", "Hazardous Materials Awareness", ""), ("H2", "Hazardous Materials Operations", ""),
                  ("T1", "NASM Certified Personal Trainer (CPT)", ""), ("C1", "Cisco CCST Cybersecurity", "Cisco"),
                  ("C2", "Cisco CCST Networking", "Cisco")])
    assert outcomes(resolve(refs, ("frklft", ""), ("cert nrsng asst", ""), ("phlbtmy tech", "nha"),
                            ("hzmt awrnss", ""), ("nasm prsnl trnr", ""), ("ccst cybrscrty", "cisco"),
                            ("ccst ntwkng", "cisco"), rule=H_RULE)) == [
        ("resolved", "F1"), ("resolved", "N1"), ("resolved", "P1"), ("resolved", "H1"), ("resolved", "T1"),
        ("resolved", "C1"), ("resolved", "C2")]
    words = {"forklift", "operator", "certification", "nursing", "networking", "network", "planning", "trainer",
             "turner", "turning", "training"}
    known = words.__contains__

    def words_from(letter: str) -> list[str]:
        return sorted(w for w in words if w[0] == letter)

    assert shorthand_word("frklft", known, words_from) == "forklift"
    assert shorthand_word("plng", known, words_from) == "planning"
    # a word several answer, a known word, an acronym of three letters and a word with its vowels stay
    assert shorthand_word("trnr", known, words_from) is None  # trainer, turner
    # (the word whose skeleton it is before one it starts: "network", not "networking")
    assert shorthand_word("ntwrk", known, words_from) == "network"
    assert shorthand_word("nursing", known, words_from) is None
    assert shorthand_word("cna", known, words_from) is None
    assert shorthand_word("forklit", known, words_from) is None
    # a word in capitals is an acronym; one vowel left out is a typo ("Nursng"), for the misspelling rules
    assert outcomes(resolve(refs, ("FRKLFT", ""), rule=H_RULE)) == [("needs_review", None)]
    assert shorthand_word("nursng", known, words_from) is None
    # (nor a word two words answer, whatever vowels each has: "Trning", a typo of "turning", is no "training")
    assert shorthand_word("trning", known, words_from) is None


def test_a_familys_name_typed_whole_writes_every_members_level() -> None:
    # State AZ's generator variant: "FANUC Certif. Robot Operator – Level 1 or Level 2", the list's name with one
    # word abbreviated, writes the levels its members write between them
    refs = build([("R1", "FANUC Certified Robot Operator – Level 1 or Level 2", "FANUC America"),
                  ("R3", "FANUC Certified Robot Operator – Level 3", "FANUC America"),
                  ("I2", "IC3 Digital Literacy Certification - Level 2", "Certiport")])
    assert outcomes(resolve(refs, ("FANUC Certif. Robot Operator – Level 1 or Level 2", "FANUC America"),
                            rule=H_RULE)) == [("resolved", "R1")]
    words = Words(refs)
    assert not words.another_level["fanuc certification robot operator level 1 or level 2", "R1"]
    # a level no member writes is still another level
    assert words.another_level["fanuc certification robot operator level 3", "R1"]
    assert words.another_level["ic3 digital literacy certification level 3", "I2"]
    assert outcomes(resolve(refs, ("IC3 Digital Literacy Certif. Level 3", ""), rule=H_RULE)) == [
        ("needs_review", None)]


def test_a_provider_the_lists_vendor_column_names_is_an_issuer_there() -> None:
    # State DH lists YouScience as the vendor of its own assessments: "YouScience" typed in the name field, the
    # credential in the vendor field, is swapped back; alone it is one of its credentials, unsaid (review)
    refs = build([("E1", "Economics Certification", "YouScience"), ("D1", "Digital Business Applications",
                                                                    "YouScience"),
                  ("W1", "Microsoft Office Specialist: Word Associate", "Certiport")])
    assert outcomes(resolve(refs, ("youscience", "Economics Certification"), ("YouScience", ""), ("iCEV", ""),
                            rule=H_RULE)) == [("resolved", "E1"), ("needs_review", None), ("no_credential", None)]


def test_a_word_naming_a_kind_of_thing_names_no_credential_by_itself() -> None:
    # State EG: "course", which one name of the list alone writes, and "community", are no subject a credential is in
    refs = build([("B1", "Basic Life Support (BLS) for Healthcare Providers Course Completion Card",
                   "American Heart Association"),
                  ("C1", "Community Emergency Response Team (CERT) Basic Training", "FEMA"),
                  ("P1", "Adobe Certified Professional in Photoshop", "Adobe")])
    assert outcomes(resolve(refs, ("Edgenuity course", "Edgenuity"), ("Cisco Networking Academy course", "NetAcad"),
                            ("community", ""), rule=H_RULE)) == [
        ("no_credential", None), ("needs_review", None), ("needs_review", None)]
    # a school or a training provider named alone is no credential (junk seed)
    assert outcomes(resolve(refs, ("community college", ""), ("Job Corps", ""), rule=H_RULE)) == [
        ("no_credential", None)] * 2
    # a word of a subject still names its one credential
    assert outcomes(resolve(refs, ("Photoshop", ""), ("CERT basic training", ""), rule=H_RULE)) == [
        ("resolved", "P1"), ("resolved", "C1")]


def test_a_test_code_of_a_series_the_list_writes_but_not_that_one_is_a_test_it_lacks() -> None:
    # States EE and EF: "ASE A8 Engine Performance", where the list writes ASE's A4, A5 and A6 and an entry-level
    # Engine Performance without a code: the A8 test, which the list lacks (review), not the entry-level one
    refs = build([("E1", "ASE Entry-Level Certification - Engine Performance", "ASE"),
                  ("A4", "ASE A4 Suspension and Steering", ""), ("A5", "ASE A5 Brakes", ""),
                  ("A6", "ASE A6 Electrical/Electronic Systems", "")])
    words = Words(refs)
    assert words.another_test_code["ase a 8 engine performance", "E1"]
    assert not words.another_test_code["ase a 5 brakes", "A5"]
    assert not words.another_test_code["ase engine performance", "E1"]
    ee = state_refs("state_ee")
    assert outcomes(resolve(ee, ("ASE A8 Engine Performance", ""), ("ASE A5 Brakes", ""),
                            ("ASE Engine Performance", ""), rule=state_rule("state_ee"))) == [
        ("needs_review", None), ("resolved", "EE-AU-6223"), ("resolved", "EE-AU-6163")]


def test_two_names_typed_one_after_the_other_with_nothing_between_are_two_credentials() -> None:
    # State EF (write-ins read by OCR from paper forms, two items on one line): "EPA 608 Universal R-410A", "TIPS
    # On-Premise ServSafe Alcohol" went to review, no separator cutting them, the whole no name of the list
    refs = build([("E1", "EPA Section 608 Technician Certification – Universal", "EPA"),
                  ("E2", "EPA Section 608 Technician Certification – Type I", "EPA"),
                  ("R1", "R-410A Safety Certification", "ESCO Institute"),
                  ("T1", "TIPS On-Premise", "Health Communications"),
                  ("S1", "ServSafe Alcohol Primary", "National Restaurant Association"),
                  ("S2", "ServSafe Manager", "National Restaurant Association"),
                  ("O1", "OSHA 10-Hour Construction", "OSHA"), ("O3", "OSHA 30-Hour Construction", "OSHA"),
                  ("N1", "Certified Nursing Assistant", "Department of Health")])
    assert outcomes(resolve(refs, ("EPA 608 Universal R-410A", "ESCO"))) == [("resolved", "E1"), ("resolved", "R1")]
    assert outcomes(resolve(refs, ("R-410A OSHA 10 Construction", ""))) == [("resolved", "R1"), ("resolved", "O1")]
    # one name the list lacks stays one mention, for review ("Type III", a sibling); one listed name stays whole
    assert outcomes(resolve(refs, ("EPA 608 Type III", "EPA"))) == [("needs_review", None)]
    assert outcomes(resolve(refs, ("Certified Nursing Assistant", ""))) == [("resolved", "N1")]


def test_a_write_in_one_name_writes_every_listed_word_of_is_not_cut_to_look_for_two(monkeypatch) -> None:
    # the speed benchmark (docs/resolution_accuracy.md, table (f)): resolving every cut of every one-piece write-in
    # that resolves to nothing doubled the time of one process; where fewer than two of the words typed are the list's,
    # or one name writes every one of them, no cut is tried, and the entry resolves as it did
    from cte_credentials.resolve import split

    refs = build([("E1", "EPA Section 608 Technician Certification – Universal", "EPA"),
                  ("R1", "R-410A Safety Certification", "ESCO Institute"),
                  ("W1", "Welding Level 1 Track 9", "AWS"), ("W2", "Welding Level 2", "AWS")])
    reached, tried = [], []
    run_on, part = split._names_run_on, split._resolved_part
    monkeypatch.setattr(split, "_names_run_on", lambda r, text, *a: reached.append(text) or run_on(r, text, *a))
    monkeypatch.setattr(split, "_resolved_part", lambda r, text, *a: tried.append(text) or part(r, text, *a))
    for typed in ("Weldng Track Grinder Prep", "Welding track 9 pipe fitting",
                  "EPA universal refrigerant handling exam"):
        reached.clear()
        assert outcomes(resolve(refs, (typed, ""))) == [("needs_review", None)], typed
        assert reached and not tried, typed
    # two names typed one after the other still have their cuts tried
    assert outcomes(resolve(refs, ("EPA 608 Universal R-410A", "ESCO"))) == [("resolved", "E1"), ("resolved", "R1")]
    assert tried


def test_a_credential_named_by_what_its_holder_is_or_can_do_is_read_as_the_lists_name() -> None:
    # State EK (credentials named by the holder's title or the work they qualify for): "licensed EMT", "can operate a
    # forklift", "trained in pediatric first aid/CPR", "qualified to handle food", "CNA and phlebotomist (NHA)" went
    # to review
    words = {"license", "licensed", "practical", "nurse", "emt", "forklift", "operator", "food", "handler", "pediatric",
             "first", "aid", "cpr", "phlebotomy", "hygiene", "dental", "specialist", "office", "technology"}
    names = [{"licensed", "practical", "nurse"}, {"emt", "license"}]

    def read(text: str) -> str:
        return title_reading(text, words.__contains__, lambda typed: any(typed <= n for n in names),
                             {"american", "medical", "technologists"}.__contains__)

    assert read("licensed EMT") == "EMT license"
    assert read("can operate a forklift") == "forklift operator"
    assert read("qualified to handle food") == "food handler"
    assert read("trained in pediatric first aid/CPR") == "pediatric first aid/CPR"
    assert read("CNA and phlebotomist (NHA)") == "CNA and phlebotomy (NHA)"
    assert read("dental hygienist") == "dental hygiene"
    # a name of the list stays ("Licensed Practical Nurse"), and so a title the names write ("Office Specialist"),
    # one with no field the names write ("Dentist"), and an opening before no word of the list's ("can do nothing")
    # and "licensed" before several items (State BH: "Licensed Nursing Assistant & Heartsaver First Aid") or before
    # words no name writes with "license" ("licensed first aid"), and a vendor's word ("Technologists", our extract)
    for typed in ("Licensed Practical Nurse", "Office Specialist", "Dentist", "can do nothing", "licensed to weld",
                  "CPR trained", "licensed EMT & first aid", "licensed first aid",
                  "American Medical Technologists - Registered Medical Assistant"):
        assert read(typed) == typed, typed
    refs = build([("E1", "Emergency Medical Technician (EMT) License", "State Office of EMS"),
                  ("P1", "Certified Phlebotomy Technician (CPT)", "National Healthcareer Association"),
                  ("N1", "Certified Nursing Assistant (CNA)", "Department of Health"),
                  ("F1", "ServSafe Food Handler", "National Restaurant Association"),
                  ("L1", "Licensed Practical Nurse (LPN)", "Board of Nursing")])
    assert outcomes(resolve(refs, ("licensed EMT", ""))) == [("resolved", "E1")]
    assert outcomes(resolve(refs, ("CNA and phlebotomist (NHA)", ""))) == [("resolved", "N1"), ("resolved", "P1")]
    assert outcomes(resolve(refs, ("qualified to handle food", "ServSafe"))) == [("resolved", "F1")]
    assert outcomes(resolve(refs, ("Licensed Practical Nurse", ""))) == [("resolved", "L1")]


def test_a_forms_boxes_ticked_before_each_item_part_the_items() -> None:
    # State EF (write-ins read by OCR from paper forms): "X OSHA 10 Construction X OSHA 3O Construction", each item's
    # tick read as a letter X, went to review; a ticked box between two items parts them as a separator does
    refs = build([("O1", "OSHA 10-Hour Construction", "OSHA"), ("O3", "OSHA 30-Hour Construction", "OSHA"),
                  ("F1", "First Aid", "American Red Cross"), ("C1", "Adult CPR", "American Red Cross")])
    assert ocr_put_back(refs, "X OSHA 10 Construction X OSHA 3O Construction") == (
        "OSHA 10 Construction; OSHA 30 Construction")
    assert ocr_put_back(refs, "[x] First Aid [x] CPR") == "First Aid; CPR"
    assert ocr_put_back(refs, "☐ CPR") == "CPR"
    assert outcomes(resolve(refs, ("X OSHA 10 Construction X OSHA 3O Construction", ""))) == [
        ("resolved", "O1"), ("resolved", "O3")]
    # an X the list's names write as a word stays ("X Ray"), and an X before a word in small letters is no tick
    refs_x = build([("X1", "X Ray Technician", "ARRT"), ("O1", "OSHA 10-Hour Construction", "OSHA")])
    assert ocr_put_back(refs_x, "X Ray Technician") == "X Ray Technician"
    assert ocr_put_back(refs, "x ray tech") == "x ray tech"


def test_what_a_spreadsheet_made_of_a_write_in_is_put_back_as_typed() -> None:
    # State EI (write-ins kept in a district's spreadsheet): "NCCER Carpentry 2-Jan" (levels 1-2 read as a date),
    # "OSHA 10.00 Construction", "EPA | 6.08E+02", "#NAME? (CNA)", "EMR_x000D_ Stop the Bleed" went to review, and
    # "#NAME?", "=B2", "FALSE" were no junk
    assert from_a_sheet("NCCER Carpentry 2-Jan") == "NCCER Carpentry 1, 2"
    assert from_a_sheet("ASE A 6-Apr") == "ASE A4, A5, A6"
    assert from_a_sheet("OSHA 10.00 Construction") == "OSHA 10 Construction"
    assert from_a_sheet("EPA | 6.08E+02 | Type I") == "EPA | 608 | Type I"
    assert from_a_sheet("#NAME? (CNA)") == "(CNA)"
    assert from_a_sheet("+Net+") == "Net+"
    assert from_a_sheet("'OSHA 10") == "OSHA 10"
    assert from_a_sheet("Welding Level ½") == "Welding Level 1/2"
    assert from_a_sheet("EMR_x000D_ Stop the Bleed") == "EMR; Stop the Bleed"
    assert from_a_sheet("CNA | BLS | TRUE") == "CNA | BLS"
    for debris in ("#NAME?", "=B2", "FALSE", "Sheet1", "#DIV/0!", ", , ,"):
        assert from_a_sheet(debris) == "#N/A", debris
    # codes and numbers a sheet leaves alone stay as typed
    for typed in ("AWS D1.1", "SY0-601", "1Z0-808", "IS-0700", "A+", "C++", "Level 10", "3D Printing", "EPA 608",
                  "CPR/AED, First Aid", "ServSafe Manager 2024", "CPT 4.0", "Industry 4.0", "Cat 01 and 03", "0412"):
        assert from_a_sheet(typed) == typed, typed
    refs = build([("C1", "NCCER Carpentry Level 1", "NCCER"), ("C2", "NCCER Carpentry Level 2", "NCCER"),
                  ("O3", "OSHA 30-Hour Construction", "OSHA"), ("N1", "Certified Nursing Assistant (CNA)", ""),
                  ("E1", "Emergency Medical Responder (EMR)", "NREMT"), ("S1", "Stop the Bleed", "ACS")])
    assert outcomes(resolve(refs, ("NCCER Carpentry 2-Jan", "NCCER"))) == [("resolved", "C1"), ("resolved", "C2")]
    assert outcomes(resolve(refs, ("OSHA 30.00 Construction", ""))) == [("resolved", "O3")]
    assert outcomes(resolve(refs, ("#NAME? (CNA)", ""))) == [("resolved", "N1")]
    assert outcomes(resolve(refs, ("EMR_x000D_ Stop the Bleed", ""))) == [("resolved", "E1"), ("resolved", "S1")]
    for debris in ("#NAME?", "=B2", "FALSE"):
        assert one(refs, debris)[0] == "no_credential", debris


def test_a_keyboards_slips_are_put_back_where_the_lists_words_say_how() -> None:
    # State EL (write-ins typed fast by clerks): "CompTIA Drvitoyu+" (the hand one key to the right), "A=, Net=" (the
    # shift of "+" missed), "EMR nad CPR", "ServSafem anager" and "CNA. BLS" went to review
    refs = build([("S1", "CompTIA Security+", "CompTIA"), ("A1", "CompTIA A+", "CompTIA"),
                  ("N1", "CompTIA Network+", "CompTIA"), ("W1", "NCCER Welding Level 1", "NCCER"),
                  ("E1", "Emergency Medical Responder (EMR)", "American Red Cross"),
                  ("C1", "CPR/AED for Professional Rescuers", "American Red Cross"),
                  ("M1", "ServSafe Manager", "National Restaurant Association"),
                  ("F1", "ServSafe Food Handler", "National Restaurant Association"),
                  ("CN", "Certified Nursing Assistant (CNA)", ""), ("B1", "Basic Life Support (BLS)", "AHA")])
    assert outcomes(resolve(refs, ("CompTIA Drvitoyu+", ""))) == [("resolved", "S1")]
    assert outcomes(resolve(refs, ("NCCER Er;fomh 1", ""))) == [("resolved", "W1")]
    assert outcomes(resolve(refs, ("A=, Net=", "CompTIA"))) == [("resolved", "A1"), ("resolved", "N1")]
    assert outcomes(resolve(refs, ("EMR nad CPR/AED for Professional Rescuers", ""))) == [
        ("resolved", "E1"), ("resolved", "C1")]
    assert outcomes(resolve(refs, ("ServSafem anager", ""))) == [("resolved", "M1")]
    assert outcomes(resolve(refs, ("CNA. BLS", ""))) == [("resolved", "CN"), ("resolved", "B1")]
    # an abbreviation's full stop is no separator, nor a word the list knows as typed, nor an "=" inside a record
    known = {"cert", "nursing", "asst", "security", "manager"}.__contains__
    assert keyboard_reading("Cert. Nursing Asst.", known, lambda w: w in {"nursing"}) == "Cert. Nursing Asst."
    # (State AR: "Mr. Hatfield", a teacher, in a list writing "MR" for a credential)
    assert keyboard_reading("Mr. Hatfield", known, lambda w: w in {"mr"}) == "Mr. Hatfield"
    assert keyboard_reading("Security manager", known, known) == "Security manager"
    assert keyboard_reading("cert=CCNA;exam=200-301", known, known) == "cert=CCNA;exam=200-301"


def test_a_students_own_answer_is_read_without_its_chatter() -> None:
    # State EJ (students' answers to an exit survey): "forklift cert lol", "the osha 30 one", "did nccer core", "just
    # net+ for now", "phlebotomy through NHA i think" went to review, and "nope" was no junk
    words = {"osha", "forklift", "one", "level", "now"}.__contains__
    assert survey_reading("i got my cna", words) == "cna"
    assert survey_reading("forklift cert lol", words) == "forklift cert"
    assert survey_reading("the osha 30 one", words) == "osha 30"
    assert survey_reading("🔥 A+ and Net+", words) == "A+ and Net+"
    assert survey_reading("#ServSafe", words) == "ServSafe"
    assert survey_reading("phlebotomy through NHA i think", words) == "phlebotomy through NHA"
    # a word the list's names write is never left out ("now"), nor a level's "one", nor a sheet's error; a
    # counsellor's sentence is left to the sentence reading
    assert survey_reading("just net+ now", words) == "net+ now"
    for typed in ("NCCER Level One", "the Level One", "#N/A", "She earned her CDA this spring", "CNA & BLS"):
        assert survey_reading(typed, words) == typed, typed
    refs = build([("F1", "Forklift Operator Certification", "OSHA"), ("O3", "OSHA 30-Hour Construction", "OSHA"),
                  ("C1", "NCCER Core Curriculum", "NCCER"), ("N1", "CompTIA Network+", "CompTIA"),
                  ("P1", "Certified Phlebotomy Technician (CPT)", "National Healthcareer Association (NHA)")])
    for typed, code in (("forklift cert lol", "F1"), ("the osha 30 one", "O3"), ("did nccer core", "C1"),
                        ("just net+ for now", "N1"), ("phlebotomy through NHA i think", "P1")):
        assert outcomes(resolve(refs, (typed, ""))) == [("resolved", code)], typed
    assert one(refs, "nope")[0] == "no_credential"
