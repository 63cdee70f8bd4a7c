"""Credential resolution: from a typed (name, vendor, program CIP) to a state credential code, or to review.

Cascade, for each distinct normalised mention: code reported in the row -> reviewed alias -> exact canonical name
-> fuzzy candidates. Fuzzy candidates come from a sparse character-trigram TF-IDF product (fast: time grows with
distinct strings, not rows) and are scored on character similarity, token overlap, vendor agreement and alignment
with the program's CIP. Numbers are a hard rule (OSHA 10 is never OSHA 30). A candidate is assigned only above a
score threshold and a margin over the runner-up; an ambiguity the program's CIP settles is assigned as fuzzy_cip,
anything else goes to review.

Below the bars, general rules read the crosswalk itself, never lists of write-ins: a known vendor picks its own
credential naming every word; a write-in may hold one whole name and more; a vendor's name may be left off a
canonical name; a bracketed acronym names every credential spelling it out (so "EMT" alone is for review);
abbreviated words (initials "MTA", cut words "Lic.") are spelled out as a fallback that must resolve outright.

Speed: each batch is scored in numpy (candidate product by chunks, a histogram top-k, the common trigrams' share
of the cosine as a batched dot product, token overlap by lookup tables); character and token similarity once per
distinct text, vendor and CIP terms per (text, vendor, CIP); Python only settles the minority of write-ins below
the bars. Entries are resolved once per distinct (name, vendor, CIP, code), split pieces of all entries in one
batch; per-entry steps that do not read the CIP are memoised per name and vendor (memo.memoised). The cyclic
garbage collector waits while a table is resolved (see memo.cyclic_gc_paused).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pyarrow as pa

from cte_credentials.resolve.candidates import rank_batch
from cte_credentials.resolve.memo import cyclic_gc_paused, memoised
from cte_credentials.resolve.normalize import basic_clean, numbers, numbers_conflict
from cte_credentials.resolve.pieces import SpanVariant
from cte_credentials.resolve.readings import Readings
from cte_credentials.resolve.refs import NO_CREDENTIAL, ResolutionRefs, tokens
from cte_credentials.resolve.rule import FEATURES, accept, bars, lowest_bars
from cte_credentials.resolve.words import Words

SPLIT_FLOOR = 0.95  # a piece must resolve above this score to be worth a cut
PIECE_ADVANTAGE = 0.1  # unresolved pieces are reviewed one by one when each beats the whole by this much
UNEXPLAINED_WORD = 0.15  # cost, for the whole of an entry, of a known word its match leaves out


@dataclass
class ResolutionConfig:
    """Thresholds for automatic assignment; the dbt Python model reads them from vars cte:resolution_*.

    ``rule`` is the decision rule fitted on the list (cte_credentials.resolve.rule, a JSON-able dict); without one,
    the best candidate is assigned at or above min_score and min_margin. min_score and min_margin also remain the
    bars of the general rules below them (which candidates count as close, see Resolver._settle)."""

    min_score: float = 0.80
    min_margin: float = 0.08
    top_k: int = 12
    rule: dict | None = None


# an entry whose whole did not settle it: (name, vendor key, normalised whole, its decision, pieces, span variants)
PendingSplit = tuple[str, str, str, "Decision", int, list[SpanVariant]]
Mention = tuple[str, "Decision", str, str]  # (mention text, decision, normalised name, vendor key)


@dataclass
class Decision:
    status: str  # resolved | no_credential | needs_review
    method: str  # reported_code | alias | exact | fuzzy | fuzzy_cip | junk | unresolved
    code: str | None = None
    score: float | None = None
    margin: float | None = None
    runner_up_code: str | None = None
    runner_up_score: float | None = None
    candidates: list[tuple[str, float]] = field(default_factory=list)
    junk_reason: str | None = None


class Resolver:
    """Resolves distinct (text, vendor, CIP) triples with memoisation: each distinct string is scored once.

    The @memoised methods are memo tables, read by subscription (``self.best[text, vendor_key, cip]``): every value
    is a pure function of its arguments and of the references (read-only; a decision in ``decisions``, once
    computed, never changes), so a kept value is what computing it again would give."""

    def __init__(self, refs: ResolutionRefs, config: ResolutionConfig | None = None) -> None:
        self.refs = refs
        self.config = config or ResolutionConfig()
        self.readings = Readings(refs)
        self.words = Words(refs)
        # the decision of every (normalised text, vendor key, CIP) scored so far, filled a batch at a time (prepare)
        self.decisions: dict[tuple[str, str, str], Decision] = {}
        self._best_ready: set[tuple[str, str, str]] = set()
        self._alias_texts = {text for text, _, _ in refs.aliases}  # refs are read-only, as every memo here assumes
        # the decision rule for a best candidate (fitted on the list, or the fixed bars), and the triples whose
        # best candidate it assigned (an outright match: see _outright)
        self.rule = self.config.rule or bars(self.config.min_score, self.config.min_margin)
        self._over_bar: set[tuple[str, str, str]] = set()
        # calibration reads every scored triple's best-candidate features here: triple -> (features, best code)
        self.collect: dict[tuple[str, str, str], tuple[np.ndarray, str]] | None = None

    # ---- batch scoring -----------------------------------------------------------------------------------
    def prepare(self, triples: list[tuple[str, str, str]]) -> None:
        """Score every not-yet-seen (normalised text, vendor key, cip) in one sparse product."""
        todo = sorted({t for t in triples if t not in self.decisions})
        if not todo:
            return
        fuzzy: list[tuple[str, str, str]] = []
        exacts: list[list[str]] = []
        for triple in todo:
            decision, exact = self._before_fuzzy(triple)
            if decision is not None:
                self.decisions[triple] = decision
            else:
                fuzzy.append(triple)
                exacts.append(exact)
        if fuzzy:
            self._score_batch(fuzzy, exacts)

    def resolve(self, text: str, vendor_key: str, cip: str) -> Decision:
        triple = (text, vendor_key, cip)
        if triple not in self.decisions:
            self.prepare([triple])
        return self.decisions[triple]

    def prepare_best(self, items: list[tuple[str, str, str]]) -> None:
        """Batch what best() reads for many texts: their variants, then the spelled-out readings of those texts
        none of whose variants resolves (the readings are a fallback, and scoring them all would double the work)."""
        items = [t for t in dict.fromkeys(items) if t not in self._best_ready]
        if not items:
            return
        self._prepare_best(items)
        self._best_ready.update(items)

    def _prepare_best(self, items: list[tuple[str, str, str]]) -> None:
        readings = self.readings
        self.prepare([(v, vkey, cip) for text, vkey, cip in items for v in readings.variants[text]])
        self.prepare([(v, vkey, cip) for text, vkey, cip in items if not self._any_resolved[text, vkey, cip]
                      for v in readings.fallback_readings(text, vkey)])

    def _outright(self, text: str, vendor_key: str, cip: str) -> bool:
        d = self.decisions[(text, vendor_key, cip)]
        return d.status == "resolved" and (d.method in ("exact", "alias") or (
            d.method == "fuzzy" and (text, vendor_key, cip) in self._over_bar))

    def _every_word_known_and_named(self, text: str, vendor_key: str, cip: str) -> bool:
        """A reading every word of which the list's names use, resolved as the one credential naming all of them
        ("osha 10 general industry" for "osha10 gen industry"). Only a text the every-word rule was asked about
        (its memo table read, not filled: see _settle) counts."""
        d = self.decisions[(text, vendor_key, cip)]
        refs = self.refs
        return (d.status == "resolved" and d.code == self.words.unique_naming.get((text, vendor_key))
                and all(w in refs.token_index for w in tokens(text)))

    @memoised
    def _any_resolved(self, text: str, vendor_key: str, cip: str) -> bool:
        decisions = self.decisions
        return any(decisions[(v, vendor_key, cip)].status == "resolved" for v in self.readings.variants[text])

    @memoised
    def best(self, text: str, vendor_key: str, cip: str) -> tuple[str, Decision]:
        """Resolve every variant of a text and keep the best: some canonical names start with their vendor and
        others do not. Only when none resolves, try the spelled-out readings too ("MTA ..." -> "Microsoft
        Technology Associate ...")."""
        options = self.readings.variants[text]
        if len(options) == 1:  # the common case, decided as below without the sort
            decision = self.decisions.get((text, vendor_key, cip))
            if decision is not None and decision.status == "resolved":
                return text, decision
        if any((v, vendor_key, cip) not in self.decisions for v in options):
            self.prepare_best([(text, vendor_key, cip)])
        if not self._any_resolved[text, vendor_key, cip]:
            # a reading is a guess, so it counts only when it resolves outright (exactly, or above the score and
            # margin bars), not through the weaker rules for short write-ins: "nat" is not "NOCTI Automotive
            # Technology", nor "micro soft" Software Development
            spelled = self.readings.fallback_readings(text, vendor_key)
            self.prepare([(v, vendor_key, cip) for v in spelled])
            outright = [v for v in spelled if self._outright(v, vendor_key, cip)
                        or self._every_word_known_and_named(v, vendor_key, cip)]
            # readings naming different credentials ("CDA credential": Certified Dental Assistant, Child
            # Development Associate National Credential) are a guess between them: none counts
            if len({self.decisions[(v, vendor_key, cip)].code for v in outright}) == 1:
                options = options + outright
        # the first of the best (min keeps the first of equals, as a stable sort would)
        decisions = self.decisions
        first = min(options, key=lambda t: (decisions[(t, vendor_key, cip)].status != "resolved",
                                            -(decisions[(t, vendor_key, cip)].score or 0.0)))
        return first, decisions[(first, vendor_key, cip)]

    def _before_fuzzy(self, triple: tuple[str, str, str]) -> tuple[Decision | None, list[str]]:
        """Blank, reviewed alias or a single exact name: settled without scoring. Otherwise the exact names that
        survive the number and vendor rules (several: an ambiguity the scoring must weigh)."""
        text, vendor_key, cip = triple
        refs = self.refs
        if not text:
            return Decision("needs_review", "unresolved"), []
        if text in self._alias_texts:  # most texts have no alias: one lookup, not four
            for key in ((text, vendor_key, cip), (text, vendor_key, ""), (text, "", cip), (text, "", "")):
                if key in refs.aliases:
                    code = refs.aliases[key]
                    if code == NO_CREDENTIAL:
                        return Decision("no_credential", "alias", junk_reason="reviewed: no credential"), []
                    return Decision("resolved", "alias", code, 1.0, 1.0), []
        # the rest does not read the CIP: once per (text, vendor)
        return self._exact_or_named[text, vendor_key]

    @memoised
    def _exact_or_named(self, text: str, vendor_key: str) -> tuple[Decision | None, list[str]]:
        refs = self.refs
        qnums = numbers(text)
        exact = self.words.exact_codes(text, vendor_key, qnums)
        shared = self.words.shared_acronym(text, vendor_key, qnums)
        if shared is not None:
            # only an acronym the list gives to several credentials ("CDA", "PLS cert"): they tie, whatever exact
            # name it also is, and the vendor or the program's CIP settles it, or a person
            if len(shared) >= 2:
                return None, shared
            exact = shared or exact
        if len(exact) == 1:
            return Decision("resolved", "exact", exact[0], 1.0, 1.0), []
        only = self._vendor_with_one_credential(text)
        if only and not exact and vendor_key in ("", refs.by_code[only].vendor_key):
            # "PTCB": the write-in names only a vendor, and the crosswalk holds one credential of that vendor. An
            # inference, not an exact name: fuzzy, with no score, so it never decides a split
            return Decision("resolved", "fuzzy", only, candidates=[(only, 0.0)]), []
        if not exact and vendor_key:
            exact = [c for c in refs.vendor_exact.get((text, vendor_key), [])
                     if not numbers_conflict(qnums, refs.by_code[c].nums)]
            if len(exact) == 1:
                return Decision("resolved", "exact", exact[0], 1.0, 1.0), []
        if not exact and shared is None:
            # the words of exactly one name, in another order or with "certified" ("Customer Service & Sales" for
            # "Customer Service and Sales Certification"; "Certified Welding Inspector" for "Welding Inspector
            # Certification")
            words = tokens(text)
            same = [c for c in sorted(refs.word_sets.get(words) or refs.word_sets.get(words - {"plus"}, ())) if not (
                vendor_key in refs.vendor_keys and vendor_key != refs.by_code[c].vendor_key)]
            if len(same) == 1:
                return Decision("resolved", "exact", same[0], 1.0, 1.0), []
        return None, exact

    def _vendor_with_one_credential(self, text: str) -> str | None:
        canonical = self.refs.vendor_alias.get(text)
        codes = self.refs.codes_by_vendor.get(basic_clean(canonical), []) if canonical else []
        return codes[0] if len(codes) == 1 else None

    def _score_batch(self, todo: list[tuple[str, str, str]], exacts: list[list[str]]) -> None:
        """Fuzzy scoring of a batch: the candidates ranked in numpy (candidates.rank_batch), the decision rule on
        each best candidate's features, and only the few write-ins whose top candidate is not clear settled in
        Python (_settle)."""
        refs, arr = self.refs, self.refs.arrays
        assert arr is not None and refs.tfidf is not None
        n = len(todo)
        ranked = rank_batch(refs.tfidf, arr, todo, exacts, self.config.top_k, tokens)
        bounds, codes, scores = ranked.bounds, ranked.codes, ranked.scores
        qtokens, qnums = ranked.qtokens, ranked.qnums
        texts_of = ranked.of_text.tolist()
        # decide on rounded scores, and the margin between them, so that a decision never depends on the last bits
        # of a float (which can differ with the batch an entry is scored in: incremental builds). The scores are
        # already rounded (np.round: the double nearest k / 10^4, which round(., 4) leaves as it is)
        tops = [i for i in range(n) if bounds[i] < bounds[i + 1]]
        margins = [round(scores[bounds[i]] - (scores[bounds[i] + 1] if bounds[i + 1] - bounds[i] > 1 else 0.0), 4)
                   for i in tops]
        features = _top_features(self, todo, tops, [bounds[i] for i in tops], margins, ranked.row, ranked.cred,
                                 ranked.score, ranked.words, qnums, ranked.of_text)
        over_bar = dict(zip(tops, accept(self.rule, features).tolist(), strict=True))
        if self.collect is not None:
            for k, i in enumerate(tops):
                self.collect[todo[i]] = (features[k], codes[bounds[i]])
        memo = self.decisions
        for i, triple in enumerate(todo):
            lo, hi = bounds[i], bounds[i + 1]
            if lo == hi:
                memo[triple] = Decision("needs_review", "unresolved")
                continue
            top_score, top_code = scores[lo], codes[lo]
            runner_score, runner_code = (scores[lo + 1], codes[lo + 1]) if hi - lo > 1 else (0.0, None)
            margin = round(top_score - runner_score, 4)
            runner_up_score = runner_score if runner_code else None
            top3 = min(hi, lo + 3)
            candidates = list(zip(codes[lo:top3], scores[lo:top3], strict=True))
            if over_bar[i]:
                self._over_bar.add(triple)
                memo[triple] = Decision("resolved", "fuzzy", top_code, top_score, margin, runner_code,
                                        runner_up_score, candidates)
            else:
                common = (top_score, margin, runner_code, runner_up_score, candidates)
                t = texts_of[i]
                memo[triple] = self._settle(triple, qtokens[t], qnums[t], scores[lo:hi], codes[lo:hi], common)

    def _settle(self, triple: tuple[str, str, str], qtokens: frozenset[str], qnums: frozenset[str],
                scores: list[float], codes: list[str], common: tuple) -> Decision:
        """A top candidate below the score or margin bar: assign it only when the write-in's words single out one
        credential, or when the program's CIP settles an ambiguity; otherwise review. ``scores`` and ``codes`` are
        the candidates, best first; ``common`` is (score, margin, runner-up code and score, top candidates)."""
        text, vendor_key, cip = triple
        refs, cfg, words = self.refs, self.config, self.words
        top_score, top_code = scores[0], codes[0]
        unique = words.unique_naming[text, vendor_key]
        if unique and words.level_below(text, unique, codes):
            unique = None
        if unique and (unique == top_code or vendor_key in refs.vendor_keys
                       or top_score - dict(zip(codes, scores, strict=True)).get(unique, 0) < cfg.min_margin):
            # a short write-in ("OSHA 10 Healthcare", "Lifeguarding", "BLS" from the AHA) scores low on characters
            # against a long canonical name, but it names exactly one credential of the crosswalk. With a known
            # vendor, "exactly one" is among that vendor's credentials, which outranks a closer name of another
            # vendor ("BLS" from the AHA is not the Red Cross's "Basic Life Support (BLS)")
            return Decision("resolved", "fuzzy", unique, *common)
        top = refs.by_code[top_code]
        if (len(top.tokens) >= 2 and top.tokens <= qtokens and common[1] >= cfg.min_margin
                and (not vendor_key or top.vendor_key == vendor_key)
                and not any(len(refs.by_code[c].tokens) >= 2 and refs.by_code[c].tokens <= qtokens
                            for c in codes[1:])):
            # the other way round: the write-in holds every word of one credential's name, and of no other
            # candidate's, and adds words of its own ("NCCER Core Curriculum intro to craft skills"); not when
            # a runner-up comes close, since the added word may be a misspelt word of its name ("Word Exert")
            return Decision("resolved", "fuzzy", top_code, *common)
        rare = words.named_by_a_rare_word[text, vendor_key]
        # the best candidate, or a candidate naming the write-in's numbers when the best names none ("EPA 608":
        # "Section 608 Refrigerant ..." below "EPA Refrigerant Certification")
        if rare is not None and rare != top_code and not (qnums and not top.nums and rare in codes):
            rare = None
        if rare is not None and not words.level_below(text, rare, codes):
            # a word of the write-in names this credential and no other ("ServSafe Manager": the list's one ServSafe
            # credential; "CDL Class A"), and no other word of it names another credential or none
            return Decision("resolved", "fuzzy", rare, *common)
        if cip:
            # an ambiguity: the write-in names several credentials equally well ("OSHA 10" is in the general
            # industry, construction and healthcare cards; "ASE Brakes" in automobile and truck). Does the
            # program's CIP settle it? Only candidates containing every word of the write-in are considered.
            naming = words.naming_every_word[qtokens]
            contained = [c for c in codes if c in naming]
            if len(contained) < 2:
                contained = words.contained_but_one_unknown_word(qtokens, scores, codes, cfg.min_margin)
            pool = contained if len(contained) >= 2 else [
                c for s, c in zip(scores, codes, strict=True) if top_score - s < cfg.min_margin and s >= cfg.min_score]
            aligned = [c for c in pool if (c, cip) in refs.aligned]
            if len(pool) >= 2 and len(aligned) == 1:
                return Decision("resolved", "fuzzy_cip", aligned[0], *common)
        return Decision("needs_review", "unresolved", None, *common)


def _top_features(resolver: Resolver, todo: list[tuple[str, str, str]], tops: list[int], at: list[int],
                  margins: list[float], row: np.ndarray, cred: np.ndarray, score: np.ndarray, words: np.ndarray,
                  qnums: list[frozenset[str]], of_text: np.ndarray) -> np.ndarray:
    """The features (rule.FEATURES) of the best candidate of each triple that has one: ``tops`` are the triples,
    ``at`` the position of their best candidate in the ranked arrays (row, cred, score, words: the pair's word
    features, cand_cover to q_unknown)."""
    arr = resolver.refs.arrays
    assert arr is not None
    if not tops:
        return np.zeros((0, len(FEATURES)))
    at_ = np.array(at, dtype=np.int64)
    c = cred[at_]
    q_has = np.array([bool(qnums[t]) for t in of_text[np.array(tops)].tolist()])
    c_has = arr.nums[c] != 0
    # the numbers rule has removed every candidate with other numbers: numbers on both sides are the same
    qv = np.array([arr.vendor_ids.get(todo[i][1], -1) if todo[i][1] else -2 for i in tops], dtype=np.int64)
    same = (qv >= 0) & (qv == arr.vendor[c])
    codes = arr.code_array[c].tolist()
    margin = np.array(margins)
    # the word features cost Python per candidate: only for those the rule could assign (all when calibrating)
    floor_score, floor_margin = lowest_bars(resolver.rule) if resolver.collect is None else (0.0, 0.0)
    need = ((score[at_] >= floor_score) & (margin >= floor_margin)).tolist()
    own = np.array([resolver.words.word_features[todo[i][0], code] if n else (0.0,) * 6
                    for i, code, n in zip(tops, codes, need, strict=True)], dtype=float).reshape(-1, 6)
    runners = arr.code_array[cred[np.minimum(at_ + 1, len(cred) - 1)]].tolist()
    has_runner = (at_ + 1 < len(cred)) & (row[np.minimum(at_ + 1, len(cred) - 1)] == row[at_])
    ambiguous = np.array([resolver.words.runner_names_it_too[todo[i][0], code, runner if has else None] if n else 0.0
                          for i, code, runner, has, n in zip(tops, codes, runners, has_runner.tolist(), need,
                                                              strict=True)])
    return np.column_stack([
        score[at_], margin, np.maximum(0.0, 0.1 - margin) * 10, (score[at_] >= 0.8) & (margin >= 0.08),
        words[at_], own, ambiguous,
        q_has & c_has, ~q_has & c_has, q_has & ~c_has, same, (qv >= 0) & ~same,
    ]).astype(float)


def _unexplained(refs: ResolutionRefs, text: str, decision: Decision) -> float:
    """What a fuzzy match of a whole entry leaves out: each word of the entry that names some credential but is
    not in the matched one's name ("core" in "NCCER Core & Carpentry Level 1" matched to Carpentry Level 1) costs
    UNEXPLAINED_WORD, so a cut whose pieces account for it can win."""
    if decision.method != "fuzzy" or decision.code not in refs.by_code:
        return 0.0
    missing = tokens(text) - refs.by_code[decision.code].tokens
    return UNEXPLAINED_WORD * sum(1 for w in missing if w in refs.token_index and not w.isdigit())


def resolve_entry(resolver: Resolver, name: str | None, vendor: str | None, cip: str,
                  reported_code: str | None) -> list[Mention]:
    """Resolve one raw entry into its mentions: (mention text, decision, normalised name, vendor key).

    One entry at a time, as the tests read it; resolve_entries does the same in two batches, scoring the split
    pieces of every entry at once (one sparse product instead of one per entry)."""
    mentions, pending = _resolve_whole(resolver, name, vendor, cip, reported_code)
    if pending is None:
        return mentions
    resolver.prepare_best(_split_triples(pending, cip))
    return _resolve_split(resolver, cip, pending)


def _resolve_whole(resolver: Resolver, name: str | None, vendor: str | None, cip: str,
                   reported_code: str | None) -> tuple[list[Mention], PendingSplit | None]:
    """An entry's mentions when its whole settles it (reported code, junk, exact or alias, or no cut to try);
    otherwise ([], what _resolve_split needs once the pieces are scored)."""
    refs = resolver.refs
    if reported_code and reported_code.strip().upper() in refs.by_code:
        code = reported_code.strip().upper()
        return [(name or code, Decision("resolved", "reported_code", code, 1.0, 1.0), resolver.readings.normalize[name],
                 resolver.readings.vendor_key[vendor])], None
    name, vendor, vkey, reason, whole_raw = resolver.readings.entry_parts[name, vendor]
    if reason:
        return [(name, Decision("no_credential", "junk", junk_reason=reason), basic_clean(name), vkey)], None
    whole_text, whole = resolver.best[whole_raw, vkey, cip]
    if whole.status == "resolved" and whole.method in ("exact", "alias"):
        return [(name, whole, whole_text, vkey)], None
    n, plan = resolver.readings.span_plan[name]
    if not plan:
        return [(name, whole, whole_text, vkey)], None
    return [], (name, vkey, whole_text, whole, n, plan)


def _split_triples(pending: PendingSplit, cip: str) -> list[tuple[str, str, str]]:
    """What must be scored before _resolve_split: the normalised text of every span variant, with vendor and CIP."""
    vkey = pending[1]
    return [(raw, vkey, cip) for _, _, _, raw, _, _ in pending[5]]


def _resolve_split(resolver: Resolver, cip: str, pending: PendingSplit) -> list[Mention]:
    """Resolve every span of consecutive pieces once (batched), then pick the cut with the best total: a resolved
    span earns its score above SPLIT_FLOOR, an unresolved one costs 1, so a cut is kept only where its pieces
    resolve better than the whole, and a sure match (exact, 1.0) outweighs two middling ones."""
    name, vkey, whole_text, whole, n, plan = pending
    span: dict[tuple[int, int], tuple[float, Mention | None]] = {}
    best_of = resolver.best
    for i, j, variant, raw, junk, penalty in plan:
        if junk:
            value: tuple[float, Mention | None] = (0.0, None)  # a junk piece ("pending") is dropped from a split
        else:
            text, d = best_of[raw, vkey, cip]
            gain = (d.score or 0.0) - SPLIT_FLOOR - penalty
            value = (gain if d.status == "resolved" else -1.0 + 0.01 * (d.score or 0.0), (variant, d, text, vkey))
        if (i, j) not in span or value[0] > span[(i, j)][0]:
            span[(i, j)] = value
    if (0, n - 1) in span and whole.status == "resolved":
        span[(0, n - 1)] = ((whole.score or 0.0) - SPLIT_FLOOR + 0.02 - _unexplained(resolver.refs, whole_text, whole),
                            (name, whole, whole_text, vkey))
    best: list[tuple[float, list]] = [(0.0, [])] + [(-1e9, [])] * n
    for j in range(1, n + 1):
        for i in range(j):
            score, mention = span[(i, j - 1)]
            total = best[i][0] + score
            if total > best[j][0]:
                best[j] = (total, best[i][1] + ([mention] if mention else []))
    chosen = best[n][1]
    codes = [m[1].code for m in chosen if m[1].status == "resolved"]
    if len(chosen) >= 2 and len(codes) == len(set(codes)):
        return chosen
    if whole.status != "resolved":
        # nothing resolves, but each piece comes much closer to a credential than the whole does
        # ("ASE Brakes/Electrical/Engine Repair"): review the pieces one by one, not the whole
        finest = [span[(i, i)][1] for i in range(n)]
        if all(m is not None for m in finest):
            tops = [m[1].candidates[0] if m[1].candidates else (None, 0.0) for m in finest]
            if (len({c for c, _ in tops}) == n
                    and min(score for _, score in tops) > (whole.score or 0.0) + PIECE_ADVANTAGE):
                return finest
    return [(name, whole, whole_text, vkey)]


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
    """resolve_entries' work: distinct entries, two scoring batches, then the output columns."""
    cols = {name: entries.column(name).to_pylist() for name in
            ("entry_key", "credential_name_raw", "vendor_raw", "cip_code", "credential_code_reported")}
    # work follows distinct entries: score every whole entry in one batch, then every split piece in another
    distinct = list(dict.fromkeys(zip(*list(cols.values())[1:], strict=True)))
    batch = []
    for raw_name, raw_vendor, cip, _ in distinct:
        _, _, vkey, _, text = resolver.readings.entry_parts[raw_name, raw_vendor]
        batch.append((text, vkey, cip or ""))
    resolver.prepare_best(batch)
    pieces: list[tuple[str, str, str]] = []
    resolved: dict[tuple, list[Mention]] = {}
    pending: dict[tuple, PendingSplit] = {}
    for entry in distinct:
        # settled now unless its split pieces must be scored first (then they go to `pieces`)
        mentions, split = _resolve_whole(resolver, entry[0], entry[1], entry[2] or "", entry[3])
        if split is None:
            resolved[entry] = mentions
        else:
            pending[entry] = split
            pieces.extend(_split_triples(split, entry[2] or ""))
    resolver.prepare_best(pieces)
    for entry, split in pending.items():
        resolved[entry] = _resolve_split(resolver, entry[2] or "", split)
    return _output_table(cols, resolved)


def _output_table(cols: dict[str, list], resolved: dict[tuple, list[Mention]]) -> pa.Table:
    """The output rows as columns. Entries share decision objects (a decision is memoised per text, vendor and
    CIP), so the decision's columns are built once per distinct decision and spread to the rows with a take."""
    per_entry = [resolved[entry] for entry in zip(*list(cols.values())[1:], strict=True)]
    flat = [m for mentions in per_entry for m in mentions]
    keys = [key for key, mentions in zip(cols["entry_key"], per_entry, strict=True) for _ in mentions]
    index = [i for mentions in per_entry for i in range(1, len(mentions) + 1)]
    count = [len(mentions) for mentions in per_entry for _ in mentions]
    seen: dict[int, int] = {}  # id(decision) -> its position among the distinct decisions, in order of first use
    which = [seen.setdefault(id(m[1]), len(seen)) for m in flat]
    decisions = list({id(m[1]): m[1] for m in flat}.values())  # the same order (flat keeps them all alive)
    per_decision = [_decision_columns(d) for d in decisions]
    columns = list(zip(*per_decision, strict=True)) if per_decision else [()] * (len(OUTPUT_SCHEMA) - 6)
    take = pa.array(which, type=pa.int64())
    fields = list(OUTPUT_SCHEMA)
    mention_columns = [keys, index, count, [m[0] for m in flat], [m[2] for m in flat], [m[3] for m in flat]]
    arrays = [pa.array(column, type=f.type) for f, column in zip(fields[:6], mention_columns, strict=True)]
    arrays += [pa.array(column, type=f.type).take(take) for f, column in zip(fields[6:], columns, strict=True)]
    return pa.table(arrays, schema=OUTPUT_SCHEMA)


def _decision_columns(d: Decision) -> tuple:
    """A decision's output columns, resolution_status to junk_reason (the top three candidates padded)."""
    cands = d.candidates + [(None, None)] * (3 - len(d.candidates))
    return (d.status, d.method, d.code, d.score, d.margin, d.runner_up_code, d.runner_up_score,
            cands[0][0], cands[0][1], cands[1][0], cands[1][1], cands[2][0], cands[2][1], d.junk_reason)
