"""Build the CIP code and career cluster seeds from the NCES CIP 2020 file.

Why a builder rather than a hand-edited CSV: the CIP list has about 2,200 valid six-digit codes, and the
rules that decide which rows are valid (NCES marks retired codes "Deleted" or "Moved from") and which
career cluster a code belongs to are easier to review as code than as 2,200 rows. ``tests/python/
test_seedgen.py`` rebuilds both seeds and checks they equal the committed CSVs, so the rules and the seeds
cannot drift apart.

Run: ``python -m cte_credentials.tools.seedgen [--nces PATH] [--out SEEDS_DIR]``.
"""

from __future__ import annotations

import argparse
import csv
import re
from collections.abc import Iterable
from pathlib import Path

from cte_credentials.errors import UserError
from cte_credentials.paths import PROJECT_ROOT, SEEDS_DIR

DEFAULT_NCES_CSV = PROJECT_ROOT.parent / "shared" / "reference" / "nces_cip2020.csv"

CIP_SEED = "xwalk_cip_codes.csv"
CLUSTER_SEED = "xwalk_career_clusters.csv"
CIP_COLUMNS = [
    "cip_code",
    "cip_title",
    "cip_family",
    "career_cluster_code",
    "career_cluster_name",
    "is_state_specific",
]
CLUSTER_COLUMNS = ["career_cluster_code", "career_cluster_name", "cip_family"]

# The 16 national career clusters (Advance CTE's National Career Clusters Framework, pre-2024 edition,
# the one state CTE data systems still report against).
CAREER_CLUSTERS: dict[str, str] = {
    "AG": "Agriculture, Food & Natural Resources",
    "AC": "Architecture & Construction",
    "AV": "Arts, A/V Technology & Communications",
    "BM": "Business Management & Administration",
    "ED": "Education & Training",
    "FN": "Finance",
    "GV": "Government & Public Administration",
    "HS": "Health Science",
    "HT": "Hospitality & Tourism",
    "HU": "Human Services",
    "IT": "Information Technology",
    "LW": "Law, Public Safety, Corrections & Security",
    "MN": "Manufacturing",
    "MK": "Marketing",
    "ST": "Science, Technology, Engineering & Mathematics",
    "TD": "Transportation, Distribution & Logistics",
}

# Two-digit CIP family -> cluster. Academic families with no CTE cluster of their own go to the closest
# fit (general studies and humanities to Education & Training, social sciences to Government).
FAMILY_CLUSTER: dict[str, str] = {
    "01": "AG",  # agricultural, animal, plant, veterinary sciences
    "02": "AG",  # state-specific 02.9999 (agricultural, other); family retired from CIP before 2020
    "03": "AG",  # natural resources and conservation
    "04": "AC",  # architecture
    "05": "ED",  # area, ethnic, cultural, gender and group studies
    "09": "AV",  # communication, journalism
    "10": "AV",  # communications technologies
    "11": "IT",  # computer and information sciences
    "12": "HU",  # personal and culinary services (culinary and casino overridden below)
    "13": "ED",  # education
    "14": "ST",  # engineering
    "15": "ST",  # engineering technologies (industrial production and construction overridden below)
    "16": "ED",  # foreign languages
    "19": "HU",  # family and consumer sciences
    "22": "LW",  # legal professions
    "23": "ED",  # English
    "24": "ED",  # liberal arts and general studies
    "25": "ED",  # library science
    "26": "ST",  # biological and biomedical sciences
    "27": "ST",  # mathematics and statistics
    "28": "GV",  # military science (national security pathway)
    "29": "GV",  # military technologies
    "30": "ED",  # multi/interdisciplinary studies
    "31": "HT",  # parks, recreation, leisure, fitness (recreation pathway)
    "32": "ED",  # basic skills
    "33": "GV",  # citizenship activities
    "34": "HS",  # health-related knowledge and skills
    "35": "HU",  # interpersonal and social skills
    "36": "HT",  # leisure and recreational activities
    "37": "HU",  # personal awareness and self-improvement
    "38": "ED",  # philosophy and religious studies
    "39": "HU",  # theology and religious vocations
    "40": "ST",  # physical sciences
    "41": "ST",  # science technologies
    "42": "HU",  # psychology (counselling and mental health pathway)
    "43": "LW",  # homeland security, law enforcement, firefighting
    "44": "GV",  # public administration and social service (social work overridden below)
    "45": "GV",  # social sciences
    "46": "AC",  # construction trades
    "47": "MN",  # mechanic and repair (maintenance, installation and repair pathway)
    "48": "MN",  # precision production
    "49": "TD",  # transportation and materials moving
    "50": "AV",  # visual and performing arts
    "51": "HS",  # health professions
    "52": "BM",  # business (finance, marketing and hospitality series overridden below)
    "53": "ED",  # high school diplomas and certificates
    "54": "ED",  # history
    "60": "HS",  # health professions residencies
    "61": "HS",  # medical residencies
}

# Four-digit series whose cluster differs from their family's: the few places where one family feeds
# several clusters in a high-school CTE program of study.
SERIES_CLUSTER_OVERRIDES: dict[str, str] = {
    "12.05": "HT",  # culinary arts
    "12.06": "HT",  # casino operations
    "15.06": "MN",  # industrial production technologies
    "15.10": "AC",  # construction engineering technology
    "44.00": "HU",  # human services, general
    "44.07": "HU",  # social work
    "47.02": "AC",  # heating, ventilation, air conditioning and refrigeration
    "47.06": "TD",  # vehicle maintenance and repair
    "47.07": "AC",  # energy systems installation and repair
    "52.03": "FN",  # accounting
    "52.08": "FN",  # finance and financial management
    "52.09": "HT",  # hospitality administration
    "52.14": "MK",  # marketing
    "52.17": "FN",  # insurance
    "52.18": "MK",  # general sales and merchandising
    "52.19": "MK",  # specialized sales and merchandising
}

# Codes the state uses that are not (valid) CIP 2020 codes. Added only when NCES does not list them, and
# then flagged is_state_specific so nobody mistakes them for national codes.
STATE_SPECIFIC_CODES: dict[str, str] = {
    "02.9999": "Agricultural, Other",
    "12.0400": "Cosmetology",
    "13.0000": "Education, General",
    "46.0000": "Construction Trades, General",
    "51.0000": "Health Services/Allied Health/Health Sciences, General",
}

# NCES "Action" values whose code is not valid in CIP 2020. In the NCES file a "Moved from" row is the old
# code (its definition reads "Moved from 01.0309 to 01.1004"), and the "Moved to" row is the code's new,
# valid home with the full definition.
RETIRED_ACTIONS = frozenset({"Deleted", "Moved from"})
# Families 21 and 55 are placeholders NCES reserves for Statistics Canada ("not valid for IPEDS reporting").
RESERVED_TITLE = "Reserved"

REQUIRED_NCES_COLUMNS = ("CIPFamily", "CIPCode", "Action", "CIPTitle")
_SIX_DIGIT = re.compile(r"^\d{2}\.\d{4}$")


def normalize_cip_code(raw: str) -> str:
    """Return a code as ``NN.NNNN``; NCES exports sometimes wrap codes as ="01.0000" or drop the zero."""
    code = raw.strip().removeprefix("=").strip('"').strip()
    if re.fullmatch(r"\d\.\d{4}", code):
        code = "0" + code
    return code


def cluster_for(cip_code: str) -> str:
    """Cluster code of a six-digit CIP code: the series override if any, else the family's cluster."""
    series, family = cip_code[:5], cip_code[:2]
    if series in SERIES_CLUSTER_OVERRIDES:
        return SERIES_CLUSTER_OVERRIDES[series]
    if family not in FAMILY_CLUSTER:
        raise UserError(
            f"CIP family {family} (code {cip_code}) has no career cluster: add it to FAMILY_CLUSTER in "
            "cte_credentials/seedgen.py"
        )
    return FAMILY_CLUSTER[family]


def _read_nces(nces_csv: Path) -> list[dict[str, str]]:
    """Read the NCES file, failing with one line when it is missing or not the expected layout."""
    if not nces_csv.is_file():
        raise UserError(f"{nces_csv}: NCES CIP 2020 file not found (pass --nces PATH)")
    with nces_csv.open(encoding="utf-8-sig", newline="") as fh:
        reader = csv.DictReader(fh)
        missing = [c for c in REQUIRED_NCES_COLUMNS if c not in (reader.fieldnames or [])]
        if missing:
            raise UserError(f"{nces_csv}: missing column(s) {', '.join(missing)}")
        return list(reader)


def _cip_row(code: str, title: str, is_state_specific: bool) -> dict[str, str]:
    cluster = cluster_for(code)
    return {
        "cip_code": code,
        "cip_title": title,
        "cip_family": code[:2],
        "career_cluster_code": cluster,
        "career_cluster_name": CAREER_CLUSTERS[cluster],
        "is_state_specific": "true" if is_state_specific else "false",
    }


def build_cip_seed(nces_csv: Path) -> list[dict[str, str]]:
    """Rows of ``xwalk_cip_codes``: every valid six-digit CIP 2020 code plus the state-specific codes.

    Valid means not retired (``RETIRED_ACTIONS``) and not reserved for Statistics Canada. Titles lose
    NCES's trailing period so they read as names. Rows are sorted by code, so the CSV is byte-for-byte
    reproducible.
    """
    rows: dict[str, dict[str, str]] = {}
    for line_number, record in enumerate(_read_nces(nces_csv), start=2):
        code = normalize_cip_code(record["CIPCode"])
        if len(code) != 7 or record["Action"].strip() in RETIRED_ACTIONS:
            continue  # two- and four-digit headings, retired codes
        if not _SIX_DIGIT.match(code):
            raise UserError(f"{nces_csv}, line {line_number}: CIPCode {record['CIPCode']!r} is not NN.NNNN")
        title = " ".join(record["CIPTitle"].split()).removesuffix(".").strip()
        if title == RESERVED_TITLE:
            continue
        if not title:
            raise UserError(f"{nces_csv}, line {line_number}: CIP {code} has an empty CIPTitle")
        if code in rows:
            raise UserError(f"{nces_csv}, line {line_number}: CIP {code} is listed twice as a valid code")
        rows[code] = _cip_row(code, title, is_state_specific=False)
    for code, title in STATE_SPECIFIC_CODES.items():
        if code not in rows:
            rows[code] = _cip_row(code, title, is_state_specific=True)
    return [rows[code] for code in sorted(rows)]


def build_cluster_seed(cip_rows: Iterable[dict[str, str]]) -> list[dict[str, str]]:
    """Rows of ``xwalk_career_clusters``: one per CIP family that has at least one code in the CIP seed."""
    families = sorted({row["cip_family"] for row in cip_rows})
    return [
        {
            "career_cluster_code": FAMILY_CLUSTER[family],
            "career_cluster_name": CAREER_CLUSTERS[FAMILY_CLUSTER[family]],
            "cip_family": family,
        }
        for family in families
    ]


def write_seed(rows: list[dict[str, str]], columns: list[str], path: Path) -> None:
    """Write rows as a CSV with Unix line endings (what git and dbt seed both expect)."""
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=columns, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def main(argv: list[str] | None = None) -> int:
    """Rebuild seeds/xwalk_cip_codes.csv and seeds/xwalk_career_clusters.csv from the NCES file."""
    parser = argparse.ArgumentParser(prog="python -m cte_credentials.tools.seedgen", description=main.__doc__)
    parser.add_argument("--nces", type=Path, default=DEFAULT_NCES_CSV, help="NCES CIP 2020 CSV")
    parser.add_argument("--out", type=Path, default=SEEDS_DIR, help="folder to write the seeds to")
    args = parser.parse_args(argv)
    try:
        if not args.out.is_dir():
            raise UserError(f"{args.out}: output folder does not exist")
        cip_rows = build_cip_seed(args.nces)
        cluster_rows = build_cluster_seed(cip_rows)
    except UserError as exc:
        print(f"seedgen: error: {exc}")
        return 2
    write_seed(cip_rows, CIP_COLUMNS, args.out / CIP_SEED)
    write_seed(cluster_rows, CLUSTER_COLUMNS, args.out / CLUSTER_SEED)
    print(f"seedgen: wrote {len(cip_rows)} CIP codes and {len(cluster_rows)} CIP families to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
