"""What resolution decides, and the settings it decides with.

A ``Decision`` is the verdict on one (normalised text, vendor key, CIP): resolved to a code (and how: reported code,
reviewed alias, exact name, fuzzy match, fuzzy match settled by the program's CIP), no credential (junk, or a
reviewed alias saying so), or needs review; with the score, margin and top candidates the review queue shows.
Decisions are shared between the entries that read the same triple, and never change once made.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple


@dataclass
class ResolutionConfig:
    """Thresholds for automatic assignment; the dbt Python model reads them from vars cte:resolution_*.

    ``rule`` is the decision rule fitted on the list (cte_credentials.resolve.rule, a JSON-able dict); without one,
    the best candidate is assigned at or above min_score and min_margin. min_score and min_margin also remain the
    bars of the general rules below them (which candidates count as close, see fuzzy.settle)."""

    min_score: float = 0.80
    min_margin: float = 0.08
    top_k: int = 12
    rule: dict | None = None


class Candidate(NamedTuple):
    """One of a decision's top candidates."""

    code: str | None
    score: float | None


@dataclass
class Decision:
    status: str  # resolved | no_credential | needs_review
    method: str  # reported_code | alias | exact | fuzzy | fuzzy_cip | junk | unresolved | engine_failure (table.py)
    code: str | None = None
    score: float | None = None
    margin: float | None = None
    runner_up_code: str | None = None
    runner_up_score: float | None = None
    candidates: list[Candidate] = field(default_factory=list)  # the top three, best first
    junk_reason: str | None = None
    # more codes of a reviewed alias: the string names several credentials (a mention each, split.with_also_codes)
    also: tuple[str, ...] = ()


def to_review(decision: Decision) -> Decision:
    """A resolved decision turned down: review, with what it was close to (its score, margin, runner-up and
    candidates, or itself as the one candidate)."""
    candidates = decision.candidates or [Candidate(decision.code, decision.score)]
    return Decision("needs_review", "unresolved", None, decision.score, decision.margin, decision.runner_up_code,
                    decision.runner_up_score, candidates)
