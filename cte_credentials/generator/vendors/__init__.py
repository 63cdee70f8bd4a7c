"""The vendors' side of the synthetic extract: the state's restricted student identity table, every credential test
attempt five data-sharing vendors send the state, and gold links for record linkage and vendor validation.

Written after the six raw tables, from their true (pre-spoiling) values, with a random generator of its own
(``SeedSequence([seed, VENDOR_STREAM])``): the six files and their gold labels are byte-identical with or without
this package. See docs/synthetic_vendor_data.md for the file contracts, the gold files and the measured rates.

Model, in short:
- people: every simulated student gets a name, a birth date and a household (address timeline, last-name timeline);
  twins share household and birth date, siblings share household; households move and some change last name.
- vendors: each self-reported credential (gold code of a ``credentials_earned`` row) of a data-sharing vendor is a
  true pass (with earlier fails) in or just before its school year, or, for about 3% of student-credential pairs, a
  claim never passed (only fails, or nothing). Passes the schools never reported (about 15% of passes), fail-only
  candidates, twins testing together and people who are not in the extract (adults, parents, out-of-state and
  private-school students) are added; then each vendor account is written the way that vendor's file writes it, with
  the mess real files have (nicknames, typos, missing middle names, hyphenated and changed last names, day/month
  swaps, stale addresses and ZIPs...).

Rooms: ``catalogue`` (vendors, exams, pass rates, file columns), ``people`` (the extract's students as people, the
identity table), ``attempts`` (who sat for which exam, how often, when), ``records`` (how each vendor writes them, the
gold files); this module runs them in order on one random stream.
"""

from __future__ import annotations

import gc
from pathlib import Path

import numpy as np

from cte_credentials.generator.vendors.attempts import _attempt_chains, _mentions
from cte_credentials.generator.vendors.catalogue import (
    EXAM_COLUMNS,
    EXAMS,
    IDENTITY_COLUMNS,
    IDENTITY_GOLD_COLUMNS,
    LINK_COLUMNS,
    NOT_IN_FILE,
    VALIDATION_COLUMNS,
    VENDOR_COLUMNS,
    VENDOR_STREAM,
)
from cte_credentials.generator.vendors.people import Extract, _district_zips, _identity_table, _people
from cte_credentials.generator.vendors.records import _exam_table, _validation, _vendor_table, _write

__all__ = ["EXAMS", "EXAM_COLUMNS", "IDENTITY_COLUMNS", "IDENTITY_GOLD_COLUMNS", "LINK_COLUMNS", "NOT_IN_FILE",
           "VALIDATION_COLUMNS", "VENDOR_COLUMNS", "Extract", "generate"]


def generate(x: Extract, out: Path, gold: Path, seed: int, fmt: str = "csv") -> dict[str, int]:
    """Write student_identities and vendor_test_results to ``out`` and their gold files to ``gold``."""
    # Millions of small lists and tuples, none of them in a cycle: the cyclic garbage collector would only walk them
    # again and again (a quarter of the time at 1x, more at 10x). Paused here, restored as it was.
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        return _generate(x, out, gold, seed, fmt)
    finally:
        if was_enabled:
            gc.enable()


def _generate(x: Extract, out: Path, gold: Path, seed: int, fmt: str) -> dict[str, int]:
    rng = np.random.default_rng(np.random.SeedSequence([seed, VENDOR_STREAM]))
    zips = _district_zips(len(x.district_names), rng)
    people = _people(x, rng, zips)
    identities, identity_gold = _identity_table(x, people, rng)
    mentions = _mentions(x)
    chains, fate, others = _attempt_chains(x, people, rng, mentions)
    results, links, passing = _vendor_table(x, people, chains, others, fate, rng)
    _write(identities, out / "student_identities", fmt)
    _write(results, out / "vendor_test_results", fmt)
    _write(links, gold / "vendor_gold_links", "csv")
    _write(_validation(mentions, fate, passing, x), gold / "vendor_gold_validation", "csv")
    _write(_exam_table(), gold / "vendor_gold_exams", "csv")
    _write(identity_gold, gold / "student_identity_gold", "csv")
    return {"student_identities": identities.num_rows, "vendor_test_results": results.num_rows}
