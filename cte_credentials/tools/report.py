"""`cte-credentials report`: one self-contained HTML page of charts drawn from the public `rpt_` tables only.

The page is meant to be opened anywhere (an e-mail attachment, a file share, an offline laptop), so it carries no
script, no web font and no link to a CDN: the charts are inline SVG rendered offline (`report_charts`), every style
is plain CSS in the page. Reading only `reporting.rpt_*` means the page can show nothing the disclosure rules have
not already cleared: a suppressed value stays `*` (or its band, `<5%` / `>95%`) and is drawn hatched, never as a
number; and the page runs the disclosure attack on the very rows it read and says what the attack found.

This module says what the page shows (which cohort, which rows, the sentences); `report_charts` how it is drawn.
About 480 lines: one function per section of the page, in the page's order, so that the page reads top to bottom
here; the drawing, the part that grows, is already apart.
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass, field
from pathlib import Path

from cte_credentials.disclosure.vendor import TABLE as VENDOR_TABLE
from cte_credentials.errors import UserError
from cte_credentials.paths import PROJECT_ROOT, warehouse_path
from cte_credentials.tools.report_charts import (
    COLORS,
    Bar,
    Section,
    bar_chart,
    empty_chart,
    esc,
    pct,
    review_sentence,
    trend_chart,
)

DEFAULT_OUT = PROJECT_ROOT / "docs" / "report" / "attainment_report.html"
GROUP_TYPES = (("special_population", "Special population"), ("race_ethnicity", "Race/ethnicity"), ("sex", "Sex"))
DENOMINATOR_TEXT = {
    "concentrators": "graduates who were CTE concentrators (the Perkins V 5S1/5S3 indicator)",
    "graduates": "every graduate of the cohort year, CTE or not",
    "completers": "graduates flagged as program completers",
    "cte_enrolled": "every student with a CTE enrollment who left school that year, graduated or not",
    "ninth_grade_cohort": "students whose first year in the extract is three years before the cohort year",
}
BASIS_TEXT = {
    "as_of_review": "each credential's status under the state's review schedule in the year it was reported "
                    "(what counted that year)",
    "current": "each credential's status under the current year's rules, applied to every year (one consistent "
               "definition for trends)",
    "reported": "the credential type the district reported",
}
FUNNEL = (
    ("records_received", "Records received"),
    ("records_rejected", "Records rejected"),
    ("records_staged", "Records staged"),
    ("mentions", "Credential mentions (staged records split)"),
    ("mentions_resolved", "Mentions resolved to a credential"),
    ("mentions_counted", "Mentions counted toward attainment"),
)
MAX_LISTED = 5  # alarms listed on the page; check-disclosure lists them all


# ---------------------------------------------------------------------------------------------------- data
def fetch(con, sql: str, params: list | None = None) -> list[dict]:
    """Rows as dicts: the charts address columns by name."""
    cursor = con.execute(sql, params or [])
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


@dataclass
class ReportData:
    attainment: list[dict]  # every row of rpt_attainment: the disclosure attack needs every published sum
    wbl_types: list[dict]
    quality: list[dict]
    # rpt_vendor_credential_outcomes: empty without vendor files, or from a warehouse built before the table existed
    vendor_outcomes: list[dict] = field(default_factory=list)


def load(warehouse: Path) -> ReportData:
    """Read the public tables, and nothing else, from a built warehouse (read-only)."""
    import duckdb

    if not warehouse.exists():
        raise UserError(f"{warehouse} not found: build the warehouse first (make build)")
    try:
        con = duckdb.connect(str(warehouse), read_only=True)
    except duckdb.Error as exc:
        raise UserError(f"cannot open {warehouse}: {exc}") from exc
    try:
        return ReportData(
            attainment=fetch(con, "select * from reporting.rpt_attainment"),
            wbl_types=fetch(con, "select * from reporting.rpt_wbl_participation_by_type"),
            quality=fetch(con, "select * from reporting.rpt_credential_data_quality"),
            vendor_outcomes=fetch(con, f"select * from reporting.{VENDOR_TABLE}") if con.execute(
                "select count(*) from information_schema.tables where table_schema = 'reporting' and table_name = ?",
                [VENDOR_TABLE]).fetchall()[0][0] else [],
        )
    except duckdb.Error as exc:
        raise UserError(f"cannot read the rpt_ tables from {warehouse} (is it fully built?): {exc}") from exc
    finally:
        con.close()


def _state_all(data: ReportData) -> list[dict]:
    rows = [r for r in data.attainment if r["reporting_level"] == "state" and r["student_group_type"] == "all"]
    return sorted(rows, key=lambda r: r["cohort_year"])


def year_ranges(years: list[int]) -> str:
    """2020, 2021, 2022, 2026 -> "2020–2022 and 2026": how a reader names a set of cohorts."""
    runs: list[list[int]] = []
    for year in sorted(set(years)):
        if runs and year == runs[-1][-1] + 1:
            runs[-1].append(year)
        else:
            runs.append([year])
    parts = [str(r[0]) if len(r) == 1 else f"{r[0]}–{r[-1]}" for r in runs]
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


@dataclass
class Cohort:
    """The cohort the single-year charts show, and why that one."""

    year: int | None
    why: str
    incomplete: list[int] = field(default_factory=list)  # cohorts whose credential window is cut


def choose_cohort(data: ReportData, requested: int | None = None) -> Cohort:
    """The latest cohort whose whole credential window is in the extract, unless one is asked for.

    The latest cohort is usually cut (its grace years are not over), so its rates read low: showing it by default
    would make every chart look worse than the state is.
    """
    years = sorted({r["cohort_year"] for r in data.attainment if r["cohort_year"] is not None})
    incomplete = sorted({r["cohort_year"] for r in data.attainment if r.get("is_cohort_window_complete") is False})
    complete = [y for y in years if y not in incomplete]
    if requested is not None:
        if requested not in years:
            raise UserError(f"cohort {requested} is not in rpt_attainment (cohorts: {year_ranges(years) or 'none'})")
        why = "the cohort asked for" + (
            "; its credential window is not whole in the extract, so its rates read low"
            if requested in incomplete else "")
        return Cohort(requested, why, incomplete)
    if complete:
        return Cohort(complete[-1], "the latest cohort whose credential window is complete in the extract", incomplete)
    if years:
        return Cohort(years[-1], "the latest cohort; no cohort's credential window is complete in the extract, so "
                                 "its rates read low", incomplete)
    return Cohort(None, "no cohort in the table", incomplete)


# ---------------------------------------------------------------------------------------------------- charts
def chart_trend(data: ReportData) -> str:
    rows = _state_all(data)
    desc = "State rates by cohort year. " + "; ".join(
        f"{r['cohort_year']}{'' if r.get('is_cohort_window_complete') is not False else ' (window incomplete)'}: "
        f"credential {r['credential_rate_display']} (up to {pct(r.get('credential_rate_if_review_counts'))} if "
        f"review counted the {_count(r.get('review_pending_count'))} students waiting), priority "
        f"{r['priority_credential_rate_display']}, WBL {r['wbl_rate_display']}" for r in rows) + "."
    return trend_chart("chart-trend", "State 5S1 credential attainment and 5S3 work-based learning by cohort year",
                       desc, rows, "Cohort year (year the students left school)", "Share of cohort")


def _count(value: int | None) -> str:
    return "*" if value is None else f"{value:,}"


def _display_bar(label: str, row: dict, rate: str, color: str, note: str = "") -> Bar:
    return Bar(label, row.get(rate), row.get(f"{rate}_display") or "*", note, color)


def chart_clusters(data: ReportData, year: int | None) -> str:
    rows = sorted((r for r in data.attainment if r["reporting_level"] == "career_cluster"
                   and r["student_group_type"] == "all" and r["cohort_year"] == year),
                  key=lambda r: (r["credential_rate"] is None, -(r["credential_rate"] or 0), r["unit_name"] or ""))
    bars = [_display_bar(r["unit_name"] or r["unit_code"], r, "credential_rate", COLORS["credential"]) for r in rows]
    desc = f"5S1 credential rate by career cluster, cohort {year}: " + "; ".join(
        f"{b.label} {b.display}" for b in bars) + "."
    return bar_chart("chart-clusters", f"5S1 credential attainment by career cluster, cohort {year}", desc,
                     [Section("", bars)], "Share of concentrators with a counted credential", "Career cluster",
                     label_w=330)


def _gap_note(gap: float | None) -> str:
    if gap is None:
        return "gap *"
    text = f"{gap * 100:+.1f}"
    return f"gap {'0.0' if text in ('+0.0', '-0.0') else text} pts"


def chart_groups(data: ReportData, year: int | None) -> str:
    rows = [r for r in data.attainment if r["reporting_level"] == "state" and r["cohort_year"] == year]
    everyone = next((r for r in rows if r["student_group_type"] == "all"), None)
    sections = []
    for group_type, title in GROUP_TYPES:
        group = sorted((r for r in rows if r["student_group_type"] == group_type), key=lambda r: r["student_group"])
        bars = [_display_bar(r["student_group"].replace("_", " "), r, "credential_rate", COLORS["credential"],
                             _gap_note(r["credential_rate_gap"])) for r in group]
        if bars:
            sections.append(Section(title, bars))
    reference = None
    if everyone and everyone["credential_rate"] is not None:
        reference = (f"all students {everyone['credential_rate_display']}", everyone["credential_rate"])
    desc = (f"5S1 credential rate by student group, cohort {year}, with the gap to all students "
            f"({everyone['credential_rate_display'] if everyone else '*'}) in percentage points: " + "; ".join(
                f"{s.title} {b.label} {b.display} ({b.note})" for s in sections for b in s.bars) + ".")
    return bar_chart("chart-groups", f"5S1 credential attainment by student group and gap to all students, "
                     f"cohort {year}", desc, sections, "Share of concentrators with a counted credential",
                     "Student group", reference=reference, label_w=200)


def chart_wbl_types(data: ReportData, year: int | None) -> str:
    rows = sorted((r for r in data.wbl_types if r["cohort_year"] == year), key=lambda r: r["experience_type_order"])
    bars = [Bar(r["experience_type"], r["participation_rate"], pct(r["participation_rate"]), "",
                COLORS["wbl"]) for r in rows]
    desc = f"Work-based learning participation by experience type, cohort {year}: " + "; ".join(
        f"{b.label} {b.display}" for b in bars) + "."
    return bar_chart("chart-wbl-types", f"Work-based learning participation by experience type, cohort {year}",
                     desc, [Section("", bars)], "Share of the cohort with at least one experience of the type",
                     "Experience type", label_w=140)


def chart_quality(data: ReportData) -> str:
    years = [r["school_year"] for r in data.quality if r["school_year"] is not None]
    year = max(years) if years else None
    row = next((r for r in data.quality if r["school_year"] == year), {})
    bars = []
    for column, label in FUNNEL if row else ():
        value = row.get(column)
        base = row.get("records_received" if column.startswith("records") else "mentions")
        note = f"{value / base:.1%} of {'received' if column.startswith('records') else 'mentions'}" if (
            value is not None and base and column not in ("records_received", "mentions")) else ""
        color = COLORS["rejected"] if column == "records_rejected" else COLORS["neutral"]
        bars.append(Bar(label, None if value is None else float(value),
                        "*" if value is None else f"{value:,}", note, color))
    desc = f"Credential records and mentions for school year {year}: " + "; ".join(
        f"{b.label} {b.display}" for b in bars) + (
        f". Also: {row.get('mentions_junk')} junk mentions, {row.get('mentions_needing_review')} needing review."
        if row else ".")
    return bar_chart("chart-quality", f"Credential data-quality funnel, school year {year}", desc,
                     [Section("", bars)], "Number of records or mentions", "Stage", is_rate=False, label_w=290)


# ---------------------------------------------------------------------------------------------------- disclosure
@dataclass
class DisclosureFinding:
    """What the attack said about the rows this page shows: the summary sentence, and what must stop publication."""

    sentence: str
    alarms: list[str]


def check_disclosure(data: ReportData) -> DisclosureFinding:
    """Run the disclosure attack on exactly the rows read for the page.

    A recovered cell is named (table, column, row) but its recovered range is not printed: the page would
    otherwise publish the very value suppression hid.
    """
    from cte_credentials.disclosure.check import attack_tables, counted_wbl_types, summary

    tables = {"rpt_attainment": data.attainment, "rpt_wbl_participation_by_type": data.wbl_types,
              "rpt_credential_data_quality": data.quality}
    if data.vendor_outcomes:
        tables[VENDOR_TABLE] = data.vendor_outcomes
    try:
        result = attack_tables(tables, counted_wbl_types())
    except (KeyError, TypeError, ValueError, RuntimeError) as exc:
        return DisclosureFinding("the disclosure attack could not run on these tables",
                                 [f"the attack failed ({type(exc).__name__}: {exc}): are the rpt_ tables from this "
                                  "version of the project?"])
    alarms = []
    if result.leaks:
        named = [f"{leak.table}.{leak.column} of {result.labels[leak.cell]}" for leak in result.leaks[:MAX_LISTED]]
        alarms.append(f"{len(result.leaks)} suppressed count(s) can be recovered within one student: "
                      + "; ".join(named) + ("; ..." if len(result.leaks) > MAX_LISTED else ""))
    if result.problems:
        alarms.append(f"{len(result.problems)} published column value(s) are not what the disclosure register "
                      "models: " + "; ".join(result.problems[:MAX_LISTED])
                      + ("; ..." if len(result.problems) > MAX_LISTED else ""))
    return DisclosureFinding(summary(result), alarms)


def alarm_html(finding: DisclosureFinding) -> str:
    if not finding.alarms:
        return ""
    items = "".join(f"<li>{esc(a)}</li>" for a in finding.alarms)
    return (f'<div class="alarm" role="alert"><strong>Disclosure check failed: do not publish this page.</strong> '
            f"Run <code>cte-credentials check-disclosure</code> on the warehouse for the full list.<ul>{items}</ul>"
            "</div>")


# ---------------------------------------------------------------------------------------------------- page
CSS = """
body { font-family: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; color: #1b1b1b; margin: 0;
       background: #f6f7f9; line-height: 1.45; }
main { max-width: 980px; margin: 0 auto; padding: 24px; }
header, figure, section.vendor { background: #fff; border: 1px solid #dde1e6; border-radius: 6px; padding: 16px 20px;
                 margin: 0 0 20px; }
h1 { font-size: 1.6rem; margin: 0 0 8px; }
h2 { font-size: 1.15rem; margin: 0 0 8px; }
figcaption { color: #333; margin-top: 6px; font-size: 0.95rem; }
svg.chart { max-width: 100%; height: auto; display: block; }
.key { display: inline-block; width: 22px; height: 12px; vertical-align: middle; border: 1px solid #8a8a8a;
       background: repeating-linear-gradient(45deg, #8a8a8a 0 2px, #e4e4e4 2px 6px); }
.band { display: inline-block; width: 22px; height: 12px; vertical-align: middle; background: #eceff3;
        border: 1px solid #c8cdd3; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 4px 12px; margin: 8px 0; }
dt { font-weight: 600; }
dd { margin: 0; }
code { background: #eef0f3; padding: 0 3px; border-radius: 3px; }
table { border-collapse: collapse; margin: 12px 0 4px; font-size: 0.92rem; }
caption { text-align: left; font-weight: 600; margin-bottom: 4px; }
th, td { border-bottom: 1px solid #dde1e6; padding: 3px 10px; text-align: right; }
th:first-child, td:first-child, td.text { text-align: left; }
tr.incomplete td { color: #555; background: #f3f4f6; }
.alarm { border: 2px solid #b03a2e; background: #fbeceb; color: #5a1410; padding: 10px 14px; border-radius: 6px;
         margin: 10px 0; }
.disclosure { font-weight: 600; }
"""


def header_html(data: ReportData, cohort: Cohort, finding: DisclosureFinding) -> str:
    denominators = _distinct(data.attainment, "denominator")
    bases = _distinct(data.attainment, "credential_status_basis")
    incomplete = (f"Cohorts {esc(year_ranges(cohort.incomplete))}: the extract does not hold their whole credential "
                  "window (the four high-school years and the grace years after them). Their rates read low because "
                  "records are missing, not because students earned fewer credentials. The trend chart sets them on "
                  '<span class="band"></span> a grey band, with hollow points and dashed lines.'
                  if cohort.incomplete else "none: every cohort's credential window is in the extract.")
    shown = (f"cohort {esc(cohort.year)}: {esc(cohort.why)}" if cohort.year is not None
             else "no cohort: the table is empty")
    return f"""<header>
<h1>CTE credential attainment and work-based learning</h1>
{alarm_html(finding)}
<p>Perkins V indicator <strong>5S1</strong> is the share of a cohort who attained a recognised credential;
<strong>5S3</strong> the share who took part in work-based learning (WBL). A cohort is the students who left
school in a year. All figures come from the public, suppressed <code>rpt_</code> tables.</p>
<p>The charts by career cluster, student group and WBL type show {shown}.</p>
<dl>
<dt>Denominator</dt><dd>{_explain(denominators, DENOMINATOR_TEXT)}</dd>
<dt>Classification basis</dt><dd>{_explain(bases, BASIS_TEXT)}</dd>
<dt>Incomplete cohorts</dt><dd>{incomplete}</dd>
<dt>Review range</dt><dd>Some students' attainment depends on credential entries still waiting for review. The
5S1 rate counts none of them; the review range runs up to the rate if every one counted.</dd>
<dt>Suppression</dt><dd><span class="key"></span> <code>*</code> = suppressed: too few students, or hidden so
that a published total cannot reveal another hidden cell. <code>&lt;5%</code> / <code>&gt;95%</code> = only the
band is published; the hatched bar spans the band, not a measured value. Gaps to all students are not shown
for suppressed groups.</dd>
</dl>
</header>"""


def _distinct(rows: list[dict], column: str) -> list[str]:
    return sorted({str(r[column]) for r in rows if r.get(column) is not None})


def _explain(values: list[str], glossary: dict[str, str]) -> str:
    if not values:
        return "not recorded in the table"
    return "; ".join(f"<code>{esc(v)}</code>: {esc(glossary.get(v, 'see the project documentation'))}"
                     for v in values)


def review_table(data: ReportData, cohort: Cohort) -> str:
    """Beside the chart, the state 5S1 rate per cohort with the students waiting for review and the range."""
    rows = _state_all(data)
    if not rows:
        return ""
    body = []
    for r in rows:
        complete = r.get("is_cohort_window_complete") is not False
        low, high = r.get("credential_rate"), r.get("credential_rate_if_review_counts")
        span = "*" if low is None or high is None else f"{pct(low)} to {pct(high)}"
        body.append(f'<tr{"" if complete else " class=incomplete"}><td>{esc(r["cohort_year"])}</td>'
                    f'<td class="text">{"complete" if complete else "incomplete: reads low"}</td>'
                    f"<td>{esc(r['credential_rate_display'] or '*')}</td>"
                    f"<td>{esc(_count(r.get('review_pending_count')))}</td><td>{esc(span)}</td></tr>")
    chosen = next((r for r in rows if r["cohort_year"] == cohort.year), None)
    sentence = f"<p>{esc(review_sentence(chosen))}.</p>" if chosen else ""
    return (f"{sentence}<table><caption>State 5S1 rate and review range by cohort</caption><thead><tr>"
            '<th scope="col">Cohort</th><th scope="col">Credential window</th><th scope="col">5S1 rate</th>'
            '<th scope="col">Students waiting for review</th><th scope="col">5S1 range as review decides</th>'
            f"</tr></thead><tbody>{''.join(body)}</tbody></table>")


VENDOR_ROWS_SHOWN = 15


def vendor_section(data: ReportData) -> str:
    """The data-sharing vendors' test results for the latest school year: pass rates and how many self-reports a
    vendor pass confirms (rpt_vendor_credential_outcomes). Nothing without vendor files."""
    if not data.vendor_outcomes:
        return ""
    year = max(r["school_year"] for r in data.vendor_outcomes)
    rows = sorted((r for r in data.vendor_outcomes if r["school_year"] == year),
                  key=lambda r: (r["test_taker_count"] is None, -(r["test_taker_count"] or 0), r["credential_code"]))
    body = "".join(
        f'<tr><td class="text">{esc(r["credential_name"] or r["credential_code"])}</td>'
        f'<td class="text">{esc(r["data_sharing_vendor_name"] or "")}</td>'
        f"<td>{esc(_count(r['test_taker_count']))}</td>"
        f"<td>{esc(r['first_attempt_pass_rate_display'] or '*')}</td>"
        f"<td>{esc(r['eventual_pass_rate_display'] or '*')}</td>"
        f"<td>{esc(_count(r['covered_report_count']))}</td>"
        f"<td>{esc(r['confirmation_rate_display'] or '*')}</td></tr>"
        for r in rows[:VENDOR_ROWS_SHOWN])
    more = (f" The {len(rows)} credentials of the year are in <code>rpt_vendor_credential_outcomes</code>; the "
            f"{VENDOR_ROWS_SHOWN} with the most test takers are shown." if len(rows) > VENDOR_ROWS_SHOWN else "")
    return (f'<section class="vendor">\n<h2>Vendor test results, school year {esc(year)}</h2>\n'
            "<p>From the credentialing vendors that share every test attempt with the state, linked to students: "
            "of the students who first tested for a credential that year, the share who passed at the first attempt "
            "and the share who have passed by now (the latest years read low: later retakes are not in the files "
            "yet); and of the students whose school reported the credential that year where a vendor can speak to "
            f"it, the share a vendor pass confirms. <code>*</code> = suppressed.{more}</p>\n"
            f"<table><caption>Test takers, pass rates and confirmation of school reports, {esc(year)}</caption><thead>"
            '<tr><th scope="col">Credential</th><th scope="col">Vendor</th><th scope="col">Test takers</th>'
            '<th scope="col">First-attempt pass rate</th><th scope="col">Passed by now</th>'
            '<th scope="col">School reports a vendor covers</th><th scope="col">Confirmed by a vendor pass</th>'
            f"</tr></thead><tbody>{body}</tbody></table>\n</section>")


def figure(svg: str, heading: str, caption: str, extra: str = "") -> str:
    return (f"<figure>\n<h2>{esc(heading)}</h2>\n{svg}\n<figcaption>{esc(caption)}</figcaption>\n{extra}"
            "</figure>")


def render(data: ReportData, cohort_year: int | None = None) -> str:
    """The whole page as one string: no external resource, no script."""
    cohort = choose_cohort(data, cohort_year)
    year = cohort.year
    finding = check_disclosure(data)
    disclosure = (f'<p class="disclosure">Disclosure check of the tables this page was drawn from: '
                  f"{esc(finding.sentence)}.</p>{alarm_html(finding)}")
    figures = [
        figure(chart_trend(data), "Attainment trend",
               "State 5S1 credential and priority-credential rates and the 5S3 work-based learning rate for each "
               "cohort year; a break in a line marks a suppressed value (*). Cohorts on a grey band, with hollow "
               "points and dashed lines, do not have their whole credential window in the extract: their rates read "
               "low because records are missing, not because students earned fewer credentials. The dark bar on "
               "each 5S1 point runs up to the rate if every entry still waiting for review counted.",
               review_table(data, cohort)),
        figure(chart_clusters(data, year), "By career cluster",
               f"Share of the {year} cohort ({cohort.why}) with a counted credential in each career cluster, highest "
               "first; hatched bars are suppressed values or bands."),
        figure(chart_groups(data, year), "By student group",
               f"Share of the {year} cohort with a counted credential for each special population, race/ethnicity "
               "and sex group; the dashed line is all students and the right column the gap in percentage points."),
        figure(chart_wbl_types(data, year), "Work-based learning by type",
               f"Share of the {year} cohort with at least one work-based learning experience of each type, from "
               "awareness to apprenticeship; a student can count under several types."),
        figure(chart_quality(data), "Data quality",
               "How the latest school year's credential records flowed from receipt to the mentions counted toward "
               "attainment; one staged record can hold several credential mentions.", disclosure),
    ]
    body = "\n".join([header_html(data, cohort, finding), *figures, vendor_section(data)])
    return (f'<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>CTE credential attainment report</title>\n<style>{CSS}</style>\n</head>\n"
            f"<body>\n<main>\n{body}\n</main>\n</body>\n</html>\n")


# ---------------------------------------------------------------------------------------------------- command
def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--warehouse", type=Path, default=None, help="DuckDB file (default: CTE_DUCKDB_PATH)")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help=f"HTML file to write (default: {DEFAULT_OUT})")
    parser.add_argument("--cohort", type=int, default=None,
                        help="cohort year of the charts by cluster, group and WBL type (default: the latest cohort "
                             "whose credential window is complete in the extract)")


def run(args: argparse.Namespace) -> int:
    warehouse = args.warehouse or warehouse_path()
    page = render(load(warehouse), getattr(args, "cohort", None))
    out: Path = args.out
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(page, encoding="utf-8")
    except OSError as exc:
        raise UserError(f"cannot write {out}: {exc}") from exc
    print(f"report: wrote {out} ({len(page.encode()):,} bytes) from {warehouse}")
    return 0


__all__ = ["Bar", "ReportData", "Section", "bar_chart", "empty_chart", "load", "render", "run", "trend_chart"]
