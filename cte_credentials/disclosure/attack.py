"""The recovery attack: for every hidden count, the smallest and largest value consistent with everything published.

An outsider knows the published counts, the sums and identities that link them and the bands (`cells.py`), and
that counts are whole numbers. For each group of hidden cells linked by a constraint, the attack minimises and
maximises every cell by linear programming (HiGHS); a cell whose range of whole numbers is three students or
narrower is **recovered within ±1** (a range of one value is recovered exactly). Linear programs allow fractions:
where a linear range ends on a fraction (the rate bands put fractions in the constraints), the cell is attacked
again as an integer program, as a determined attacker would.
Where both ends are whole numbers the integer program was measured to change nothing (263 such cells of cohort
2024 at 1x, none narrowed) at 0.2 s a cell, so it is not run there.
"""

from __future__ import annotations

import math
import os
import pickle
import subprocess
import sys
import tempfile
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

import highspy
import numpy as np

from cte_credentials.disclosure.cells import Cells

RECOVERED_WIDTH = 2  # whole-number range max - min at or below which a cell counts as recovered (within ±1)
SAFE_WIDTH = RECOVERED_WIDTH + 1  # a cell seen in feasible tables this many values apart needs no more programs
PARALLEL_FROM = 3_000  # hidden cells to attack from which groups are spread over processes
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


def _seen_narrow(low, high):
    """Whether the feasible tables seen so far leave a cell (or cells) less than `SAFE_WIDTH` whole values apart."""
    return np.floor(high + _EPS) - np.ceil(low - _EPS) < SAFE_WIDTH


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


def workers() -> int:
    """Processes the attack may use: CTE_DISCLOSURE_WORKERS, else every core."""
    return max(1, int(os.environ.get("CTE_DISCLOSURE_WORKERS", os.cpu_count() or 1)))


def find_disclosures(cells: Cells, only: set[int] | None = None) -> list[Disclosure]:
    """Every hidden cell of `cells` an outsider can recover within ±1. With `only`, just those hidden cells are
    attacked (each in its linked group, against every constraint): suppression passes the cells whose range may
    have narrowed since its last attack, the cells it recovered and the cells it has hidden since. Hiding a cell
    only relaxes what is known (its value becomes a range that holds it, a band it may show is true of it, its
    row's bands go with a hidden cohort), so every table consistent with the earlier publication is consistent
    with the new one and no cell's range can narrow: a cell found safe stays safe.

    Groups are independent linear programs (a cohort year never shares a sum with another): with many cells to
    attack they are shared with other processes (`_in_processes`)."""
    lower, upper, rows, groups = _groups(cells)
    rows_of: dict[int, list[int]] = defaultdict(list)
    root_of = {c: root for root, members in groups.items() for c in members}
    for k, (members, _, _, _) in enumerate(rows):
        rows_of[root_of[members[0]]].append(k)
    tasks = [_local_group(sorted(members), [rows[k] for k in rows_of[root]], lower, upper, only)
             for root, members in groups.items() if only is None or not only.isdisjoint(members)]
    tasks.sort(key=lambda task: task.cost, reverse=True)
    if sum(int(task.targets.sum()) for task in tasks) >= PARALLEL_FROM and workers() > 1 and len(tasks) > 1:
        results = _in_processes(tasks, workers())
    else:
        results = [_attack_task(task) for task in tasks]
    found: list[Disclosure] = []
    for task, result in zip(tasks, results, strict=True):
        for k, low, high in result:
            cell = task.members[k]
            table, row, column = cells.labels[cell]
            found.append(Disclosure(cell, table, row, column, low, high))
    return found


class _Task(NamedTuple):
    """One linked group as a task a process can take: its cells, its rows, bounds and targets over local indices."""

    members: list[int]
    rows: list
    lower: np.ndarray
    upper: np.ndarray
    targets: np.ndarray  # which of its cells to attack

    @property
    def cost(self) -> int:
        """Its work, roughly: programs for its cells to attack, each over all of its cells."""
        return len(self.members) * int(self.targets.sum())


def _local_group(members: list[int], rows: list, lower: np.ndarray, upper: np.ndarray, only: set[int] | None
                 ) -> _Task:
    pos = {c: k for k, c in enumerate(members)}
    local_rows = [([pos[c] for c in cells], coefs, lo, hi) for cells, coefs, lo, hi in rows]
    targets = np.array([only is None or c in only for c in members], dtype=bool)
    return _Task(members, local_rows, lower[members], upper[members], targets)


def _attack_task(task: _Task) -> list[tuple[int, float, float]]:
    return _attack_group(list(range(len(task.lower))), task.rows, task.lower, task.upper, task.targets)


def _in_processes(tasks: list[_Task], processes: int) -> list[list[tuple[int, float, float]]]:
    """Attack the groups in `processes` processes: this one and fresh interpreters started as
    ``python -m cte_credentials.disclosure.attack`` (no fork of dbt's threaded process; linear programs hold
    Python's lock, so threads would not help). Groups are dealt largest first to the least loaded process and
    exchanged as pickle files in a temporary folder (our own data, read back by our own code)."""
    bins: list[list[int]] = [[] for _ in range(processes)]
    load = [0] * processes
    for i, task in enumerate(tasks):
        j = load.index(min(load))
        bins[j].append(i)
        load[j] += task.cost
    results: list = [None] * len(tasks)
    with tempfile.TemporaryDirectory(prefix="cte_attack_") as tmp:
        folder = Path(tmp)
        children = []
        for j, members in enumerate(bins[1:], start=1):
            if not members:
                continue
            (folder / f"tasks_{j}.pkl").write_bytes(pickle.dumps([tasks[i] for i in members]))
            children.append((j, members, subprocess.Popen(  # noqa: S603 - our own module, this interpreter
                [sys.executable, "-m", "cte_credentials.disclosure.attack", str(folder), str(j)],
                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)))
        try:
            for i in bins[0]:
                results[i] = _attack_task(tasks[i])
        finally:
            errors = [(j, members, child, child.communicate()[1]) for j, members, child in children]
        for j, members, child, stderr in errors:
            if child.returncode != 0:
                last = stderr.decode("utf-8", "replace").strip().splitlines()[-1:] or ["no message"]
                raise RuntimeError(f"disclosure attack worker {j} failed: {last[0]}")
            for i, result in zip(members, pickle.loads((folder / f"results_{j}.pkl").read_bytes()), strict=True):
                results[i] = result
    return results


def _worker(folder: Path, part: int) -> None:
    tasks = pickle.loads((folder / f"tasks_{part}.pkl").read_bytes())  # noqa: S301 - written by _in_processes
    (folder / f"results_{part}.pkl").write_bytes(pickle.dumps([_attack_task(task) for task in tasks]))


def _attack_group(members: list[int], rows: list, lower: np.ndarray, upper: np.ndarray, targets: np.ndarray
                  ) -> list[tuple[int, float, float]]:
    """Minimise and maximise every target cell of one linked group; one model, re-solved warm per objective."""
    n = len(members)
    if any(lower[c] > upper[c] + _EPS for c in members):
        raise RuntimeError("disclosure attack: the published counts are inconsistent (a cell's bounds cross)")
    if not rows:  # cells bounded on their own
        return [(c, lower[c], upper[c]) for c in members
                if targets[c] and _whole_range(lower[c], upper[c]) <= RECOVERED_WIDTH]
    pos = {c: k for k, c in enumerate(members)}
    model = _model(members, rows, lower, upper, pos)
    everything = np.arange(n, dtype=np.int32)
    # every solution is a feasible table: a cell already seen at values far enough apart needs no more programs.
    # Sweeps first (a randomly weighted sum of the cells not yet seen far apart, each pushed down or up at random,
    # then each the other way: one solution moves many cells at once, apart from each other), then one program per
    # bound for the cells still narrow. Mixed directions left about a third as many cells narrow as all-down then
    # all-up sweeps on a 0.02x extract, and the attack took 24% less time (docs/performance.md); which cells are
    # recovered cannot change, as only the per-cell programs decide that
    seen_low, seen_high = np.full(n, np.inf), np.full(n, -np.inf)
    narrow = targets.copy()  # a cell not attacked counts as seen apart
    rng = np.random.default_rng(len(members))
    for _ in range(_MAX_SWEEPS):
        before = int(narrow.sum())
        pushed = rng.choice([-1.0, 1.0], n) * rng.uniform(0.5, 1.5, n)
        for sense in (1.0, -1.0):
            model.changeColsCost(n, everything, np.where(narrow, sense * pushed, 0.0))
            _, solution = _solve(model, 1.0)
            if solution is not None:
                seen_low, seen_high = np.minimum(seen_low, solution), np.maximum(seen_high, solution)
        narrow = _seen_narrow(seen_low, seen_high) & targets
        if not narrow.any() or before - int(narrow.sum()) < max(1, before // 10):
            break
    out = []
    zeros = np.zeros(n)
    for k in np.flatnonzero(narrow):
        bounds = {}
        for sense in (1.0, -1.0):
            if not _seen_narrow(seen_low[k], seen_high[k]):
                break
            cost = zeros.copy()
            cost[k] = sense
            model.changeColsCost(n, everything, cost)
            value, solution = _solve(model, sense)
            if solution is not None:
                seen_low, seen_high = np.minimum(seen_low, solution), np.maximum(seen_high, solution)
            bounds[sense] = value
        if not _seen_narrow(seen_low[k], seen_high[k]):
            continue
        low, high = bounds[1.0], bounds[-1.0]
        if _whole_range(low, high) > RECOVERED_WIDTH and not (_is_whole(low) and _is_whole(high)):
            low, high = _integer_range(members, rows, lower, upper, pos, int(k))
        if _whole_range(low, high) <= RECOVERED_WIDTH:
            out.append((members[k], low, high))
    return out


_banner_shown = False


def _highs() -> highspy.Highs:
    """A HiGHS model, silent. HiGHS prints a licence banner to the process's standard output when the process makes
    its first model, before any option can be set: that one construction runs with file descriptor 1 on /dev/null,
    so the banner never lands in dbt's log, the report's output or a pipe reading check-disclosure's lines."""
    global _banner_shown
    if _banner_shown:
        model = highspy.Highs()
    else:
        sys.stdout.flush()
        saved, devnull = os.dup(1), os.open(os.devnull, os.O_WRONLY)
        try:
            os.dup2(devnull, 1)
            model = highspy.Highs()
        finally:
            os.dup2(saved, 1)
            os.close(saved)
            os.close(devnull)
        _banner_shown = True
    model.setOptionValue("output_flag", False)
    return model


def _model(members: list[int], rows: list, lower: np.ndarray, upper: np.ndarray, pos: dict[int, int]
           ) -> highspy.Highs:
    n = len(members)
    model = _highs()
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


if __name__ == "__main__":
    _worker(Path(sys.argv[1]), int(sys.argv[2]))
