"""Fit the decision rule to the credential list at hand.

The fixed bars (score 0.80, margin 0.08) were fitted to our own list; on another list the right candidate often wins
by a wide margin and still scores under 0.80 ("OSHA 30 Construction" for "OSHA 30 Hour Construction": 0.78, margin
0.35). So, whenever the list changes:

1. **Messy variants of the list's own names.** Each credential's name, typed the way the generator's messiness model
   types it (cte_credentials.generator.messy: abbreviations, a typo, case and punctuation, vendor abbreviated, left
   blank or typed in the name field), and also with a word dropped, two words swapped, its initials or its bracketed
   acronym alone, the vendor before the name, a trailing "cert". Numbers are never changed.
2. **Credentials the list does not have.** A fixed share of the credentials (HOLD_OUT) is taken out of the list
   before resolving: their variants must go to review, so a rule that sends a write-in to the nearest code is
   penalised. The rest are resolved against that reduced list, and any assignment to a credential of the same
   normalised name counts as right (a list may hold one name under several codes).
3. **The rule.** The best candidate's features (cte_credentials.resolve.rule.FEATURES) put it in one of three
   tiers: vetoed (another credential names the write-in's words as well, or names them with more numbers: never
   assigned), warned (a word the list does not use, a word that tells the candidate from a sibling missing, another
   vendor, numbers missing) and clean. Each of the last two gets bars of its own (score and margin), chosen on a
   grid to assign as many right candidates as possible while every assignment on the variants, exact names
   included, keeps precision at TARGET_PRECISION or above, and the fuzzy step's own at FUZZY_PRECISION. Four
   numbers, printed in the docs.

Deterministic: the same list (and engine) gives the same rule, so it can be cached by the list's fingerprint
(``calibrated_rule``), and a worker process or a later build recomputes exactly the same rule if the cache is gone.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import time
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pyarrow as pa

from cte_credentials.generator import messy
from cte_credentials.resolve.cascade import Resolver
from cte_credentials.resolve.decision import ResolutionConfig
from cte_credentials.resolve.fingerprint import ENGINE_SOURCES
from cte_credentials.resolve.indexing import REF_KEYS, build_refs, rows_as_meant
from cte_credentials.resolve.refs import ResolutionRefs
from cte_credentials.resolve.rule import FEATURES, accept, bars, vetoed, warned

SEED = 20261127
VARIANTS_PER_CREDENTIAL = 3
MAX_CREDENTIALS = 2_500  # a longer list is sampled (by code), so calibration stays within its time budget
HOLD_OUT = 0.10  # share of credentials taken out of the list: their variants must not be assigned
TARGET_PRECISION = 0.99
# and on the fuzzy step alone: the more write-ins the steps before it name exactly (every one right), the lower
# the fuzzy bars 99% overall would allow, and real write-ins are named exactly less often than the variants
FUZZY_PRECISION = 0.97
# the least margin a candidate with a warning (a word telling it from a sibling missing, another vendor...) is
# assigned at: the variants rarely exercise such close calls, and the lowest bars doing equally well on them had let
# most lists' warned tier fall to the grid's 0.02 (State P: "CPR/First Aid" from the Red Cross, 0.052 over the Red
# Cross's "Adult and Pediatric" card, went to its "PEDIATRIC FIRST AID/CPR/AED")
WARNED_MARGIN_FLOOR = 0.06
RULE_VERSION = 1


@dataclass
class Variant:
    name: str
    vendor: str
    code: str  # the credential it was made from
    kind: str  # what was done to it (for the docs)
    absent: bool  # the credential was taken out of the list


# ---- variants ----------------------------------------------------------------------------------------------
_WORD = re.compile(r"[A-Za-z][A-Za-z'.-]*")


def _drop_word(name: str, rng: np.random.Generator, keep: frozenset[str] = frozenset()) -> str:
    """A word left out, never a number, nor a word that tells the credential from a sibling (``keep``: without
    it, the write-in names the sibling)."""
    words = name.split()
    droppable = [i for i, w in enumerate(words) if not any(ch.isdigit() for ch in w) and len(w) > 2
                 and not (set(re.findall(r"[a-z0-9]+", w.lower())) & keep)]
    if len(words) < 3 or not droppable:
        return name
    i = droppable[int(rng.integers(len(droppable)))]
    return " ".join(words[:i] + words[i + 1 :])


def _swap_words(name: str, rng: np.random.Generator) -> str:
    words = name.split()
    if len(words) < 2:
        return name
    i = int(rng.integers(len(words) - 1))
    words[i], words[i + 1] = words[i + 1], words[i]
    return " ".join(words)


def _initials(name: str) -> str:
    """"Certified Nursing Assistant" -> "CNA"; numbers kept ("OSHA 10" stays itself: no initials for one word)."""
    outer = re.sub(r"\([^)]*\)", " ", name)
    words = [w for w in re.split(r"[\s\-/,:]+", outer) if w and w.lower() not in {"and", "of", "for", "the", "in"}]
    letters = [w for w in words if w[0].isalpha()]
    if len(letters) < 2 or len(letters) > 6:
        return name
    return "".join(w[0].upper() for w in letters) + "".join(f" {w}" for w in words if w[0].isdigit())


def _acronym(name: str, rng: np.random.Generator) -> str:
    inner = re.findall(r"\(([^)]+)\)", name)
    if inner and rng.random() < 0.5:
        return inner[0] if rng.random() < 0.5 else re.sub(r"\s*\([^)]*\)", "", name)
    return _initials(name)


def make_variants(crosswalk: list[dict], rng: np.random.Generator, per_credential: int = VARIANTS_PER_CREDENTIAL,
                  absent: frozenset[str] = frozenset(),
                  siblings: Mapping[str, frozenset[str]] | None = None) -> list[Variant]:
    out = []
    for row in crosswalk:
        code, name, vendor = row["credential_code"], row["credential_name"] or "", row["vendor_name"] or ""
        if not name.strip():
            continue
        for _ in range(per_credential):
            typed, typed_vendor, kinds = messy.messy_entry(name, vendor, rng)
            roll = rng.random(5)
            if roll[0] < 0.2:
                typed = _drop_word(typed, rng, (siblings or {}).get(code, frozenset()))
                kinds.append("word_dropped")
            if roll[1] < 0.1:
                typed = _swap_words(typed, rng)
                kinds.append("words_swapped")
            if roll[2] < 0.12:
                typed = _acronym(name, rng)
                kinds = ["acronym"]
            if roll[3] < 0.08 and typed_vendor:
                typed, typed_vendor = f"{typed_vendor} {typed}", typed_vendor if rng.random() < 0.5 else ""
                kinds.append("vendor_in_name")
            if roll[4] < 0.08:
                typed += str(rng.choice([" cert", " certification", " exam", " card"]))
                kinds.append("word_added")
            out.append(Variant(typed, typed_vendor, code, "+".join(kinds) or "as_listed", code in absent))
    return out


# ---- resolving the variants --------------------------------------------------------------------------------
@dataclass
class Sample:
    features: np.ndarray  # rows: best candidates of scored write-ins; columns: FEATURES
    correct: np.ndarray  # the best candidate is right


def _collect(refs: ResolutionRefs, variants: list[Variant], same_name: Mapping[str, str]) -> tuple[Sample, dict]:
    """Resolve the variants with the fixed bars and read every scored best candidate's features; also what the
    cascade before the fuzzy step (exact names, vendor-alone) assigned, and how well."""
    resolver = Resolver(refs, ResolutionConfig())
    resolver.collect = {}
    truth: dict[tuple[str, str, str], list[tuple[str, bool]]] = {}
    items = []
    for v in variants:
        parts = resolver.readings.entry_parts[v.name, v.vendor]
        text, vkey = parts.normalized, parts.vendor_key
        if parts.junk_reason or not text:
            continue
        items.append((text, vkey, ""))
        for reading in resolver.readings.variants[text]:
            truth.setdefault((reading, vkey, ""), []).append((v.code, v.absent))
    resolver.prepare_best(items)
    rows, labels = [], []
    for triple, (features, code) in resolver.collect.items():
        for true_code, _absent in truth.get(triple, ()):
            rows.append(features)
            labels.append(same_name.get(code) == same_name.get(true_code))
    # what is assigned before any rule reads a score (exact names, aliases, vendor-alone) on the same variants
    before = {"assigned": 0, "right": 0}
    for text, vkey, cip in items:
        d = resolver.decisions.get((text, vkey, cip))
        if d is not None and d.status == "resolved" and d.method in ("exact", "alias"):
            for true_code, _absent in truth.get((text, vkey, cip), ()):
                before["assigned"] += 1
                before["right"] += same_name.get(d.code) == same_name.get(true_code)
    sample = Sample(np.array(rows, dtype=float).reshape(-1, len(FEATURES)), np.array(labels, dtype=bool))
    return sample, before


def same_credential(refs: ResolutionRefs) -> dict[str, object]:
    """Code -> what names its credential, for right and wrong: the first code of the credential (a list may hold one
    credential under several codes, "Certified EKG Technician (CET)" and "Certified EKG Technician", see
    list_features.duplicates; a write-in resolved to either is right)."""
    return {c.code: refs.representative.get(c.code, c.code) for c in refs.rows}


# ---- fitting -------------------------------------------------------------------------------------------------
SCORE_GRID = np.round(np.arange(0.66, 1.0001, 0.02), 2)
MARGIN_GRID = np.round(np.arange(0.02, 0.40001, 0.02), 2)


def _cells(x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(assigned, right) for every (score bar, margin bar) of the grids, as flat arrays over the grid's cells."""
    s_ok = x[:, 0][None, :] >= SCORE_GRID[:, None]  # score bars x candidates
    m_ok = x[:, 1][None, :] >= MARGIN_GRID[:, None]
    assigned = (s_ok.astype(np.int64) @ m_ok.T.astype(np.int64)).ravel()
    right = ((s_ok & y[None, :]).astype(np.int64) @ m_ok.T.astype(np.int64)).ravel()
    return assigned, right


def fit_tiers(x: np.ndarray, y: np.ndarray, assigned_before: int, right_before: int,
              target: float = TARGET_PRECISION) -> dict:
    """The pair of bars (one for clean candidates, one for candidates with a warning) that assigns the most right
    candidates while every assignment on the variants, those before the rule included, keeps precision >= target,
    and the rule's own assignments keep it >= FUZZY_PRECISION. Among equals, the lower bars; the warned margin bar
    no lower than WARNED_MARGIN_FLOOR."""
    usable = (x[:, 1] > 0) & ~vetoed(x)
    warn = warned(x)
    clean_a, clean_r = _cells(x[usable & ~warn], y[usable & ~warn])
    warn_a, warn_r = _cells(x[usable & warn], y[usable & warn])
    right = clean_r[:, None] + warn_r[None, :] + right_before
    assigned = clean_a[:, None] + warn_a[None, :] + assigned_before
    ok = (right >= target * assigned) & (right - right_before >= FUZZY_PRECISION * (assigned - assigned_before))
    ok &= np.tile(MARGIN_GRID >= WARNED_MARGIN_FLOOR - 1e-9, len(SCORE_GRID))[None, :]
    # most right; then the fewest assigned (fewer wrong); then the lowest bars (the first cell in grid order: of
    # bars that do equally well on the variants, the ones that leave fewer real write-ins just under them)
    key = np.where(ok, right * 10**7 - assigned, -1)
    flat = np.flatnonzero(key == key.max())
    i, j = np.unravel_index(flat[0], key.shape)
    n_m = len(MARGIN_GRID)
    return {"clean": {"min_score": float(SCORE_GRID[i // n_m]), "min_margin": float(MARGIN_GRID[i % n_m])},
            "warned": {"min_score": float(SCORE_GRID[j // n_m]), "min_margin": float(MARGIN_GRID[j % n_m])}}


def fit_rule(crosswalk: list[dict], alignment: list[dict], aliases: list[dict], abbreviations: list[dict],
             vendor_aliases: list[dict], junk: list[dict], field_words: list[dict] | None = None,
             vendor_fields: list[dict] | None = None, renamings: list[dict] | None = None, seed: int = SEED) -> dict:
    """Fit the decision rule on messy variants of the list's own names (see the module's docstring)."""
    start = time.perf_counter()
    # (the rows as build_refs reads them, a name and vendor the export swapped put back once for the whole list, so
    # the variants are of the names resolution reads and a list with credentials taken out reads the same)
    crosswalk = rows_as_meant(crosswalk, vendor_aliases)
    rows = sorted((r for r in crosswalk if (r.get("credential_code") or "").strip()),
                  key=lambda r: r["credential_code"])
    rng = np.random.default_rng(seed)
    if len(rows) > MAX_CREDENTIALS:
        rows = [rows[i] for i in sorted(rng.choice(len(rows), MAX_CREDENTIALS, replace=False))]
    # the held-out credentials: taken out of the list, their variants resolved against the rest
    n_out = int(round(HOLD_OUT * len(rows))) if len(rows) >= 20 else 0
    out_idx = set(rng.choice(len(rows), n_out, replace=False).tolist()) if n_out else set()
    absent = frozenset(rows[i]["credential_code"] for i in out_idx)
    kept = [r for r in crosswalk if r.get("credential_code") not in absent]
    refs = build_refs(kept, alignment, aliases, abbreviations, vendor_aliases, junk, field_words, vendor_fields,
                      renamings)
    full = build_refs(crosswalk, [], [], abbreviations, vendor_aliases, junk, field_words,
                      vendor_fields, renamings) if absent else refs
    same_name = same_credential(full)
    variants = make_variants(rows, rng, absent=absent, siblings=full.siblings)
    sample, before = _collect(refs, variants, same_name)
    x, y = sample.features, sample.correct
    default = bars(0.80, 0.08)
    base = accept(default, x)
    if len(y) < 50 or y.all() or not y.any():
        # too few scored variants to fit anything (a tiny list): the fixed bars
        return {**default, "why": f"too few scored variants to fit a rule ({len(y)})"}
    rule: dict = {"kind": "tiers", "version": RULE_VERSION, "features": list(FEATURES),
                  **fit_tiers(x, y, before["assigned"], before["right"])}
    chosen = accept(rule, x)
    rule.update(
        credentials=len(rows), absent_credentials=len(absent), variants=len(variants), scored=int(len(y)),
        scored_right=int(y.sum()),
        precision=round(float(y[chosen].mean()) if chosen.any() else 1.0, 4),
        overall_precision=round(float((before["right"] + (chosen & y).sum())
                                      / max(before["assigned"] + chosen.sum(), 1)), 4),
        assigned_right=round(float((chosen & y).sum() / max(y.sum(), 1)), 4),
        bars_precision=round(float(y[base].mean()) if base.any() else 1.0, 4),
        bars_assigned_right=round(float((base & y).sum() / max(y.sum(), 1)), 4),
        exact_assigned=before["assigned"], exact_right=before["right"],
        seconds=round(time.perf_counter() - start, 1), target_precision=TARGET_PRECISION, seed=seed,
    )
    return rule


# ---- caching by the list's fingerprint -----------------------------------------------------------------------
CALIBRATION_SOURCES = ENGINE_SOURCES


def list_key(tables: Mapping[str, list[dict]]) -> str:
    """What a fitted rule depends on: the reference tables (order-independent) and the code that fits it."""
    digest = hashlib.sha256()
    for source in CALIBRATION_SOURCES:
        digest.update((Path(__file__).parent / source).read_bytes())
    digest.update((Path(messy.__file__)).read_bytes())
    for name in sorted(tables):
        digest.update(name.encode())
        for row in sorted(repr(sorted((k, v or "") for k, v in r.items())) for r in tables[name]):
            digest.update(row.encode())
    return digest.hexdigest()[:16]


def cache_dir() -> Path:
    """Where fitted rules are kept: CTE_RESOLUTION_CACHE, else ~/.cache/cte-credentials/resolution_rules."""
    value = os.environ.get("CTE_RESOLUTION_CACHE")
    return Path(value) if value else Path.home() / ".cache" / "cte-credentials" / "resolution_rules"


def calibrated_rule(tables: Mapping[str, list[dict]]) -> dict:
    """The rule fitted on these reference tables: from the cache when fitted before, else fitted now (and cached)."""
    key = list_key(tables)
    for path in (cache_dir() / f"{key}.json",):
        if path.exists():
            try:
                stored = json.loads(path.read_text())
            except (OSError, ValueError):
                continue
            if stored.get("list_key") == key:
                return stored
    rule = fit_rule(*(tables.get(k) for k in REF_KEYS))
    rule["list_key"] = key
    try:
        cache_dir().mkdir(parents=True, exist_ok=True)
        tmp = cache_dir() / f".{key}.{os.getpid()}.tmp"
        tmp.write_text(json.dumps(rule, indent=1))
        tmp.replace(cache_dir() / f"{key}.json")
    except OSError:
        pass  # a read-only home: the rule is fitted again next time, the same
    return rule


# what a fitted rule records about its own fitting that does not decide anything (left out of the fingerprint)
VOLATILE = ("seconds", "list_key")


def identity(rule: dict | None) -> dict | None:
    """The part of a rule that decides: what the fingerprint hashes (a rule fitted again, slower or faster, on the
    same list is the same rule)."""
    return None if rule is None else {k: v for k, v in rule.items() if k not in VOLATILE}


def rule_doc(rule: dict, list_name: str) -> str:
    """A dbt docs block describing a fitted rule (models/intermediate/credentials/credential_resolution_rule.md)."""
    lines = ["{% docs credential_resolution_rule %}", "",
             f"**Decision rule fitted on the credential list** ({list_name}; written by `cte-credentials "
             "bench-resolution`, re-fitted by the model whenever the list changes).", ""]
    if rule["kind"] == "bars":
        lines += [f"Fixed bars: score >= {rule['min_score']:.2f} and margin >= {rule['min_margin']:.2f} "
                  f"({rule.get('why', 'set explicitly')})."]
    else:
        c, w = rule["clean"], rule["warned"]
        lines += [
            f"Fitted on {rule['variants']:,} messy variants of the list's {rule['credentials']:,} names (the "
            f"generator's messiness model, plus dropped and swapped words, acronyms, the vendor in the name field), "
            f"{rule['absent_credentials']:,} credentials taken out of the list so that their variants must go to "
            f"review. {rule['scored']:,} variants reached the fuzzy step.", "",
            "| best candidate | assigned when |", "|---|---|",
            f"| clean | score >= {c['min_score']:.2f} and margin over the runner-up >= {c['min_margin']:.2f} |",
            f"| with a warning: a word no name uses and no misspelling, a word telling it from a sibling name missing, "
            f"another vendor, numbers missing, a rare word of other names | score >= {w['min_score']:.2f} and "
            f"margin >= "
            f"{w['min_margin']:.2f} |",
            "| another credential names every word too, or names them with more numbers, or a level below it holds "
            "the write-in's words, or the write-in has a word of its own in place of a rare word of the name, or "
            "a level word (expert, master, advanced, senior) on one side only | never (review) |", "",
            f"Expected on the variants: precision of every assignment (exact names included) at least "
            f"{rule['target_precision']:.0%} (of the fuzzy step's own, {FUZZY_PRECISION:.0%}); the fuzzy step "
            f"assigns {rule['assigned_right']:.1%} of the right best "
            f"candidates at {rule['precision']:.1%} precision (the fixed bars 0.80 / 0.08: "
            f"{rule['bars_assigned_right']:.1%} at {rule['bars_precision']:.1%}).", "",
            "The vars `cte:resolution_min_score` and `cte:resolution_min_margin`, set explicitly (`--vars`, or another "
            "value in dbt_project.yml), replace this rule with fixed bars.",
        ]
    return "\n".join([*lines, "", "{% enddocs %}", ""])


def rows_of(tables: Mapping[str, pa.Table]) -> dict[str, list[dict]]:
    """Arrow tables (what the dbt model has) as lists of text rows."""
    return {k: [{c: ("" if v is None else str(v)) for c, v in r.items()} for r in t.to_pylist()]
            for k, t in tables.items()}
