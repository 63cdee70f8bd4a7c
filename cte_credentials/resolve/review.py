"""The review loop: `cte-credentials review-export` and `cte-credentials review-import`.

Export writes the warehouse's marts.credential_review_queue to a CSV a reviewer fills in (decided_code: a crosswalk
code, several separated by ";" when the string names several credentials, or NO_CREDENTIAL): one line per review
group, the strings one decision settles, ranked by the cohort students the decision could move in or out of 5S1.
`--strings` writes one line per string instead (the audit view). Import validates every decision, refuses the whole
file if any code is unknown, and merges the decisions into seeds/credential_aliases.csv, one alias per member string
and code: idempotent, never dropping an earlier decision, replacing one only with --replace. After the next `dbt
build` those strings resolve by method `alias` (a string decided several codes is as many mentions).
"""

from __future__ import annotations

import argparse
import csv
import sys
from datetime import date
from pathlib import Path

from cte_credentials.errors import UserError
from cte_credentials.paths import PROJECT_ROOT, SEEDS_DIR, warehouse_path
from cte_credentials.resolve.refs import NO_CREDENTIAL
from cte_credentials.review_files import read_csv

ALIAS_COLUMNS = ["normalized_name", "vendor_name", "cip_code", "credential_code", "decided_by", "decided_on", "note"]
_CANDIDATES = [f"candidate_{i}_{c}" for i in (1, 2, 3) for c in ("code", "name", "score")]
GROUP_COLUMNS = [
    "review_rank", "review_reason", "member_count", "cohort_students_affected", "cohort_students_could_gain",
    "cohort_students_could_lose", "records_affected", "example_text", "group_vendor", "cip_codes",
    "current_credential_code", "score", *_CANDIDATES, "review_group_key", "member_strings",
]
STRING_COLUMNS = [
    "review_rank", "review_reason", "cohort_students_affected", "cohort_students_could_gain",
    "cohort_students_could_lose", "records_affected", "normalized_name", "normalized_vendor", "cip_code",
    "example_text", "current_credential_code", "score", *_CANDIDATES, "review_group_key",
]
DECISION_COLUMNS = ["decided_code", "decided_by", "note"]
STRING_KEY_COLUMNS = ["normalized_name", "normalized_vendor", "cip_code"]
# member_strings: "name|vendor|cip; name|vendor|cip". Normalised text holds only letters, digits, "+", "#" and
# spaces, and a CIP code digits and a dot, so neither separator can occur inside a part
MEMBER_SEPARATOR, PART_SEPARATOR = ";", "|"

Member = tuple[str, str, str]  # (normalized_name, normalized_vendor, cip_code)


def add_arguments(parser: argparse.ArgumentParser, name: str) -> None:
    if name == "review-export":
        parser.add_argument("--warehouse", type=Path, default=None, help="DuckDB file (default: CTE_DUCKDB_PATH)")
        parser.add_argument("--out", type=Path, default=PROJECT_ROOT / "review" / "credential_review_queue.csv",
                            help="CSV to write (default review/credential_review_queue.csv)")
        parser.add_argument("--limit", type=int, default=None,
                            help="only the first N lines (groups, or strings with --strings)")
        parser.add_argument("--strings", action="store_true",
                            help="one line per string, in group order (audit view; decisions import as well)")
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
        n = export_queue(args.warehouse or warehouse_path(), args.out, args.limit, strings=args.strings)
        print(f"wrote {n} {'strings' if args.strings else 'review groups'} to review to {args.out}", file=sys.stderr)
        return 0
    summary = import_decisions(args.file, args.aliases, args.crosswalk, replace=args.replace,
                               reviewer=args.reviewer)
    print(", ".join(f"{k} {v}" for k, v in summary.items()), file=sys.stderr)
    return 0


def _export_sql(strings: bool) -> tuple[list[str], str]:
    if not strings:
        return GROUP_COLUMNS, (f"select {', '.join(GROUP_COLUMNS)} from marts.credential_review_queue "
                               "order by review_rank")
    # the strings in the order of their group, each with its group's rank: a reviewer auditing a group reads its
    # members together
    columns = ", ".join("g.review_rank" if c == "review_rank" else f"s.{c}" for c in STRING_COLUMNS)
    return STRING_COLUMNS, (
        f"select {columns} from marts.credential_review_queue_strings as s "
        "inner join marts.credential_review_queue as g on s.review_group_key = g.review_group_key "
        "order by g.review_rank, s.cohort_students_affected desc, s.records_affected desc, s.normalized_name, "
        "s.normalized_vendor, s.cip_code")


def export_queue(warehouse: Path, out: Path, limit: int | None = None, strings: bool = False) -> int:
    import duckdb

    if not warehouse.exists():
        raise UserError(f"warehouse {warehouse} not found: run `make demo` (or dbt build) first")
    columns, sql = _export_sql(strings)
    if limit:
        sql += f" limit {int(limit)}"
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        rows = con.execute(sql).fetchall()
    except duckdb.CatalogException:
        raise UserError(f"warehouse {warehouse} has no marts.credential_review_queue: run `make demo` "
                        "(or dbt build) first") from None
    finally:
        con.close()
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(columns + DECISION_COLUMNS)
        for row in rows:
            writer.writerow([("" if v is None else v) for v in row] + ["", "", ""])
    return len(rows)


def _key(row: dict) -> tuple[str, str, str]:
    return (row["normalized_name"].strip(), row.get("vendor_name", "").strip(), row.get("cip_code", "").strip())


def parse_members(text: str) -> list[Member]:
    """The member strings of a group line, as written by the export; ValueError names a part that is not one."""
    members = []
    for part in text.split(MEMBER_SEPARATOR):
        if not part.strip():
            continue
        fields = [f.strip() for f in part.split(PART_SEPARATOR)]
        if len(fields) != 3 or not fields[0]:
            raise ValueError(f"member {part.strip()!r} is not normalized_name|normalized_vendor|cip_code")
        members.append((fields[0], fields[1], fields[2]))
    if not members:
        raise ValueError("member_strings is empty")
    return members


def _line_members(row: dict, grouped: bool) -> list[Member]:
    """A group line decides every string in member_strings (a reviewer may delete members to leave them out); a
    string line decides its own string."""
    if grouped:
        return parse_members(row.get("member_strings") or "")
    name = row["normalized_name"].strip()
    if not name:
        raise ValueError("normalized_name is empty")
    return [(name, row["normalized_vendor"].strip(), row["cip_code"].strip())]


def decided_codes(text: str | None) -> list[str]:
    """The codes of a decided_code cell: one code, NO_CREDENTIAL, or several codes separated by ";" for a string
    that names several credentials ("FAA A&P": the airframe and the powerplant certificates); upper case, each once,
    in the order written."""
    return list(dict.fromkeys(c.strip().upper() for c in (text or "").split(MEMBER_SEPARATOR) if c.strip()))


def _decided_rows(file: Path, known: set[str], reviewer: str | None) -> tuple[list[dict], int, int]:
    """One alias row per string and code the file decides, or UserError listing every bad line (nothing is imported
    then). Returns the rows, the lines decided and the lines left blank."""
    fields, decisions = read_csv(file, ["decided_code"], "review file")
    grouped = "member_strings" in fields
    if not grouped and any(c not in fields for c in STRING_KEY_COLUMNS):
        raise UserError(f"review file {file}: missing column(s): member_strings (a group export) or "
                        f"{', '.join(STRING_KEY_COLUMNS)} (a string export)")
    vendor_names = _vendor_names()
    errors: list[str] = []
    rows: dict[tuple[str, str, str], tuple[int, list[dict]]] = {}
    skipped = decided = 0
    for line, row in enumerate(decisions, start=2):
        codes = decided_codes(row.get("decided_code"))
        if not codes:
            skipped += 1
            continue
        try:
            members = _line_members(row, grouped)
        except ValueError as exc:
            errors.append(f"line {line}: {exc}")
            continue
        more = f" and {len(members) - 1} more string(s)" if len(members) > 1 else ""
        unknown = [c for c in codes if c != NO_CREDENTIAL and c not in known]
        if unknown:
            errors.append(f"line {line}: unknown credential code {unknown[0]!r} for {members[0][0]!r}{more}")
            continue
        if NO_CREDENTIAL in codes and len(codes) > 1:
            errors.append(f"line {line}: {NO_CREDENTIAL} with credential codes for {members[0][0]!r}{more}")
            continue
        decided += 1
        for name, vendor, cip in members:
            aliases = [{
                "normalized_name": name, "vendor_name": vendor_names.get(vendor, vendor), "cip_code": cip,
                "credential_code": code, "decided_by": (row.get("decided_by") or reviewer or "reviewer").strip(),
                "decided_on": date.today().isoformat(), "note": (row.get("note") or "").strip(),
            } for code in codes]
            earlier = rows.get(_key(aliases[0]))
            if earlier is not None and _codes(earlier[1]) != _codes(aliases):
                errors.append(f"line {line}: {name!r} ({vendor or 'no vendor'}, {cip}) is decided "
                              f"{';'.join(codes)} here and {';'.join(_codes(earlier[1]))} on line {earlier[0]}")
            elif earlier is None:
                rows[_key(aliases[0])] = (line, aliases)
    if errors:
        raise UserError(f"review file {file}: nothing imported; fix these rows (codes must be in the crosswalk, "
                        f"several separated by ';', or {NO_CREDENTIAL}; a string decided once): " + "; ".join(errors))
    return [alias for _, aliases in rows.values() for alias in aliases], decided, skipped


def _codes(rows: list[dict]) -> list[str]:
    """The codes alias rows of one string decide, sorted."""
    return sorted((r["credential_code"] or "").strip().upper() for r in rows)


def import_decisions(file: Path, aliases: Path, crosswalk: Path, replace: bool = False,
                     reviewer: str | None = None) -> dict[str, int]:
    """Merge a reviewer's decisions into the alias seed, one alias per string decided (every member of a group
    line) and code (a string naming several credentials has a row for each); nothing is written unless every
    decision is valid. Counts are of strings."""
    known = {r["credential_code"].strip().upper()
             for r in read_csv(crosswalk, ["credential_code"], "crosswalk")[1]}
    new_rows, decided, skipped = _decided_rows(file, known, reviewer)
    existing = read_csv(aliases, ALIAS_COLUMNS[:4], "alias seed")[1] if aliases.exists() else []
    current: dict[tuple[str, str, str], list[dict]] = {}
    for r in existing:
        current.setdefault(_key(r), []).append(r)
    new: dict[tuple[str, str, str], list[dict]] = {}
    for r in new_rows:
        new.setdefault(_key(r), []).append(r)
    added = unchanged = replaced = 0
    conflicts = []
    for key, rows in new.items():
        old = current.get(key)
        if old is None:
            current[key] = rows
            added += 1
        elif _codes(old) == _codes(rows):
            unchanged += 1
        elif replace:
            current[key] = rows
            replaced += 1
        else:
            conflicts.append(f"{key[0]!r} (was {';'.join(_codes(old))}, now {';'.join(_codes(rows))})")
    if conflicts:
        raise UserError(f"review file {file}: nothing imported; these decisions change earlier ones (use --replace "
                        "to accept): " + "; ".join(conflicts))
    if added or replaced:
        rows = sorted((r for rows in current.values() for r in rows), key=lambda r: (_key(r), r["credential_code"]))
        with aliases.open("w", newline="", encoding="utf-8") as fh:
            writer = csv.DictWriter(fh, ALIAS_COLUMNS, extrasaction="ignore")
            writer.writeheader()
            writer.writerows(rows)
    return {"lines decided": decided, "added": added, "unchanged": unchanged, "replaced": replaced,
            "skipped (no decision)": skipped}


def _vendor_names() -> dict[str, str]:
    """The queue shows vendors normalised; the seed stores canonical vendor names."""
    from cte_credentials.resolve.normalize import basic_clean

    path = SEEDS_DIR / "xwalk_credentials.csv"
    if not path.exists():
        return {}
    with path.open(newline="", encoding="utf-8") as fh:
        return {basic_clean(r["vendor_name"]): r["vendor_name"] for r in csv.DictReader(fh)}
