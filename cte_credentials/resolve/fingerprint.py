"""A fingerprint of everything a resolution decision depends on besides the entry itself.

The resolution model is incremental: a build resolves only entries it has not seen. That is only right while the
seeds, the thresholds, the decision rule fitted on the list and the engine are unchanged, so every resolved row
carries this fingerprint and a build that computes a different one resolves every entry again. A changed list
changes the fitted rule too (cte_credentials.resolve.calibrate), which is hashed with the settings."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from pathlib import Path

import pyarrow as pa

# the modules of the resolution package that decide nothing: the labelled sets and their scoring (tests, bench)
NOT_ENGINE = ("labelled.py", "metrics.py")
# every other module of the package is the engine: each is hashed, so that a room added later (a module reading
# exports, Spanish or renamed titles) changes the fingerprint too (when they were named one by one, five that decide
# something were missed: badges, checklists, exports, first_names, spanish)
ENGINE_SOURCES = tuple(sorted(p.name for p in Path(__file__).parent.glob("*.py") if p.name not in NOT_ENGINE))


def resolution_fingerprint(tables: Mapping[str, pa.Table], settings: Mapping[str, object]) -> str:
    """Hash of the reference tables' content (order-independent), the settings and the engine's source code."""
    digest = hashlib.sha256()
    for source in ENGINE_SOURCES:
        digest.update((Path(__file__).parent / source).read_bytes())
    for name in sorted(tables):
        rows = sorted(repr(sorted(r.items())) for r in tables[name].to_pylist())
        digest.update(name.encode())
        for row in rows:
            digest.update(row.encode())
    # the settings, the fitted rule among them (a dict: as JSON with sorted keys, so the same rule hashes the same)
    digest.update(json.dumps(settings, sort_keys=True, default=str).encode())
    return digest.hexdigest()[:16]
