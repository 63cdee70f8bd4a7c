"""The published attainment table as an outsider sees it: its count cells, and every linear relation among them.

A cell is one count of one row (`cohort_count` of the district D1 row of cohort 2024, say). What an outsider knows
about the cells is written here once, as linear constraints, and both suppression and the attack read it from here:

- **published sums**: districts add up to the state, buildings to their district, programs to their building and
  to their CIP, CIPs to their career cluster, clusters to the state, the sex groups and the race/ethnicity groups
  of a unit to its all-students row; in every count column;
- **relations inside a row**: every numerator is at most the cohort; students waiting for review have no counted
  credential, so `credential_count + review_pending_count <= cohort_count`; a published row has at least one
  student;
- **published bands**: a hidden rate shown as "<5%" or ">95%" bounds its numerator.

Every other published column (rates, displays, gaps, the review range) is computed from published counts only and
is null unless they are published, so it adds nothing; `published.py` lists every column of every `rpt_` model
with what it is, and `check-disclosure` verifies each against the data.

The tier-weighted credential score is not published: it is a weighted sum of the tier counts, so publishing it is
publishing them, with the identity priority + tier 2 + tier 3 = credential_count linking them to the 5S1 numerator.
Modelled that way, protecting them hid 63% more 5S1 numerators and 57% more priority counts (cohort 2024 at 1x:
139 -> 226 and 293 -> 461 of 677 rows). It stays in the restricted marts and the semantic layer.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

DENOMINATOR = "cohort_count"
NUMERATORS = ("credential_count", "priority_credential_count", "wbl_count", "review_pending_count")
COUNT_COLUMNS = (DENOMINATOR, *NUMERATORS)
BANDED = ("credential_count", "priority_credential_count", "wbl_count")  # numerators with a published rate band
PARTITION_GROUPS = ("sex", "race_ethnicity")  # every student is in exactly one group of these types
LOW_BAND, HIGH_BAND = 0.05, 0.95
LOW_LABEL, HIGH_LABEL = f"<{LOW_BAND:.0%}", f">{HIGH_BAND:.0%}"
INF = float("inf")


@dataclass(frozen=True)
class Constraint:
    """lo <= sum(coef * cell) <= hi. `is_sum` marks a published total = its parts (complementary suppression keeps
    every such sum from having exactly one hidden cell)."""

    cells: tuple[int, ...]
    coefs: tuple[float, ...]
    lo: float
    hi: float
    is_sum: bool = False


@dataclass
class Cells:
    """Every count cell of the published tables, with what is known of each and the constraints linking them.

    `labels[i]` is (table, row, column); `value[i]` the published value (nan when hidden); `lower`/`upper` what
    is known of the cell on its own (a cohort row has at least one student)."""

    labels: list[tuple[str, int, str]]
    value: np.ndarray
    lower: np.ndarray
    upper: np.ndarray
    constraints: list[Constraint]

    @property
    def hidden(self) -> np.ndarray:
        return np.isnan(self.value)


def _key(row: dict) -> tuple:
    return row["cohort_year"], row["reporting_level"], row["unit_code"], row["student_group_type"], row["student_group"]


def equations(rows: Sequence[dict]) -> list[tuple[int, list[int]]]:
    """Every published sum of rows as (index of the total row, indices of the rows that add up to it).

    Built from the published columns only (levels, unit codes, parent codes, groups), so the attack uses nothing an
    outsider would not have. A part that is not published (no student) is zero and simply absent.
    """
    index = {_key(r): i for i, r in enumerate(rows)}
    parts: dict[int, list[int]] = defaultdict(list)

    def add(total_key: tuple, part: int) -> None:
        total = index.get(total_key)
        if total is not None:
            parts[total].append(part)

    for i, r in enumerate(rows):
        year, level, unit, gtype, group = _key(r)
        if gtype in PARTITION_GROUPS:
            add((year, level, unit, "all", "all"), i)
        if level == "district":
            add((year, "state", "STATE", gtype, group), i)
        elif level == "building":
            add((year, "district", r["district_code"], gtype, group), i)
        elif level == "program":
            add((year, "building", r["building_code"], gtype, group), i)
            add((year, "cip", r["cip_code"], gtype, group), i)
        elif level == "cip":
            add((year, "career_cluster", r["career_cluster_code"], gtype, group), i)
        elif level == "career_cluster":
            add((year, "state", "STATE", gtype, group), i)
    # the sex groups and the race groups each partition the unit: two sums over the same total
    result: list[tuple[int, list[int]]] = []
    for total, members in parts.items():
        by_kind: dict[str, list[int]] = defaultdict(list)
        for m in members:
            m_row = rows[m]
            kind = m_row["student_group_type"] if m_row["reporting_level"] == rows[total]["reporting_level"] else \
                m_row["reporting_level"]
            by_kind[kind].append(m)
        result.extend((total, sorted(group)) for group in by_kind.values())
    return result


def attainment_cell(row: int, column: str) -> int:
    """The cell id of one count of one attainment row (attainment cells come first, in row order)."""
    return row * len(COUNT_COLUMNS) + COUNT_COLUMNS.index(column)


def attainment_constraints(rows: Sequence[dict], eqs: list[tuple[int, list[int]]] | None = None
                           ) -> list[Constraint]:
    """The sums and row relations of the attainment table (what holds whatever is hidden)."""
    eqs = equations(rows) if eqs is None else eqs
    cell = attainment_cell
    out: list[Constraint] = []
    for total, members in eqs:
        for column in COUNT_COLUMNS:
            out.append(Constraint((cell(total, column), *(cell(m, column) for m in members)),
                                  (1.0, *([-1.0] * len(members))), 0.0, 0.0, is_sum=True))
    for r in range(len(rows)):
        d = cell(r, DENOMINATOR)
        for column in NUMERATORS:
            out.append(Constraint((cell(r, column), d), (1.0, -1.0), -INF, 0.0))
        out.append(Constraint((cell(r, "credential_count"), cell(r, "review_pending_count"), d),
                              (1.0, 1.0, -1.0), -INF, 0.0))
    return out


def band_constraints(published: Sequence[dict]) -> list[Constraint]:
    """What the published bands say: "<5%" bounds the numerator by 5% of the cohort, ">95%" from below."""
    out = []
    for r, p in enumerate(published):
        d = attainment_cell(r, DENOMINATOR)
        for column in BANDED:
            band = p.get(f"{column}_band")
            if band == LOW_LABEL:
                out.append(Constraint((attainment_cell(r, column), d), (1.0, -LOW_BAND), -INF, 0.0))
            elif band == HIGH_LABEL:
                out.append(Constraint((attainment_cell(r, column), d), (1.0, -HIGH_BAND), 0.0, INF))
    return out


def attainment_cells(rows: Sequence[dict], published: Sequence[dict],
                     eqs: list[tuple[int, list[int]]] | None = None,
                     constraints: list[Constraint] | None = None) -> Cells:
    """The attainment table's cells: `rows` gives the structure, `published` each count (None when hidden) and
    band. `constraints` may pass attainment_constraints(rows) when it is already built."""
    labels = [("rpt_attainment", r, c) for r in range(len(rows)) for c in COUNT_COLUMNS]
    value = np.array([np.nan if published[r][c] is None else float(published[r][c])
                      for r in range(len(rows)) for c in COUNT_COLUMNS], dtype=float)
    lower = np.zeros(len(labels))
    lower[[attainment_cell(r, DENOMINATOR) for r in range(len(rows))]] = 1.0  # a published row has a student
    upper = np.full(len(labels), INF)
    base = attainment_constraints(rows, eqs) if constraints is None else constraints
    return Cells(labels, value, lower, upper, base + band_constraints(published))


def add_wbl_types(cells: Cells, attainment_rows: Sequence[dict], wbl_rows: Sequence[dict],
                  counted_types: Sequence[str]) -> Cells:
    """Add the cells of rpt_wbl_participation_by_type and what links them to the attainment table.

    Each of its rows is one cohort year and experience type at state level: its cohort equals the state's
    all-students cohort of that year; each type's participants are at most the cohort; the students with counted
    WBL (wbl_count) include every participant of a counted type, and are at most their sum (the types overlap)."""
    state = {r["cohort_year"]: i for i, r in enumerate(attainment_rows)
             if r["reporting_level"] == "state" and r["student_group_type"] == "all"}
    labels, values = list(cells.labels), list(cells.value)
    lower, upper = list(cells.lower), list(cells.upper)
    constraints = list(cells.constraints)
    counted: dict[int, list[int]] = defaultdict(list)
    cohort_cell: dict[int, int] = {}
    for i, r in enumerate(wbl_rows):
        year = r["cohort_year"]
        for column in ("cohort_count", "participant_count"):
            labels.append(("rpt_wbl_participation_by_type", i, column))
            values.append(np.nan if r[column] is None else float(r[column]))
            lower.append(1.0 if column == "cohort_count" else 0.0)
            upper.append(INF)
        own_cohort, participants = len(labels) - 2, len(labels) - 1
        constraints.append(Constraint((participants, own_cohort), (1.0, -1.0), -INF, 0.0))
        if year in state:
            if year in cohort_cell:  # the same cohort again, on the row of another type
                constraints.append(Constraint((cohort_cell[year], own_cohort), (1.0, -1.0), 0.0, 0.0, is_sum=True))
            else:
                cohort_cell[year] = own_cohort
                constraints.append(Constraint((attainment_cell(state[year], DENOMINATOR), own_cohort), (1.0, -1.0),
                                              0.0, 0.0, is_sum=True))
            if r["experience_type"] in counted_types:
                counted[year].append(participants)
                constraints.append(Constraint((participants, attainment_cell(state[year], "wbl_count")),
                                              (1.0, -1.0), -INF, 0.0))
    for year, parts in counted.items():
        constraints.append(Constraint((attainment_cell(state[year], "wbl_count"), *parts),
                                      (1.0, *([-1.0] * len(parts))), -INF, 0.0))
    return Cells(labels, np.array(values, dtype=float), np.array(lower), np.array(upper), constraints)
