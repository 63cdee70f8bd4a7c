"""The HTML report and the headless-browser check, on a tiny hand-made warehouse of the three public tables.

The tiny warehouse holds suppressed cells of every published kind (`*`, `<5%`, a null WBL rate) so the tests
see that suppression is drawn as a mark, never as a number; the browser test then opens the rendered page in
Chromium, and a deliberately broken page proves the browser check can fail.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

import pytest

from cte_credentials import report
from cte_credentials.browser_check import chromium_available
from cte_credentials.cli import main
from cte_credentials.errors import UserError

ATTAINMENT_COLUMNS = (
    "cohort_year integer, denominator varchar, credential_status_basis varchar, reporting_level varchar, "
    "unit_code varchar, unit_name varchar, student_group_type varchar, student_group varchar, "
    "cohort_count integer, credential_count integer, credential_rate double, credential_rate_display varchar, "
    "credential_rate_gap double, priority_credential_rate double, priority_credential_rate_display varchar, "
    "credential_tier_score double, wbl_count integer, wbl_rate double, wbl_rate_display varchar, "
    "wbl_rate_gap double, has_suppressed_value boolean"
)


def _attainment(year: int, level: str, code: str, name: str, group_type: str, group: str, cohort: int | None,
                rate: float | None, display: str, gap: float | None, wbl: float | None) -> tuple:
    count = None if rate is None or cohort is None else round(rate * cohort)
    return (year, "concentrators", "as_of_review", level, code, name, group_type, group, cohort, count, rate,
            display, gap, None if rate is None else rate / 2, "*" if rate is None else f"{rate * 50:.1f}%", None,
            None, wbl, "*" if wbl is None else f"{wbl * 100:.1f}%", None, rate is None or wbl is None)


ATTAINMENT_ROWS = [
    _attainment(2024, "state", "ST", "State", "all", "all", 400, 0.40, "40.0%", 0.0, 0.70),
    _attainment(2025, "state", "ST", "State", "all", "all", 420, 0.50, "50.0%", 0.0, 0.75),
    _attainment(2025, "state", "ST", "State", "sex", "F", 210, 0.52, "52.0%", 0.02, 0.76),
    _attainment(2025, "state", "ST", "State", "sex", "X", 6, None, "*", None, None),
    _attainment(2025, "state", "ST", "State", "race_ethnicity", "asian", 40, None, "<5%", None, 0.70),
    _attainment(2025, "state", "ST", "State", "special_population", "english_learner", 60, 0.45, "45.0%", -0.05,
                0.7),
    _attainment(2025, "career_cluster", "HS", "Health Science", "all", "all", 200, 0.61, "61.0%", None, 0.8),
    _attainment(2025, "career_cluster", "FN", "Finance", "all", "all", 8, None, "*", None, None),
    _attainment(2025, "career_cluster", "MK", "Marketing", "all", "all", 50, None, ">95%", None, 0.9),
]


@pytest.fixture
def tiny_warehouse(tmp_path: Path) -> Path:
    import duckdb

    path = tmp_path / "tiny.duckdb"
    con = duckdb.connect(str(path))
    con.execute("create schema reporting")
    con.execute(f"create table reporting.rpt_attainment ({ATTAINMENT_COLUMNS})")
    con.executemany(f"insert into reporting.rpt_attainment values ({', '.join('?' * 21)})", ATTAINMENT_ROWS)
    con.execute("create table reporting.rpt_wbl_participation_by_type (cohort_year integer, experience_type varchar, "
                "experience_type_order integer, denominator varchar, cohort_count integer, "
                "participant_count integer, participation_rate double)")
    con.executemany("insert into reporting.rpt_wbl_participation_by_type values (?, ?, ?, ?, ?, ?, ?)", [
        (2025, "training", 4, "concentrators", 420, 200, 200 / 420),
        (2025, "awareness", 1, "concentrators", 420, 380, 380 / 420),
        (2025, "apprenticeship", 5, "concentrators", 420, None, None),
    ])
    con.execute("create table reporting.rpt_credential_data_quality (school_year integer, records_received integer, "
                "records_rejected integer, records_staged integer, mentions integer, mentions_resolved integer, "
                "mentions_junk integer, mentions_needing_review integer, mentions_counted integer, "
                "mentions_with_type_disagreement integer, mentions_reported_after_exit integer)")
    con.execute("insert into reporting.rpt_credential_data_quality values "
                "(2024, 100, 1, 99, 110, 100, 5, 5, 60, 3, 2), (2025, 120, 2, 118, 130, 121, 4, 5, 80, 4, 3)")
    con.close()
    return path


def _render(warehouse: Path, out: Path) -> str:
    assert main(["report", "--warehouse", str(warehouse), "--out", str(out)]) == 0
    return out.read_text(encoding="utf-8")


def test_report_renders_five_accessible_charts(tiny_warehouse: Path, tmp_path: Path) -> None:
    page = _render(tiny_warehouse, tmp_path / "out" / "report.html")
    svgs = re.findall(r"<svg\b.*?</svg>", page, flags=re.S)
    assert len(svgs) == 5
    for svg in svgs:
        assert re.search(r"<title id=\"[^\"]+\">[^<]+</title>", svg)
        assert re.search(r"<desc id=\"[^\"]+\">[^<]+</desc>", svg)
    assert page.count("<figcaption>") == 5
    # self-contained: no script, no external resource (the only URL is the SVG namespace)
    assert "<script" not in page and "src=" not in page and "<link" not in page
    assert set(re.findall(r"https?://[^\"' )]+", page)) == {"http://www.w3.org/2000/svg"}
    # header states the denominator and classification basis read from the table
    assert "<code>concentrators</code>" in page and "<code>as_of_review</code>" in page


def test_report_marks_suppressed_values(tiny_warehouse: Path, tmp_path: Path) -> None:
    page = _render(tiny_warehouse, tmp_path / "report.html")
    clusters = re.search(r'<svg[^>]*id="chart-clusters".*?</svg>', page, flags=re.S).group(0)
    assert "* suppressed" in clusters  # Finance
    assert "&gt;95% (band)" in clusters  # Marketing: the band, not a value
    assert 'fill="url(#chart-clusters-hatch)"' in clusters
    groups = re.search(r'<svg[^>]*id="chart-groups".*?</svg>', page, flags=re.S).group(0)
    assert "&lt;5% (band)" in groups and "* suppressed" in groups and "gap *" in groups
    assert "gap +2.0 pts" in groups and "gap -5.0 pts" in groups
    wbl = re.search(r'<svg[^>]*id="chart-wbl-types".*?</svg>', page, flags=re.S).group(0)
    assert "* suppressed" in wbl  # apprenticeship participation is null
    # order follows experience_type_order, not the insert order
    assert wbl.index(">awareness<") < wbl.index(">training<") < wbl.index(">apprenticeship<")


def test_report_without_warehouse_is_a_user_error(tmp_path: Path) -> None:
    args = argparse.Namespace(warehouse=tmp_path / "missing.duckdb", out=tmp_path / "r.html")
    with pytest.raises(UserError, match="not found"):
        report.run(args)
    assert main(["report", "--warehouse", str(tmp_path / "missing.duckdb"), "--out", str(tmp_path / "r.html")]) == 2


def test_chart_helpers_handle_empty_and_missing_values() -> None:
    assert "No data to show" in report.line_chart("a", "t", "d", [], [], "x", "y")
    all_missing = [report.Series("s", [None, None], "#000")]
    assert "No data to show" in report.line_chart("b", "t", "d", ["2024", "2025"], all_missing, "x", "y")
    broken = report.line_chart("c", "t", "d", ["1", "2", "3", "4"],
                               [report.Series("s", [0.1, None, 0.3, 0.4], "#000")], "x", "y")
    assert broken.count("<polyline") == 2  # the missing year breaks the line instead of dropping to zero
    assert "No data to show" in report.bar_chart("d", "t", "d", [], "x", "y")
    assert "No data to show" in report.bar_chart("e", "t", "d", [report.Section("", [])], "x", "y")
    only_suppressed = report.bar_chart("f", "t", "d", [report.Section("", [report.Bar("a", None, "")])], "x", "y")
    assert "* suppressed" in only_suppressed
    assert report.axis(None, is_rate=True)[-1] == 1.0 and report.axis(0, is_rate=False) == [0.0, 1.0]
    assert report.axis(0.718, is_rate=True) == [0.0, 0.2, 0.4, 0.6, 0.8]


def test_report_renders_from_empty_tables() -> None:
    page = report.render(report.ReportData([], [], []))
    assert page.count("<svg") == 5 and page.count("No data to show") == 5


def test_labels_are_escaped() -> None:
    svg = report.bar_chart("g", "t<", "d&", [report.Section("", [report.Bar("<b>x</b>", 0.5, "50%")])], "x", "y")
    assert "<b>" not in svg and "&lt;b&gt;x&lt;/b&gt;" in svg and "t&lt;" in svg


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
