"""The attack on what the public tables publish: every column verified against the register, every count attacked.

`attack_tables` takes the rows of the `rpt_` tables as an outsider reads them (nothing restricted) and returns what
the attack found; `cte-credentials check-disclosure` (cte_credentials/tools/disclosure_check.py) runs it on a built
warehouse and the report prints its summary.
"""

from __future__ import annotations

from dataclasses import dataclass

import yaml

from cte_credentials.disclosure.attack import Disclosure, find_disclosures
from cte_credentials.disclosure.cells import (
    BANDED,
    COUNT_COLUMNS,
    HIGH_LABEL,
    LOW_LABEL,
    add_wbl_types,
    attainment_cells,
)
from cte_credentials.disclosure.published import ATTAINMENT_STRUCTURE, verify
from cte_credentials.disclosure.vendor import COUNT_COLUMNS as VENDOR_COUNTS
from cte_credentials.disclosure.vendor import TABLE as VENDOR_TABLE
from cte_credentials.disclosure.vendor import add_cells as add_vendor_cells
from cte_credentials.paths import PROJECT_ROOT

DISPLAY = {"credential_count": "credential_rate_display",
           "priority_credential_count": "priority_credential_rate_display", "wbl_count": "wbl_rate_display"}


@dataclass
class Result:
    """What the attack found: published rows, hidden counts attacked, problems with the columns, recovered cells."""

    rows: int
    hidden: int
    problems: list[str]
    leaks: list[Disclosure]
    labels: dict[int, str]

    @property
    def exact(self) -> int:
        return sum(leak.is_exact for leak in self.leaks)


def counted_wbl_types() -> list[str]:
    """The WBL types that count toward 5S3: public (the docs and dbt_project.yml say so), so the attack knows them."""
    project = yaml.safe_load((PROJECT_ROOT / "dbt_project.yml").read_text())
    return list(project["vars"]["cte:counted_wbl_types"])


def attack_tables(tables: dict[str, list[dict]], counted_types: list[str]) -> Result:
    """Verify every published column and attack the counts of the published tables."""
    problems = [p for table, rows in tables.items() for p in verify(table, rows)]
    attainment = tables["rpt_attainment"]
    structure = [{k: r[k] for k in ATTAINMENT_STRUCTURE} for r in attainment]
    published = []
    for r in attainment:
        p = {c: r[c] for c in COUNT_COLUMNS}
        for c in BANDED:
            p[f"{c}_band"] = r[DISPLAY[c]] if r[DISPLAY[c]] in (LOW_LABEL, HIGH_LABEL) else None
        published.append(p)
    cells = add_wbl_types(attainment_cells(structure, published), structure,
                          tables.get("rpt_wbl_participation_by_type", []), counted_types)
    vendor_rows = tables.get(VENDOR_TABLE, [])
    cells = add_vendor_cells(cells, [{c: r[c] for c in VENDOR_COUNTS} for r in vendor_rows])
    leaks = find_disclosures(cells)
    labels = {}
    for leak in leaks:
        source = tables[leak.table][leak.row]
        labels[leak.cell] = " ".join(str(source[k]) for k in (
            "cohort_year", "school_year", "reporting_level", "unit_code", "student_group_type", "student_group",
            "experience_type", "credential_code") if k in source)
    return Result(len(attainment) + len(tables.get("rpt_wbl_participation_by_type", [])) + len(vendor_rows),
                  int(cells.hidden.sum()), problems, leaks, labels)


def summary(result: Result) -> str:
    return (f"{result.rows} published rows, {result.hidden} suppressed counts attacked, {len(result.leaks)} "
            f"recovered within one student ({result.exact} exactly)")
