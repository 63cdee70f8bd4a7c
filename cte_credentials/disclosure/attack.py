"""The recovery attack: for every hidden count, the smallest and largest value consistent with everything published.

An outsider knows the published counts, the sums and identities that link them and the bands (`cells.py`), and
that counts are whole numbers. For each group of hidden cells linked by a constraint, the attack minimises and
maximises every cell by linear programming (HiGHS); a cell whose range of whole numbers is three students or
narrower is **recovered within ±1** (a range of one value is recovered exactly). Linear programs allow fractions:
where a narrow linear range (under `INTEGER_CHECK_WIDTH` students) ends on a fraction (the rate bands put
fractions in the constraints), the cell is attacked again as an integer program, as a determined attacker would.
Where both ends are whole numbers the integer program was measured to change nothing (263 such cells of cohort
2024 at 1x, none narrowed) at 0.2 s a cell, so it is not run there.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass

import highspy
import numpy as np

from cte_credentials.disclosure.cells import Cells

RECOVERED_WIDTH = 2  # whole-number range max - min at or below which a cell counts as recovered (within ±1)
INTEGER_CHECK_WIDTH = 6  # narrower linear ranges are re-attacked as integer programs
_EPS = 1e-6
_MAX_SWEEPS = 12


@dataclass(frozen=True)
class Disclosure:
    """A hidden cell an outsider can pin to within one student either way."""

    cell: int
    table: str
    row: int
    column: str
    low: float
    high: float

    @property
    def is_exact(self) -> bool:
        return math.ceil(self.low - _EPS) == math.floor(self.high + _EPS)


def _is_whole(value: float) -> bool:
    return math.isinf(value) or abs(value - round(value)) < _EPS


def _whole_range(low: float, high: float) -> float:
    if math.isinf(low) or math.isinf(high):
        return math.inf
    return math.floor(high + _EPS) - math.ceil(low - _EPS)


def _groups(cells: Cells) -> tuple[np.ndarray, np.ndarray, list[tuple[list[int], list[float], float, float]],
                                   dict[int, list[int]]]:
    """Fold every constraint into what it says of the hidden cells: a bound on a lone hidden cell, or a row of the
    linear program linking several. Returns the tightened bounds, the rows and the linked groups of hidden cells."""
    hidden = cells.hidden
    lower, upper = cells.lower.copy(), cells.upper.copy()
    known = np.where(hidden, 0.0, cells.value)
    rows: list[tuple[list[int], list[float], float, float]] = []
    parent = {int(c): int(c) for c in np.flatnonzero(hidden)}

    def find(c: int) -> int:
        while parent[c] != c:
            parent[c] = parent[parent[c]]
            c = parent[c]
        return c

    for con in cells.constraints:
        members = [(c, a) for c, a in zip(con.cells, con.coefs, strict=True) if hidden[c]]
        if not members:
            continue
        offset = sum(a * known[c] for c, a in zip(con.cells, con.coefs, strict=True))
        lo, hi = con.lo - offset, con.hi - offset
        if len(members) == 1:
            c, a = members[0]
            low, high = (lo / a, hi / a) if a > 0 else (hi / a, lo / a)
            lower[c], upper[c] = max(lower[c], low), min(upper[c], high)
            continue
        rows.append(([c for c, _ in members], [a for _, a in members], lo, hi))
        first = find(members[0][0])
        for c, _ in members[1:]:
            parent[find(c)] = first
    groups: dict[int, list[int]] = defaultdict(list)
    for c in parent:
        groups[find(c)].append(c)
    return lower, upper, rows, groups


def find_disclosures(cells: Cells, only: set[int] | None = None) -> list[Disclosure]:
    """Every hidden cell of `cells` an outsider can recover within ±1. With `only`, just the linked groups holding
    one of those cells are attacked (the others are unchanged since an earlier attack)."""
    lower, upper, rows, groups = _groups(cells)
    rows_of: dict[int, list[int]] = defaultdict(list)
    root_of = {c: root for root, members in groups.items() for c in members}
    for k, (members, _, _, _) in enumerate(rows):
        rows_of[root_of[members[0]]].append(k)
    found: list[Disclosure] = []
    for root, members in groups.items():
        if only is not None and only.isdisjoint(members):
            continue
        for cell, low, high in _attack_group(sorted(members), [rows[k] for k in rows_of[root]], lower, upper):
            table, row, column = cells.labels[cell]
            found.append(Disclosure(cell, table, row, column, low, high))
    return found


def _attack_group(members: list[int], rows: list, lower: np.ndarray, upper: np.ndarray
                  ) -> list[tuple[int, float, float]]:
    """Minimise and maximise every cell of one linked group; one model, re-solved warm per objective."""
    n = len(members)
    if any(lower[c] > upper[c] + _EPS for c in members):
        raise RuntimeError("disclosure attack: the published counts are inconsistent (a cell's bounds cross)")
    if not rows:  # cells bounded on their own
        return [(c, lower[c], upper[c]) for c in members if _whole_range(lower[c], upper[c]) <= RECOVERED_WIDTH]
    pos = {c: k for k, c in enumerate(members)}
    model = _model(members, rows, lower, upper, pos)
    everything = np.arange(n, dtype=np.int32)
    # every solution is a feasible table: a cell already seen at values far enough apart needs no more programs.
    # Sweeps first (minimise, then maximise, a randomly weighted sum of the cells not yet seen far apart: one
    # solution moves many cells at once), then one program per bound for the cells still narrow
    seen_low, seen_high = np.full(n, np.inf), np.full(n, -np.inf)
    narrow = np.ones(n, dtype=bool)
    weights = np.random.default_rng(len(members)).uniform(0.5, 1.5, n)
    for _ in range(_MAX_SWEEPS):
        before = int(narrow.sum())
        for sense in (1.0, -1.0):
            model.changeColsCost(n, everything, np.where(narrow, sense * weights, 0.0))
            _, solution = _solve(model, sense)
            if solution is not None:
                seen_low, seen_high = np.minimum(seen_low, solution), np.maximum(seen_high, solution)
        narrow = seen_high - seen_low < INTEGER_CHECK_WIDTH
        if not narrow.any() or before - int(narrow.sum()) < max(1, before // 20):
            break
        weights = np.roll(weights, 1)
    out = []
    zeros = np.zeros(n)
    for k in np.flatnonzero(narrow):
        bounds = {}
        for sense in (1.0, -1.0):
            if seen_high[k] - seen_low[k] >= INTEGER_CHECK_WIDTH:
                break
            cost = zeros.copy()
            cost[k] = sense
            model.changeColsCost(n, everything, cost)
            value, solution = _solve(model, sense)
            if solution is not None:
                seen_low, seen_high = np.minimum(seen_low, solution), np.maximum(seen_high, solution)
            bounds[sense] = value
        if seen_high[k] - seen_low[k] >= INTEGER_CHECK_WIDTH:
            continue
        low, high = bounds[1.0], bounds[-1.0]
        if _whole_range(low, high) > RECOVERED_WIDTH and not (_is_whole(low) and _is_whole(high)):
            low, high = _integer_range(members, rows, lower, upper, pos, int(k))
        if _whole_range(low, high) <= RECOVERED_WIDTH:
            out.append((members[k], low, high))
    return out


def _model(members: list[int], rows: list, lower: np.ndarray, upper: np.ndarray, pos: dict[int, int]
           ) -> highspy.Highs:
    n = len(members)
    model = highspy.Highs()
    model.setOptionValue("output_flag", False)
    model.setOptionValue("presolve", "off")  # re-solved warm many times with a new objective:
    model.setOptionValue("simplex_strategy", 4)  # primal simplex keeps the last basis feasible (8x faster here)
    model.addVars(n, np.array([lower[c] for c in members]), np.array([
        highspy.kHighsInf if math.isinf(upper[c]) else upper[c] for c in members]))
    for cells, coefs, lo, hi in rows:
        idx = np.array([pos[c] for c in cells], dtype=np.int32)
        model.addRow(-highspy.kHighsInf if math.isinf(lo) else lo, highspy.kHighsInf if math.isinf(hi) else hi,
                     len(idx), idx, np.array(coefs, dtype=float))
    return model


def _solve(model: highspy.Highs, sense: float) -> tuple[float, np.ndarray | None]:
    model.run()
    status = model.getModelStatus()
    if status == highspy.HighsModelStatus.kOptimal:
        return sense * model.getInfo().objective_function_value, np.asarray(model.getSolution().col_value)
    if status in (highspy.HighsModelStatus.kUnbounded, highspy.HighsModelStatus.kUnboundedOrInfeasible):
        return sense * float("inf"), None
    raise RuntimeError(f"disclosure attack: the published counts are inconsistent ({status})")


def _integer_range(members: list[int], rows: list, lower: np.ndarray, upper: np.ndarray, pos: dict[int, int],
                   k: int) -> tuple[float, float]:
    """The cell's range over whole-number tables: an integer program per bound (only for narrow linear ranges)."""
    n = len(members)
    model = _model(members, rows, lower, upper, pos)
    model.setOptionValue("presolve", "on")
    model.changeColsIntegrality(n, np.arange(n, dtype=np.int32), np.array([highspy.HighsVarType.kInteger] * n))
    bounds = []
    for sense in (1.0, -1.0):
        cost = np.zeros(n)
        cost[k] = sense
        model.changeColsCost(n, np.arange(n, dtype=np.int32), cost)
        bounds.append(_solve(model, sense)[0])
    return bounds[0], bounds[1]
