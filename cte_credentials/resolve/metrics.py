"""Accuracy of resolution against labelled entries: one definition shared by the benchmark and the tests.

A labelled entry names its credentials in order; each may be accepted under several codes (``acceptable``: a state
list often holds one credential in several rows, and any of them names it). A resolved code is correct when it
matches a credential of the entry not matched yet whose group holds it (so a code given twice counts once)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Labelled:
    """One raw entry with what a careful person says it is."""

    expected_codes: list[str]  # in mention order; empty for junk and for ambiguous entries
    is_junk: bool
    is_ambiguous: bool  # a careful human would not assign it without more context (review)
    records: int = 1
    # the codes accepted for each credential named, in the order of expected_codes (default: that code alone)
    acceptable: list[frozenset[str]] = field(default_factory=list)
    category: str = ""  # single, multi, junk, review_not_in_list, review_shared_acronym, review_underspecified

    def groups(self) -> list[frozenset[str]]:
        return self.acceptable or [frozenset({c}) for c in self.expected_codes]


@dataclass
class Accuracy:
    precision: float  # correct automatic codes / automatic codes (a code on an ambiguous entry is wrong)
    auto_assigned: float  # automatic codes / expected credential mentions, over records
    split_recall: float  # entries with several credentials whose full code set is recovered
    junk_recall: float  # junk entries classified as no credential
    review_share: float  # mentions sent to review / all non-junk mentions
    mentions: int
    entries: int
    correct_assigned: float = 0.0  # correct automatic codes / expected credential mentions
    absent_to_review: float | None = None  # credentials not in the list sent to review, nothing assigned, not junk
    review_ok: float | None = None  # every review entry: nothing assigned and not called junk
    wrong: int = 0  # automatic codes that are wrong (records)
    # credentials an entry names that got neither a code (right or wrong) nor a review mention: dropped silently
    # ("Part 107 & Private Pilot Knowledge Test" resolved to the Private Pilot alone), records. An entry reviewed
    # whole loses none: a reviewer may decide it several codes ("FAA A&P")
    lost: int = 0


def _matched(groups: list[frozenset[str]], resolved: list[str]) -> int:
    """How many resolved codes match a different credential whose group holds them (a greedy matching is the
    maximum here: groups of one entry never share a code in the labelled sets, and if they do, codes are tried
    against the groups with fewest alternatives first)."""
    free = sorted(range(len(groups)), key=lambda i: len(groups[i]))
    hits = 0
    for code in resolved:
        for i in free:
            if code in groups[i]:
                free.remove(i)
                hits += 1
                break
    return hits


def score(labelled: list[Labelled], predicted: list[list[tuple[str, str | None]]]) -> Accuracy:
    """``predicted``: for each entry, its mentions as (resolution_status, credential_code)."""
    auto = correct = expected_mentions = review = non_junk_mentions = 0
    multi = multi_ok = junk = junk_ok = absent = absent_ok = to_review = to_review_ok = lost = 0
    for lab, mentions in zip(labelled, predicted, strict=True):
        w = lab.records
        if lab.is_junk:
            junk += w
            junk_ok += w * all(status == "no_credential" for status, _ in mentions)
            continue
        non_junk_mentions += w * len(mentions)
        review += w * sum(status == "needs_review" for status, _ in mentions)
        resolved = [code for status, code in mentions if status == "resolved"]
        auto += w * len(resolved)
        groups = lab.groups()
        hits = _matched(groups, resolved) if not lab.is_ambiguous else 0
        correct += w * hits
        if lab.is_ambiguous:
            ok = not resolved and all(status == "needs_review" for status, _ in mentions)
            to_review += w
            to_review_ok += w * ok
            if lab.category == "review_not_in_list":
                absent += w
                absent_ok += w * ok
        else:
            expected_mentions += w * len(groups)
            reviewed = sum(status == "needs_review" for status, _ in mentions)
            if mentions != [("needs_review", None)]:
                lost += w * max(0, len(groups) - len(resolved) - reviewed)
        if len(groups) >= 2:
            multi += w
            multi_ok += w * (hits == len(groups) == len(resolved))
    return Accuracy(
        precision=correct / auto if auto else 1.0,
        auto_assigned=min(auto, expected_mentions) / expected_mentions if expected_mentions else 0.0,
        split_recall=multi_ok / multi if multi else 1.0,
        junk_recall=junk_ok / junk if junk else 1.0,
        review_share=review / non_junk_mentions if non_junk_mentions else 0.0,
        mentions=non_junk_mentions,
        entries=len(labelled),
        correct_assigned=correct / expected_mentions if expected_mentions else 0.0,
        absent_to_review=absent_ok / absent if absent else None,
        review_ok=to_review_ok / to_review if to_review else None,
        wrong=auto - correct,
        lost=lost,
    )
