"""Suppression and the recovery attack, on crafted tables whose weak spots are known."""

from __future__ import annotations

import numpy as np

from cte_credentials.disclosure import BANDED, COUNT_COLUMNS, attainment_cells, equations, publish
from cte_credentials.disclosure import find_disclosures as attack_cells
from cte_credentials.disclosure.cells import Cells, Constraint, attainment_cell


def cell(level: str, unit: str, d: int, n: int | None = None, *, district: str | None = None,
         building: str | None = None, cip: str | None = None, cluster: str | None = None,
         group_type: str = "all", group: str = "all", year: int = 2025, pending: int | None = None) -> dict:
    """One attainment cell; every numerator equals n (default: half the cohort); pending review: the rest's half."""
    n = d // 2 if n is None else n
    pending = (d - n) // 2 if pending is None else pending
    return {"cohort_year": year, "reporting_level": level, "unit_code": unit, "district_code": district,
            "building_code": building, "cip_code": cip, "career_cluster_code": cluster,
            "student_group_type": group_type, "student_group": group, "cohort_count": d,
            "credential_count": n, "priority_credential_count": n, "wbl_count": n, "review_pending_count": pending}


def find_disclosures(rows: list[dict], published: list[dict]) -> list:
    return attack_cells(attainment_cells(rows, published))


def state_and_districts(sizes: list[tuple[int, int]]) -> list[dict]:
    rows = [cell("state", "STATE", sum(d for d, _ in sizes), sum(n for _, n in sizes))]
    rows += [cell("district", f"D{i}", d, n, district=f"D{i}") for i, (d, n) in enumerate(sizes)]
    return rows


def primary_only(rows: list[dict], threshold: int = 10) -> list[dict]:
    """The naive publication: hide small cells and nothing else."""
    out = []
    for r in rows:
        p = {c: (r[c] if r[c] >= threshold else None) for c in COUNT_COLUMNS}
        out.append({**p, **{f"{c}_band": None for c in BANDED}})
    return out


def hidden(published: list[dict], column: str) -> set[int]:
    return {i for i, p in enumerate(published) if p[column] is None}


def test_the_attack_recovers_a_lone_suppressed_district_from_the_state_total():
    rows = state_and_districts([(120, 60), (80, 40), (6, 3)])
    leaks = find_disclosures(rows, primary_only(rows))
    assert {(leak.row, leak.column) for leak in leaks} >= {(3, "cohort_count"), (3, "credential_count")}
    assert all(leak.is_exact for leak in leaks if leak.column == "cohort_count")


def test_complementary_suppression_hides_a_second_district_and_the_attack_then_fails():
    rows = state_and_districts([(120, 60), (80, 40), (6, 3)])
    published = publish(rows)
    assert hidden(published, "cohort_count") == {2, 3}  # the small one and the smallest other district
    assert find_disclosures(rows, published) == []


def test_a_small_complement_hides_the_numerator_and_shows_a_band():
    # 398 of 400 earned a credential: publishing 398 would single out the two who did not
    rows = state_and_districts([(400, 398), (300, 150), (300, 150)])
    published = publish(rows)
    assert published[1]["credential_count"] is None
    assert published[1]["credential_count_band"] == ">95%"
    assert published[1]["cohort_count"] == 400
    assert find_disclosures(rows, published) == []


def test_no_band_when_the_band_would_say_more_than_the_rule():
    # 99 of 100: the complement is small, but "n >= 91" does not imply ">95%", so no band is shown
    rows = state_and_districts([(100, 99), (300, 150), (300, 150)])
    published = publish(rows)
    assert published[1]["credential_count"] is None
    assert published[1]["credential_count_band"] is None


def test_a_small_numerator_in_a_large_cohort_shows_the_low_band():
    rows = state_and_districts([(400, 3), (300, 150), (300, 150)])
    published = publish(rows)
    assert published[1]["credential_count"] is None
    assert published[1]["credential_count_band"] == "<5%"


def test_two_hidden_parts_forced_to_zero_by_the_total_are_protected():
    # two districts with 0 credentials: their hidden numerators sum to state - others = 0, so both are known to be 0
    rows = state_and_districts([(50, 0), (50, 0), (200, 100), (200, 100)])
    naive = primary_only(rows)
    assert {leak.row for leak in find_disclosures(rows, naive) if leak.column == "credential_count"} == {1, 2}
    published = publish(rows)
    assert find_disclosures(rows, published) == []
    assert len(hidden(published, "credential_count")) >= 3


def test_groups_must_not_reveal_a_hidden_group_through_the_all_students_row():
    rows = [cell("state", "STATE", 300, 150)]
    sexes = (("F", 150), ("M", 145), ("X", 5))
    rows += [cell("state", "STATE", d, d // 2, group_type="sex", group=g) for g, d in sexes]
    published = publish(rows)
    assert published[3]["cohort_count"] is None
    assert published[2]["cohort_count"] is None  # M, the smallest other group, hides X
    assert find_disclosures(rows, published) == []


def test_a_two_dimensional_table_of_programs_by_building_and_cip_is_protected():
    # programs add up both to their building and to their CIP: a chain of hidden cells across the two
    rows = [cell("state", "STATE", 0, 0)]
    programs = [("P1", "B1", "01.0000", 40, 20), ("P2", "B1", "02.0000", 7, 3), ("P3", "B2", "01.0000", 30, 15),
                ("P4", "B2", "02.0000", 25, 12), ("P5", "B3", "02.0000", 33, 16)]
    for unit, building, cip_code, d, n in programs:
        rows.append(cell("program", unit, d, n, district="D1", building=building, cip=cip_code, cluster="AG"))
    for building in ("B1", "B2", "B3"):
        members = [p for p in programs if p[1] == building]
        rows.append(cell("building", building, sum(p[3] for p in members), sum(p[4] for p in members),
                         district="D1"))
    for cip_code in ("01.0000", "02.0000"):
        members = [p for p in programs if p[2] == cip_code]
        rows.append(cell("cip", cip_code, sum(p[3] for p in members), sum(p[4] for p in members), cluster="AG"))
    total = sum(p[3] for p in programs), sum(p[4] for p in programs)
    rows.append(cell("district", "D1", *total, district="D1"))
    rows.append(cell("career_cluster", "AG", *total, cluster="AG"))
    rows[0] = cell("state", "STATE", *total)
    assert len(equations(rows)) >= 6
    naive = primary_only(rows)
    assert find_disclosures(rows, naive), "the naive publication must be attackable, or this test proves nothing"
    published = publish(rows)
    assert find_disclosures(rows, published) == []
    assert published[0]["cohort_count"] == total[0]  # the state total stays published


def test_nothing_is_hidden_when_every_cell_is_large():
    rows = state_and_districts([(120, 60), (80, 40), (60, 30)])
    published = publish(rows)
    assert all(p[c] is not None for p in published for c in COUNT_COLUMNS)


def test_a_hidden_pair_whose_sum_is_small_is_recovered_within_one_student():
    # the state has 3 students more than the published districts: two hidden districts of 1 and 2 students. Each
    # row has at least one student, so each is 1 or 2: within one student, although each has a hidden partner
    rows = state_and_districts([(300, 150), (200, 100), (1, 0), (2, 1)])
    naive = primary_only(rows)
    leaks = {(leak.row, leak.column) for leak in find_disclosures(rows, naive)}
    assert {(3, "cohort_count"), (4, "cohort_count")} <= leaks
    published = publish(rows)
    assert find_disclosures(rows, published) == []
    assert len(hidden(published, "cohort_count")) >= 3  # a third district joins the two small ones


def test_review_pending_students_are_bounded_by_the_students_without_a_credential():
    # 20 of 30 students have a credential: at most 10 can wait for review, so a hidden pending count is 0..10
    rows = state_and_districts([(30, 20)])
    for r in rows:
        r["review_pending_count"] = 3
    naive = primary_only(rows)
    assert find_disclosures(rows, naive) == []
    # had 28 of 30 been published, the pending count would be 0..2: within one student
    naive = primary_only(rows)
    for r, p in zip(rows, naive, strict=True):
        r["credential_count"] = p["credential_count"] = 28
    leaks = {(leak.row, leak.column) for leak in find_disclosures(rows, naive)}
    assert {(0, "review_pending_count"), (1, "review_pending_count")} <= leaks


def test_a_published_tier_score_recovers_a_hidden_priority_count():
    """The leak found in the old rpt_attainment: the mean tier-weighted score (weights 1, 0.5, 0.25) published with
    the 5S1 numerator is a linear equation in the tier counts, and pins the hidden priority count."""
    # a program of 40 students: 12 with a credential, of whom 7 tier 1 (priority: hidden, 7 < 10), 3 tier 2,
    # 2 tier 3; the old table published cohort 40, credential 12 and the score (7 + 1.5 + 0.5) / 40 = 0.225
    rows = state_and_districts([(40, 12)])
    published = primary_only(rows)
    for p in published:
        p["priority_credential_count"] = None
    base = attainment_cells(rows[1:2], published[1:2])
    # the score adds two unknowns (tier 2 and tier 3 students) and two relations with the published counts
    tiers = [len(base.labels), len(base.labels) + 1]
    priority, credential = attainment_cell(0, "priority_credential_count"), attainment_cell(0, "credential_count")
    score_equations = [
        Constraint((credential, priority, *tiers), (1.0, -1.0, -1.0, -1.0), 0.0, 0.0),
        Constraint((priority, *tiers), (1.0, 0.5, 0.25), 0.225 * 40, 0.225 * 40),
    ]
    with_score = Cells(base.labels + [("tier", 0, "tier_2"), ("tier", 0, "tier_3")],
                       np.append(base.value, [np.nan, np.nan]), np.append(base.lower, [0, 0]),
                       np.append(base.upper, [np.inf, np.inf]), base.constraints + score_equations)
    assert attack_cells(base) == []  # without the score the priority count is 0..12
    pinned = [leak for leak in attack_cells(with_score) if leak.column == "priority_credential_count"]
    assert pinned and pinned[0].low >= 5 and pinned[0].high <= 8  # 7 within one student (and within 1.5 either way)


def test_the_published_attainment_table_has_no_tier_score():
    from cte_credentials.disclosure.published import PUBLISHED, verify

    assert not any("tier" in name for name in PUBLISHED["rpt_attainment"])
    row = {name: None for name in PUBLISHED["rpt_attainment"]}
    row.update(cohort_year=2025, reporting_level="state", unit_code="STATE", student_group_type="all",
               student_group="all", credential_rate_display="*", priority_credential_rate_display="*",
               wbl_rate_display="*", has_suppressed_value=True, credential_tier_score=0.4)
    problems = verify("rpt_attainment", [row])
    assert any("does not model" in p and "credential_tier_score" in p for p in problems)


def _random_table(seed: int) -> list[dict]:
    """Programs of one district crossed by building and CIP (a program adds up to both), random small counts; every
    numerator n, none pending review, so every sum holds."""
    rng = np.random.default_rng(seed)
    programs = []
    for b in range(int(rng.integers(3, 6))):
        for c in range(int(rng.integers(2, 5))):
            if rng.random() < 0.7:
                d = int(rng.integers(1, 40))
                programs.append((f"P{b}{c}", f"B{b}", f"0{c}.0000", d, int(rng.integers(0, d + 1))))
    rows = []

    def add(level, unit, members, **codes):
        d, n = sum(p[3] for p in members), sum(p[4] for p in members)
        if d:
            rows.append(cell(level, unit, d, n, pending=0, **codes))

    add("state", "STATE", programs)
    add("district", "D1", programs, district="D1")
    add("career_cluster", "AG", programs, cluster="AG")
    for unit, building, cip_code, d, n in programs:
        rows.append(cell("program", unit, d, n, district="D1", building=building, cip=cip_code, cluster="AG",
                         pending=0))
    for building in sorted({p[1] for p in programs}):
        add("building", building, [p for p in programs if p[1] == building], district="D1")
    for cip_code in sorted({p[2] for p in programs}):
        add("cip", cip_code, [p for p in programs if p[2] == cip_code], cluster="AG")
    return rows


def test_an_attack_on_every_cell_finds_nothing_after_suppression_that_attacked_only_what_changed():
    """Suppression re-attacks only the cells it recovered and the cells it hid since (hiding cells only widens
    ranges); the publication must still withstand the full attack, and match suppression attacking every cell."""
    from unittest import mock

    from cte_credentials.disclosure import suppress

    several_rounds = 0
    for seed in range(24):
        rows = _random_table(seed)
        with mock.patch.object(suppress, "find_disclosures", side_effect=attack_cells) as attack:
            published = publish(rows)
        several_rounds += attack.call_count > 1
        assert find_disclosures(rows, published) == [], seed
        with mock.patch.object(suppress, "find_disclosures", side_effect=lambda cells, only=None: attack_cells(cells)):
            assert publish(rows) == published, seed
    assert several_rounds >= 3, "too few tables needed a second round for this test to say anything"
