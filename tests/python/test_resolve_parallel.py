"""Resolution in several processes gives the same rows as one process, and a failing worker is a clear error."""

from __future__ import annotations

import csv
import os
import subprocess
import sys
from pathlib import Path

import pyarrow as pa
import pytest

from cte_credentials.errors import UserError
from cte_credentials.paths import SEEDS_DIR
from cte_credentials.resolve import ResolutionConfig, load_seed_tables, parallel, refs_from_tables, resolve_entries
from cte_credentials.resolve.parallel import resolve_entries_in_processes, split_by_name, workers_for

HAND_LABELLED = Path(__file__).parent / "data" / "hand_labelled_credentials.csv"


@pytest.fixture(scope="module")
def tables() -> dict[str, pa.Table]:
    return load_seed_tables(SEEDS_DIR)


@pytest.fixture(scope="module")
def entries() -> pa.Table:
    """The hand-labelled write-ins (splits, junk, ambiguous names, vendors in the wrong field), twice: the second
    copy under other keys and another CIP, so equal names must land in one part."""
    with HAND_LABELLED.open(newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    keys, names, vendors, cips = [], [], [], []
    for copy, cip in ((0, None), (1, "51.3902")):
        for i, r in enumerate(rows):
            keys.append(f"{copy}-{i}")
            names.append(r["credential_name"] or None)
            vendors.append(r["vendor"] or None)
            cips.append(cip or r["cip_code"] or None)
    return pa.table({"entry_key": keys, "credential_name_raw": names, "vendor_raw": vendors, "cip_code": cips,
                     "credential_code_reported": [None] * len(keys)})


def _sorted_rows(table: pa.Table) -> list[tuple]:
    return sorted(tuple(r.values()) for r in table.to_pylist())


def test_parts_cover_every_entry_once_and_keep_a_name_together(entries: pa.Table) -> None:
    parts = split_by_name(entries, 3)
    assert sum(p.num_rows for p in parts) == entries.num_rows
    assert sorted(k for p in parts for k in p.column("entry_key").to_pylist()) == \
        sorted(entries.column("entry_key").to_pylist())
    names = [set(p.column("credential_name_raw").to_pylist()) for p in parts]
    assert all(not (names[i] & names[j]) for i in range(3) for j in range(i + 1, 3))
    assert all(p.num_rows > 0 for p in parts)


def test_small_batches_stay_in_one_process() -> None:
    assert workers_for(5_000, 2, 10_000) == 1
    assert workers_for(25_000, 2, 10_000) == 2
    assert workers_for(25_000, 4, 10_000) == 2
    assert workers_for(1_000_000, 1, 10_000) == 1


def test_several_processes_give_the_same_rows_as_one(tables: dict[str, pa.Table], entries: pa.Table) -> None:
    refs = refs_from_tables(**tables)
    config = ResolutionConfig(min_score=0.8, min_margin=0.08)
    one = resolve_entries(entries, refs, config)
    several = resolve_entries_in_processes(entries, refs, config, workers=3, min_entries_per_worker=100)
    assert several.schema == one.schema
    assert several.num_rows == one.num_rows
    assert _sorted_rows(several) == _sorted_rows(one)
    # the thresholds reach the other processes: stricter ones send more to review there too
    strict = ResolutionConfig(min_score=0.97, min_margin=0.3)
    strict_several = resolve_entries_in_processes(entries, refs, strict, workers=2, min_entries_per_worker=100)
    assert _sorted_rows(strict_several) == _sorted_rows(resolve_entries(entries, refs, strict))
    assert strict_several.column("resolution_status").to_pylist().count("needs_review") > \
        several.column("resolution_status").to_pylist().count("needs_review")


def test_a_failing_worker_is_a_clear_error(tables: dict[str, pa.Table], entries: pa.Table,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    refs = refs_from_tables(**tables)
    # the other process cannot read the references it is handed
    monkeypatch.setattr(parallel, "_write_refs", lambda refs, path: path.write_bytes(b"not a pickle"))
    with pytest.raises(UserError, match=r"credential resolution worker 1 of 2 failed: .*UnpicklingError"):
        resolve_entries_in_processes(entries, refs, ResolutionConfig(), workers=2, min_entries_per_worker=100)


_SCORES_IN_A_PROCESS = """
import hashlib
from cte_credentials.paths import SEEDS_DIR
from cte_credentials.resolve import load_refs_from_seeds
index = load_refs_from_seeds(SEEDS_DIR).tfidf
query = index.rows(["osha 10 hour construction", "servsafe food manager", "comptia security plus"])
scores = (query @ index.matrix.T).toarray()
print(list(index.vocabulary)[:50], hashlib.sha256(scores.tobytes()).hexdigest())
"""


def test_scores_are_the_same_floats_in_every_process() -> None:
    """Each process hashes strings with its own seed, and a set's order follows it. The trigram vocabulary is built in
    the order of the names, so that a score sums its terms in one order everywhere: a score at the edge of a
    rounding (0.94375) rounds alike in the dbt process, in the other resolution processes and in the next build."""
    seen = set()
    for seed in ("1", "2", "3"):
        done = subprocess.run([sys.executable, "-c", _SCORES_IN_A_PROCESS], capture_output=True, text=True,
                              check=True, env={**os.environ, "PYTHONHASHSEED": seed})
        seen.add(done.stdout)
    assert len(seen) == 1


def test_the_calling_process_takes_a_head_start_of_entries() -> None:
    """The other processes start late: the first part, the calling process's, holds about `head_start` entries more
    than each other part, with every entry in one part and a name in one part only."""
    names = [f"credential {i % 15_000}" for i in range(20_000)]  # 5,000 names typed twice
    entries = pa.table({"entry_key": [str(i) for i in range(20_000)], "credential_name_raw": names})
    first, second = split_by_name(entries, 2, head_start=1_500)
    assert first.num_rows + second.num_rows == 20_000
    assert not set(first.column("credential_name_raw").to_pylist()) & \
        set(second.column("credential_name_raw").to_pylist())
    assert 1_000 <= first.num_rows - second.num_rows <= 2_000
    # at most half a part more, so a small batch still reaches every process
    small = split_by_name(entries.slice(0, 400), 2, head_start=1_500)
    assert [p.num_rows for p in small] != [400, 0] and min(p.num_rows for p in small) >= 100
