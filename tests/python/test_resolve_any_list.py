"""Building the resolution references on any state's credential list, and resolving against it.

Each list is built the way the dbt model builds it (refs_from_tables, the shipped seeds beside the state's list) and
a handful of entries are resolved against it: no crash, and outputs that make sense for that list.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pyarrow as pa
import pytest

from cte_credentials.errors import UserError
from cte_credentials.paths import SEEDS_DIR
from cte_credentials.resolve import (
    NO_CREDENTIAL,
    ResolutionRefs,
    load_refs_from_seeds,
    load_seed_tables,
    refs_from_tables,
    resolve_entries,
)
from cte_credentials.resolve.engine import build_refs
from cte_credentials.resolve.normalize import basic_clean

# our alias and alignment seeds name our codes, which another list does not have: those rows are ignored with a
# warning (asserted in test_alias_and_alignment_rows_naming_codes_not_in_the_list_are_ignored)
pytestmark = pytest.mark.filterwarnings("ignore:.*not in the credential list:UserWarning")

# the reference seeds other than the credential list, as shipped (a state replaces only xwalk_credentials)
OUR_SEEDS = {k: t for k, t in load_seed_tables(SEEDS_DIR).items() if k != "crosswalk"}


def build(rows: list[tuple[str | None, str | None, str | None]]) -> ResolutionRefs:
    """References for a list of (credential_code, credential_name, vendor_name), beside our other seeds."""
    crosswalk = pa.table({name: pa.array([r[i] for r in rows], type=pa.string())
                          for i, name in enumerate(["credential_code", "credential_name", "vendor_name"])})
    return refs_from_tables(crosswalk, **OUR_SEEDS)


def resolve(refs: ResolutionRefs, *entries: tuple) -> list[dict]:
    """Output rows for entries given as (name, vendor, cip, reported code), any of them left off at the end."""
    full = [tuple(e) + (None,) * (4 - len(e)) for e in entries]
    table = pa.table({
        "entry_key": [str(i) for i in range(len(full))],
        "credential_name_raw": pa.array([e[0] for e in full], type=pa.string()),
        "vendor_raw": pa.array([e[1] for e in full], type=pa.string()),
        "cip_code": pa.array([e[2] for e in full], type=pa.string()),
        "credential_code_reported": pa.array([e[3] for e in full], type=pa.string()),
    })
    out = resolve_entries(table, refs).to_pylist()
    codes = set(refs.by_code)
    # whatever the list, every code the engine gives (assigned, runner-up, candidate) is one of the list's codes
    for row in out:
        for col in ("credential_code", "runner_up_code", "candidate_1_code", "candidate_2_code", "candidate_3_code"):
            assert row[col] is None or row[col] in codes, (row["mention_text"], col, row[col])
    return out


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
    assert refs.vendor_keys == {basic_clean(a) for a in aliases}
    for code, name, vendor in rows[::25]:
        assert one(refs, name, vendor) == ("resolved", "exact", code)
        assert refs.by_code[code].vendor_key == basic_clean(vendor)


def test_an_alias_of_a_vendor_not_in_the_list_is_an_unknown_vendor() -> None:
    # "Red Cross" is in our seed as an alias of the American Red Cross, which this list does not have
    refs = build([("FA1", "Adult First Aid", "Safety Council"), ("FA2", "Pediatric First Aid", "Safety Council")])
    assert refs.vendor_keys == {"safety council"}
    assert one(refs, "Adult First Aid", "Red Cross") == ("resolved", "exact", "FA1")
    assert one(refs, "Pediatric First Aid", "American Red Cross") == ("resolved", "exact", "FA2")
    # and a vendor of the list that is also a seed alias ("Red Cross" for the American Red Cross) is the list's
    refs = build([("FA1", "Adult First Aid", "Red Cross"), ("FA2", "Adult First Aid", "American Red Cross")])
    assert one(refs, "Adult First Aid", "Red Cross") == ("resolved", "exact", "FA1")
    assert one(refs, "Adult First Aid", "American Red Cross") == ("resolved", "exact", "FA2")


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
    crosswalk = pa.Table.from_pylist([dict(zip(("credential_code", "credential_name", "vendor_name"), r,
                                               strict=True)) for r in esco_list()])
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
    assert one(refs, "Cert. Nursing Asst. Refresher") == ("resolved", "fuzzy", "NJ3")


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
