"""`cte-credentials bench-resolution`: resolution accuracy and speed, written to docs/resolution_accuracy.md.

(a) accuracy against the generator's gold labels (data/gold), weighted by records; (b) accuracy on the
hand-labelled set kept in the tests; (c) the time to resolve 20,000 distinct strings against a 2,000-credential
crosswalk, and the time for the same distinct strings repeated in 10x more rows (time must follow distinct strings);
(d) the time for growing batches of the extract's entries in one process and in two.
"""

from __future__ import annotations

import argparse
import csv
import os
import platform
import random
import sys
import time
from datetime import date
from pathlib import Path

import pyarrow as pa

from cte_credentials.errors import UserError
from cte_credentials.paths import DEFAULT_GOLD_DIR, DEFAULT_RAW_DIR, DOCS_DIR, PROJECT_ROOT, SEEDS_DIR
from cte_credentials.resolve import (
    ResolutionConfig,
    load_refs_from_seeds,
    load_seed_tables,
    refs_from_tables,
    resolve_entries,
)
from cte_credentials.resolve.engine import build_refs
from cte_credentials.resolve.metrics import Accuracy, Labelled, score
from cte_credentials.resolve.parallel import MIN_ENTRIES_PER_WORKER, resolve_entries_in_processes

HAND_LABELLED = PROJECT_ROOT / "tests" / "python" / "data" / "hand_labelled_credentials.csv"
TARGETS = {"precision": 0.99, "auto_assigned": 0.95, "split_recall": 0.95, "junk_recall": 0.98}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--raw", type=Path, default=DEFAULT_RAW_DIR, help="generated raw extract (default data/raw)")
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD_DIR, help="gold labels (default data/gold)")
    parser.add_argument("--out", type=Path, default=DOCS_DIR / "resolution_accuracy.md", help="markdown to write")
    parser.add_argument("--strings", type=int, default=20_000, help="distinct strings in the speed test")
    parser.add_argument("--crosswalk-size", type=int, default=2_000, help="credentials in the speed test")


def _read(path: Path) -> list[dict]:
    if not path.exists():
        raise UserError(f"{path} not found: run `make data` (cte-credentials generate) first")
    with path.open(newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def _entries(rows: list[dict], name: str, vendor: str, cip: str, code: str) -> tuple[dict[tuple, str], pa.Table]:
    """The distinct entries of `rows` as the resolution model receives them, and each entry's key."""
    keys: dict[tuple, str] = {}
    for r in rows:
        keys.setdefault((r[name], r[vendor], r[cip], r.get(code, "")), str(len(keys)))
    entries = list(keys)
    return keys, pa.table({
        "entry_key": list(keys.values()),
        "credential_name_raw": [e[0] or None for e in entries], "vendor_raw": [e[1] or None for e in entries],
        "cip_code": [e[2] or None for e in entries], "credential_code_reported": [e[3] or None for e in entries],
    })


def _resolve(rows: list[dict], name: str, vendor: str, cip: str, code: str, refs) -> tuple[list, float, int]:
    keys, table = _entries(rows, name, vendor, cip, code)
    entries = list(keys)
    start = time.perf_counter()
    out = resolve_entries(table, refs, ResolutionConfig())
    seconds = time.perf_counter() - start
    by: dict[str, list] = {}
    for row in out.to_pylist():
        by.setdefault(row["entry_key"], []).append((row["resolution_status"], row["credential_code"]))
    return [by[keys[(r[name], r[vendor], r[cip], r.get(code, ""))]] for r in rows], seconds, len(entries)


def _raw_credentials(raw: Path) -> list[dict]:
    """The raw credential rows, each with its program's CIP code in "CIP"."""
    rows = _read(raw / "credentials_earned.csv")
    cips = {r["PROGRAM_SERIAL_NUMBER"]: r["CIP_CODE"].strip().zfill(7) for r in _read(raw / "program_serials.csv")}
    for r in rows:
        r["CIP"] = cips.get(r["PROGRAM_SERIAL_NUMBER"], "")
    return rows


def gold_accuracy(raw: Path, gold: Path) -> tuple[Accuracy, float, int]:
    rows = _raw_credentials(raw)
    labels = {int(g["source_row_number"]): g for g in _read(gold / "credential_gold_labels.csv")}
    predicted, seconds, distinct = _resolve(rows, "CREDENTIAL_NAME", "VENDOR", "CIP", "CREDENTIAL_CODE",
                                            load_refs_from_seeds(SEEDS_DIR))
    labelled = [Labelled([c for c in labels[i]["gold_credential_codes"].split(";") if c],
                         labels[i]["is_junk"] == "true", False) for i in range(1, len(rows) + 1)]
    return score(labelled, predicted), seconds, distinct


def hand_accuracy() -> Accuracy | None:
    if not HAND_LABELLED.exists():
        return None
    rows = _read(HAND_LABELLED)
    predicted, _, _ = _resolve(rows, "credential_name", "vendor", "cip_code", "none", load_refs_from_seeds(SEEDS_DIR))
    labelled = [Labelled([c for c in r["expected_codes"].split(";") if c], r["expected_is_junk"] == "true",
                         "ambiguous" in r["note"]) for r in rows]
    return score(labelled, predicted)


def speed(n_strings: int, n_credentials: int) -> tuple[float, float]:
    """Seconds for n distinct strings against an n-credential crosswalk, once as distinct rows and once with every
    string repeated ten times (the second must cost about the same: work follows distinct strings)."""
    import numpy as np

    from cte_credentials.generator import messy

    rng = random.Random(7)
    np_rng = np.random.default_rng(7)
    base = _read(SEEDS_DIR / "xwalk_credentials.csv")
    crosswalk = []
    suffixes = ["", " Level 1", " Level 2", " Advanced", " Fundamentals", " Specialist", " Practitioner", " II"]
    while len(crosswalk) < n_credentials:
        row = base[len(crosswalk) % len(base)]
        k = len(crosswalk) // len(base)
        crosswalk.append({"credential_code": f"X{len(crosswalk):07d}",
                          "credential_name": row["credential_name"] + suffixes[k % len(suffixes)]
                          + (f" Track {k}" if k >= len(suffixes) else ""),
                          "vendor_name": row["vendor_name"]})
    refs = build_refs(crosswalk, [], [], _read(SEEDS_DIR / "xwalk_credential_abbreviations.csv"),
                      _read(SEEDS_DIR / "xwalk_vendor_aliases.csv"), _read(SEEDS_DIR / "xwalk_junk_entries.csv"))
    strings: set[tuple[str, str]] = set()
    while len(strings) < n_strings:
        c = rng.choice(crosswalk)
        name, vendor, _ = messy.messy_entry(c["credential_name"], c["vendor_name"], np_rng)
        strings.add((name + ("" if rng.random() < 0.7 else f" {rng.randint(1, 999)}"), vendor))
    rows = [{"n": n, "v": v, "c": "", "code": ""} for n, v in sorted(strings)]
    _, distinct_seconds, _ = _resolve(rows, "n", "v", "c", "code", refs)
    _, repeated_seconds, _ = _resolve(rows * 10, "n", "v", "c", "code", refs)
    return distinct_seconds, repeated_seconds


def process_speed(raw: Path, sizes: tuple[int, ...] = (2_500, 5_000, 10_000, 20_000)) -> list[tuple[int, float, float]]:
    """Seconds to resolve the first n distinct entries of the extract in one process and in two
    (cte_credentials.resolve.parallel): where the second process starts to pay for its start-up."""
    _, table = _entries(_raw_credentials(raw), "CREDENTIAL_NAME", "VENDOR", "CIP", "CREDENTIAL_CODE")
    tables = load_seed_tables(SEEDS_DIR)
    refs = refs_from_tables(**tables)
    timings = []
    for n in [*[s for s in sizes if s < table.num_rows], table.num_rows]:
        part, seconds = table.slice(0, n), []
        for workers in (1, 2):
            start = time.perf_counter()
            resolve_entries_in_processes(part, tables, refs, ResolutionConfig(), workers, min_entries_per_worker=1)
            seconds.append(time.perf_counter() - start)
        timings.append((n, *seconds))
    return timings


def _table(acc: Accuracy) -> list[str]:
    def mark(name: str, value: float) -> str:
        target = TARGETS.get(name)
        return "" if target is None else (" (target met)" if value >= target else f" (target {target:.0%} NOT met)")

    return [
        "| measure | value |", "|---|---|",
        f"| precision of auto-assigned codes | {acc.precision:.2%}{mark('precision', acc.precision)} |",
        f"| credential mentions auto-assigned | {acc.auto_assigned:.2%}{mark('auto_assigned', acc.auto_assigned)} |",
        f"| split recall (entries naming several credentials) | {acc.split_recall:.2%}"
        f"{mark('split_recall', acc.split_recall)} |",
        f"| junk recall | {acc.junk_recall:.2%}{mark('junk_recall', acc.junk_recall)} |",
        f"| mentions sent to review | {acc.review_share:.2%} |",
    ]


def run(args: argparse.Namespace) -> int:
    gold, gold_seconds, distinct = gold_accuracy(args.raw, args.gold)
    hand = hand_accuracy()
    distinct_s, repeated_s = speed(args.strings, args.crosswalk_size)
    lines = [
        "# Credential resolution: accuracy and speed", "",
        "Produced by `cte-credentials bench-resolution` (`make bench-resolution`); do not edit by hand.", "",
        f"- date: {date.today().isoformat()}; machine: {platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}", "",
        f"## (a) Generator gold labels ({gold.entries:,} records, {distinct:,} distinct entries, "
        f"resolved in {gold_seconds:.1f} s)", "",
        "Weighted by records. The generator's messiness was written apart from the resolution seeds, but both were",
        "written by this project: read (b) as the independent check.", "", *_table(gold), "",
    ]
    if hand:
        lines += [f"## (b) Hand-labelled set ({hand.entries} entries, tests/python/data/hand_labelled_credentials.csv)",
                  "", *_table(hand), ""]
    lines += [
        "## (c) Speed", "",
        f"- {args.strings:,} distinct strings against a {args.crosswalk_size:,}-credential crosswalk: "
        f"**{distinct_s:.1f} s** (target 5 s{' met' if distinct_s <= 5 else ', NOT met'})",
        f"- the same strings in {10 * args.strings:,} rows (each repeated ten times): {repeated_s:.1f} s "
        "(time follows distinct strings, not rows)", "",
        "## (d) One process or two", "",
        "The first n distinct entries of the extract, resolved in one process and in two (the dbt model uses two",
        f"once there are {2 * MIN_ENTRIES_PER_WORKER:,} entries, var cte:resolution_workers):", "",
        "| distinct entries | one process (s) | two processes (s) |", "|---|---|---|",
        *[f"| {n:,} | {one:.2f} | {two:.2f} |" for n, one, two in process_speed(args.raw)], "",
    ]
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text("\n".join(lines))
    print("\n".join(lines))
    print(f"wrote {args.out}", file=sys.stderr)
    return 0
