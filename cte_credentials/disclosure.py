"""Small-cell suppression for the public attainment tables, and the attack that checks it.

Published attainment counts add up: districts to the state, buildings to their district, programs to their
building and to their CIP, CIPs to their career cluster, clusters to the state, and the sex and race/ethnicity
groups of a unit to its all-students count. Suppressing only the small cells is therefore not enough: a lone
suppressed cell in any of those sums is the total minus the others. This module

1. lists those sums (`equations`) from the published rows alone, as an outsider would;
2. suppresses every count below the threshold, every numerator whose complement (denominator minus numerator) is
   below it, then adds complementary suppressions until no sum has exactly one hidden cell (`suppress`);
3. attacks the result (`find_disclosures`): for every hidden cell, the smallest and largest value consistent with
   everything published (the sums, non-negativity, numerator <= denominator and the published rate bands), by
   linear programming over each group of linked hidden cells. A cell whose range is narrower than one student is
   disclosed; `suppress` keeps hiding more cells until the attack finds nothing.

Rows are plain dicts with the keys of `int_attainment_cells`; counts are ints.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import highspy
import numpy as np

DENOMINATOR = "cohort_count"
NUMERATORS = ("credential_count", "priority_credential_count", "wbl_count")
COUNT_COLUMNS = (DENOMINATOR, *NUMERATORS)
PARTITION_GROUPS = ("sex", "race_ethnicity")  # every student is in exactly one group of these types
LOW_BAND, HIGH_BAND = 0.05, 0.95


@dataclass(frozen=True)
class Disclosure:
    """A hidden cell an outsider can pin down from what is published."""

    row: int
    column: str
    low: float
    high: float


def _key(row: dict) -> tuple:
    return row["cohort_year"], row["reporting_level"], row["unit_code"], row["student_group_type"], row["student_group"]


def equations(rows: Sequence[dict]) -> list[tuple[int, list[int]]]:
    """Every published sum as (index of the total row, indices of the rows that add up to it).

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


def primary(rows: Sequence[dict], threshold: int) -> dict[str, set[int]]:
    """Cells hidden for their own sake: a count below the threshold, or a numerator whose non-achievers are."""
    hidden = {c: set() for c in COUNT_COLUMNS}
    for i, r in enumerate(rows):
        d = r[DENOMINATOR]
        if d < threshold:
            hidden[DENOMINATOR].add(i)
        for c in NUMERATORS:
            if d < threshold or r[c] < threshold or d - r[c] < threshold:
                hidden[c].add(i)
    return hidden


def _complement(rows: Sequence[dict], eqs: list[tuple[int, list[int]]], column: str, hidden: set[int]) -> None:
    """Hide more cells until no sum has exactly one hidden cell: the smallest visible part, else the total."""
    by_cell: dict[int, list[int]] = defaultdict(list)
    for e, (total, members) in enumerate(eqs):
        for cell in (total, *members):
            by_cell[cell].append(e)
    queue = list(range(len(eqs)))
    while queue:
        e = queue.pop()
        total, members = eqs[e]
        cells = (total, *members)
        if sum(c in hidden for c in cells) != 1:
            continue
        visible = [m for m in members if m not in hidden]
        # the smallest visible part, or the total when every part is hidden (a one-part sum: total = part)
        pick = min(visible, key=lambda m: (rows[m][column], m)) if visible else total
        hidden.add(pick)
        queue.extend(by_cell[pick])


def rate_band(row: dict, column: str, hidden: dict[str, set[int]], index: int, threshold: int) -> str | None:
    """The band shown instead of a hidden rate, when it says no more than the primary rule already implies."""
    d = row[DENOMINATOR]
    if index in hidden[DENOMINATOR] or index not in hidden[column]:
        return None
    n = row[column]
    if n < threshold and (threshold - 1) / d < LOW_BAND:
        return f"<{LOW_BAND:.0%}"
    if d - n < threshold and 1 - (threshold - 1) / d > HIGH_BAND:
        return f">{HIGH_BAND:.0%}"
    return None


def _components(eqs: list[tuple[int, list[int]]], hidden: set[int]) -> list[list[int]]:
    parent = {c: c for c in hidden}

    def find(c: int) -> int:
        while parent[c] != c:
            parent[c] = parent[parent[c]]
            c = parent[c]
        return c

    for total, members in eqs:
        cells = [c for c in (total, *members) if c in hidden]
        for other in cells[1:]:
            parent[find(other)] = find(cells[0])
    groups: dict[int, list[int]] = defaultdict(list)
    for c in hidden:
        groups[find(c)].append(c)
    return list(groups.values())


def find_disclosures(rows: Sequence[dict], published: Sequence[dict],
                     eqs: list[tuple[int, list[int]]] | None = None,
                     only: dict[str, set[int]] | None = None) -> list[Disclosure]:
    """Attack the published table: every hidden count an outsider can pin to within one student.

    `published` holds, per row, the published value of each count column (None when hidden) and `<column>_band`
    for the numerators. `rows` supplies only the structure (levels, codes, groups). The attack per linked group of
    hidden cells: minimise and maximise each cell subject to the sums, 0 <= cell, numerator <= its published
    denominator and the rate bands. With `only`, just the groups holding one of those cells are attacked (the
    others are unchanged since a previous attack).
    """
    eqs = equations(rows) if eqs is None else eqs
    found: list[Disclosure] = []
    for column in COUNT_COLUMNS:
        hidden = {i for i, p in enumerate(published) if p[column] is None}
        for comp in _components(eqs, hidden):
            if only is None or not only[column].isdisjoint(comp):
                found.extend(_attack(comp, column, published, eqs))
    return found


def _attack(comp: list[int], column: str, published: Sequence[dict],
            eqs: list[tuple[int, list[int]]]) -> list[Disclosure]:
    """Minimise and maximise every hidden cell of one linked group; one model, re-solved warm per objective."""
    pos = {c: k for k, c in enumerate(comp)}
    n = len(comp)
    lower, upper = np.zeros(n), np.full(n, highspy.kHighsInf)
    for k, c in enumerate(comp):
        d = published[c][DENOMINATOR]
        if column == DENOMINATOR:  # a denominator is at least each of its published numerators
            lower[k] = max([published[c][m] for m in NUMERATORS if published[c][m] is not None], default=0)
        elif d is not None:
            upper[k] = d
            band = published[c].get(f"{column}_band")
            if band == f"<{LOW_BAND:.0%}":
                upper[k] = LOW_BAND * d
            elif band == f">{HIGH_BAND:.0%}":
                lower[k] = HIGH_BAND * d
    model = highspy.Highs()
    model.setOptionValue("output_flag", False)
    model.setOptionValue("presolve", "off")  # re-solved warm many times with a new objective
    model.addVars(n, lower, upper)
    for total, members in eqs:
        cells = (total, *members)
        if not any(c in pos for c in cells):
            continue
        coef: dict[int, float] = defaultdict(float)
        rhs = 0.0
        for c, sign in ((total, 1.0), *((m, -1.0) for m in members)):
            if c in pos:
                coef[pos[c]] += sign
            else:
                rhs -= sign * published[c][column]
        idx = np.array(list(coef), dtype=np.int32)
        model.addRow(rhs, rhs, len(idx), idx, np.array([coef[i] for i in idx]))
    out = []
    zeros = np.zeros(n)
    everything = np.arange(n, dtype=np.int32)
    # every solution is a feasible table: a cell seen at two values a student apart is free, and needs no more LPs
    seen_low, seen_high = np.full(n, np.inf), np.full(n, -np.inf)
    for k, c in enumerate(comp):
        values = []
        for sense in (1.0, -1.0):
            if seen_high[k] - seen_low[k] >= 1.0:
                break
            cost = zeros.copy()
            cost[k] = sense
            model.changeColsCost(n, everything, cost)
            model.run()
            status = model.getModelStatus()
            if status == highspy.HighsModelStatus.kOptimal:
                solution = np.asarray(model.getSolution().col_value)
                seen_low, seen_high = np.minimum(seen_low, solution), np.maximum(seen_high, solution)
                values.append(sense * model.getInfo().objective_function_value)
            elif status in (highspy.HighsModelStatus.kUnbounded, highspy.HighsModelStatus.kUnboundedOrInfeasible):
                seen_high[k] = np.inf
                values.append(sense * float("inf"))
            else:
                raise RuntimeError(f"disclosure attack: the published {column} sums are inconsistent ({status})")
        if seen_high[k] - seen_low[k] < 1.0 - 1e-7:
            out.append(Disclosure(c, column, float(seen_low[k]), float(seen_high[k])))
    return out


def publish(rows: Sequence[dict], threshold: int = 10, max_rounds: int = 200) -> list[dict]:
    """What may be published of each row: counts (None when hidden), rates, rate bands and suppression flags.

    Primary suppression, then complementary suppression on every sum, then the attack; each cell the attack pins
    down gets one more hidden neighbour (the smallest visible part of one of its sums) until the attack fails.
    """
    rows = list(rows)
    eqs = equations(rows)
    hidden = primary(rows, threshold)
    # a hidden denominator hides the row's numerators too (a numerator with its rate would reveal it)
    for c in NUMERATORS:
        hidden[c] |= hidden[DENOMINATOR]
    changed: dict[str, set[int]] | None = None  # first round: attack everything
    for _ in range(max_rounds):
        before = {c: set(h) for c, h in hidden.items()}
        for column in COUNT_COLUMNS:
            _complement(rows, eqs, column, hidden[column])
        if changed is not None:
            for column in COUNT_COLUMNS:
                changed[column] |= hidden[column] - before[column]
        published = _published(rows, hidden, threshold)
        leaks = find_disclosures(rows, published, eqs, only=changed)
        if not leaks:
            return published
        before = {c: set(h) for c, h in hidden.items()}
        for leak in leaks:
            _hide_neighbour(rows, eqs, leak, hidden[leak.column])
        # only the groups that gained a hidden cell can have changed
        changed = {c: hidden[c] - before[c] for c in COUNT_COLUMNS}
    raise RuntimeError(f"suppression did not converge in {max_rounds} rounds")


def _hide_neighbour(rows: Sequence[dict], eqs: list[tuple[int, list[int]]], leak: Disclosure, hidden: set[int]) -> None:
    """Give a pinned cell one more unknown: the smallest visible cell of the nearest sum, searching outwards from
    the pinned cell through sums whose cells are all hidden already (the chain that pinned it)."""
    by_cell: dict[int, list[int]] = defaultdict(list)
    for e, (total, members) in enumerate(eqs):
        for cell in (total, *members):
            by_cell[cell].append(e)
    seen_cells, seen_eqs = {leak.row}, set()
    frontier = [leak.row]
    while frontier:
        # every sum one step further out; hide the smallest visible cell among all of them (small cells are the
        # cheapest to lose and the likeliest to be the parts that pinned the leak)
        next_frontier, candidates = [], []
        for cell in frontier:
            for e in by_cell[cell]:
                if e in seen_eqs:
                    continue
                seen_eqs.add(e)
                total, members = eqs[e]
                cells = (total, *members)
                candidates.extend(c for c in cells if c not in hidden)
                next_frontier.extend(c for c in cells if c not in seen_cells and c in hidden)
                seen_cells.update(cells)
        if candidates:
            hidden.add(min(candidates, key=lambda c: (rows[c][leak.column], c)))
            return
        frontier = next_frontier
    raise RuntimeError(f"cannot protect {leak.column} of row {leak.row}: every linked cell is already hidden")


def _published(rows: Sequence[dict], hidden: dict[str, set[int]], threshold: int) -> list[dict]:
    out = []
    for i, r in enumerate(rows):
        p = {c: (None if i in hidden[c] else r[c]) for c in COUNT_COLUMNS}
        for c in NUMERATORS:
            p[f"{c}_band"] = rate_band(r, c, hidden, i, threshold)
        out.append(p)
    return out


def publish_table(rows: Iterable[dict], threshold: int) -> list[dict]:
    """The rows with their published counts, rates and bands (the dbt model's output)."""
    rows = list(rows)
    published = publish(rows, threshold)
    result = []
    for r, p in zip(rows, published, strict=True):
        d = p[DENOMINATOR]
        out = {k: r[k] for k in ("cohort_year", "reporting_level", "unit_code", "district_code", "building_code",
                                  "cip_code", "career_cluster_code", "student_group_type", "student_group")}
        out[DENOMINATOR] = d
        for c in NUMERATORS:
            out[c] = p[c]
            out[f"{c}_band"] = p[f"{c}_band"]
        score_visible = d is not None and p["credential_count"] is not None
        out["credential_tier_score_sum"] = r["credential_tier_score_sum"] if score_visible else None
        result.append(out)
    return result
