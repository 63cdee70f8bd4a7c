"""Every column an rpt_ model publishes is modelled by the disclosure attack, and nothing else is.

The contract of each rpt_ model (models/reporting/_reporting__models.yml, enforced by dbt) is compared with the
register in cte_credentials/disclosure/published.py. Adding a column to a public table without saying what it is
(a count the attack solves for, a rate of published counts, a flag of the cohort...) fails here, before a leak
can reach a reader. check-disclosure then verifies each registered column against the built tables.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from cte_credentials.disclosure.published import NUMERIC_STRUCTURE, PUBLISHED

REPORTING = Path(__file__).resolve().parents[2] / "models" / "reporting"
NUMERIC_TYPES = {"integer", "bigint", "smallint", "double", "float", "decimal", "numeric", "real", "hugeint"}


def contracts() -> dict[str, dict[str, str]]:
    models = {}
    for path in REPORTING.glob("*.yml"):
        for model in yaml.safe_load(path.read_text()).get("models", []):
            models[model["name"]] = {c["name"]: c.get("data_type", "") for c in model.get("columns", [])}
    return models


def test_every_rpt_model_is_registered_with_exactly_its_contract_columns():
    models = contracts()
    sql_models = {p.stem for p in REPORTING.glob("rpt_*.sql")}
    assert sql_models == set(models) == set(PUBLISHED), "every rpt_ model needs a contract and a register entry"
    for name, columns in models.items():
        assert set(columns) == set(PUBLISHED[name]), (
            f"{name}: in the contract, not modelled: {sorted(set(columns) - set(PUBLISHED[name]))}; "
            f"modelled, not in the contract: {sorted(set(PUBLISHED[name]) - set(columns))}")


def test_a_number_is_never_registered_as_a_mere_label():
    for name, columns in contracts().items():
        for column, data_type in columns.items():
            kind = PUBLISHED[name][column].kind
            if kind in ("structure", "label", "key") and data_type.split("(")[0].lower() in NUMERIC_TYPES:
                assert column in NUMERIC_STRUCTURE, f"{name}.{column} is a number registered as {kind}"


def test_adding_a_column_to_a_contract_fails_the_comparison(tmp_path, monkeypatch):
    """The guard above can fail: a contract with one more column (the tier score that leaked) is caught."""
    import shutil

    import pytest

    copy = tmp_path / "reporting"
    shutil.copytree(REPORTING, copy)
    path = copy / "_reporting__models.yml"
    spec = yaml.safe_load(path.read_text())
    spec["models"][0]["columns"].append({"name": "credential_tier_score", "data_type": "double"})
    path.write_text(yaml.safe_dump(spec))
    monkeypatch.setattr(__import__(__name__), "REPORTING", copy)
    with pytest.raises(AssertionError, match="credential_tier_score"):
        test_every_rpt_model_is_registered_with_exactly_its_contract_columns()
