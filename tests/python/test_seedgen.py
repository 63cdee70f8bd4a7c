"""The CIP and career cluster seeds are what ``cte_credentials.tools.seedgen`` builds from the NCES file.

Rebuilding and comparing keeps the committed CSVs and the rules in seedgen.py from drifting apart; the
spot checks pin the rules that matter downstream (retired codes out, state-specific codes in, overrides).
"""

from __future__ import annotations

import csv
import os
import re
from pathlib import Path

import pytest

from cte_credentials.errors import UserError
from cte_credentials.paths import SEEDS_DIR
from cte_credentials.tools import seedgen

NCES = seedgen.DEFAULT_NCES_CSV
# Outside CI a clone without ../shared beside it skips the stale-seed guard; in CI (../shared is always there) the
# guard must run, so the skip is off and a missing file fails test_nces_reference_is_there_in_ci
IN_CI = bool(os.environ.get("CI"))
needs_nces = pytest.mark.skipif(not NCES.is_file() and not IN_CI, reason=f"NCES reference file absent: {NCES}")


@pytest.mark.skipif(not IN_CI, reason="outside CI ../shared may be absent")
def test_nces_reference_is_there_in_ci() -> None:
    assert NCES.is_file(), f"{NCES} is missing: CI must run with ../shared beside the clone"


def _read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


@pytest.fixture(scope="module")
def cip_rows() -> list[dict[str, str]]:
    return seedgen.build_cip_seed(NCES)


@needs_nces
def test_cip_seed_matches_committed_csv(cip_rows: list[dict[str, str]], tmp_path: Path) -> None:
    seedgen.write_seed(cip_rows, seedgen.CIP_COLUMNS, tmp_path / seedgen.CIP_SEED)
    committed = (SEEDS_DIR / seedgen.CIP_SEED).read_bytes()
    assert (tmp_path / seedgen.CIP_SEED).read_bytes() == committed, (
        "seeds/xwalk_cip_codes.csv is stale: run python -m cte_credentials.tools.seedgen"
    )


@needs_nces
def test_cluster_seed_matches_committed_csv(cip_rows: list[dict[str, str]], tmp_path: Path) -> None:
    rows = seedgen.build_cluster_seed(cip_rows)
    seedgen.write_seed(rows, seedgen.CLUSTER_COLUMNS, tmp_path / seedgen.CLUSTER_SEED)
    committed = (SEEDS_DIR / seedgen.CLUSTER_SEED).read_bytes()
    assert (tmp_path / seedgen.CLUSTER_SEED).read_bytes() == committed, (
        "seeds/xwalk_career_clusters.csv is stale: run python -m cte_credentials.tools.seedgen"
    )


@needs_nces
def test_known_codes(cip_rows: list[dict[str, str]]) -> None:
    by_code = {row["cip_code"]: row for row in cip_rows}
    assert by_code["01.0000"]["cip_title"] == "Agriculture, General"
    assert by_code["46.0201"]["cip_title"] == "Carpentry/Carpenter"
    assert by_code["46.0201"]["career_cluster_name"] == "Architecture & Construction"
    assert by_code["51.3902"]["career_cluster_code"] == "HS"
    assert by_code["47.0604"]["career_cluster_name"] == "Transportation, Distribution & Logistics"
    # series overrides: culinary is hospitality, cosmetology stays with its family (human services)
    assert by_code["12.0500"]["career_cluster_name"] == "Hospitality & Tourism"
    assert by_code["12.0401"]["career_cluster_name"] == "Human Services"
    # NCES lists 46.0000 and 51.0000, so they are national codes; the others are the state's own
    assert by_code["46.0000"]["is_state_specific"] == "false"
    assert by_code["51.0000"]["is_state_specific"] == "false"
    for code in ("12.0400", "13.0000", "02.9999"):
        assert by_code[code]["is_state_specific"] == "true"
    # retired codes are out: 01.0309 moved to 01.1004, 51.0808 moved to 01.8301, 60.0406 deleted
    for code in ("01.0309", "51.0808", "60.0406", "21.0101"):
        assert code not in by_code
    assert by_code["01.1004"]["cip_title"] == "Viticulture and Enology"
    assert by_code["01.8301"]["cip_family"] == "01"


@needs_nces
def test_every_row_is_well_formed(cip_rows: list[dict[str, str]]) -> None:
    codes = [row["cip_code"] for row in cip_rows]
    assert codes == sorted(set(codes))
    assert len(codes) > 2000
    for row in cip_rows:
        assert row["cip_family"] == row["cip_code"][:2]
        assert row["career_cluster_name"] == seedgen.CAREER_CLUSTERS[row["career_cluster_code"]]
        assert not row["cip_title"].endswith(".")


def test_every_seed_cip_is_in_the_cip_seed() -> None:
    """Alignment and review schedule only use codes the CIP seed defines (dbt tests this too, later)."""
    cips = {row["cip_code"] for row in _read(SEEDS_DIR / seedgen.CIP_SEED)}
    for seed in ("xwalk_credential_cip_alignment.csv", "xwalk_cip_review_schedule.csv"):
        unknown = {row["cip_code"] for row in _read(SEEDS_DIR / seed)} - cips
        assert not unknown, f"{seed}: CIP codes not in xwalk_cip_codes: {sorted(unknown)}"


def test_bad_input_is_one_clear_error(tmp_path: Path) -> None:
    missing = tmp_path / "nope.csv"
    with pytest.raises(UserError, match="not found"):
        seedgen.build_cip_seed(missing)
    wrong = tmp_path / "wrong.csv"
    wrong.write_text("code,title\n01.0000,Agriculture\n", encoding="utf-8")
    with pytest.raises(UserError, match="missing column"):
        seedgen.build_cip_seed(wrong)
    unknown_family = tmp_path / "family.csv"
    unknown_family.write_text(
        "CIPFamily,CIPCode,Action,CIPTitle\n99,99.0101,New,Something New.\n", encoding="utf-8"
    )
    with pytest.raises(UserError, match="family 99"):
        seedgen.build_cip_seed(unknown_family)


def test_normalize_cip_code() -> None:
    assert seedgen.normalize_cip_code('="01.0000"') == "01.0000"
    assert seedgen.normalize_cip_code("1.0000") == "01.0000"
    assert seedgen.normalize_cip_code(" 46.0201 ") == "46.0201"


def test_junk_contains_patterns_match_no_credential_name() -> None:
    """A `contains` or `item` junk text inside a real credential name would throw real credentials away."""
    names = [row["credential_name"].lower() for row in _read(SEEDS_DIR / "xwalk_credentials.csv")]
    for row in _read(SEEDS_DIR / "xwalk_junk_entries.csv"):
        if row["match_type"] in ("contains", "item"):
            hits = [name for name in names if row["junk_text"] in name]
            assert not hits, f"junk text {row['junk_text']!r} is inside credential name(s) {hits}"


def test_abbreviation_patterns_are_lower_case_whole_words() -> None:
    """The resolver matches patterns as whole lower-case words, or as one word holding "/" or "&" ("a/c", "a&p",
    expanded in the raw text); anything else would never match."""
    for row in _read(SEEDS_DIR / "xwalk_credential_abbreviations.csv"):
        assert re.fullmatch(r"[a-z0-9]+( [a-z0-9]+)*|[a-z0-9]+[/&][a-z0-9]+", row["pattern"]), row
        assert row["replacement"] == row["replacement"].lower().strip(), row
