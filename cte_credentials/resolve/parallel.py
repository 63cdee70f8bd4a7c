"""Resolve a large batch of entries in several processes.

Resolution is pure Python and numpy under one interpreter lock, so one process uses one core. A full build of a large
extract has tens of thousands of distinct entries; they are cut into parts by a hash of the typed name (so every
entry sharing a name lands in the same part and the resolver's per-name memo still works), the dbt process resolves
one part and each other part is resolved by a fresh Python process (``python -m cte_credentials.resolve.parallel``).

Every process reads the same references (pickled once by the dbt process into a private temporary folder: loading
them takes a tenth of the time building them again from the seed tables would), and a decision never depends on which
other entries share its batch (scores are rounded before any comparison), so the result is the same rows as one
process gives; tests/python/test_resolve_parallel.py holds that. The entries and results are exchanged as Arrow IPC
files in that folder: no fork of a threaded process.
"""

from __future__ import annotations

import json
import pickle
import subprocess
import sys
import tempfile
import zlib
from dataclasses import asdict
from pathlib import Path

import numpy as np
import pyarrow as pa

from cte_credentials.errors import UserError
from cte_credentials.resolve import ResolutionConfig, ResolutionRefs, resolve_entries

# Each process needs this many distinct entries to pay for its start-up (Python and the imports): at 5,000
# entries two processes are slower than one, at 10,000 faster (docs/resolution_accuracy.md, "One process or two").
MIN_ENTRIES_PER_WORKER = 5_000
# The other processes start about 0.8 s late (Python, the imports, the references): the dbt process takes about as
# many entries more as it resolves meanwhile (measured on the speed benchmark's 20,000 strings: docs/performance.md)
HEAD_START_ENTRIES = 1_500


def split_by_name(entries: pa.Table, parts: int, head_start: int = 0) -> list[pa.Table]:
    """Cut the entries into `parts` tables by a stable hash (CRC-32) of the typed name: the first part about
    `head_start` entries more than each other (at most a half part more), which are about equal."""
    names = entries.column("credential_name_raw").to_pylist()
    hashes = np.fromiter((zlib.crc32((n or "").encode("utf-8")) for n in names), dtype=np.int64, count=len(names))
    n = max(1, len(names))
    other = (n - min(head_start, n // (2 * parts))) / (parts * n)  # each other part's share of the hash range
    bounds = np.array([1 - (parts - 1 - k) * other for k in range(parts - 1)]) * 2**32
    part_of = np.searchsorted(bounds, hashes, side="right")
    return [entries.filter(pa.array(part_of == i)) for i in range(parts)]


def workers_for(n_entries: int, workers: int, min_entries_per_worker: int = MIN_ENTRIES_PER_WORKER) -> int:
    """How many processes to use: at most `workers`, and only as many as have enough entries to be worth one."""
    return max(1, min(workers, n_entries // max(1, min_entries_per_worker)))


def _write(table: pa.Table, path: Path) -> None:
    with pa.OSFile(str(path), "wb") as sink, pa.ipc.new_file(sink, table.schema) as writer:
        writer.write_table(table)


def _read(path: Path) -> pa.Table:
    with pa.memory_map(str(path)) as source:
        return pa.ipc.open_file(source).read_all()


def resolve_entries_in_processes(entries: pa.Table, refs: ResolutionRefs, config: ResolutionConfig, workers: int,
                                 min_entries_per_worker: int = MIN_ENTRIES_PER_WORKER) -> pa.Table:
    """Same rows as ``resolve_entries(entries, refs, config)``, computed by up to `workers` processes."""
    used = workers_for(entries.num_rows, workers, min_entries_per_worker)
    if used == 1:
        return resolve_entries(entries, refs, config)
    parts = split_by_name(entries, used, HEAD_START_ENTRIES)
    with tempfile.TemporaryDirectory(prefix="cte_resolve_") as tmp:
        folder = Path(tmp)
        _write_refs(refs, folder / "refs.pickle")
        (folder / "config.json").write_text(json.dumps(asdict(config)))
        children = []
        for i, part in enumerate(parts[1:], start=1):
            _write(part, folder / f"entries_{i}.arrow")
            children.append(subprocess.Popen(  # noqa: S603 - our own module, run by this interpreter
                [sys.executable, "-m", "cte_credentials.resolve.parallel", str(folder), str(i)],
                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE))
        try:
            results = [resolve_entries(parts[0], refs, config)]
        finally:
            errors = [(i, child.communicate()[1]) for i, child in enumerate(children, start=1)]
        for (i, stderr), child in zip(errors, children, strict=True):
            if child.returncode != 0:
                last = stderr.decode("utf-8", "replace").strip().splitlines()[-1:] or ["no message"]
                raise UserError(f"credential resolution worker {i} of {used} failed: {last[0]}")
        results += [_read(folder / f"resolved_{i}.arrow") for i in range(1, used)]
    return pa.concat_tables(results)


def _write_refs(refs: ResolutionRefs, path: Path) -> None:
    path.write_bytes(pickle.dumps(refs, protocol=pickle.HIGHEST_PROTOCOL))


def _worker(folder: Path, part: int) -> None:
    """Resolve one part: read the references, the config and the entries from `folder`, write the resolved rows."""
    refs = pickle.loads((folder / "refs.pickle").read_bytes())  # noqa: S301 - written by resolve_entries_in_processes
    config = ResolutionConfig(**json.loads((folder / "config.json").read_text()))
    resolved = resolve_entries(_read(folder / f"entries_{part}.arrow"), refs, config)
    _write(resolved, folder / f"resolved_{part}.arrow")


if __name__ == "__main__":
    _worker(Path(sys.argv[1]), int(sys.argv[2]))
