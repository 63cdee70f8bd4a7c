"""Clerical review of vendor links: `cte-credentials link-review-export` and `link-review-import`.

The loop mirrors the credential review (resolve/review.py). Export runs the linkage on the raw files (applying the
decisions already made) and writes one line per vendor record in `review`, with its best candidates side by side:
the vendor's names, birth date and address next to each candidate's, and the comparison level each field reached.
That file holds personal data: it is for a reviewer with access to the restricted layer, never for the warehouse.
The reviewer fills `decided_ric` with a candidate's RIC (or any student's RIC), or NOT_A_MATCH.

Import validates every line and refuses the whole file if any is wrong (an unknown vendor record, a RIC that is no
student), then merges the decisions into the decisions file (default seeds/vendor_link_decisions.csv: ids only, no
names): idempotent, never dropping an earlier decision, replacing one only with --replace. Later runs of
`link_vendor_records(..., decisions=...)` apply them before the model's own status.
"""

from __future__ import annotations

import argparse
import csv
import sys
from datetime import date
from pathlib import Path

import pyarrow as pa

from cte_credentials.errors import UserError
from cte_credentials.linkage.classify import CANDIDATES_KEPT, NOT_A_MATCH
from cte_credentials.linkage.link import LinkageResult
from cte_credentials.linkage.model import GAMMA_COLUMNS
from cte_credentials.paths import PROJECT_ROOT, SEEDS_DIR
from cte_credentials.review_files import read_csv

DECISION_FILE_COLUMNS = ["vendor_record_id", "decided_ric", "decided_by", "decided_on", "note"]
PERSON_FIELDS = ["FIRST_NAME", "MIDDLE_NAME", "LAST_NAME", "BIRTH_DATE", "HOME_ADDRESS", "HOME_ZIP"]
_VENDOR_FIELDS = ["VENDOR", "FIRST_NAME", "MIDDLE_NAME", "LAST_NAME", "BIRTH_DATE", "HOME_ADDRESS", "HOME_ZIP",
                  "SCHOOL_DISTRICT", "TEST_DATE"]
REVIEW_COLUMNS = (["vendor_record_id", "match_probability", "match_weight", "second_match_weight"]
                  + [f"vendor_{c.lower()}" for c in _VENDOR_FIELDS]
                  + [f"candidate_{i}_{c}" for i in range(1, CANDIDATES_KEPT + 1)
                     for c in ["ric", "match_probability", "match_weight", *[f.lower() for f in PERSON_FIELDS],
                               "school_years", *GAMMA_COLUMNS]])
REVIEWER_COLUMNS = ["decided_ric", "decided_by", "note"]
DEFAULT_DECISIONS = SEEDS_DIR / "vendor_link_decisions.csv"


def add_arguments(parser: argparse.ArgumentParser, name: str) -> None:
    parser.add_argument("--raw", type=Path, default=None,
                        help="raw folder with student_identities, vendor_test_results and program_serials "
                             "(default: CTE_RAW_PATH or data/raw)")
    parser.add_argument("--decisions", type=Path, default=DEFAULT_DECISIONS,
                        help="decisions file (default seeds/vendor_link_decisions.csv)")
    if name == "link-review-export":
        parser.add_argument("--out", type=Path, default=PROJECT_ROOT / "review" / "vendor_link_review.csv",
                            help="CSV to write (default review/vendor_link_review.csv; it holds personal data)")
    else:
        parser.add_argument("--file", type=Path, required=True, help="the reviewer's CSV")
        parser.add_argument("--replace", action="store_true", help="let a decision replace an earlier, different one")
        parser.add_argument("--reviewer", default=None, help="decided_by for lines that leave it blank")


def run(args: argparse.Namespace) -> int:
    from cte_credentials.linkage.inputs import raw_folder, read_raw

    raw = raw_folder(args.raw)
    identities, vendors = read_raw(raw)
    if args.command == "link-review-export":
        from cte_credentials.linkage.link import link_vendor_records

        result = link_vendor_records(identities, vendors, decisions=read_decisions(args.decisions))
        n = export_review(result, identities, vendors, args.out)
        print(f"wrote {n} vendor records to review to {args.out} (personal data: keep it in the restricted area)",
              file=sys.stderr)
        return 0
    summary = import_decisions(args.file, args.decisions, identities, vendors, replace=args.replace,
                               reviewer=args.reviewer)
    print(", ".join(f"{k} {v}" for k, v in summary.items()), file=sys.stderr)
    return 0


def read_decisions(path: Path) -> pa.Table | None:
    """The decisions file as the linkage takes it (vendor_record_id, decided_ric), or None when there is none."""
    if not path.exists():
        return None
    rows = read_csv(path, ["vendor_record_id", "decided_ric"], "decisions file")[1]
    return pa.table({"vendor_record_id": [r["vendor_record_id"].strip() for r in rows],
                     "decided_ric": [r["decided_ric"].strip() for r in rows]})


def export_review(result: LinkageResult, identities: pa.Table, vendors: pa.Table, out: Path) -> int:
    """Write the `review` records with their candidates; returns the number of lines."""
    import duckdb

    con = duckdb.connect()
    try:
        con.register("links", result.links)
        con.register("cands", result.candidates)
        con.register("ids", identities.select(["RIC", "SCHOOL_YEAR", *PERSON_FIELDS]))
        con.register("ven", vendors.select([c for c in vendors.column_names if c in
                                            {"VENDOR_RECORD_ID", "BIRTH_MONTH", "BIRTH_DAY", "BIRTH_YEAR",
                                             *_VENDOR_FIELDS}]))
        # a candidate's identity as of its latest school year, with every year it is in the extract
        candidate = ", ".join(f"{f.lower()}" for f in PERSON_FIELDS)
        rows = con.sql(f"""
            with latest as (
                select cast(RIC as varchar) as ric, {', '.join(f'arg_max({f}, SCHOOL_YEAR) as {f.lower()}'
                                                               for f in PERSON_FIELDS)},
                    string_agg(distinct SCHOOL_YEAR, ' ' order by SCHOOL_YEAR) as school_years
                from ids group by 1
            ),
            c as (
                select c.*, {candidate}, l.school_years
                from cands as c left join latest as l on c.ric = l.ric
            )
            select l.vendor_record_id, l.match_probability, l.match_weight, l.second_match_weight,
                v.VENDOR, v.FIRST_NAME, v.MIDDLE_NAME, v.LAST_NAME,
                concat_ws('-', v.BIRTH_YEAR, v.BIRTH_MONTH, v.BIRTH_DAY), v.HOME_ADDRESS, v.HOME_ZIP,
                {'v.SCHOOL_DISTRICT' if 'SCHOOL_DISTRICT' in vendors.column_names else 'null'},
                {'v.TEST_DATE' if 'TEST_DATE' in vendors.column_names else 'null'},
                list(c order by c.candidate_rank) filter (c.ric is not null) as candidates
            from links as l
            left join ven as v on l.vendor_record_id = cast(v.VENDOR_RECORD_ID as varchar)
            left join c on l.vendor_record_id = c.vendor_record_id
            where l.link_status = 'review'
            group by all
            order by l.match_probability desc, l.vendor_record_id
        """).fetchall()
    finally:
        con.close()
    per_candidate = ["ric", "match_probability", "match_weight", *[f.lower() for f in PERSON_FIELDS],
                     "school_years", *GAMMA_COLUMNS]
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(REVIEW_COLUMNS + REVIEWER_COLUMNS)
        for row in rows:
            *head, candidates = row
            cells = list(head)
            for i in range(CANDIDATES_KEPT):
                cand = candidates[i] if candidates and i < len(candidates) else None
                cells += [cand.get(k) if cand else None for k in per_candidate]
            writer.writerow([("" if v is None else v) for v in cells] + ["", "", ""])
    return len(rows)


def _column_set(table: pa.Table, column: str) -> set[str]:
    return {str(v) for v in table.column(column).to_pylist() if v is not None}


def _decided_rows(file: Path, known_records: set[str], known_rics: set[str], reviewer: str | None
                  ) -> tuple[list[dict], int]:
    """One decision row per line decided, or UserError listing every bad line (nothing is imported then)."""
    rows = read_csv(file, ["vendor_record_id", "decided_ric"], "review file")[1]
    errors: list[str] = []
    decided: dict[str, tuple[int, dict]] = {}
    skipped = 0
    for line, row in enumerate(rows, start=2):
        ric = (row.get("decided_ric") or "").strip()
        if not ric:
            skipped += 1
            continue
        ric = NOT_A_MATCH if ric.upper() == NOT_A_MATCH else ric
        record = (row.get("vendor_record_id") or "").strip()
        if record not in known_records:
            errors.append(f"line {line}: unknown vendor record {record!r}")
            continue
        if ric != NOT_A_MATCH and ric not in known_rics:
            errors.append(f"line {line}: {record}: {ric!r} is no student's RIC (nor {NOT_A_MATCH})")
            continue
        earlier = decided.get(record)
        if earlier is not None and earlier[1]["decided_ric"] != ric:
            errors.append(f"line {line}: {record} is decided {ric} here and {earlier[1]['decided_ric']} "
                          f"on line {earlier[0]}")
            continue
        decided.setdefault(record, (line, {
            "vendor_record_id": record, "decided_ric": ric,
            "decided_by": (row.get("decided_by") or reviewer or "reviewer").strip(),
            "decided_on": date.today().isoformat(), "note": (row.get("note") or "").strip(),
        }))
    if errors:
        raise UserError(f"review file {file}: nothing imported; fix these lines (decided_ric must be a student's RIC "
                        f"or {NOT_A_MATCH}, a record decided once): " + "; ".join(errors))
    return [d for _, d in decided.values()], skipped


def import_decisions(file: Path, decisions: Path, identities: pa.Table, vendors: pa.Table, replace: bool = False,
                     reviewer: str | None = None) -> dict[str, int]:
    """Merge a reviewer's decisions into the decisions file; nothing is written unless every line is valid."""
    new_rows, skipped = _decided_rows(file, _column_set(vendors, "VENDOR_RECORD_ID"),
                                      _column_set(identities, "RIC"), reviewer)
    current = {r["vendor_record_id"]: r for r in
               (read_csv(decisions, DECISION_FILE_COLUMNS[:2], "decisions file")[1] if decisions.exists() else [])}
    added = unchanged = replaced = 0
    conflicts = []
    for row in new_rows:
        old = current.get(row["vendor_record_id"])
        if old is None:
            current[row["vendor_record_id"]] = row
            added += 1
        elif old["decided_ric"].strip() == row["decided_ric"]:
            unchanged += 1
        elif replace:
            current[row["vendor_record_id"]] = row
            replaced += 1
        else:
            conflicts.append(f"{row['vendor_record_id']} (was {old['decided_ric']}, now {row['decided_ric']})")
    if conflicts:
        raise UserError(f"review file {file}: nothing imported; these decisions change earlier ones (use --replace "
                        "to accept): " + "; ".join(conflicts))
    if added or replaced:
        decisions.parent.mkdir(parents=True, exist_ok=True)
        with decisions.open("w", newline="", encoding="utf-8") as fh:
            writer = csv.DictWriter(fh, DECISION_FILE_COLUMNS, extrasaction="ignore")
            writer.writeheader()
            writer.writerows(sorted(current.values(), key=lambda r: r["vendor_record_id"]))
    return {"lines decided": len(new_rows), "added": added, "unchanged": unchanged, "replaced": replaced,
            "skipped (no decision)": skipped}
