"""Credential resolution: splitting, normalisation, the numeric rule, ambiguity, junk, vendor swaps, own crosswalk."""

from __future__ import annotations

import csv
from pathlib import Path

import pyarrow as pa
import pytest

from cte_credentials.paths import SEEDS_DIR
from cte_credentials.resolve import load_refs_from_seeds, resolve_entries
from cte_credentials.resolve.engine import Resolver, resolve_entry, split_pieces
from cte_credentials.resolve.normalize import Normalizer, numbers, numbers_conflict


@pytest.fixture(scope="module")
def resolver() -> Resolver:
    return Resolver(load_refs_from_seeds(SEEDS_DIR))


def codes(resolver: Resolver, name: str, vendor: str = "", cip: str = "") -> list[str | None]:
    return [d.code for _, d, _, _ in resolve_entry(resolver, name, vendor, cip, None)]


def statuses(resolver: Resolver, name: str, vendor: str = "", cip: str = "") -> list[str]:
    return [d.status for _, d, _, _ in resolve_entry(resolver, name, vendor, cip, None)]


@pytest.mark.parametrize("entry, expected", [
    ("ServSafe Food Handler; ServSafe Manager", ["SSVFDHND", "SSVFDMGR"]),
    ("MOS Word, Excel, PowerPoint", ["MOSWORD1", "MOSEXCL1", "MOSPPT01"]),
    ("CNA & BLS", ["LICCNA00", None]),
])
def test_split_entries_with_several_credentials(resolver: Resolver, entry: str, expected: list) -> None:
    got = codes(resolver, entry)
    assert len(got) == len(expected)
    for g, e in zip(got, expected, strict=True):
        if e is not None:
            assert g == e


def test_ase_areas_share_their_prefix(resolver: Resolver) -> None:
    # "ASE Brakes" could be the entry-level or the professional (A5) test, both aligned with automotive programs:
    # the entry is split into three mentions, each reviewed on its own rather than guessed or kept whole
    mentions = resolve_entry(resolver, "ASE Brakes/Electrical/Engine Repair", "", "47.0604", None)
    assert [m[0] for m in mentions] == ["ASE Brakes", "ASE Electrical", "ASE Engine Repair"]
    assert {m[1].candidates[0][0] for m in mentions} >= {"ASEAUELE"} or all(m[1].code for m in mentions)
    assert all(m[1].status in ("resolved", "needs_review") for m in mentions)


@pytest.mark.parametrize("entry", [
    "Adult and Pediatric First Aid/CPR/AED",
    "American Red Cross Adult and Pediatric First Aid/CPR/AED",
    "S/P2 Safety",
])
def test_names_with_separators_stay_whole(resolver: Resolver, entry: str) -> None:
    assert len(codes(resolver, entry)) == 1


def test_split_pieces_keep_separators() -> None:
    pieces, seps = split_pieces("A; B & C")
    assert pieces == ["A", "B", "C"] and len(seps) == 2


def test_normalisation_case_accents_punctuation_abbreviations() -> None:
    norm = Normalizer.from_rows([{"pattern": "gen ind", "replacement": "general industry"},
                                 {"pattern": "hr", "replacement": "hour"}])
    assert norm("  OSHA-10 hr  Gen. Ind. ") == "osha 10 hour general industry"
    assert norm("Café Crème") == "cafe creme"
    assert norm("osha10") == "osha 10"


def test_numbers_are_a_hard_rule(resolver: Resolver) -> None:
    assert numbers_conflict(numbers("osha 10 hour"), numbers("osha 30 hour general industry"))
    assert not numbers_conflict(numbers("osha 10 hour"), numbers("osha 10 hour construction"))
    assert not numbers_conflict(numbers("mos word 2019"), numbers("microsoft office specialist word"))
    for text in ["OSHA 10 hour general industry", "OSHA 10 gen ind", "osha10 general industry"]:
        assert codes(resolver, text) == ["OSH010GI"]
    assert codes(resolver, "OSHA 30 hr construction") == ["OSH030CN"]
    got = codes(resolver, "NCCER Carpentry Level 2")
    assert got and got[0] != "NCLCARP1"


def test_ambiguous_entry_goes_to_review_unless_the_cip_settles_it(resolver: Resolver) -> None:
    assert statuses(resolver, "OSHA 10") == ["needs_review"]
    # construction programs (46.xxxx) are aligned with the construction card, not general industry
    construction = [cip for code, cip in resolver.refs.aligned if code == "OSH010CN"
                    and ("OSH010GI", cip) not in resolver.refs.aligned]
    assert construction, "the alignment seed must distinguish the two OSHA 10 cards somewhere"
    decisions = resolve_entry(resolver, "OSHA 10", "", construction[0], None)
    assert [d.code for _, d, _, _ in decisions] == ["OSH010CN"]
    assert decisions[0][1].method == "fuzzy_cip"


@pytest.mark.parametrize("junk", ["N/A", "none", "see attached", "Student did not test", "pending", "-"])
def test_junk_is_no_credential_not_unresolved(resolver: Resolver, junk: str) -> None:
    assert statuses(resolver, junk) == ["no_credential"]


def test_vendor_in_the_name_field(resolver: Resolver) -> None:
    assert codes(resolver, "National Restaurant Association", "ServSafe Manager") == ["SSVFDMGR"]
    assert codes(resolver, "Serv-Safe Managers", "National Restaraunt Assn") == ["SSVFDMGR"]
    assert codes(resolver, "NRA ServSafe Food Handler") == ["SSVFDHND"]


def test_reported_code_wins(resolver: Resolver) -> None:
    d = resolve_entry(resolver, "anything", "", "", "OSH030GI")
    assert d[0][1].code == "OSH030GI" and d[0][1].method == "reported_code"


def test_review_decision_no_credential_alias(tmp_path: Path) -> None:
    alias_file = tmp_path / "aliases.csv"
    with open(SEEDS_DIR / "credential_aliases.csv", encoding="utf-8") as fh:
        text = fh.read()
    alias_file.write_text(text)
    refs = load_refs_from_seeds(SEEDS_DIR)
    refs.aliases[(refs.normalize("Mystery Cert"), "", "")] = "NO_CREDENTIAL"
    d = resolve_entry(Resolver(refs), "Mystery Cert", "", "", None)
    assert d[0][1].status == "no_credential" and d[0][1].method == "alias"


def test_state_crosswalk_with_only_required_columns(tmp_path: Path) -> None:
    with open(SEEDS_DIR / "xwalk_credentials.csv", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    own = tmp_path / "xwalk_credentials.csv"
    with own.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, ["credential_code", "credential_name", "vendor_name"])
        writer.writeheader()
        for row in rows:
            writer.writerow({k: row[k] for k in ["credential_code", "credential_name", "vendor_name"]})
    refs = load_refs_from_seeds(SEEDS_DIR, crosswalk=own)
    assert codes(Resolver(refs), "Serv Safe Manager") == ["SSVFDMGR"]


def test_resolve_entries_returns_one_row_per_mention() -> None:
    refs = load_refs_from_seeds(SEEDS_DIR)
    entries = pa.table({
        "entry_key": ["a", "b", "c"],
        "credential_name_raw": ["ServSafe Food Handler; ServSafe Manager", "N/A", "OSHA 10"],
        "vendor_raw": [None, None, None],
        "cip_code": ["12.0500", "12.0500", None],
        "credential_code_reported": [None, None, None],
    })
    out = resolve_entries(entries, refs).to_pylist()
    assert [(r["entry_key"], r["mention_index"]) for r in out] == [("a", 1), ("a", 2), ("b", 1), ("c", 1)]
    assert [r["resolution_status"] for r in out] == ["resolved", "resolved", "no_credential", "needs_review"]
    assert out[3]["candidate_1_code"] is not None and out[3]["runner_up_code"] is not None
