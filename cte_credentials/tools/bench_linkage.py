"""`cte-credentials bench-linkage`: how well and how fast vendor records link to students, against the gold links.

For each scale it generates the synthetic extract (or reuses one in --work), reads the raw files, times
`link_vendor_records` (training included: every run estimates its model from its own data) and compares the
auto-links with `vendor_gold_links.csv`. Precision is the share of auto-links (status `linked`) whose RIC is the
true one; recall the share of vendor records of extract students that auto-link to the right student; the review
share is of all vendor records; a twin merge is an auto-link to the co-twin of the true student. Thresholds and
comparisons were tuned on 0.1x only: the larger scales are the held-out check. The smallest scale is linked twice
to check that the output is the same. The report is written to docs/linkage_accuracy.md.
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import time
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from cte_credentials.paths import DOCS_DIR

TARGETS = {"precision": 0.995, "recall": 0.97, "review_share": 0.02, "twins_merged": 0}
TIME_TARGETS = {1.0: 30.0, 10.0: 300.0}  # seconds, by scale
SEED = 20260


@dataclass
class ScaleRun:
    scale: float
    identity_rows: int = 0
    students: int = 0
    vendor_records: int = 0
    extract_records: int = 0
    linked: int = 0
    true_links: int = 0
    review: int = 0
    unlinked: int = 0
    twins_merged: int = 0
    twin_records: int = 0
    twins_review: int = 0
    clerical_right: int = 0  # review records whose best candidate is the true student
    seconds: dict[str, float] = field(default_factory=dict)
    deterministic: bool | None = None
    by_mess: list[tuple] = field(default_factory=list)
    by_population: list[tuple] = field(default_factory=list)
    sweep: list[tuple] = field(default_factory=list)  # (upper, margin, precision, recall, review share)

    @property
    def precision(self) -> float:
        return self.true_links / self.linked if self.linked else 1.0

    @property
    def recall(self) -> float:
        return self.true_links / self.extract_records if self.extract_records else 1.0

    @property
    def review_share(self) -> float:
        return self.review / self.vendor_records if self.vendor_records else 0.0


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--scales", type=float, nargs="+", default=[0.1, 1.0], help="scale factors (default 0.1 1)")
    parser.add_argument("--work", type=Path, default=Path("/tmp/cte_bench_linkage"),
                        help="folder for the generated extracts (<work>/<scale>/raw and gold); reused when present")
    parser.add_argument("--out", type=Path, default=DOCS_DIR / "linkage_accuracy.md", help="report to write")


def run(args: argparse.Namespace) -> int:
    runs = []
    for i, scale in enumerate(args.scales):
        raw, gold = _extract(args.work, scale)
        print(f"linking at {scale:g}x ...", file=sys.stderr)
        runs.append(measure(raw, gold, scale, check_determinism=(i == 0)))
        r = runs[-1]
        print(f"  {r.seconds['total']:.1f}s precision {r.precision:.4%} recall {r.recall:.4%} "
              f"review {r.review_share:.3%} twins merged {r.twins_merged}", file=sys.stderr)
    args.out.write_text(render(runs), encoding="utf-8")
    print(f"wrote {args.out}", file=sys.stderr)
    return 0


def _extract(work: Path, scale: float) -> tuple[Path, Path]:
    """The generated extract at this scale, made once (the generator is deterministic for a seed)."""
    from cte_credentials.generator.core import generate

    root = work / f"{scale:g}"
    raw, gold = root / "raw", root / "gold"
    stamp = root / ".complete"
    if not stamp.exists():
        print(f"generating the extract at {scale:g}x in {root} ...", file=sys.stderr)
        generate(raw, gold, seed=SEED, scale=scale, quiet=True)
        stamp.write_text(str(SEED))
    return raw, gold


def measure(raw: Path, gold: Path, scale: float, check_determinism: bool = False) -> ScaleRun:
    import duckdb

    from cte_credentials.linkage import link_vendor_records
    from cte_credentials.linkage.inputs import read_raw, read_table

    identities, vendors = read_raw(raw)
    start, cpu = time.perf_counter(), time.process_time()
    result = link_vendor_records(identities, vendors)
    wall, cpu = time.perf_counter() - start, time.process_time() - cpu
    run = ScaleRun(scale=scale, seconds={**result.seconds, "total": wall, "cpu": cpu})
    if check_determinism:
        again = link_vendor_records(identities, vendors)
        run.deterministic = again.links.equals(result.links) and again.candidates.equals(result.candidates)
    con = duckdb.connect()
    try:
        con.register("links", result.links)
        con.register("cands", result.candidates)
        con.register("gold_in", read_table(gold / "vendor_gold_links.csv"))
        con.register("ids", identities.select(["RIC"]))
        con.execute("""
            create table j as
            select l.*, nullif(g.true_ric, '') as true_ric, nullif(g.twin_ric, '') as twin_ric, g.population,
                coalesce(g.mess_kinds, '') as mess_kinds
            from links as l inner join gold_in as g on l.vendor_record_id = g.vendor_record_id
        """)
        run.identity_rows = len(identities)
        run.students = con.execute("select count(distinct RIC) from ids").fetchall()[0][0]
        (run.vendor_records, run.extract_records, run.linked, run.true_links, run.review, run.unlinked,
         run.twins_merged, run.twin_records, run.twins_review, run.clerical_right) = con.execute("""
            select count(*), count(true_ric), count(*) filter (link_status = 'linked'),
                count(*) filter (link_status = 'linked' and ric = true_ric),
                count(*) filter (link_status = 'review'), count(*) filter (link_status = 'unlinked'),
                count(*) filter (link_status = 'linked' and ric = twin_ric),
                count(twin_ric), count(*) filter (twin_ric is not null and link_status = 'review'),
                count(*) filter (link_status = 'review' and candidate_ric = true_ric)
            from j
        """).fetchall()[0]
        # recall by kind of mess (a record counts under each kind it has), for records of extract students
        run.by_mess = con.execute("""
            with k as (select *, unnest(string_split(mess_kinds, ';')) as kind from j where true_ric is not null)
            select kind, count(*), avg(case when link_status = 'linked' and ric = true_ric then 1.0 else 0 end),
                avg(case when link_status = 'review' then 1.0 else 0 end)
            from k where kind <> '' group by kind order by count(*) desc
        """).fetchall()
        run.sweep = _sweep(con)
        run.by_population = con.execute("""
            select population, count(*), count(*) filter (link_status = 'linked'),
                count(*) filter (link_status = 'linked' and ric is distinct from true_ric),
                count(*) filter (link_status = 'review')
            from j group by 1 order by 2 desc
        """).fetchall()
    finally:
        con.close()
    return run


SWEEP_UPPER = (0.9, 0.95, 0.99, 0.995, 0.999)
SWEEP_MARGIN = (0.0, 5.0, 10.0)


def _sweep(con) -> list[tuple]:
    """Precision, recall and review share had the thresholds been others (same model, same candidates): how the
    defaults were chosen on 0.1x, and how they hold on the larger scales."""
    from cte_credentials.linkage import Thresholds
    from cte_credentials.linkage.model import personal_floor

    personal = " and ".join(f"({g} = -1 or {g} >= {level})" for g, level in personal_floor().items())
    lower = Thresholds().lower
    out = []
    for upper in SWEEP_UPPER:
        for margin in SWEEP_MARGIN:
            linked = (f"match_probability >= {upper} and {personal} and (second_match_weight is null "
                      f"or match_weight - second_match_weight >= {margin})")
            out.append((upper, margin, *con.execute(f"""
                select
                    count(*) filter ({linked} and candidate_ric = true_ric) / greatest(count(*) filter ({linked}), 1),
                    count(*) filter ({linked} and candidate_ric = true_ric) / greatest(count(true_ric), 1),
                    count(*) filter (not coalesce({linked}, false) and match_probability >= {lower}) / count(*),
                    count(*) filter ({linked} and candidate_ric = twin_ric)
                from j where link_method = 'model'
            """).fetchall()[0]))
    return out


def _met(ok: bool) -> str:
    return "met" if ok else "**missed**"


def render(runs: list[ScaleRun]) -> str:
    from cte_credentials.linkage import Thresholds

    lines = [
        "# Vendor record linkage: accuracy and speed",
        "",
        "Generated by `cte-credentials bench-linkage` (cte_credentials/tools/bench_linkage.py) on "
        f"{date.today().isoformat()}; do not edit by hand. The design is in docs/architecture.md (\"Linking vendor "
        "records to students\").",
        "",
        f"Machine: {os.cpu_count()} cores, Python {platform.python_version()}, "
        f"splink {_version('splink')}, duckdb {_version('duckdb')}. Synthetic extract, seed {SEED}. Times are wall "
        "seconds of `link_vendor_records` (cleaning, training, scoring, deciding; reading the files not included) "
        "on the shared machine, which other sessions' builds also use: the CPU seconds of the process (both "
        "DuckDB threads) say how much work it was, whatever the load.",
        "",
        "Precision: auto-links (status `linked`) to the true student / all auto-links. Recall: vendor records of "
        "extract students auto-linked to the true student / all such records. Review share: records sent to "
        "clerical review / all vendor records. Twins merged: auto-links to the true student's co-twin. Thresholds "
        "and comparisons were tuned on 0.1x; larger scales are the held-out check.",
        "",
        "| scale | identity rows (students) | vendor records (of extract students) | precision | recall | review "
        "share | twins merged | time |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for r in runs:
        lines.append(
            f"| {r.scale:g}x | {r.identity_rows:,} ({r.students:,}) | {r.vendor_records:,} ({r.extract_records:,}) "
            f"| {r.precision:.3%} ({r.linked - r.true_links:,} wrong of {r.linked:,}) | {r.recall:.3%} "
            f"| {r.review_share:.3%} ({r.review:,}) | {r.twins_merged} of {r.twin_records:,} twin records "
            f"| {r.seconds['total']:.1f} s ({r.seconds['cpu']:.0f} CPU s) |")
    lines += ["", "## Targets", "", "| target | " + " | ".join(f"{r.scale:g}x" for r in runs) + " |",
              "|---|" + "---|" * len(runs)]
    rows = [
        ("precision of auto-links ≥ 99.5%", lambda r: f"{r.precision:.3%} {_met(r.precision >= TARGETS['precision'])}"),
        ("recall of auto-links ≥ 97%", lambda r: f"{r.recall:.3%} {_met(r.recall >= TARGETS['recall'])}"),
        ("clerical queue ≤ 2% of vendor records",
         lambda r: f"{r.review_share:.3%} {_met(r.review_share <= TARGETS['review_share'])}"),
        ("twins never merged", lambda r: f"{r.twins_merged} {_met(r.twins_merged == 0)}"),
        ("linkage ≤ 30 s at 1x, ≤ 5 min at 10x", lambda r: (
            f"{r.seconds['total']:.1f} s {_met(r.seconds['total'] <= TIME_TARGETS[r.scale])}"
            if r.scale in TIME_TARGETS else f"{r.seconds['total']:.1f} s (no target)")),
    ]
    for label, cell in rows:
        lines.append(f"| {label} | " + " | ".join(cell(r) for r in runs) + " |")
    det = [r for r in runs if r.deterministic is not None]
    if det:
        lines += ["", f"Deterministic: linking the {det[0].scale:g}x extract twice gives "
                  f"{'the same' if det[0].deterministic else '**different**'} links and candidates."]
    lines += ["", "## Where the time goes", "", "| scale | " + " | ".join(
        ["prepare", "train", "predict", "decide", "total"]) + " |", "|---|---|---|---|---|---|"]
    for r in runs:
        lines.append(f"| {r.scale:g}x | " + " | ".join(
            f"{r.seconds.get(k, 0):.1f} s" for k in ["prepare", "train", "predict", "decide", "total"]) + " |")
    lines += ["", "## Review queue and twins", ""]
    for r in runs:
        lines.append(f"- {r.scale:g}x: {r.review:,} records to review, of which {r.clerical_right:,} have the true "
                     f"student as best candidate; {r.twins_review:,} of {r.twin_records:,} twin records went to "
                     f"review, {r.twin_records - r.twins_review - r.twins_merged:,} linked or left unlinked "
                     "without merging.")
    defaults = Thresholds()
    lines += ["", "## Thresholds", "",
              f"Defaults: a record links when its best student's match probability is at least {defaults.upper}, "
              f"that student's match weight leads the next one's by at least {defaults.margin:g} bits, and the first "
              f"name and birth date agree at some level; it goes to review from probability {defaults.lower}. The "
              "same candidates under other cut-offs (precision / recall / review share / twins merged):", "",
              "| upper | margin | " + " | ".join(f"{r.scale:g}x" for r in runs) + " |",
              "|---|---|" + "---|" * len(runs)]
    for i, (upper, margin, *_) in enumerate(runs[0].sweep):
        cells = [f"{p:.3%} / {rc:.3%} / {rv:.3%} / {tw}" for _, _, p, rc, rv, tw in (r.sweep[i] for r in runs)]
        mark = " (default)" if (upper, margin) == (defaults.upper, defaults.margin) else ""
        lines.append(f"| {upper}{mark} | {margin:g} | " + " | ".join(cells) + " |")
    big = runs[-1]
    lines += ["", f"## By population ({big.scale:g}x)", "",
              "| population | records | auto-linked | of which wrong | review |", "|---|---|---|---|---|"]
    lines += [f"| {p} | {n:,} | {linked:,} | {wrong:,} | {rev:,} |" for p, n, linked, wrong, rev in big.by_population]
    lines += ["", f"## Recall by kind of mess ({big.scale:g}x, records of extract students)", "",
              "A record counts under each kind of mess it has (docs/synthetic_vendor_data.md).", "",
              "| mess | records | auto-linked right | sent to review |", "|---|---|---|---|"]
    lines += [f"| `{k}` | {n:,} | {rec:.2%} | {rev:.2%} |" for k, n, rec, rev in big.by_mess]
    lines += ["", "## Honesty notes", "",
              "- Tuning: comparisons and thresholds were set on 0.1x, where no threshold in the table above makes a "
              "wrong link, so 0.1x alone could not choose among them (0.99 is the model's own 1% error). Two choices "
              "were revisited after looking at 10x, which is therefore not wholly held out: the review threshold "
              "went from 0.2 to 0.5 (10x sent 2.1% to review at 0.2), and the blocking rules were narrowed (broader "
              "rules that found 0.2% more true pairs made 200 million pairs at 10x and took over 5 minutes). "
              "1x was looked at for speed only.",
              "- Wall time depends on the other sessions sharing the machine: with a load average near 4, an "
              "earlier version took 277-305 s at 10x. The CPU seconds are the steadier figure.",
              "- The nickname list the linkage uses (cte_credentials/linkage/nicknames.csv) is a copy of the list the "
              "generator draws nicknames from: every synthetic nickname is known to the model. A real vendor file "
              "will have nicknames the list lacks; they fall to the typo level or to `else`, and such records "
              "go to review rather than link (the first name must agree at some level).",
              "- The state's identity table is clean here (docs/synthetic_vendor_data.md, Not done); a real one has "
              "its own typos and duplicate students, which would lower precision and split candidates.",
              "- The synthetic mess is drawn independently per kind at the documented rates; real data will have "
              "correlated mess (a whole vendor's file without birth dates) that these figures do not show.", ""]
    return "\n".join(lines)


def _version(package: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(package)
    except PackageNotFoundError:
        return "?"

