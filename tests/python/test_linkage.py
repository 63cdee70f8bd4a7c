"""Vendor record linkage: a hand-made dozen people with one kind of mess each, mixed into a small generated extract
(so that the model trains on realistic data and the prior fits), each with the outcome it must have; determinism;
and no personal data in what leaves the function."""

from __future__ import annotations

import pyarrow as pa
import pytest

from cte_credentials.linkage import CANDIDATE_COLUMNS, LINK_COLUMNS, link_vendor_records
from cte_credentials.linkage.inputs import read_raw

IDENTITY = ["RIC", "SCHOOL_YEAR", "FIRST_NAME", "MIDDLE_NAME", "LAST_NAME", "BIRTH_DATE", "HOME_ADDRESS", "HOME_ZIP",
            "DISTRICT_CODE"]
# (RIC, year, first, middle, last, birth date, address, ZIP): invented names no generated student has
PEOPLE = [
    ("9000000001", "2022-23", "Marisol", "Ines", "Quenneville", "2007-05-14", "12 Birch St", "41001"),
    ("9000000002", "2022-23", "William", "Arlo", "Thistlewood", "2006-11-02", "88 Oak Ave", "41002"),
    ("9000000003", "2022-23", "Annabeth", "Joy", "Okonkwo", "2008-01-23", "5 Elm Rd", "41003"),
    ("9000000004", "2022-23", "Dashiell", "Reed", "Pemberton", "2007-08-30", "301 Pine Ln", "41004"),
    ("9000000005", "2022-23", "Leocadia", "May", "Vanterpool", "2006-03-09", "77 Cedar Ct", "41005"),
    ("9000000006", "2022-23", "Ignatius", "Lee", "Garcia-Whitlock", "2007-06-18", "9 Maple Dr", "41006"),
    # moved: the vendor account keeps the old address and ZIP
    ("9000000007", "2021-22", "Perpetua", "Ann", "Szczepanski", "2006-12-01", "40 Walnut St", "41007"),
    ("9000000007", "2022-23", "Perpetua", "Ann", "Szczepanski", "2006-12-01", "1200 Summit Rd Apt 3", "42999"),
    # twins: same birth date, last name and address, different first (and middle) names
    ("9000000008", "2022-23", "Rosalind", "Faye", "Fairweather", "2007-04-04", "16 Hickory Way", "41008"),
    ("9000000009", "2022-23", "Cordelia", "Jane", "Fairweather", "2007-04-04", "16 Hickory Way", "41008"),
    # a student whose father (born 1979, same name and address) also tests
    ("9000000010", "2022-23", "Thaddeus", "Cole", "Kowalczyk", "2007-02-17", "3 Poplar Pl", "41010"),
    # a last name changed in 2022-23; the vendor account was made before
    ("9000000011", "2021-22", "Evangeline", "Rose", "Marchetti", "2006-09-27", "51 Laurel Blvd", "41011"),
    ("9000000011", "2022-23", "Evangeline", "Rose", "Brightbill", "2006-09-27", "51 Laurel Blvd", "41011"),
]
# (record id, first, last, birth (month, day, year) or None, address, ZIP, expected status, expected RIC)
RECORDS = [
    ("HAND-01", "MARISOL", "QUENNEVILLE", (5, 14, 2007), "12 BIRCH STREET", "41001", "linked", "9000000001"),
    ("HAND-02", "Bill", "Thistlewood", (11, 2, 2006), "", "41002", "linked", "9000000002"),  # nickname
    ("HAND-03", "Anabeth", "Okonkwo", (1, 23, 2008), "", "41003", "linked", "9000000003"),  # typo
    ("HAND-04", "Pemberton", "Dashiell", (8, 30, 2007), "301 Pine Lane", "41004", "linked", "9000000004"),  # swapped
    ("HAND-05", "Leocadia", "Vanterpool", (9, 3, 2006), "", "41005", "linked", "9000000005"),  # day/month swap
    ("HAND-06", "Ignatius", "Whitlock", (6, 18, 2007), "", "41006", "linked", "9000000006"),  # hyphen part
    ("HAND-07", "perpetua", "szczepanski", (12, 1, 2006), "40 Walnut St", "41007", "linked", "9000000007"),  # moved
    ("HAND-08", "Rosalind", "Fairweather", (4, 4, 2007), "16 Hickory Way", "41008", "linked", "9000000008"),
    ("HAND-09", "Cordelia", "Fairweather", (4, 4, 2007), "16 Hickory Way", "41008", "linked", "9000000009"),
    # a twin record without a first name: either twin, so never linked to one
    ("HAND-10", "", "Fairweather", (4, 4, 2007), "16 Hickory Way", "41008", "review", None),
    ("HAND-11", "Octavia", "Brightwater", (7, 7, 2007), "", "41012", "unlinked", None),  # not in the table
    ("HAND-12", "Thaddeus", "Kowalczyk", (2, 17, 1979), "3 Poplar Pl", "41010", "not linked", None),  # the father
    ("HAND-13", "Evangeline", "Marchetti", (9, 27, 2006), "", "41011", "linked", "9000000011"),  # old last name
]


def _hand_made(identities: pa.Table, vendors: pa.Table) -> tuple[pa.Table, pa.Table]:
    people = {c: [] for c in IDENTITY}
    for ric, year, first, middle, last, birth, address, zip_code in PEOPLE:
        for c, v in zip(IDENTITY, [ric, year, first, middle, last, birth, address, zip_code, "D001"], strict=True):
            people[c].append(v)
    records = {c: [None] * len(RECORDS) for c in vendors.column_names}
    for i, (rid, first, last, birth, address, zip_code, _, _) in enumerate(RECORDS):
        records["VENDOR_RECORD_ID"][i] = rid
        records["VENDOR"][i] = "Certiport"
        records["FIRST_NAME"][i], records["LAST_NAME"][i] = first, last
        records["HOME_ADDRESS"][i], records["HOME_ZIP"][i] = address, zip_code
        if birth:
            records["BIRTH_MONTH"][i], records["BIRTH_DAY"][i], records["BIRTH_YEAR"][i] = (str(b) for b in birth)
    hand_ids = pa.table({c: pa.array(people[c], pa.string()) for c in IDENTITY})
    hand_vendors = pa.table({c: pa.array(records[c], pa.string()) for c in vendors.column_names})
    return (pa.concat_tables([identities.select(IDENTITY), hand_ids]),
            pa.concat_tables([vendors.cast(hand_vendors.schema), hand_vendors]))


@pytest.fixture(scope="module")
def linkage_inputs(small_extract) -> tuple[pa.Table, pa.Table]:
    identities, vendors = read_raw(small_extract / "raw")
    return _hand_made(identities, vendors)


@pytest.fixture(scope="module")
def linked(linkage_inputs):
    return link_vendor_records(*linkage_inputs)


@pytest.mark.parametrize("record", RECORDS, ids=[r[0] for r in RECORDS])
def test_hand_made_outcomes(linked, record):
    rid, *_, status, ric = record
    row = {k: v[0] for k, v in linked.links.filter(pa.compute.equal(linked.links["vendor_record_id"], rid))
           .to_pydict().items()}
    if status == "not linked":
        assert row["link_status"] != "linked", row
        assert row["ric"] is None
    else:
        assert (row["link_status"], row["ric"]) == (status, ric), row


def test_twins_are_candidates_of_the_nameless_record(linked):
    """The record without a first name has both twins as candidates, level with each other."""
    cands = linked.candidates.filter(pa.compute.equal(linked.candidates["vendor_record_id"], "HAND-10")).to_pydict()
    assert set(cands["ric"][:2]) == {"9000000008", "9000000009"}
    assert cands["match_weight"][0] == pytest.approx(cands["match_weight"][1])


def test_one_row_per_vendor_record(linked, linkage_inputs):
    ids = linked.links["vendor_record_id"].to_pylist()
    assert len(ids) == len(set(ids)) == len(linkage_inputs[1])
    assert set(linked.links["link_status"].to_pylist()) <= {"linked", "review", "unlinked"}


def test_no_personal_data_leaves(linked, linkage_inputs):
    """Only ids, statuses, numbers and comparison levels: no column holds a name, a birth date or an address."""
    assert linked.links.column_names == LINK_COLUMNS
    assert linked.candidates.column_names == CANDIDATE_COLUMNS
    identities, vendors = linkage_inputs
    personal = set()
    for table, columns in ((identities, ["FIRST_NAME", "MIDDLE_NAME", "LAST_NAME", "BIRTH_DATE", "HOME_ADDRESS",
                                         "HOME_ZIP"]),
                           (vendors, ["FIRST_NAME", "MIDDLE_NAME", "LAST_NAME", "HOME_ADDRESS", "HOME_ZIP"])):
        for c in columns:
            personal |= {str(v).lower() for v in table[c].to_pylist() if v}
    for table in (linked.links, linked.candidates):
        for field in table.schema:
            if pa.types.is_string(field.type):
                values = {str(v).lower() for v in table[field.name].to_pylist() if v}
                assert not values & personal, field.name
            else:
                assert pa.types.is_integer(field.type) or pa.types.is_floating(field.type), field


def test_same_inputs_same_output(linked, linkage_inputs):
    again = link_vendor_records(*linkage_inputs)
    assert again.links.equals(linked.links)
    assert again.candidates.equals(linked.candidates)
    assert again.model == linked.model


def test_a_trained_model_can_be_reused(linked, linkage_inputs):
    reused = link_vendor_records(*linkage_inputs, model=linked.model)
    assert reused.links.equals(linked.links)
    assert "train" not in reused.seconds
