"""Resolving one raw entry into its mentions: the whole entry, or a cut into pieces when that resolves better.

An entry may name several credentials ("CNA & BLS", "MOS Word, Excel, PowerPoint"). A code reported in the row, a
junk text, or a whole that resolves exactly settles the entry as one mention. Otherwise every span of consecutive
pieces (pieces.py) is resolved once, in one batch with every other entry's (table.py), and the cut with the best
total wins: a resolved span earns its score above SPLIT_FLOOR, an unresolved one costs 1, so a cut is kept only
where its pieces resolve better than the whole.
"""

from __future__ import annotations

from typing import NamedTuple

from cte_credentials.resolve.cascade import Resolver
from cte_credentials.resolve.decision import Candidate, Decision
from cte_credentials.resolve.normalize import basic_clean, number_counts
from cte_credentials.resolve.pieces import SpanVariant
from cte_credentials.resolve.refs import ResolutionRefs

SPLIT_FLOOR = 0.95  # a piece must resolve above this score to be worth a cut
PIECE_ADVANTAGE = 0.1  # unresolved pieces are reviewed one by one when each beats the whole by this much
UNEXPLAINED_WORD = 0.15  # cost, for the whole of an entry, of a known word its match leaves out


class Mention(NamedTuple):
    """One credential an entry names (an entry has one mention, or one per piece of its cut)."""

    text: str  # the mention as typed (the entry, or a piece of it)
    decision: Decision
    normalized: str  # the normalised text the decision is for
    vendor_key: str


class PendingSplit(NamedTuple):
    """An entry whose whole did not settle it: what resolve_split needs once its pieces are scored."""

    name: str
    vendor_key: str
    whole_text: str  # the whole's best reading
    whole: Decision  # and its decision
    pieces: int  # how many pieces
    spans: list[SpanVariant]  # every variant of every span of pieces


def resolve_entry(resolver: Resolver, name: str | None, vendor: str | None, cip: str,
                  reported_code: str | None) -> list[Mention]:
    """Resolve one raw entry into its mentions.

    One entry at a time, as the tests read it; resolve_entries does the same in two batches, scoring the split
    pieces of every entry at once (one sparse product instead of one per entry)."""
    mentions, pending = resolve_whole(resolver, name, vendor, cip, reported_code)
    if pending is None:
        return mentions
    resolver.prepare_best(split_triples(resolver, pending, cip))
    return resolve_split(resolver, cip, pending)


def resolve_whole(resolver: Resolver, name: str | None, vendor: str | None, cip: str,
                  reported_code: str | None) -> tuple[list[Mention], PendingSplit | None]:
    """An entry's mentions when its whole settles it (reported code, junk, exact or alias, or no cut to try);
    otherwise ([], what resolve_split needs once the pieces are scored)."""
    refs, readings = resolver.refs, resolver.readings
    if reported_code and reported_code.strip().upper() in refs.by_code:
        code = reported_code.strip().upper()
        return [Mention(name or code, Decision("resolved", "reported_code", code, 1.0, 1.0), readings.normalize[name],
                        readings.vendor_key[vendor])], None
    name, vendor, vkey, reason, whole_raw = readings.entry_parts[name, vendor]
    if reason:
        return [Mention(name, Decision("no_credential", "junk", junk_reason=reason), basic_clean(name), vkey)], None
    whole_text, whole = resolver.best[whole_raw, vkey, cip]
    if whole.status == "resolved" and whole.method in ("exact", "alias"):
        return [Mention(name, whole, whole_text, vkey)], None
    n, plan = readings.span_plan[name]
    if not plan:
        return [Mention(name, whole, whole_text, vkey)], None
    return [], PendingSplit(name, vkey, whole_text, whole, n, plan)


def split_triples(resolver: Resolver, pending: PendingSplit, cip: str) -> list[tuple[str, str, str]]:
    """What must be scored before resolve_split: the normalised text of every span variant, with vendor and CIP."""
    vkey, reading = pending.vendor_key, resolver.readings.piece_reading
    return [(*reading[span.text, vkey], cip) for span in pending.spans]


def resolve_split(resolver: Resolver, cip: str, pending: PendingSplit) -> list[Mention]:
    """Resolve every span of consecutive pieces once (batched), then pick the cut with the best total: a resolved
    span earns its score above SPLIT_FLOOR, an unresolved one costs 1, so a cut is kept only where its pieces
    resolve better than the whole, and a sure match (exact, 1.0) outweighs two middling ones."""
    name, vkey, whole_text, whole, n, plan = pending
    span: dict[tuple[int, int], tuple[float, Mention | None]] = {}
    best_of, reading = resolver.best, resolver.readings.piece_reading
    for i, j, variant, junk, penalty in plan:
        if junk:
            value: tuple[float, Mention | None] = (0.0, None)  # a junk piece ("pending") is dropped from a split
        else:
            raw, piece_vkey = reading[variant, vkey]
            text, d = best_of[raw, piece_vkey, cip]
            gain = (d.score or 0.0) - SPLIT_FLOOR - penalty
            value = (gain if d.status == "resolved" else -1.0 + 0.01 * (d.score or 0.0),
                     Mention(variant, d, text, piece_vkey))
        if (i, j) not in span or value[0] > span[(i, j)][0]:
            span[(i, j)] = value
    if (0, n - 1) in span and whole.status == "resolved":
        left_out = unexplained(resolver.refs, whole_text, resolver.words.tokens_of[whole_text], whole,
                               _named_by_pieces(resolver.refs, span, n, whole.code))
        span[(0, n - 1)] = ((whole.score or 0.0) - SPLIT_FLOOR + 0.02 - left_out,
                            Mention(name, whole, whole_text, vkey))
    best: list[tuple[float, list]] = [(0.0, [])] + [(-1e9, [])] * n
    for j in range(1, n + 1):
        for i in range(j):
            score, mention = span[(i, j - 1)]
            total = best[i][0] + score
            if total > best[j][0]:
                best[j] = (total, best[i][1] + ([mention] if mention else []))
    chosen = best[n][1]
    codes = [m.decision.code for m in chosen if m.decision.status == "resolved"]
    if len(chosen) >= 2 and len(codes) == len(set(codes)):
        return chosen
    if whole.status != "resolved":
        # nothing resolves, but each piece comes much closer to a credential than the whole does
        # ("ASE Brakes/Electrical/Engine Repair"): review the pieces one by one, not the whole
        finest = [span[(i, i)][1] for i in range(n)]
        if all(m is not None for m in finest):
            tops = [m.decision.candidates[0] if m.decision.candidates else Candidate(None, 0.0) for m in finest]
            if (len({top.code for top in tops}) == n
                    and min(top.score for top in tops) > (whole.score or 0.0) + PIECE_ADVANTAGE):
                return finest
    return [Mention(name, whole, whole_text, vkey)]


def _named_by_pieces(refs: ResolutionRefs, span: dict, n: int, code: str | None) -> frozenset[str]:
    """The words of the credentials that single pieces of a cut resolve to, other than the whole's (``code``)."""
    words: set[str] = set()
    for i in range(n):
        mention = span.get((i, i), (0.0, None))[1]
        if mention is not None and mention.decision.status == "resolved" and mention.decision.code != code:
            words |= refs.by_code[mention.decision.code].tokens
    return frozenset(words)


def unexplained(refs: ResolutionRefs, text: str, words: frozenset[str], decision: Decision,
                named_by_pieces: frozenset[str] = frozenset()) -> float:
    """What a fuzzy match of a whole entry (its ``words``) leaves out: each word of the entry that names some
    credential but is not in the matched one's name or its vendor's costs UNEXPLAINED_WORD, twice when it is rare
    ("core" in "NCCER Core & Carpentry Level 1" matched to Carpentry Level 1: the one word of the Core Curriculum's
    name), and so does a number typed more times than the name holds it, so a cut whose pieces account for it can
    win."""
    if decision.method != "fuzzy" or decision.code not in refs.by_code:
        return 0.0
    cred = refs.by_code[decision.code]
    # the words of its vendor's name are no other credential's ("Natl Inst for Automotive Service Excellence - ASE
    # Entry-Level Truck Brakes")
    missing = words - cred.tokens - set(refs.vendor_of(cred.code).split())
    # and a number typed more times than the name holds it ("AWS D1.1 and D9.1" matched to the D9.1)
    extra = sum((number_counts(text) - number_counts(cred.key)).values())
    # a rare word (in at most refs.distinctive names) left out counts twice: it names another credential; so does a
    # word of the credential a piece of the entry resolves to ("safety" in "S/P2 Safety and Pollution Prevention"
    # matched whole to the Pollution Prevention, its piece "S/P2 Safety" resolving to the S/P2 Automotive Service
    # Safety)
    return UNEXPLAINED_WORD * (sum(1 + (len(refs.token_index[w]) <= refs.distinctive or w in named_by_pieces)
                                   for w in missing if w in refs.token_index and not w.isdigit()) + extra)
