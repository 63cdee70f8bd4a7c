"""Suppression and the recovery attack, on crafted tables whose weak spots are known."""

from __future__ import annotations

from cte_credentials.disclosure import COUNT_COLUMNS, equations, find_disclosures, publish


def cell(level: str, unit: str, d: int, n: int | None = None, *, district: str | None = None,
         building: str | None = None, cip: str | None = None, cluster: str | None = None,
         group_type: str = "all", group: str = "all", year: int = 2025) -> dict:
    """One attainment cell; every numerator equals n (default: half the cohort)."""
    n = d // 2 if n is None else n
    return {"cohort_year": year, "reporting_level": level, "unit_code": unit, "district_code": district,
            "building_code": building, "cip_code": cip, "career_cluster_code": cluster,
            "student_group_type": group_type, "student_group": group, "cohort_count": d,
            "credential_count": n, "priority_credential_count": n, "wbl_count": n, "credential_tier_score_sum": n / 2}


def state_and_districts(sizes: list[tuple[int, int]]) -> list[dict]:
    rows = [cell("state", "STATE", sum(d for d, _ in sizes), sum(n for _, n in sizes))]
    rows += [cell("district", f"D{i}", d, n, district=f"D{i}") for i, (d, n) in enumerate(sizes)]
    return rows


def primary_only(rows: list[dict], threshold: int = 10) -> list[dict]:
    """The naive publication: hide small cells and nothing else."""
    out = []
    for r in rows:
        p = {c: (r[c] if r[c] >= threshold else None) for c in COUNT_COLUMNS}
        out.append({**p, **{f"{c}_band": None for c in COUNT_COLUMNS[1:]}})
    return out


def hidden(published: list[dict], column: str) -> set[int]:
    return {i for i, p in enumerate(published) if p[column] is None}


def test_the_attack_recovers_a_lone_suppressed_district_from_the_state_total():
    rows = state_and_districts([(120, 60), (80, 40), (6, 3)])
    leaks = find_disclosures(rows, primary_only(rows))
    assert {(leak.row, leak.column) for leak in leaks} >= {(3, "cohort_count"), (3, "credential_count")}
    assert all(abs(leak.high - leak.low) < 1 for leak in leaks)


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
