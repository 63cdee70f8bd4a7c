"""The fuzzy step: from the ranked candidates of a batch of write-ins to their decisions.

For every (normalised text, vendor key, CIP) no exact name or alias settled: its candidates, ranked in numpy
(candidates.rank_batch); the decision rule (rule.py: fitted on the list, or the fixed bars) reads the best
candidate's features (``top_features``) and assigns it outright when it clears its bars. Below them, a candidate is
assigned only when the write-in's words single out one credential (words.py), or when the program's CIP settles an
ambiguity (fuzzy_cip); anything else goes to review (``settle``). Decisions are taken on scores rounded to 4
decimals, so the batch an entry is scored in never changes them (incremental builds).

Reads the references, the word rules and the settings, never the resolver (cascade.py calls ``decide_batch``).
"""

from __future__ import annotations

from typing import NamedTuple

import numpy as np

from cte_credentials.resolve import list_features
from cte_credentials.resolve.candidates import (
    Ranking,
    ScoringArrays,
    rank_batch,
    typed_vendor_aliases,
    typed_vendor_words,
    vendor_terms,
)
from cte_credentials.resolve.decision import Candidate, Decision, ResolutionConfig
from cte_credentials.resolve.normalize import version_year
from cte_credentials.resolve.readings import TEST_PROVIDERS
from cte_credentials.resolve.refs import GENERIC_WORDS, STOP_TOKENS, ResolutionRefs, tokens
from cte_credentials.resolve.rule import FEATURES, accept, lowest_bars
from cte_credentials.resolve.words import Words

Triple = tuple[str, str, str]  # (normalised text, vendor key, CIP)


class Scored(NamedTuple):
    """What a fuzzy decision records of its candidates, whatever it decides (Decision's fields score to candidates)."""

    score: float
    margin: float
    runner_up_code: str | None
    runner_up_score: float | None
    candidates: list[Candidate]


def decide_batch(refs: ResolutionRefs, words: Words, config: ResolutionConfig, rule: dict, todo: list[Triple],
                 exacts: list[list[str]],
                 collect: dict[Triple, tuple[np.ndarray, str]] | None = None) -> list[tuple[Decision, bool]]:
    """Each triple's decision, and whether the rule assigned its best candidate outright (over the bars).
    ``exacts`` are the exact names each triple already has (several: an ambiguity to weigh); ``collect``, when
    given, receives every best candidate's features and code (calibration)."""
    arr = refs.arrays
    assert arr is not None and refs.tfidf is not None
    n = len(todo)
    ranked = rank_batch(refs.tfidf, arr, todo, exacts, config.top_k, words.tokens_of, words.numbers_of)
    bounds, codes, scores = ranked.bounds, ranked.codes, ranked.scores
    qtokens, qnums = ranked.qtokens, ranked.qnums
    texts_of = ranked.of_text.tolist()
    # decide on rounded scores, and the margin between them, so that a decision never depends on the last bits
    # of a float (which can differ with the batch an entry is scored in: incremental builds). The scores are
    # already rounded (np.round: the double nearest k / 10^4, which round(., 4) leaves as it is)
    tops = [i for i in range(n) if bounds[i] < bounds[i + 1]]
    # the runner-up a margin is taken over: the first candidate after the best that is not a level above what was
    # typed (words.level_up: "ASE School Bus Tech" is not the Master's, which cannot make it a close call)
    runner_at = [_runner_at(words, todo[i][0], codes, bounds[i], bounds[i + 1]) for i in range(n)]
    margins = [round(scores[bounds[i]] - (scores[runner_at[i]] if runner_at[i] is not None else 0.0), 4)
               for i in tops]
    features = top_features(arr, words, rule, collect is not None, todo, tops, margins, ranked)
    # the rule's pick stands unless no fuzzy rule assigns it (words.never_assigned: another level, a more particular
    # credential, another version), another issuer names the same words and no vendor is typed
    # (words.another_issuers_too), it is an umbrella name the write-in holds with a word naming a narrower credential
    # (words.more_specific: settle assigns that one), or another vendor's when a credential of the typed vendor holds
    # every word typed too (words.the_typed_vendors_too)
    over_bar = {i: ok and not words.never_assigned[todo[i][0], codes[bounds[i]]]
                and not (not todo[i][1] and words.another_issuers_too[todo[i][0], codes[bounds[i]]])
                and words.more_specific[todo[i][0], todo[i][1], codes[bounds[i]]] is None
                and not words.the_typed_vendors_too[todo[i][0], todo[i][1], codes[bounds[i]]]
                for i, ok in zip(tops, accept(rule, features).tolist(), strict=True)}
    if collect is not None:
        for k, i in enumerate(tops):
            collect[todo[i]] = (features[k], codes[bounds[i]])
    decided: list[tuple[Decision, bool]] = []
    for i, triple in enumerate(todo):
        lo, hi = bounds[i], bounds[i + 1]
        if lo == hi:
            decided.append((Decision("needs_review", "unresolved"), False))
            continue
        top_score, top_code = scores[lo], codes[lo]
        j = runner_at[i]
        runner_score, runner_code = (scores[j], codes[j]) if j is not None else (0.0, None)
        margin = round(top_score - runner_score, 4)
        runner_up_score = runner_score if runner_code else None
        top3 = min(hi, lo + 3)
        candidates = list(map(Candidate, codes[lo:top3], scores[lo:top3]))
        if over_bar[i]:
            decided.append((Decision("resolved", "fuzzy", top_code, top_score, margin, runner_code, runner_up_score,
                                     candidates), True))
        else:
            scored = Scored(top_score, margin, runner_code, runner_up_score, candidates)
            t = texts_of[i]
            decided.append((settle(refs, words, config, triple, qtokens[t], qnums[t], scores[lo:hi], codes[lo:hi],
                                   scored), False))
    return decided


def _runner_at(words: Words, text: str, codes: list[str], lo: int, hi: int) -> int | None:
    """Where the runner-up of a triple's candidates ``codes[lo:hi]`` is: the next candidate after the best, less
    those a level above the write-in and those putting a word between two words it types side by side (when the best
    is neither itself: "Azure Fundamentals" is not a close call with "Azure AI Fundamentals"); None when there is
    none."""
    if hi - lo < 2:
        return None
    if words.level_up[text, codes[lo]] or words.word_between[text, codes[lo]]:
        return lo + 1
    return next((j for j in range(lo + 1, hi)
                 if not words.level_up[text, codes[j]] and not words.word_between[text, codes[j]]), None)


def top_features(arr: ScoringArrays, words: Words, rule: dict, calibrating: bool, todo: list[Triple],
                 tops: list[int], margins: list[float], ranked: Ranking) -> np.ndarray:
    """The features (rule.FEATURES) of the best candidate of each triple that has one: ``tops`` are the triples,
    ``margins`` their best candidate's margin over the runner-up."""
    if not tops:
        return np.zeros((0, len(FEATURES)))
    row, cred, score = ranked.row, ranked.cred, ranked.score
    at_ = np.array([ranked.bounds[i] for i in tops], dtype=np.int64)  # the best candidates' positions
    c = cred[at_]
    q_has = np.array([bool(ranked.qnums[t]) for t in ranked.of_text[np.array(tops)].tolist()])
    c_has = arr.nums[c] != 0
    # the numbers rule has removed every candidate with other numbers: numbers on both sides are the same
    qv = np.array([arr.vendor_ids.get(todo[i][1], -1) if todo[i][1] else -2 for i in tops], dtype=np.int64)
    vendors = [todo[i][1] for i in tops]
    same, other = vendor_terms(arr, qv, typed_vendor_words(arr, vendors), c, typed_vendor_aliases(arr, vendors))
    codes = arr.code_array[c].tolist()
    margin = np.array(margins)
    # the word features cost Python per candidate: only for those the rule could assign (all when calibrating)
    floor_score, floor_margin = lowest_bars(rule) if not calibrating else (0.0, 0.0)
    need = ((score[at_] >= floor_score) & (margin >= floor_margin)).tolist()
    own = np.array([words.word_features[todo[i][0], code] if n else (0.0,) * 6
                    for i, code, n in zip(tops, codes, need, strict=True)], dtype=float).reshape(-1, 6)
    runners = arr.code_array[cred[np.minimum(at_ + 1, len(cred) - 1)]].tolist()
    has_runner = (at_ + 1 < len(cred)) & (row[np.minimum(at_ + 1, len(cred) - 1)] == row[at_])
    ambiguous = np.array([words.runner_names_it_too[todo[i][0], code, runner if has else None] if n else 0.0
                          for i, code, runner, has, n in zip(tops, codes, runners, has_runner.tolist(), need,
                                                              strict=True)])
    swapped = np.array([words.swapped_word[todo[i][0], code, todo[i][1]] if n else 0.0
                        for i, code, n in zip(tops, codes, need, strict=True)])
    return np.column_stack([
        score[at_], margin, np.maximum(0.0, 0.1 - margin) * 10, (score[at_] >= 0.8) & (margin >= 0.08),
        ranked.words[at_], own, ambiguous,
        q_has & c_has, ~q_has & c_has, q_has & ~c_has, same, other, swapped,
    ]).astype(float)


def settle(refs: ResolutionRefs, words: Words, config: ResolutionConfig, triple: Triple, qtokens: frozenset[str],
           qnums: frozenset[str], scores: list[float], codes: list[str], scored: Scored) -> Decision:
    """A top candidate below the score or margin bar: assign it only when the write-in's words single out one
    credential, or when the program's CIP settles an ambiguity; otherwise review. ``scores`` and ``codes`` are
    the candidates, best first; ``scored`` what the decision records of them, whatever it decides."""
    decision = _settle(refs, words, config, triple, qtokens, qnums, scores, codes, scored)
    if decision.code is not None and words.never_assigned[triple[0], decision.code]:
        return Decision("needs_review", "unresolved", None, *scored)
    return decision


# words a level, a part or a version is written after, of every series ("Level 2", "Type II", "Plus 601", "Hour 10")
_NOT_A_SERIES = frozenset({"level", "levels", "type", "types", "class", "part", "grade", "hour", "hours", "core",
                           "module", "unit", "step", "tier", "category", "version", "edition", "plus", "phase",
                           "year", "years", "week", "weeks", "section", "option", "course", "stage"})


def _a_number_of_another_series(refs: ResolutionRefs, text: str, code: str) -> bool:
    """The write-in types a number right after a word ("firefighter 2") that the candidate writes the number after
    another word ("Wildland Firefighter Type 2"), while another name of the list writes that word right before
    another number ("Firefighter I"): a level of that other series, which the list lacks (State CK's "Firefighter
    II"), not the candidate. One digit only (not a version, "Word 365"), and not after "level", "type" or the like,
    which every series writes."""
    typed = text.split()
    key = f" {refs.by_code[code].key} "
    series = refs.number_series
    for word, number in zip(typed, typed[1:], strict=False):
        if not (number.isdigit() and len(number) == 1 and word.isalpha() and len(word) >= 4
                and word not in _NOT_A_SERIES) or f" {word} {number} " in key:
            continue
        if any(n != number and c != code for n, c in series.get(word, ())):
            return True
    return False


def _settle(refs: ResolutionRefs, words: Words, config: ResolutionConfig, triple: Triple, qtokens: frozenset[str],
            qnums: frozenset[str], scores: list[float], codes: list[str], scored: Scored) -> Decision:
    """settle's rules, before the level check."""
    text, vendor_key, cip = triple
    cfg = config
    top_score, top_code = scores[0], codes[0]
    unique = words.unique_naming[text, vendor_key]
    if unique and (words.level_below(text, unique, codes) or _a_number_of_another_series(refs, text, unique)):
        unique = None
    if unique and (unique == top_code or vendor_key in refs.vendor_keys
                   or top_score - dict(zip(codes, scores, strict=True)).get(unique, 0) < cfg.min_margin):
        # a short write-in ("OSHA 10 Healthcare", "Lifeguarding", "BLS" from the AHA) scores low on characters
        # against a long canonical name, but it names exactly one credential of the crosswalk. With a known
        # vendor, "exactly one" is among that vendor's credentials, which outranks a closer name of another
        # vendor ("BLS" from the AHA is not the Red Cross's "Basic Life Support (BLS)")
        return Decision("resolved", "fuzzy", unique, *scored)
    top = refs.by_code[top_code]
    if (len(top.tokens) >= 2 and top.tokens <= qtokens and scored.margin >= cfg.min_margin
            and (not vendor_key or top.vendor_key == vendor_key)
            and not any(len(refs.by_code[c].tokens) >= 2 and refs.by_code[c].tokens <= qtokens
                        for c in codes[1:])):
        # the other way round: the write-in holds every word of one credential's name, and of no other
        # candidate's, and adds words of its own ("NCCER Core Curriculum intro to craft skills"); not when
        # a runner-up comes close, since the added word may be a misspelt word of its name ("Word Exert")
        return Decision("resolved", "fuzzy", top_code, *scored)
    narrower = words.more_specific[text, vendor_key, top_code]
    if narrower is not None and not words.level_below(text, narrower, codes):
        return Decision("resolved", "fuzzy", narrower, *scored)
    rare = words.named_by_a_rare_word[text, vendor_key]
    # the best candidate, or a candidate naming the write-in's numbers when the best names none ("EPA 608":
    # "Section 608 Refrigerant ..." below "EPA Refrigerant Certification")
    if rare is not None and rare != top_code and not (qnums and not top.nums and rare in codes):
        rare = None
    if rare is not None and not words.level_below(text, rare, codes) and not _a_number_of_another_series(
            refs, text, rare):
        # a word of the write-in names this credential and no other ("ServSafe Manager": the list's one ServSafe
        # credential; "CDL Class A"), and no other word of it names another credential or none
        return Decision("resolved", "fuzzy", rare, *scored)
    if vendor_key and vendor_key not in TEST_PROVIDERS and len(qtokens - GENERIC_WORDS) >= 2:
        # several names hold every word of the write-in, and one of them is the typed vendor's, by the vendor
        # column or by a vendor its name writes ("Certified Medical Assistant" from the AAMA: "Certified Medical
        # Assistant (CMA) - AAMA", not the "Certified Clinical Medical Assistant (CCMA)"); not for one word
        # ("Network" from CompTIA), which a reading with the vendor before it names better; not a test provider,
        # whose rows are several issuers' ("MOS" from Certiport, "Microsoft Office Specialist", is not the one name
        # of its rows writing those words, "MS Azure AI Fundamentals", read with "MS" spelt out)
        # (words such as "card" aside: "Food Handlers Card" from the DSHS, its "TEXAS FOOD HANDLER CERTIFICATE"
        # beside the ServSafe Food Handler)
        holding = [c for c in codes if c in words.naming_every_word[qtokens - GENERIC_WORDS]]
        own = refs.of_the_typed_vendor(holding, vendor_key)
        if len(holding) >= 2 and len(own) == 1:
            return Decision("resolved", "fuzzy", own[0], *scored)
    if vendor_key and vendor_key not in refs.vendor_keys:
        # a vendor the list does not know, whose words one of the names holding every word of the write-in writes,
        # and no other writes in any form ("EMT" from the "Ohio Division of EMS": "Ohio EMT Certificate - Division
        # of EMS", not the "National Registry EMT (NREMT)"): a list without vendors writes the issuer in its names
        # (a state's code read as its name, which the list may write so: "PA Bureau of EMS" beside the list's
        # "Pennsylvania EMT Certification (Bureau of EMS)"; words such as "of" aside)
        spelt = {w for v in tokens(vendor_key) for w in list_features.US_STATE_CODES.get(v, v).split()} - STOP_TOKENS
        holding = [c for c in codes if c in words.naming_every_word[qtokens]] if len(spelt) >= 2 else []
        own = [c for c in holding if spelt <= refs.by_code[c].tokens or refs.vendor_of(c) == vendor_key]
        if len(holding) >= 2 and len(own) == 1:
            return Decision("resolved", "fuzzy", own[0], *scored)
    # (a version year typed, "MOS Excel 2019", names no credential apart: the numbers rule ignores it too)
    unversioned = frozenset(w for w in qtokens if not (w.isdigit() and version_year(w)))
    holding = [c for c in codes if c in words.naming_every_word[unversioned]]
    base = words.the_level_not_above(text, holding)
    if base is not None:
        return Decision("resolved", "fuzzy", base, *scored)
    whole = words.named_whole(text, vendor_key, holding)
    if whole is not None and not words.level_below(text, whole, codes):
        return Decision("resolved", "fuzzy", whole, *scored)
    fields = refs.fields
    if cip or fields.of_vendor(vendor_key):
        # an ambiguity: the write-in names several credentials equally well ("OSHA 10" is in the general
        # industry, construction and healthcare cards; "ASE Brakes" in automobile and truck; "CEH" is a Certified
        # Ethical Hacker and a Certified Executive Housekeeper). Does the program's CIP settle it, or the typed
        # vendor's field (fields.py)? Only candidates containing every word of the write-in are considered.
        naming = words.naming_every_word[qtokens]
        contained = [c for c in codes if c in naming]
        close = [c for s, c in zip(scores, codes, strict=True) if top_score - s < cfg.min_margin and s >= cfg.min_score]
        but_one = words.contained_but_one_unknown_word(qtokens, scores, codes, cfg.min_margin) if len(contained) < 2 \
            else []
        pool = contained if len(contained) >= 2 else but_one if len(but_one) >= 2 else close
        aligned = [c for c in pool if (c, cip) in refs.aligned] if cip else []
        if len(pool) >= 2 and len(aligned) == 1:
            return Decision("resolved", "fuzzy_cip", aligned[0], *scored)
        # the vendor's field: one candidate in it, every other out of it (an unknown field is neither); only among
        # candidates that score alike and high (an acronym several names spell): a word or two shared with a few
        # names ("Praxis Core" from ETS: "Core Certification Healthcare Interpreter", "Automotive Technician-Core")
        # may be the name of a credential the list lacks, which the vendor's field cannot tell
        settled = fields.the_one_in_field(vendor_key, qtokens, [refs.by_code[c] for c in close])
        if settled is not None:
            return Decision("resolved", "fuzzy", settled, *scored)
    return Decision("needs_review", "unresolved", None, *scored)
