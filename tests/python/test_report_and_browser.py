"""The HTML report and the headless-browser check, on a tiny hand-made warehouse of the three public tables.

The tiny warehouse holds suppressed cells of every published kind (`*`, `<5%`, `>95%`, a null WBL rate, a
suppressed review count), cohorts whose credential window is cut (2022, 2026) around complete ones (2024, 2025),
and counts that add up the way the published sums say (sex and race groups to all students, clusters to the
state), so the disclosure attack the report runs finds nothing to recover. The tests see that suppression is drawn
as a mark, never as a number; that the single-year charts take the latest complete cohort; that the review range
and the attack's finding are on the page; the browser test then opens the rendered page in Chromium, and a
deliberately broken page proves the browser check can fail.
"""

from __future__ import annotations

import argparse
import copy
import html
import re
from pathlib import Path

import pytest

from cte_credentials.cli import main
from cte_credentials.disclosure.check import attack_tables, counted_wbl_types, summary
from cte_credentials.disclosure.published import PUBLISHED
from cte_credentials.errors import UserError
from cte_credentials.tools import report
from cte_credentials.tools.browser_check import chromium_available
from cte_credentials.tools.report_charts import Bar, Section, bar_chart, trend_chart

COUNTS = ("cohort_count", "credential_count", "priority_credential_count", "wbl_count", "review_pending_count")
RATES = {"credential_count": "credential_rate", "priority_credential_count": "priority_credential_rate",
         "wbl_count": "wbl_rate"}
INCOMPLETE = {2022, 2026}


def _row(year: int, level: str, code: str, name: str, group_type: str, group: str,
         counts: tuple[int | None, ...], bands: dict[str, str] | None = None) -> dict:
    """One rpt_attainment row from its published counts (None = suppressed): rates, displays and flags follow."""
    row = {"attainment_cell_key": f"{year}-{level}-{code}-{group}", "cohort_year": year, "reporting_level": level,
           "unit_code": code, "district_code": None, "building_code": None, "cip_code": None,
           "career_cluster_code": code if level == "career_cluster" else None, "student_group_type": group_type,
           "student_group": group, "unit_name": name, "denominator": "concentrators",
           "credential_status_basis": "as_of_review", **dict(zip(COUNTS, counts, strict=True)),
           "is_cohort_window_complete": year not in INCOMPLETE}
    cohort = row["cohort_count"]
    for count, rate in RATES.items():
        value = None if row[count] is None or not cohort else row[count] / cohort
        row[rate] = value
        row[f"{rate}_display"] = (bands or {}).get(count, "*") if value is None else f"{round(100 * value, 1)}%"
    pending = row["review_pending_count"]
    row["credential_rate_if_review_counts"] = (None if None in (row["credential_count"], pending) or not cohort
                                              else (row["credential_count"] + pending) / cohort)
    row["has_suppressed_value"] = any(row[c] is None for c in COUNTS)
    return row


def _with_gaps(rows: list[dict]) -> list[dict]:
    everyone = {(r["cohort_year"], r["reporting_level"], r["unit_code"]): r for r in rows
                if r["student_group_type"] == "all"}
    for r in rows:
        base = everyone[(r["cohort_year"], r["reporting_level"], r["unit_code"])]
        for rate in RATES.values():
            r[f"{rate}_gap"] = (None if r[rate] is None or base[rate] is None else r[rate] - base[rate])
    return [{name: r[name] for name in PUBLISHED["rpt_attainment"]} for r in rows]


HIDDEN = (None, None, None, None, None)
ATTAINMENT_ROWS = _with_gaps([
    _row(2022, "state", "STATE", "State", "all", "all", (380, 38, 10, None, None)),
    _row(2024, "state", "STATE", "State", "all", "all", (400, 160, 80, 280, 20)),
    _row(2025, "state", "STATE", "State", "all", "all", (420, 210, 105, 315, 12)),
    _row(2025, "state", "STATE", "State", "sex", "F", (200, 104, 52, 152, 5)),
    _row(2025, "state", "STATE", "State", "sex", "M", (210, 103, 50, 158, 4)),
    _row(2025, "state", "STATE", "State", "sex", "X", HIDDEN),
    _row(2025, "state", "STATE", "State", "sex", "unknown", HIDDEN),
    _row(2025, "state", "STATE", "State", "race_ethnicity", "white", (300, 200, 100, 225, 8)),
    _row(2025, "state", "STATE", "State", "race_ethnicity", "asian", (100, None, None, 75, None),
         {"credential_count": "<5%"}),
    _row(2025, "state", "STATE", "State", "race_ethnicity", "hispanic", (20, None, None, 15, None)),
    _row(2025, "state", "STATE", "State", "special_population", "english_learner", (60, 27, 10, 42, 2)),
    _row(2025, "career_cluster", "HS", "Health Science", "all", "all", (200, 122, 60, 160, 5)),
    _row(2025, "career_cluster", "IT", "Information <Technology> & Co", "all", "all", (143, 20, 10, 90, 3)),
    _row(2025, "career_cluster", "MK", "Marketing", "all", "all", (60, None, 30, 54, None),
         {"credential_count": ">95%"}),
    _row(2025, "career_cluster", "FN", "Finance", "all", "all", HIDDEN),
    _row(2025, "career_cluster", "AG", "Agriculture", "all", "all", HIDDEN),
    _row(2026, "state", "STATE", "State", "all", "all", (430, 190, 100, 300, 40)),
    _row(2026, "career_cluster", "ZZ", "Cluster seen only in 2026", "all", "all", (430, 190, 100, 300, 40)),
])
WBL_ROWS = [  # (cohort_year, experience_type, experience_type_order, cohort_count, participant_count)
    (2025, "training", 4, 420, 200),
    (2025, "awareness", 1, 420, 380),
    (2025, "apprenticeship", 5, 420, None),
    (2026, "awareness", 1, 430, 400),
]
QUALITY_COLUMNS = tuple(PUBLISHED["rpt_credential_data_quality"])
QUALITY_ROWS = [(2024, 100, 1, 99, 110, 100, 5, 5, 60, 3, 2), (2025, 120, 2, 118, 130, 121, 4, 5, 80, 4, 3)]
SQL_TYPES = {bool: "boolean", int: "integer", float: "double", str: "varchar"}


def _wbl(rows: list[tuple]) -> list[dict]:
    return [{"wbl_type_cell_key": f"{y}-{t}", "cohort_year": y, "experience_type": t, "experience_type_order": o,
             "denominator": "concentrators", "cohort_count": d, "participant_count": n,
             "participation_rate": None if n is None else n / d, "is_cohort_window_complete": y not in INCOMPLETE}
            for y, t, o, d, n in rows]


def _tables() -> dict[str, list[dict]]:
    return {"rpt_attainment": copy.deepcopy(ATTAINMENT_ROWS), "rpt_wbl_participation_by_type": _wbl(WBL_ROWS),
            "rpt_credential_data_quality": [dict(zip(QUALITY_COLUMNS, r, strict=True)) for r in QUALITY_ROWS]}


def _write(path: Path, tables: dict[str, list[dict]]) -> Path:
    """A warehouse holding only the reporting schema, column types taken from the first non-null value."""
    import duckdb

    con = duckdb.connect(str(path))
    con.execute("create schema reporting")
    for table, rows in tables.items():
        names = list(rows[0])
        columns = ", ".join(f"{n} {SQL_TYPES[type(next((r[n] for r in rows if r[n] is not None), ''))]}"
                            for n in names)
        con.execute(f"create table reporting.{table} ({columns})")
        con.executemany(f"insert into reporting.{table} values ({', '.join('?' * len(names))})",
                        [[r[n] for n in names] for r in rows])
    con.close()
    return path


@pytest.fixture(scope="module")
def tiny_warehouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _write(tmp_path_factory.mktemp("tiny") / "tiny.duckdb", _tables())


def _render(warehouse: Path, out: Path, *extra: str) -> str:
    assert main(["report", "--warehouse", str(warehouse), "--out", str(out), *extra]) == 0
    return out.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def page(tiny_warehouse: Path, tmp_path_factory: pytest.TempPathFactory) -> str:
    """The report of the tiny warehouse, rendered once through the command line for the tests that only read it."""
    return _render(tiny_warehouse, tmp_path_factory.mktemp("report") / "out" / "report.html")


def _svg(page: str, chart_id: str) -> str:
    return re.search(rf'<svg[^>]*id="{chart_id}".*?</svg>', page, flags=re.S).group(0)


def _figure(page: str, heading: str) -> str:
    return re.search(rf"<figure>\s*<h2>{heading}</h2>.*?</figure>", page, flags=re.S).group(0)


def test_report_renders_five_accessible_charts(page: str) -> None:
    svgs = re.findall(r"<svg\b.*?</svg>", page, flags=re.S)
    assert len(svgs) == 5
    for svg in svgs:
        assert re.match(r'<svg[^>]*\brole="img"', svg) and 'aria-labelledby="' in svg[:600]
        assert re.search(r"<title id=\"[^\"]+\">[^<]+</title>", svg)
        assert re.search(r"<desc id=\"[^\"]+\">[^<]+</desc>", svg)
    assert page.count("<figcaption>") == 5
    # self-contained: no script, no external resource (the only URLs are the SVG and XLink namespaces)
    assert "<script" not in page and "src=" not in page and "<link" not in page
    assert set(re.findall(r"https?://[^\"' )]+", page)) <= {"http://www.w3.org/2000/svg",
                                                            "http://www.w3.org/1999/xlink"}
    # header states the denominator and classification basis read from the table
    assert "<code>concentrators</code>" in page and "<code>as_of_review</code>" in page


def test_every_mark_has_a_tooltip_without_script(page: str) -> None:
    clusters = _svg(page, "chart-clusters")
    assert "<title>Health Science: 61.0%</title>" in clusters
    assert "<title>Finance: * suppressed</title>" in clusters and "<title>Marketing: &gt;95% (band)</title>" in clusters
    trend = _svg(page, "chart-trend")
    assert "<title>5S1 credential, cohort 2024: 40.0%</title>" in trend
    assert "<title>5S3 work-based learning, cohort 2022: * (credential window incomplete: reads low)</title>" in trend


def test_report_marks_suppressed_values(page: str) -> None:
    clusters = _svg(page, "chart-clusters")
    assert "* suppressed" in clusters  # Finance, Agriculture
    assert "&gt;95% (band)" in clusters  # Marketing: the band, not a value
    assert 'fill="url(#chart-clusters-hatch)"' in clusters and 'id="chart-clusters-hatch"' in clusters
    groups = _svg(page, "chart-groups")
    assert "&lt;5% (band)" in groups and "* suppressed" in groups and "gap *" in groups
    assert "gap +2.0 pts" in groups and "gap -5.0 pts" in groups
    wbl = _svg(page, "chart-wbl-types")
    assert "* suppressed" in wbl  # apprenticeship participation is null
    # order follows experience_type_order, not the insert order
    assert wbl.index(">awareness<") < wbl.index(">training<") < wbl.index(">apprenticeship<")
    # the trend marks the suppressed 2022 WBL rate with a star and draws no point for it
    trend = _svg(page, "chart-trend")
    assert re.search(r">\*<title>5S3 work-based learning, cohort 2022: \*", trend)
    assert "None" not in page


def test_incomplete_cohorts_are_drawn_apart_and_the_charts_take_the_latest_complete_one(
        page: str, tiny_warehouse: Path, tmp_path: Path) -> None:
    header = page[page.index("<header>"):page.index("</header>")]
    assert "Cohorts 2022 and 2026" in header and "records are missing, not because students earned fewer" in header
    assert "show cohort 2025: the latest cohort whose credential window is complete" in header
    trend = _svg(page, "chart-trend")
    assert trend.count(">incomplete<") == 2  # a grey band over 2022 and over 2026
    assert "<title>Cohort 2026: credential window incomplete</title>" in trend
    assert "5S1 credential, cohort 2026: 44.2% (credential window incomplete: reads low)" in trend
    assert "cohort 2025: 50.0%</title>" in trend  # complete: no note
    assert "read low because records are missing" in _figure(page, "Attainment trend")
    for chart_id in ("chart-clusters", "chart-groups", "chart-wbl-types"):
        assert "cohort 2025" in _svg(page, chart_id)
    clusters = _svg(page, "chart-clusters")
    assert "Cluster seen only in 2026" not in clusters and "Health Science" in clusters
    why = "(the latest cohort whose credential window is complete in the extract)"
    assert why in _figure(page, "By career cluster")
    # a cohort can still be asked for, and the page then says its rates read low
    chosen = _render(tiny_warehouse, tmp_path / "r2026.html", "--cohort", "2026")
    assert "Cluster seen only in 2026" in _svg(chosen, "chart-clusters")
    assert "its credential window is not whole in the extract, so its rates read low" in chosen
    assert main(["report", "--warehouse", str(tiny_warehouse), "--out", str(tmp_path / "x.html"),
                 "--cohort", "1999"]) == 2


def test_review_range_beside_the_state_rate(page: str) -> None:
    trend = _figure(page, "Attainment trend")
    # the sentence for the cohort shown, and one table row per cohort; suppressed values stay "*"
    assert ("Cohort 2025: 5S1 50.0%; 12 students without a counted credential wait on entries still under review, "
            "so review can still move the rate up to 52.9%.") in trend
    rows = {m.group(1): m.group(0) for m in re.finditer(r"<tr[^>]*><td>(\d{4})</td>.*?</tr>", trend)}
    assert sorted(rows) == ["2022", "2024", "2025", "2026"]
    assert "<td>20</td><td>40.0% to 45.0%</td>" in rows["2024"]
    assert "<td>*</td><td>*</td>" in rows["2022"] and "incomplete: reads low" in rows["2022"]
    assert 'class="incomplete"' in rows["2026"] or "class=incomplete" in rows["2026"]
    # on the chart: a bar from the rate to the rate if review counted, with the same sentence as its tooltip
    svg = _svg(page, "chart-trend")
    assert "<title>Cohort 2024: 5S1 40.0%; 20 students without a counted credential wait on entries" in svg
    assert "Cohort 2022: 5S1" not in svg  # no range drawn where the pending count is suppressed


def test_disclosure_figure_in_the_data_quality_section(page: str) -> None:
    expected = summary(attack_tables(_tables(), counted_wbl_types()))
    assert " 0 recovered within one student (0 exactly)" in expected
    quality = _figure(page, "Data quality")
    assert f"Disclosure check of the tables this page was drawn from: {html.escape(expected)}." in quality
    assert 'role="alert"' not in page


def test_a_leak_or_a_column_not_as_modelled_is_said_prominently(tmp_path: Path) -> None:
    tables = _tables()
    unknown = next(r for r in tables["rpt_attainment"] if r["student_group"] == "unknown")
    unknown["cohort_count"] = 4  # publishing it pins the suppressed X group: 420 - 200 - 210 - 4
    female = next(r for r in tables["rpt_attainment"] if r["student_group"] == "F")
    female["credential_rate"] = 0.9  # not credential_count / cohort_count
    page = _render(_write(tmp_path / "leaky.duckdb", tables), tmp_path / "leaky.html")
    header = page[page.index("<header>"):page.index("</header>")]
    assert 'role="alert"' in header and "do not publish this page" in header
    assert "rpt_attainment.cohort_count of 2025 state STATE sex X" in header
    assert "not what the disclosure register models" in header and "credential_rate" in header
    assert "between" not in header  # the recovered range would publish the hidden value
    assert 'role="alert"' in _figure(page, "Data quality")
    assert re.search(r"[1-9]\d* recovered within one student", page)


def test_report_without_warehouse_is_a_user_error(tmp_path: Path) -> None:
    args = argparse.Namespace(warehouse=tmp_path / "missing.duckdb", out=tmp_path / "r.html", cohort=None)
    with pytest.raises(UserError, match="not found"):
        report.run(args)
    assert main(["report", "--warehouse", str(tmp_path / "missing.duckdb"), "--out", str(tmp_path / "r.html")]) == 2


def test_chart_helpers_handle_empty_and_missing_values() -> None:
    assert "No data to show" in trend_chart("a", "t", "d", [], "x", "y")
    all_missing = [{"cohort_year": 2024}, {"cohort_year": 2025}]
    assert "No data to show" in trend_chart("b", "t", "d", all_missing, "x", "y")
    rows = [{"cohort_year": 2021 + i, "credential_rate": v} for i, v in enumerate([0.1, None, 0.3, 0.4])]
    broken = trend_chart("c", "t", "d", rows, "x", "y")
    # the missing year breaks the line (a second move-to in the path) instead of dropping to zero or joining
    paths = re.findall(r'<path d="(M[^"]*)" stroke="#1f5fa8"', broken)
    assert paths and all(p.count("M") == 2 for p in paths)
    assert "No data to show" in bar_chart("d", "t", "d", [], "x", "y")
    assert "No data to show" in bar_chart("e", "t", "d", [Section("", [])], "x", "y")
    only_suppressed = bar_chart("f", "t", "d", [Section("", [Bar("a", None, "")])], "x", "y")
    assert "* suppressed" in only_suppressed and "No data to show" not in only_suppressed


def test_report_renders_from_empty_tables() -> None:
    page = report.render(report.ReportData([], [], []))
    assert page.count("<svg") == 5 and page.count("No data to show") == 5
    assert "0 published rows" in page


def test_labels_are_escaped() -> None:
    svg = bar_chart("g", "t<", "d&", [Section("", [Bar("<b>x</b>", 0.5, "50%")])], "x", "y")
    assert "<b>" not in svg and "&lt;b&gt;x&lt;/b&gt;" in svg and "t&lt;" in svg and "d&amp;" in svg


def test_data_labels_are_escaped_on_the_page(page: str) -> None:
    assert "<Technology>" not in page and "Information &lt;Technology&gt; &amp; Co" in page


NO_CHROMIUM = "chromium is not on PATH and cannot be installed here (needs root and apt-get; apt-get install chromium)"


@pytest.mark.skipif(not chromium_available(), reason=NO_CHROMIUM)
def test_browser_check_passes_on_the_report(tiny_warehouse: Path, tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    _render(tiny_warehouse, out)
    shots = tmp_path / "shots"
    assert main(["browser-check", "--skip-docs", "--report", str(out), "--screenshots", str(shots)]) == 0
    png = (shots / "report.png").read_bytes()
    assert png.startswith(b"\x89PNG\r\n\x1a\n") and len(png) > 10_000


@pytest.mark.skipif(not chromium_available(), reason=NO_CHROMIUM)
def test_browser_check_fails_on_console_errors_and_missing_charts(tmp_path: Path,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.html"
    bad.write_text("<!DOCTYPE html><html><body><svg><title>one</title></svg>"
                   "<script>console.error('boom'); undefined_function();</script></body></html>")
    assert main(["browser-check", "--skip-docs", "--report", str(bad), "--screenshots", str(tmp_path)]) == 1
    out = capsys.readouterr().out
    assert "console.error: boom" in out
    assert "uncaught exception" in out and "undefined_function" in out
    assert "1 svg charts, expected at least 5" in out


def _vendor_rows() -> list[dict]:
    """rpt_vendor_credential_outcomes rows as the model makes them: counts through the suppression, then the rates."""
    from cte_credentials.disclosure.vendor import publish_table

    cells = [  # school year, code, takers, first-attempt passes, eventual passes, covered reports, confirmed
        (2025, "SSVFDMGR", 120, 70, 95, 110, 104), (2026, "SSVFDMGR", 130, 80, 90, 100, 93),
        (2026, "MOSWORD1", 60, 5, 40, 3, 3), (2026, "OSH010GI", 200, 150, 180, 150, 149),
    ]
    names = ("school_year", "credential_code", "test_taker_count", "first_attempt_pass_count", "eventual_pass_count",
             "covered_report_count", "confirmed_report_count")
    rows = publish_table([dict(zip(names, c, strict=True)) for c in cells], 10)
    out = []
    for r in rows:
        row = {"vendor_outcome_key": f"{r['school_year']}-{r['credential_code']}", **r,
               "credential_name": {"SSVFDMGR": "ServSafe Manager", "MOSWORD1": "MOS Word",
                                   "OSH010GI": "OSHA 10 <General>"}[r["credential_code"]],
               "data_sharing_vendor_name": "Vendor & Co"}
        for numerator, denominator, rate in (
                ("first_attempt_pass_count", "test_taker_count", "first_attempt_pass_rate"),
                ("eventual_pass_count", "test_taker_count", "eventual_pass_rate"),
                ("confirmed_report_count", "covered_report_count", "confirmation_rate")):
            value = None if r[numerator] is None or not r[denominator] else r[numerator] / r[denominator]
            row[rate] = value
            row[f"{rate}_display"] = "*" if value is None else f"{round(100 * value, 1)}%"
        row["has_suppressed_value"] = any(r[c] is None for c in names[2:])
        out.append(row)
    return [{name: r[name] for name in PUBLISHED["rpt_vendor_credential_outcomes"]} for r in out]


def test_vendor_results_section_and_its_disclosure_check(tmp_path: Path, page: str) -> None:
    """With the public vendor table the page shows its latest school year, suppressed cells as `*`, and the attack
    covers its rows; without it (the tiny warehouse) the page has no such section."""
    assert 'class="vendor"' not in page
    tables = {**_tables(), "rpt_vendor_credential_outcomes": _vendor_rows()}
    vendor_page = _render(_write(tmp_path / "vendor.duckdb", tables), tmp_path / "report.html")
    section = re.search(r'<section class="vendor">.*?</section>', vendor_page, flags=re.S).group(0)
    assert "school year 2026" in section and "2025" not in section
    cells = re.findall(r"<tr><td class=\"text\">(.*?)</td>.*?</tr>", section, flags=re.S)
    assert cells == ["OSHA 10 &lt;General&gt;", "ServSafe Manager", "MOS Word"]  # most test takers first
    mos = re.search(r"<tr><td class=\"text\">MOS Word</td>.*?</tr>", section, flags=re.S).group(0)
    assert re.findall(r"<td>(.*?)</td>", mos) == ["60", "*", "66.7%", "*", "*"]
    assert 'role="alert"' not in vendor_page
    expected = summary(attack_tables(tables, counted_wbl_types()))
    assert html.escape(expected, quote=False) in vendor_page and "0 recovered" in expected
    assert str(len(ATTAINMENT_ROWS) + len(WBL_ROWS) + 4) + " published rows" in expected
