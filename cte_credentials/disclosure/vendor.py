"""Suppression and the attack for the public vendor outcomes table (rpt_vendor_credential_outcomes).

One row per school year and credential, state level only, with two groups of student counts:

- test takers (students whose first attempt at the credential was that year) and, of them, first-attempt passers and
  eventual passers;
- students with a self-report of the credential that year that a vendor can speak to (covered) and, of them, those
  a linked vendor pass confirms.

What an outsider knows of a row: first-attempt passers <= eventual passers <= takers; confirmed <= covered; a
published row has at least one student (takers + covered >= 1). Nothing links rows to each other or to the
attainment table: there is no total row (a student takes several credentials, so takers do not add up across
credentials), no unit below the state and no student group, and the counts are of tests and reports by school
year, not of a cohort. So the primary rule (a count below the threshold, or a numerator whose complement is) leaves
every hidden count at least `threshold` values wide; the attack (`find_disclosures`, linear and integer programs)
checks it on every build, and a row it could still pin is hidden whole.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import numpy as np

from cte_credentials.disclosure.attack import find_disclosures
from cte_credentials.disclosure.cells import INF, Cells, Constraint

TABLE = "rpt_vendor_credential_outcomes"
# denominator -> its numerators, in the order of the cells of a row
GROUPS = {"test_taker_count": ("first_attempt_pass_count", "eventual_pass_count"),
          "covered_report_count": ("confirmed_report_count",)}
COUNT_COLUMNS = tuple(c for d, ns in GROUPS.items() for c in (d, *ns))
STRUCTURE = ("school_year", "credential_code")
_K = len(COUNT_COLUMNS)


def cell(row: int, column: str, offset: int = 0) -> int:
    return offset + row * _K + COUNT_COLUMNS.index(column)


def primary(rows: Sequence[dict], threshold: int) -> set[int]:
    """A count below the threshold, a numerator whose complement is, and every numerator of a hidden denominator."""
    hidden = set()
    for i, r in enumerate(rows):
        for denominator, numerators in GROUPS.items():
            d = r[denominator]
            if d < threshold:
                hidden.update(cell(i, c) for c in (denominator, *numerators))
            for c in numerators:
                if r[c] < threshold or d - r[c] < threshold:
                    hidden.add(cell(i, c))
    return hidden


def constraints(n_rows: int, offset: int = 0) -> list[Constraint]:
    """What holds in every row, whatever is hidden."""
    out = []
    for i in range(n_rows):
        def c(column: str, i: int = i) -> int:
            return cell(i, column, offset)
        out.append(Constraint((c("first_attempt_pass_count"), c("eventual_pass_count")), (1.0, -1.0), -INF, 0.0))
        out.append(Constraint((c("eventual_pass_count"), c("test_taker_count")), (1.0, -1.0), -INF, 0.0))
        out.append(Constraint((c("confirmed_report_count"), c("covered_report_count")), (1.0, -1.0), -INF, 0.0))
        out.append(Constraint((c("test_taker_count"), c("covered_report_count")), (1.0, 1.0), 1.0, INF))
    return out


def add_cells(cells: Cells, published: Sequence[dict]) -> Cells:
    """The cells of the published vendor outcomes (None when hidden) added to the other tables' cells."""
    offset = len(cells.labels)
    labels = list(cells.labels) + [(TABLE, r, c) for r in range(len(published)) for c in COUNT_COLUMNS]
    values = np.concatenate([cells.value, np.array(
        [np.nan if p[c] is None else float(p[c]) for p in published for c in COUNT_COLUMNS], dtype=float)])
    lower = np.concatenate([cells.lower, np.zeros(len(published) * _K)])
    upper = np.concatenate([cells.upper, np.full(len(published) * _K, INF)])
    return Cells(labels, values, lower, upper, list(cells.constraints) + constraints(len(published), offset))


def _published(rows: Sequence[dict], hidden: set[int]) -> list[dict]:
    return [{c: (None if cell(i, c) in hidden else r[c]) for c in COUNT_COLUMNS} for i, r in enumerate(rows)]


def publish(rows: Sequence[dict], threshold: int = 10, max_rounds: int = 50) -> list[dict]:
    """What may be published of each row: its counts, None when hidden. Primary suppression, then the attack; a
    group (a denominator and its numerators) with a recovered cell is hidden whole until the attack fails."""
    rows = list(rows)
    hidden = primary(rows, threshold)
    empty = Cells([], np.zeros(0), np.zeros(0), np.zeros(0), [])
    for _ in range(max_rounds):
        published = _published(rows, hidden)
        leaks = find_disclosures(add_cells(empty, published))
        if not leaks:
            return published
        for leak in leaks:
            row, column = leak.row, leak.column
            for denominator, numerators in GROUPS.items():
                if column in (denominator, *numerators):
                    hidden.update(cell(row, c) for c in (denominator, *numerators))
    raise RuntimeError(f"vendor outcome suppression did not converge in {max_rounds} rounds")


def publish_table(rows: Iterable[dict], threshold: int) -> list[dict]:
    """The rows with their published counts (the dbt model's output)."""
    rows = list(rows)
    return [{**{k: r[k] for k in STRUCTURE}, **p} for r, p in zip(rows, publish(rows, threshold), strict=True)]
