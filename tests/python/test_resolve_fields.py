"""The typed vendor's field of work (resolve/fields.py): what it refuses, what it settles, and what it leaves alone.

Each list here is tiny and names its own field words and vendor fields, so that a test reads the rule, not the
shipped seeds; the last tests read the shipped seeds themselves (their keys, their spelling, a few bodies).
"""

from __future__ import annotations

import pytest

from cte_credentials.paths import SEEDS_DIR
from cte_credentials.resolve import build_refs, calibrate, load_seed_tables
from cte_credentials.resolve.cascade import Resolver
from cte_credentials.resolve.fields import Fields
from cte_credentials.resolve.normalize import basic_clean
from cte_credentials.resolve.split import resolve_entry

WORDS = [{"field": "business", "word": "cash"}, {"field": "health", "word": "medical"},
         {"field": "health", "word": "nursing"}, {"field": "it", "word": "hacker"},
         {"field": "hospitality", "word": "housekeeper"}, {"field": "health", "word": "cardiac"},
         {"field": "human_services", "word": "recreation"}]
VENDORS = [{"vendor": "National Healthcareer Association", "field": "health"}, {"vendor": "NHA", "field": "health"},
           {"vendor": "EC-Council", "field": "it"}, {"vendor": "AHLEI", "field": "hospitality"},
           {"vendor": "NRPA", "field": "human_services"}]


def resolver(names: list[tuple[str, str]], vendor_aliases: list[dict] | None = None,
             fields: bool = True) -> Resolver:
    crosswalk = [{"credential_code": f"C{i}", "credential_name": n, "vendor_name": v}
                 for i, (n, v) in enumerate(names, 1)]
    return Resolver(build_refs(crosswalk, [], [], [], vendor_aliases or [], [], WORDS if fields else None,
                               VENDORS if fields else None))


def decide(res: Resolver, text: str, vendor: str = "") -> tuple[str, str | None]:
    mentions = resolve_entry(res, text, vendor, "", None)
    assert len(mentions) == 1, mentions
    return mentions[0].decision.status, mentions[0].decision.code


CASH_AND_NURSING = [("Certified Cash Manager Associate", ""), ("Certified Nursing Assistant", "")]


def test_a_credential_out_of_the_typed_vendors_field_goes_to_review():
    res = resolver(CASH_AND_NURSING)
    # the list's one CCMA is a cash manager's: from the NHA (health) it is a credential the list lacks
    status, code = decide(res, "CCMA", "NHA")
    assert (status, code) == ("needs_review", None)
    # the review queue still shows what it was close to
    assert resolve_entry(res, "CCMA", "NHA", "", None)[0].decision.candidates[0].code == "C1"
    # the same under the vendor's full name
    assert decide(res, "CCMA", "National Healthcareer Association") == ("needs_review", None)


def test_the_field_rule_changes_nothing_without_a_known_field():
    # no vendor, a vendor the seed does not know, or no field seeds: the acronym names one credential
    res = resolver(CASH_AND_NURSING)
    assert decide(res, "CCMA") == ("resolved", "C1")
    assert decide(res, "CCMA", "Some Testing Company") == ("resolved", "C1")
    assert decide(resolver(CASH_AND_NURSING, fields=False), "CCMA", "NHA") == ("resolved", "C1")
    # a name none of whose words has a known field is never out of one
    res = resolver([("Certified Widget Associate", "")])
    assert decide(res, "CWA", "NHA") == ("resolved", "C1")


def test_the_write_ins_own_words_or_the_list_overrule_the_vendor():
    # the write-in names the credential's field itself: the vendor field was mistyped, not the name
    res = resolver(CASH_AND_NURSING)
    assert decide(res, "Certified Cash Manager Associate", "NHA") == ("resolved", "C1")
    # the list says this vendor issues it
    res = resolver([("Certified Cash Manager Associate", "NHA"), ("Certified Nursing Assistant", "")])
    assert decide(res, "CCMA", "NHA") == ("resolved", "C1")


def test_a_name_holding_the_typed_vendors_name_is_never_out_of_its_field():
    # "engineer" places the name in engineering, but the name says who issues it
    words = WORDS + [{"field": "engineering_electronics", "word": "engineer"}]
    vendors = VENDORS + [{"vendor": "Red Hat", "field": "it"}]
    crosswalk = [{"credential_code": "C1", "credential_name": "Red Hat Certified Engineer (RHCE)", "vendor_name": ""},
                 {"credential_code": "C2", "credential_name": "Certified Safety Engineer", "vendor_name": ""}]
    res = Resolver(build_refs(crosswalk, [], [], [], [], [], words, vendors))
    assert decide(res, "RHCE", "Red Hat") == ("resolved", "C1")
    # a name of that field without the vendor's name still is
    assert decide(res, "Certified Safety Engineer", "Red Hat") == ("resolved", "C2")
    assert decide(res, "CSE", "Red Hat") == ("needs_review", None)


def test_a_name_writing_the_typed_vendors_acronym_is_never_out_of_its_field():
    # the list names the vendor in full on the siblings and leaves one row blank; its name writes the acronym typed
    words = WORDS + [{"field": "engineering_electronics", "word": "electrical"},
                     {"field": "automotive", "word": "brakes"}]
    niase = "National Institute for Automotive Service Excellence"
    vendors = VENDORS + [{"vendor": niase, "field": "automotive"}, {"vendor": "ASE", "field": "automotive"}]
    aliases = [{"vendor_alias": "ase", "vendor_name": niase}]
    crosswalk = [{"credential_code": "C1", "credential_name": "ASE A5 Brakes", "vendor_name": niase},
                 {"credential_code": "C2", "credential_name": "ASE A6 Electrical/Electronic Systems",
                  "vendor_name": ""},
                 {"credential_code": "C3", "credential_name": "Certified Electrical Safety Worker",
                  "vendor_name": ""}]
    res = Resolver(build_refs(crosswalk, [], [], [], aliases, [], words, vendors))
    assert decide(res, "ASE A6", "ASE") == ("resolved", "C2")
    # a name of another field that does not write it still is out of the vendor's field
    assert decide(res, "CESW", "ASE") == ("needs_review", None)
    assert decide(res, "CESW") == ("resolved", "C3")


def test_the_vendors_field_settles_an_acronym_two_credentials_share():
    res = resolver([("Certified Ethical Hacker", ""), ("Certified Executive Housekeeper", "")])
    assert decide(res, "CEH") == ("needs_review", None)
    assert decide(res, "CEH", "EC-Council") == ("resolved", "C1")
    assert decide(res, "CEH", "AHLEI") == ("resolved", "C2")
    # a vendor in neither field settles nothing (and refuses both)
    assert decide(res, "CEH", "NHA") == ("needs_review", None)


def test_the_vendors_field_settles_between_readings_of_initials():
    # "CPRP" is no name of the list: read as the initials of words of its names, it spells two credentials
    res = resolver([("Certified Park and Recreation Professional", ""),
                    ("Cardiac and Pulmonary Rehabilitation Program Certification", "")])
    assert decide(res, "CPRP") == ("needs_review", None)
    assert decide(res, "CPRP", "NRPA") == ("resolved", "C1")
    # a vendor of another field settles nothing
    assert decide(res, "CPRP", "EC-Council") == ("needs_review", None)


def test_a_vendor_is_found_under_the_alias_seeds_names_for_it():
    fields = Fields.from_rows(WORDS, VENDORS, {"natl healthcareer assn": "National Healthcareer Association"})
    assert fields.of_vendor("natl healthcareer assn") == {"health"}
    assert fields.of_vendor("nha") == {"health"}
    assert fields.of_vendor("") == frozenset()
    assert fields.of_words(frozenset({"medical", "cash", "assistant"})) == {"health", "business"}


# ---- the shipped seeds -------------------------------------------------------------------------------------------
FIELD_KEYS = {"health", "it", "manufacturing", "construction", "automotive", "transport_logistics", "hospitality",
              "business", "agriculture", "human_services", "public_safety", "arts_media", "personal_care",
              "energy_environment", "engineering_electronics"}


def _seed(key: str) -> list[dict]:
    """A shipped reference seed's rows, as resolution reads them (``field_words``, ``vendor_fields``)."""
    return calibrate.rows_of(load_seed_tables(SEEDS_DIR))[key]


def test_the_shipped_field_seeds_use_the_fifteen_fields_and_normalised_words():
    words, vendors = _seed("field_words"), _seed("vendor_fields")
    assert {r["field"] for r in words} == FIELD_KEYS
    assert {r["field"] for r in vendors} <= FIELD_KEYS
    # a word is matched against normalised names: one word, as basic_clean leaves it
    assert [r["word"] for r in words if basic_clean(r["word"]) != r["word"] or " " in r["word"]] == []
    # words said everywhere are no field's
    assert {r["word"] for r in words} & {"technician", "specialist", "certified", "safety", "manager"} == set()


@pytest.mark.parametrize(("vendor", "field"), [("NHA", "health"), ("CompTIA", "it"), ("NCCER", "construction"),
                                               ("I-CAR", "automotive"), ("American Welding Society", "manufacturing")])
def test_the_shipped_vendor_seed_knows_common_bodies(vendor, field):
    fields = Fields.from_rows(_seed("field_words"), _seed("vendor_fields"))
    assert field in fields.of_vendor(basic_clean(vendor))


def test_bodies_certifying_in_every_field_are_left_out_of_the_vendor_seed():
    fields = Fields.from_rows([], _seed("vendor_fields"))
    for vendor in ("NOCTI", "Precision Exams", "Occupational Safety and Health Administration"):
        assert fields.of_vendor(basic_clean(vendor)) == frozenset(), vendor
