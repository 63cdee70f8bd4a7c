"""Every seed column dbt tests as `unique` holds no value twice, read here from the CSVs.

dbt's own test is the contract, but it runs only in a full `dbt build`: a row added to a seed by a resolution rule
(twice, a "competition" and a "pendiente" already in the junk seed) passed every Python check and stopped the build
in CI. This reads the seeds' YAML for the columns tested `unique` (and `unique_combination_of_columns`) and checks the
CSV the same way, in a second.
"""

from __future__ import annotations

import csv
from collections import Counter

import pytest
import yaml

from cte_credentials.paths import SEEDS_DIR


def _unique_keys() -> list[tuple[str, tuple[str, ...]]]:
    """(seed name, its columns) for every unique test of the seeds' YAML files."""
    keys = []
    for path in sorted(SEEDS_DIR.glob("_*.yml")):
        for seed in (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("seeds", []):
            for column in seed.get("columns", []):
                if "unique" in (column.get("data_tests") or []):
                    keys.append((seed["name"], (column["name"],)))
            for test in seed.get("data_tests") or []:
                if isinstance(test, dict) and "unique_combination_of_columns" in test:
                    spec = test["unique_combination_of_columns"]
                    columns = (spec.get("arguments") or spec).get("combination_of_columns")
                    keys.append((seed["name"], tuple(columns)))
    return keys


KEYS = _unique_keys()


def test_the_seeds_yaml_names_unique_keys() -> None:
    # (a YAML change that hid every key from this reading would make the test below pass on nothing)
    assert ("xwalk_junk_entries", ("junk_text",)) in KEYS and len(KEYS) >= 10


@pytest.mark.parametrize(("seed", "columns"), KEYS, ids=[f"{s}:{'+'.join(c)}" for s, c in KEYS])
def test_a_seeds_unique_key_holds_no_value_twice(seed: str, columns: tuple[str, ...]) -> None:
    with (SEEDS_DIR / f"{seed}.csv").open(encoding="utf-8", newline="") as fh:
        counts = Counter(tuple(row[c] for c in columns) for row in csv.DictReader(fh))
    twice = sorted(k for k, n in counts.items() if n > 1)
    assert not twice, f"seeds/{seed}.csv: {', '.join(columns)} repeated: {twice[:5]}"
