"""The review loop: `cte-credentials review-export` and `cte-credentials review-import`.

Export writes the warehouse's credential_review_queue to a CSV a reviewer fills in (decided_code: a crosswalk code
or NO_CREDENTIAL). Import validates every decision, refuses the whole file if any code is unknown, and merges the
decisions into seeds/credential_aliases.csv: idempotent, never dropping an earlier decision, replacing one only with
--replace. After the next `dbt build` those strings resolve by method `alias`.
"""

from __future__ import annotations

import argparse
import csv
import sys
from datetime import date
from pathlib import Path

from cte_credentials.errors import UserError
from cte_credentials.paths import PROJECT_ROOT, SEEDS_DIR, warehouse_path
from cte_credentials.resolve.engine import NO_CREDENTIAL

ALIAS_COLUMNS = ["normalized_name", "vendor_name", "cip_code", "credential_code", "decided_by", "decided_on", "note"]
EXPORT_COLUMNS = [
    "review_rank", "review_reason", "records_affected", "normalized_name", "normalized_vendor", "cip_code",
    "example_text", "current_credential_code", "score",
    "candidate_1_code", "candidate_1_name", "candidate_1_score", "candidate_2_code", "candidate_2_name",
    "candidate_2_score", "candidate_3_code", "candidate_3_name", "candidate_3_score",
]
DECISION_COLUMNS = ["decided_code", "decided_by", "note"]


def add_arguments(parser: argparse.ArgumentParser, name: str) -> None:
    if name == "review-export":
        parser.add_argument("--warehouse", type=Path, default=None, help="DuckDB file (default: CTE_DUCKDB_PATH)")
        parser.add_argument("--out", type=Path, default=PROJECT_ROOT / "review" / "credential_review_queue.csv",
                            help="CSV to write (default review/credential_review_queue.csv)")
        parser.add_argument("--limit", type=int, default=None, help="only the N strings affecting most records")
    else:
        parser.add_argument("--file", type=Path, required=True, help="the reviewer's CSV")
        parser.add_argument("--aliases", type=Path, default=SEEDS_DIR / "credential_aliases.csv",
                            help="alias seed to update (default seeds/credential_aliases.csv)")
        parser.add_argument("--crosswalk", type=Path, default=SEEDS_DIR / "xwalk_credentials.csv",
                            help="crosswalk that decided codes must exist in")
        parser.add_argument("--replace", action="store_true", help="let a decision replace an earlier, different one")
        parser.add_argument("--reviewer", default=None, help="decided_by for rows that leave it blank")


def run(args: argparse.Namespace) -> int:
    if args.command == "review-export":
        n = export_queue(args.warehouse or warehouse_path(), args.out, args.limit)
        print(f"wrote {n} strings to review to {args.out}", file=sys.stderr)
        return 0
    summary = import_decisions(args.file, args.aliases, args.crosswalk, replace=args.replace,
                               reviewer=args.reviewer)
    print(", ".join(f"{k} {v}" for k, v in summary.items()), file=sys.stderr)
    return 0


def export_queue(warehouse: Path, out: Path, limit: int | None = None) -> int:
    import duckdb

    if not warehouse.exists():
        raise UserError(f"warehouse {warehouse} not found: run `make demo` (or dbt build) first")
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        sql = f"select {', '.join(EXPORT_COLUMNS)} from intermediate.credential_review_queue order by review_rank"
        if limit:
            sql += f" limit {int(limit)}"
        rows = con.execute(sql).fetchall()
    except duckdb.CatalogException:
        raise UserError(f"warehouse {warehouse} has no intermediate.credential_review_queue: run `make demo` "
                        "(or dbt build) first") from None
    finally:
        con.close()
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(EXPORT_COLUMNS + DECISION_COLUMNS)
        for row in rows:
            writer.writerow([("" if v is None else v) for v in row] + ["", "", ""])
    return len(rows)


def _read_csv(path: Path, required: list[str], what: str) -> list[dict]:
    if not path.exists():
        raise UserError(f"{what} {path} not found")
    try:
        with path.open(newline="", encoding="utf-8") as fh:
            reader = csv.DictReader(fh)
            missing = [c for c in required if c not in (reader.fieldnames or [])]
            if missing:
                raise UserError(f"{what} {path}: missing column(s) {', '.join(missing)}")
            return list(reader)
    except UnicodeDecodeError:
        raise UserError(f"{what} {path}: not UTF-8; save it as CSV UTF-8") from None


def _key(row: dict) -> tuple[str, str, str]:
    return (row["normalized_name"].strip(), row.get("vendor_name", "").strip(), row.get("cip_code", "").strip())


def import_decisions(file: Path, aliases: Path, crosswalk: Path, replace: bool = False,
                     reviewer: str | None = None) -> dict[str, int]:
    """Merge a reviewer's decisions into the alias seed; nothing is written unless every decision is valid."""
    decisions = _read_csv(file, ["normalized_name", "normalized_vendor", "cip_code", "decided_code"],
                          "review file")
    known = {r["credential_code"].strip().upper() for r in _read_csv(crosswalk, ["credential_code"], "crosswalk")}
    vendor_names = _vendor_names()
    existing = _read_csv(aliases, ALIAS_COLUMNS[:4], "alias seed") if aliases.exists() else []
    current = {_key(r): r for r in existing}
    errors, skipped, new_rows = [], 0, []
    for line, row in enumerate(decisions, start=2):
        code = (row.get("decided_code") or "").strip().upper()
        if not code:
            skipped += 1
            continue
        if code != NO_CREDENTIAL and code not in known:
            errors.append(f"line {line}: unknown credential code {code!r} for {row['normalized_name']!r}")
            continue
        if not row["normalized_name"].strip():
            errors.append(f"line {line}: normalized_name is empty")
            continue
        vendor = vendor_names.get(row["normalized_vendor"].strip(), row["normalized_vendor"].strip())
        new_rows.append({
            "normalized_name": row["normalized_name"].strip(), "vendor_name": vendor,
            "cip_code": row["cip_code"].strip(), "credential_code": code,
            "decided_by": (row.get("decided_by") or reviewer or "reviewer").strip(),
            "decided_on": date.today().isoformat(), "note": (row.get("note") or "").strip(),
        })
    if errors:
        raise UserError(f"review file {file}: nothing imported; fix these rows (codes must be in {crosswalk.name} "
                        f"or {NO_CREDENTIAL}): " + "; ".join(errors))
    added = unchanged = replaced = 0
    conflicts = []
    for row in new_rows:
        old = current.get(_key(row))
        if old is None:
            current[_key(row)] = row
            added += 1
        elif old["credential_code"].strip().upper() == row["credential_code"]:
            unchanged += 1
        elif replace:
            current[_key(row)] = row
            replaced += 1
        else:
            conflicts.append(f"{row['normalized_name']!r} (was {old['credential_code']}, now {row['credential_code']})")
    if conflicts:
        raise UserError(f"review file {file}: nothing imported; these decisions change earlier ones (use --replace "
                        "to accept): " + "; ".join(conflicts))
    if added or replaced:
        rows = sorted(current.values(), key=lambda r: (_key(r), r["credential_code"]))
        with aliases.open("w", newline="", encoding="utf-8") as fh:
            writer = csv.DictWriter(fh, ALIAS_COLUMNS, extrasaction="ignore")
            writer.writeheader()
            writer.writerows(rows)
    return {"added": added, "unchanged": unchanged, "replaced": replaced, "skipped (no decision)": skipped}


def _vendor_names() -> dict[str, str]:
    """The queue shows vendors normalised; the seed stores canonical vendor names."""
    from cte_credentials.resolve.normalize import basic_clean

    path = SEEDS_DIR / "xwalk_credentials.csv"
    if not path.exists():
        return {}
    with path.open(newline="", encoding="utf-8") as fh:
        return {basic_clean(r["vendor_name"]): r["vendor_name"] for r in csv.DictReader(fh)}
