"""Credential resolution: splitting, normalisation, matching and the review loop.

Public API (used by the dbt Python model int_credential_entries_resolved, the benchmark and the review tools):
``resolve_entries(entries, refs, config)``, ``load_refs_from_seeds(seeds_dir)``, ``refs_from_tables(...)``, and
``build_refs(...)`` for reference rows already read.

The engine's rooms, in the order an entry meets them:

- ``table.py``: the Arrow table in and out (``resolve_entries``, the output columns), two scoring batches;
- ``split.py``: one entry into its mentions, whole or cut (``resolve_entry``); ``pieces.py`` cuts the text;
- ``readings.py``: an entry's fields, vendor key, junk reason, normalised text and the readings of it;
- ``checklists.py``: a write-in pasted from a tracker or a checklist read as the items it marks earned;
- ``badges.py``: a write-in pasted from a badge platform (a title, a link, verification lines) read as its names;
- ``exports.py``: a write-in from another system's uncleaned export (JSON, CSV, HTML, escapes, keys) read as its values;
- ``spanish.py``: a write-in typed in Spanish on a list written in English read in English (a glossary, word order);
- ``renamed.py``: a credential or issuer typed by its title before a renaming the list knows (seed
  ``xwalk_credential_renamings``) read by its current title;
- ``cascade.py``: the ``Resolver``: reviewed alias, exact name, then the fuzzy step, each distinct text once;
- ``fuzzy.py``: ranked candidates to decisions (the decision rule of ``rule.py``, the rules below its bars);
- ``candidates.py``: candidate scoring in numpy (trigram TF-IDF, ranking), reading arrays only;
- ``words.py``: what the write-in's words say about the list's names (rules below the bars, rule features);
- ``fields.py``: the typed vendor's field of work (refuses a credential out of it, settles a shared acronym);
- ``refs.py`` and ``indexing.py``: the reference index and how it is built from the list;
- ``decision.py`` (``Decision``, ``ResolutionConfig``), ``memo.py`` (memo tables), ``normalize.py``,
  ``list_features.py`` (what the list says about its own words), ``rule.py`` and ``calibrate.py`` (the decision
  rule fitted on the list), ``fingerprint.py``, ``parallel.py`` (several processes), ``review.py`` (the queue).
"""

from __future__ import annotations

import csv
from pathlib import Path

import pyarrow as pa

from cte_credentials.resolve.decision import ResolutionConfig
from cte_credentials.resolve.indexing import REF_KEYS, build_refs
from cte_credentials.resolve.refs import NO_CREDENTIAL, ResolutionRefs
from cte_credentials.resolve.table import resolve_entries

SEED_NAMES = {
    "crosswalk": "xwalk_credentials",
    "alignment": "xwalk_credential_cip_alignment",
    "aliases": "credential_aliases",
    "abbreviations": "xwalk_credential_abbreviations",
    "vendor_aliases": "xwalk_vendor_aliases",
    "junk": "xwalk_junk_entries",
    "field_words": "xwalk_field_words",
    "vendor_fields": "xwalk_vendor_fields",
    "renamings": "xwalk_credential_renamings",
}
assert tuple(SEED_NAMES) == REF_KEYS

__all__ = ["NO_CREDENTIAL", "REF_KEYS", "ResolutionConfig", "ResolutionRefs", "build_refs", "load_refs_from_seeds",
           "load_seed_tables", "refs_from_tables", "resolve_entries"]


def _rows(table: pa.Table) -> list[dict]:
    return [{k: ("" if v is None else str(v)) for k, v in row.items()} for row in table.to_pylist()]


def refs_from_tables(crosswalk: pa.Table, alignment: pa.Table, aliases: pa.Table, abbreviations: pa.Table,
                     vendor_aliases: pa.Table, junk: pa.Table, field_words: pa.Table | None = None,
                     vendor_fields: pa.Table | None = None, renamings: pa.Table | None = None) -> ResolutionRefs:
    """Build the references from Arrow tables (what the dbt Python model has)."""
    return build_refs(_rows(crosswalk), _rows(alignment), _rows(aliases), _rows(abbreviations),
                      _rows(vendor_aliases), _rows(junk), *(_rows(t) if t is not None else None
                                                          for t in (field_words, vendor_fields, renamings)))


def _read_seed(seeds_dir: Path, name: str, crosswalk: Path | None = None) -> list[dict]:
    path = crosswalk if (name == "xwalk_credentials" and crosswalk) else seeds_dir / f"{name}.csv"
    # utf-8-sig: a list saved from a spreadsheet often starts with a byte-order mark, which would rename its first
    # column ("\ufeffcredential_code")
    with open(path, newline="", encoding="utf-8-sig") as fh:
        return list(csv.DictReader(fh))


def load_refs_from_seeds(seeds_dir: Path, crosswalk: Path | None = None) -> ResolutionRefs:
    """Build the references straight from the seed CSVs (command-line tools and tests: no warehouse needed)."""
    return build_refs(*(_read_seed(seeds_dir, SEED_NAMES[k], crosswalk) for k in REF_KEYS))


def load_seed_tables(seeds_dir: Path) -> dict[str, pa.Table]:
    """The reference seeds as Arrow tables of text, keyed as refs_from_tables takes them (what the dbt model has)."""
    return {key: pa.Table.from_pylist(_read_seed(seeds_dir, name)) for key, name in SEED_NAMES.items()}
