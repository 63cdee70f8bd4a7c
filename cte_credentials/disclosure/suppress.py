"""Small-cell suppression for the public attainment table.

1. **Primary**: a count below the threshold is hidden, and so is a numerator whose complement (cohort minus
   numerator) is below it; a hidden cohort hides its row's numerators (a numerator with its rate would reveal it).
2. **Complementary**: no published sum or row identity (`cells.py`) may have exactly one hidden cell: the smallest
   visible part is hidden too (the total when every part is).
3. **Attack and repair**: the attack (`attack.py`) tries to pin every hidden cell from everything published; each
   cell it recovers within ±1 gets one more hidden neighbour, until it recovers none.

Rows are plain dicts with the keys of `int_attainment_cells`; counts are ints.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence

from cte_credentials.disclosure.attack import Disclosure, find_disclosures
from cte_credentials.disclosure.cells import (
    BANDED,
    COUNT_COLUMNS,
    DENOMINATOR,
    HIGH_BAND,
    HIGH_LABEL,
    LOW_BAND,
    LOW_LABEL,
    NUMERATORS,
    Constraint,
    attainment_cell,
    attainment_cells,
    attainment_constraints,
)

STRUCTURE = ("cohort_year", "reporting_level", "unit_code", "district_code", "building_code", "cip_code",
             "career_cluster_code", "student_group_type", "student_group")
_K = len(COUNT_COLUMNS)


def primary(rows: Sequence[dict], threshold: int) -> set[int]:
    """Cells hidden for their own sake: a count below the threshold, or a numerator whose non-achievers are."""
    hidden = set()
    for i, r in enumerate(rows):
        d = r[DENOMINATOR]
        if d < threshold:
            hidden.update(attainment_cell(i, c) for c in COUNT_COLUMNS)
        for c in NUMERATORS:
            if r[c] < threshold or d - r[c] < threshold:
                hidden.add(attainment_cell(i, c))
    return hidden


def rate_band(row: dict, column: str, hidden: set[int], index: int, threshold: int) -> str | None:
    """The band shown instead of a hidden rate, when it says no more than the primary rule already implies."""
    d = row[DENOMINATOR]
    if attainment_cell(index, DENOMINATOR) in hidden or attainment_cell(index, column) not in hidden:
        return None
    n = row[column]
    if n < threshold and (threshold - 1) / d < LOW_BAND:
        return LOW_LABEL
    if d - n < threshold and 1 - (threshold - 1) / d > HIGH_BAND:
        return HIGH_LABEL
    return None


def _value(rows: Sequence[dict], cell: int) -> int:
    return rows[cell // _K][COUNT_COLUMNS[cell % _K]]


def _couple(hidden: set[int]) -> None:
    """A hidden cohort hides every numerator of its row."""
    for cell in [c for c in hidden if c % _K == 0]:
        hidden.update(range(cell, cell + _K))


def _complement(rows: Sequence[dict], sums: list[Constraint], hidden: set[int]) -> None:
    """Hide more cells until no sum has exactly one hidden cell: the smallest visible part, else the total."""
    by_cell = _by_cell(sums)
    queue = list(range(len(sums)))
    while queue:
        e = queue.pop()
        total, *members = sums[e].cells
        if sum(c in hidden for c in sums[e].cells) != 1:
            continue
        visible = [m for m in members if m not in hidden]
        # the smallest visible part, or the total when every part is hidden (a one-part sum: total = part)
        pick = min(visible, key=lambda m: (_value(rows, m), m)) if visible else total
        added = {pick} if pick % _K else set(range(pick, pick + _K))
        added -= hidden
        hidden |= added
        for cell in added:
            queue.extend(by_cell[cell])


def _is_headline(rows: Sequence[dict], cell: int) -> bool:
    """A state all-students count: the figure every reader looks for, hidden only when nothing else can be."""
    r = rows[cell // _K]
    return r["reporting_level"] == "state" and r["student_group_type"] == "all"


def _by_cell(constraints: Sequence[Constraint]) -> dict[int, list[int]]:
    """For each cell, the constraints it is in."""
    by_cell: dict[int, list[int]] = defaultdict(list)
    for e, con in enumerate(constraints):
        for cell in con.cells:
            by_cell[cell].append(e)
    return by_cell


def _hide_neighbour(rows: Sequence[dict], constraints: list[Constraint], by_cell: dict[int, list[int]],
                    leak: Disclosure, hidden: set[int]) -> int:
    """The cell to hide to give a pinned cell one more unknown: the smallest visible cell of the nearest constraints,
    searching outwards
    from the pinned cell through constraints whose cells are all hidden already (the chain that pinned it). Sums
    first, any constraint when no sum of the chain has a visible cell; a state all-students count only when no
    other cell of the chain is visible."""
    for usable in (lambda con: con.is_sum, lambda con: True):
        seen_cells, seen_eqs = {leak.cell}, set()
        frontier, headline = [leak.cell], []
        while frontier:
            next_frontier, candidates = [], []
            for cell in frontier:
                for e in by_cell[cell]:
                    if e in seen_eqs or not usable(constraints[e]):
                        continue
                    seen_eqs.add(e)
                    cells = constraints[e].cells
                    candidates.extend(c for c in cells if c not in hidden)
                    next_frontier.extend(c for c in cells if c not in seen_cells and c in hidden)
                    seen_cells.update(cells)
            headline.extend(c for c in candidates if _is_headline(rows, c))
            candidates = [c for c in candidates if not _is_headline(rows, c)]
            if candidates:
                return min(candidates, key=lambda c: (_value(rows, c), c))
            frontier = next_frontier
        if headline:
            return min(headline, key=lambda c: (_value(rows, c), c))
    raise RuntimeError(f"cannot protect {leak.column} of row {leak.row}: every linked cell is already hidden")


def _published(rows: Sequence[dict], hidden: set[int], threshold: int) -> list[dict]:
    out = []
    for i, r in enumerate(rows):
        p = {c: (None if attainment_cell(i, c) in hidden else r[c]) for c in COUNT_COLUMNS}
        for c in BANDED:
            p[f"{c}_band"] = rate_band(r, c, hidden, i, threshold)
        out.append(p)
    return out


def publish(rows: Sequence[dict], threshold: int = 10, max_rounds: int = 200) -> list[dict]:
    """What may be published of each row: counts (None when hidden) and rate bands.

    Primary suppression, then complementary suppression on every sum, then the attack; each cell the attack pins
    down gets one more hidden neighbour until the attack fails.
    """
    rows = list(rows)
    constraints = attainment_constraints(rows)
    sums = [con for con in constraints if con.is_sum]
    hidden = primary(rows, threshold)
    changed: set[int] | None = None  # first round: attack everything
    for _ in range(max_rounds):
        before = set(hidden)
        _couple(hidden)
        _complement(rows, sums, hidden)
        if changed is not None:
            changed |= hidden - before
        published = _published(rows, hidden, threshold)
        cells = attainment_cells(rows, published, constraints=constraints)
        leaks = find_disclosures(cells, only=changed)
        if not leaks:
            return published
        before = set(hidden)
        # every pick from the hidden cells of this round: leaks of one chain mostly pick the same cell, and picking
        # one after another would hide a further cell of the chain for every leak in it
        by_cell = _by_cell(cells.constraints)
        for pick in {_hide_neighbour(rows, cells.constraints, by_cell, leak, before) for leak in leaks}:
            hidden.update({pick} if pick % _K else range(pick, pick + _K))
        # hiding cells only widens ranges (find_disclosures): the next attack takes the cells it recovered and the
        # cells hidden since, not every hidden cell again
        changed = (hidden - before) | {leak.cell for leak in leaks}
    raise RuntimeError(f"suppression did not converge in {max_rounds} rounds")


def publish_table(rows: Iterable[dict], threshold: int) -> list[dict]:
    """The rows with their published counts and bands (the dbt model's output)."""
    rows = list(rows)
    published = publish(rows, threshold)
    return [{**{k: r[k] for k in STRUCTURE}, **p} for r, p in zip(rows, published, strict=True)]
