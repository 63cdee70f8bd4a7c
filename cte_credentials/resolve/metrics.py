"""Accuracy of resolution against labelled entries: one definition shared by the benchmark and the tests."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Labelled:
    """One raw entry with what a careful person says it is."""

    expected_codes: list[str]  # in mention order; empty for junk and for ambiguous entries
    is_junk: bool
    is_ambiguous: bool  # a careful human would not assign it without more context
    records: int = 1


@dataclass
class Accuracy:
    precision: float  # correct automatic codes / automatic codes (a code on an ambiguous entry is wrong)
    auto_assigned: float  # automatic codes / expected credential mentions, over records
    split_recall: float  # entries with several credentials whose full code set is recovered
    junk_recall: float  # junk entries classified as no credential
    review_share: float  # mentions sent to review / all non-junk mentions
    mentions: int
    entries: int


def score(labelled: list[Labelled], predicted: list[list[tuple[str, str | None]]]) -> Accuracy:
    """``predicted``: for each entry, its mentions as (resolution_status, credential_code)."""
    auto = correct = expected_mentions = review = non_junk_mentions = 0
    multi = multi_ok = junk = junk_ok = 0
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
        remaining = list(lab.expected_codes)
        for code in resolved:
            if code in remaining:
                remaining.remove(code)
                correct += w
        if not lab.is_ambiguous:
            expected_mentions += w * len(lab.expected_codes)
        if len(lab.expected_codes) >= 2:
            multi += w
            multi_ok += w * (sorted(resolved) == sorted(lab.expected_codes))
    return Accuracy(
        precision=correct / auto if auto else 1.0,
        auto_assigned=min(auto, expected_mentions) / expected_mentions if expected_mentions else 0.0,
        split_recall=multi_ok / multi if multi else 1.0,
        junk_recall=junk_ok / junk if junk else 1.0,
        review_share=review / non_junk_mentions if non_junk_mentions else 0.0,
        mentions=non_junk_mentions,
        entries=len(labelled),
    )
