"""The decision rule: whether the best fuzzy candidate of a write-in is assigned, or left to the general rules and
review.

Two kinds. ``bars``: the score and the margin over the runner-up at or above fixed cut-offs (vars
cte:resolution_min_score and cte:resolution_min_margin, 0.80 and 0.08 when set). ``tiers``: fitted on the list at
hand by cte_credentials.resolve.calibrate from the features below: a candidate with a veto (NEVER) is never assigned,
one with a warning (WARNINGS) needs the stricter pair of bars, a clean one the other pair; the four bars are chosen
for 99% precision on the list's own messy variants. Either way a tie (margin 0) is never assigned.

A rule is a plain dict (JSON), so it travels to worker processes, into the fingerprint and into the docs.
"""

from __future__ import annotations

import numpy as np

# the features of a write-in's best candidate, in the order of the feature matrix
FEATURES = (
    "score",  # the engine's score (character trigrams, token overlap, vendor and CIP terms), 0-1
    "margin",  # the score minus the runner-up's
    "close_call",  # how far the margin is under 0.1, times 10 (0 from 0.1 up, 1 at a tie)
    "over_bars",  # 1: at or above the fixed bars fitted on our own list (score 0.80, margin 0.08)
    "cand_cover",  # share of the candidate's name the write-in covers, each word weighted by its rarity in the list
    "query_cover",  # share of the write-in the candidate's name covers, so weighted (a word the list never uses
    # counts as a rare word)
    "missing_words",  # words of the write-in that other names of the list use but this one lacks, by rarity (1: one
    # word as rare as can be)
    "unknown_words",  # share of the write-in's words that no name of the list uses (typos, or another credential)
    "new_words",  # words no name of the list uses that are not a misspelling of the candidate's (another credential?)
    "misspelt_words",  # words no name of the list uses that look like a misspelling of one of the candidate's
    "unique_word",  # 1: a word of the write-in names the candidate and no other credential of the list
    "sibling_words",  # words of the candidate that tell it from a sibling name of the list, missing from the write-in
    "number_rivals",  # other credentials naming every word of the write-in and more numbers ("EPA 608": Type I...);
    # never assigned when there are any
    "rival_words",  # rare words of the list's names (in at most 1% of them) the write-in has and the candidate lacks
    # ("handler" in "ServSafe Food Handler" against "ServSafe Serving Safe Food"): they name other credentials
    "runner_names_it_too",  # 1: the runner-up's name holds every known word of the write-in too, and the best
    # candidate adds no fewer words ("OSHA 30" for the construction card against the general-industry card)
    "num_match",  # 1: both name the same numbers (10-hour, level 2, part 107)
    "num_missing",  # 1: the candidate has numbers, the write-in none ("OSHA" for "OSHA 10")
    "num_extra",  # 1: the write-in has numbers, the candidate none (an exam number, a version)
    "vendor_same",  # 1: the typed vendor is the candidate's (only for a list with vendors)
    "vendor_other",  # 1: the typed vendor is another vendor of the list
    "swapped_word",  # 1: a word of the write-in's own in place of a rare word of the candidate's ("Cloud" for "AI")
)


# a candidate with any of these goes to the stricter tier of a fitted rule
WARNINGS = ("new_words", "sibling_words", "vendor_other", "num_missing", "rival_words")
# never assigned by a fitted rule (the general rules below the bars may still settle it)
NEVER = ("number_rivals", "runner_names_it_too", "swapped_word")


def bars(min_score: float, min_margin: float) -> dict:
    return {"kind": "bars", "min_score": float(min_score), "min_margin": float(min_margin)}


def warned(features: np.ndarray) -> np.ndarray:
    """Which best candidates have a warning (WARNINGS): the stricter tier."""
    return (features[:, [FEATURES.index(f) for f in WARNINGS]] > 0).any(axis=1)


def vetoed(features: np.ndarray) -> np.ndarray:
    return (features[:, [FEATURES.index(f) for f in NEVER]] > 0).any(axis=1)


def lowest_bars(rule: dict) -> tuple[float, float]:
    """(score, margin) under which the rule assigns nothing, whatever the other features: for a fixed-bars rule, the
    bars, and nothing but score and margin needs computing."""
    if rule["kind"] == "bars":
        return float("inf"), float("inf")
    c, w = rule["clean"], rule["warned"]
    return min(c["min_score"], w["min_score"]), min(c["min_margin"], w["min_margin"])


def accept(rule: dict, features: np.ndarray) -> np.ndarray:
    """For a (write-ins x FEATURES) matrix: which best candidates the rule assigns."""
    if not len(features):
        return np.zeros(0, dtype=bool)
    score, margin = features[:, 0], features[:, 1]
    if rule["kind"] == "bars":
        return (score >= rule["min_score"]) & (margin >= rule["min_margin"])
    # kind "tiers": bars of their own for clean candidates and for candidates with a warning, none with a veto
    warn = warned(features)
    clean_ok = (score >= rule["clean"]["min_score"]) & (margin >= rule["clean"]["min_margin"])
    warn_ok = (score >= rule["warned"]["min_score"]) & (margin >= rule["warned"]["min_margin"])
    return np.where(warn, warn_ok, clean_ok) & (margin > 0) & ~vetoed(features)


def describe(rule: dict) -> str:
    """One line: what the rule is."""
    if rule["kind"] == "bars":
        return f"fixed bars: score >= {rule['min_score']:.2f} and margin >= {rule['min_margin']:.2f}"
    c, w = rule["clean"], rule["warned"]
    return (f"fitted on {rule['variants']:,} messy variants of the list's names: score >= {c['min_score']:.3f} and "
            f"margin >= {c['min_margin']:.3f}; with a warning ({', '.join(WARNINGS)}) score >= "
            f"{w['min_score']:.3f} and margin >= {w['min_margin']:.3f}; never with {' or '.join(NEVER)}")
