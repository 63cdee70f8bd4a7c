"""The Arrow table in and out: ``resolve_entries``, what the dbt Python model calls.

In: one row per distinct raw entry (entry_key, credential_name_raw, vendor_raw, cip_code, credential_code_reported).
Out: one row per entry and mention (OUTPUT_SCHEMA). Work follows distinct entries, not rows: every whole entry is
scored in one batch, then every split piece in another (split.py), each distinct (text, vendor, CIP) once
(cascade.py). The cyclic garbage collector waits while a table is resolved (memo.cyclic_gc_paused).
"""

from __future__ import annotations

import warnings
from collections.abc import Callable
from typing import Any

import pyarrow as pa

from cte_credentials.resolve.cascade import Resolver, ScoringDeferred
from cte_credentials.resolve.decision import Candidate, Decision, ResolutionConfig
from cte_credentials.resolve.memo import cyclic_gc_paused
from cte_credentials.resolve.refs import ResolutionRefs
from cte_credentials.resolve.split import (
    Mention,
    PendingSplit,
    resolve_split,
    resolve_whole,
    split_triples,
    with_also_codes,
)

ENGINE_FAILURE = "engine_failure"  # resolution_method of an entry the engine failed to read (see engine_failure)

OUTPUT_SCHEMA = pa.schema([
    ("entry_key", pa.string()), ("mention_index", pa.int32()), ("mention_count", pa.int32()),
    ("mention_text", pa.string()), ("normalized_name", pa.string()), ("normalized_vendor", pa.string()),
    ("resolution_status", pa.string()), ("resolution_method", pa.string()), ("credential_code", pa.string()),
    ("score", pa.float64()), ("margin", pa.float64()), ("runner_up_code", pa.string()),
    ("runner_up_score", pa.float64()),
    ("candidate_1_code", pa.string()), ("candidate_1_score", pa.float64()),
    ("candidate_2_code", pa.string()), ("candidate_2_score", pa.float64()),
    ("candidate_3_code", pa.string()), ("candidate_3_score", pa.float64()),
    ("junk_reason", pa.string()),
])


def resolve_entries(entries: pa.Table, refs: ResolutionRefs, config: ResolutionConfig | None = None) -> pa.Table:
    """One row per entry x mention for a table of distinct raw entries (entry_key, credential_name_raw,
    vendor_raw, cip_code, credential_code_reported)."""
    with cyclic_gc_paused():
        return _resolve_table(entries, Resolver(refs, config))


def _resolve_table(entries: pa.Table, resolver: Resolver) -> pa.Table:
    """resolve_entries' work: distinct entries, two scoring batches, then the output columns. An entry whose reading
    raises goes to review (``engine_failure``) and the others are resolved: one text the engine cannot read must
    not stop a state's build."""
    cols = {name: entries.column(name).to_pylist() for name in
            ("entry_key", "credential_name_raw", "vendor_raw", "cip_code", "credential_code_reported")}
    # work follows distinct entries: score every whole entry in one batch, then every split piece in another
    distinct = list(dict.fromkeys(zip(*list(cols.values())[1:], strict=True)))
    resolved: dict[tuple, list[Mention]] = {}
    batch = []
    for entry in distinct:
        raw_name, raw_vendor, cip, _ = entry
        try:
            parts = resolver.readings.entry_parts[raw_name, raw_vendor]
        except Exception as error:  # noqa: BLE001 - any error of one entry's reading (see engine_failure)
            resolved[entry] = engine_failure(raw_name, error)
            continue
        batch.append((parts.normalized, parts.vendor_key, cip or ""))
    resolver.prepare_best(batch)
    wholes = _gathered(resolver, [entry for entry in distinct if entry not in resolved], lambda entry: _whole(
        resolver, entry))
    pieces: list[tuple[str, str, str]] = []
    pending: dict[tuple, PendingSplit] = {}
    for entry in (entry for entry in distinct if entry in wholes):  # (in the entries' order, as read)
        outcome = wholes[entry]
        # settled now unless its split pieces must be scored first (then they go to `pieces`)
        if isinstance(outcome, BaseException):
            resolved[entry] = engine_failure(entry[0], outcome)
            continue
        mentions, split, triples = outcome
        if split is None:
            resolved[entry] = with_also_codes(mentions)
        else:
            pending[entry] = split
            pieces.extend(triples)
    resolver.prepare_best(pieces)
    # (entry[2]: the CIP)
    splits = _gathered(resolver, list(pending), lambda entry: resolve_split(resolver, entry[2] or "", pending[entry]))
    for entry, outcome in splits.items():
        resolved[entry] = (engine_failure(entry[0], outcome) if isinstance(outcome, BaseException)
                           else with_also_codes(outcome))
    failures = [entry[0] for entry in distinct if resolved[entry][0].decision.method == ENGINE_FAILURE]
    if failures:
        warnings.warn(f"{len(failures)} credential entries could not be read by the resolution engine and were sent "
                      f"to review (resolution_method {ENGINE_FAILURE!r}), for example {failures[0]!r}: please report "
                      "it", stacklevel=2)
    return _output_table(cols, resolved)


def _whole(resolver: Resolver, entry: tuple) -> tuple[list[Mention], PendingSplit | None, list | None]:
    """An entry read whole (split.resolve_whole), and the triples its split pieces need scored, if it is cut."""
    raw_name, raw_vendor, cip, reported_code = entry
    mentions, split = resolve_whole(resolver, raw_name, raw_vendor, cip or "", reported_code)
    return mentions, split, None if split is None else split_triples(resolver, split, cip or "")


# rounds of gathering before the entries still asking for scoring are read one at a time (two or three suffice)
MAX_GATHERING_ROUNDS = 8


def _gathered(resolver: Resolver, entries: list[tuple], read: Callable[[tuple], Any]) -> dict[tuple, Any]:
    """``read(entry)`` for every entry, or the error it raised (an engine failure). A reading that must score a
    triple no batch has scored (a text read again without its vendor, a piece's other reading) does not score it
    there, alone: the resolver notes it and stops that entry (cascade.ScoringDeferred); the noted triples of every
    entry are then scored in one batch and those entries read again, their memo tables keeping what the first read
    worked out. A decision does not depend on the batch it is scored in, so the result is the same as reading each
    entry through; only the batches of one triple go (some 400 on the speed benchmark's 20,000 strings, about 0.7 s
    of 9 in one process)."""
    results: dict[tuple, Any] = {}
    for round_ in range(MAX_GATHERING_ROUNDS + 1):
        noted: list = []
        resolver.gathering = noted if round_ < MAX_GATHERING_ROUNDS else None
        again = []
        try:
            for entry in entries:
                try:
                    results[entry] = read(entry)
                except ScoringDeferred:
                    again.append(entry)
                except Exception as error:  # noqa: BLE001 - any error of one entry's reading (see engine_failure)
                    results[entry] = error
        finally:
            resolver.gathering = None
        if not again:
            break
        resolver.prepare(noted)
        entries = again
    return results


def engine_failure(raw_name: str | None, error: BaseException) -> list[Mention]:
    """The one mention of an entry the engine failed to read: review, its method ``engine_failure`` and the error's
    kind in junk_reason's place, so that a person sees it and the rest of the table is resolved."""
    decision = Decision("needs_review", ENGINE_FAILURE,
                        junk_reason=f"the resolution engine failed on this entry ({type(error).__name__})")
    return [Mention(raw_name or "", decision, "", "")]


def _output_table(cols: dict[str, list], resolved: dict[tuple, list[Mention]]) -> pa.Table:
    """The output rows as columns. Entries share decision objects (a decision is memoised per text, vendor and
    CIP), so the decision's columns are built once per distinct decision and spread to the rows with a take."""
    per_entry = [resolved[entry] for entry in zip(*list(cols.values())[1:], strict=True)]
    flat = [m for mentions in per_entry for m in mentions]
    keys = [key for key, mentions in zip(cols["entry_key"], per_entry, strict=True) for _ in mentions]
    index = [i for mentions in per_entry for i in range(1, len(mentions) + 1)]
    count = [len(mentions) for mentions in per_entry for _ in mentions]
    seen: dict[int, int] = {}  # id(decision) -> its position among the distinct decisions, in order of first use
    which = [seen.setdefault(id(m.decision), len(seen)) for m in flat]
    decisions = list({id(m.decision): m.decision for m in flat}.values())  # the same order (flat keeps them alive)
    per_decision = [_decision_columns(d) for d in decisions]
    columns = list(zip(*per_decision, strict=True)) if per_decision else [()] * (len(OUTPUT_SCHEMA) - 6)
    take = pa.array(which, type=pa.int64())
    fields = list(OUTPUT_SCHEMA)
    mention_columns = [keys, index, count, [m.text for m in flat], [m.normalized for m in flat],
                       [m.vendor_key for m in flat]]
    arrays = [pa.array(column, type=f.type) for f, column in zip(fields[:6], mention_columns, strict=True)]
    arrays += [pa.array(column, type=f.type).take(take) for f, column in zip(fields[6:], columns, strict=True)]
    return pa.table(arrays, schema=OUTPUT_SCHEMA)


def _decision_columns(d: Decision) -> tuple:
    """A decision's output columns, resolution_status to junk_reason (the top three candidates padded)."""
    first, second, third = d.candidates + [Candidate(None, None)] * (3 - len(d.candidates))
    return (d.status, d.method, d.code, d.score, d.margin, d.runner_up_code, d.runner_up_score,
            first.code, first.score, second.code, second.score, third.code, third.score, d.junk_reason)
