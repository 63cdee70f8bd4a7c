"""A fingerprint of everything a resolution decision depends on besides the entry itself.

The resolution model is incremental: a build resolves only entries it has not seen. That is only right while the
seeds, the thresholds and the engine are unchanged, so every resolved row carries this fingerprint and a build
that computes a different one resolves every entry again."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from pathlib import Path

import pyarrow as pa

ENGINE_SOURCES = ("__init__.py", "engine.py", "normalize.py")


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
    digest.update(repr(sorted(settings.items())).encode())
    return digest.hexdigest()[:16]
