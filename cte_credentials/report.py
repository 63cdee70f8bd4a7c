"""`cte-credentials report`: one self-contained HTML page of charts drawn from the public `rpt_` tables only.

The page is meant to be opened anywhere (an e-mail attachment, a file share, an offline laptop), so it carries no
script, no web font and no link to a CDN: every chart is inline SVG drawn by the small functions below, every style
is plain CSS in the page. Reading only `reporting.rpt_*` means the page can show nothing the disclosure rules have
not already cleared: a suppressed value stays `*` (or its band, `<5%` / `>95%`) and is drawn as a hatched grey bar,
never as a number.
"""

from __future__ import annotations

import argparse
import html
import math
from dataclasses import dataclass, field
from pathlib import Path

from cte_credentials.errors import UserError
from cte_credentials.paths import PROJECT_ROOT, warehouse_path

DEFAULT_OUT = PROJECT_ROOT / "docs" / "report" / "attainment_report.html"
BANDS = {"<5%": (0.0, 0.05), ">95%": (0.95, 1.0)}
COLORS = {"credential": "#1f5fa8", "priority": "#c2571a", "wbl": "#2a8a4a", "neutral": "#5b6b7b"}
FONT = "font-family=\"system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif\""
HALO = 'stroke="#fff" stroke-width="3" paint-order="stroke"'  # keeps value labels legible over grid lines
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


# ---------------------------------------------------------------------------------------------------- SVG helpers
@dataclass
class Bar:
    """One bar of a horizontal bar chart: `value` None means suppressed, and `display` says how it is published."""

    label: str
    value: float | None
    display: str = ""
    note: str = ""  # text drawn right of the bar area (e.g. the gap to all students)
    color: str = COLORS["credential"]


@dataclass
class Series:
    """One line of a line chart; a None value breaks the line and is marked `*` on the axis."""

    name: str
    values: list[float | None]
    color: str
    dashed: bool = False


@dataclass
class Section:
    """A titled group of bars inside one bar chart (e.g. Sex, Race/ethnicity)."""

    title: str
    bars: list[Bar] = field(default_factory=list)


def esc(text: object) -> str:
    """Escape for both text nodes and attribute values: all labels come from data."""
    return html.escape(str(text), quote=True)


def pct(value: float | None, digits: int = 1) -> str:
    return "*" if value is None else f"{value * 100:.{digits}f}%"


def _svg_open(chart_id: str, width: int, height: int, title: str, desc: str) -> list[str]:
    """The accessible frame every chart shares: role=img named by its <title> and described by its <desc>."""
    return [
        f'<svg xmlns="http://www.w3.org/2000/svg" id="{esc(chart_id)}" class="chart" role="img" '
        f'width="{width}" height="{height}" viewBox="0 0 {width} {height}" '
        f'aria-labelledby="{esc(chart_id)}-title {esc(chart_id)}-desc" {FONT} font-size="12">',
        f'<title id="{esc(chart_id)}-title">{esc(title)}</title>',
        f'<desc id="{esc(chart_id)}-desc">{esc(desc)}</desc>',
        f'<defs><pattern id="{esc(chart_id)}-hatch" width="6" height="6" patternUnits="userSpaceOnUse" '
        'patternTransform="rotate(45)"><rect width="6" height="6" fill="#e4e4e4"/>'
        '<line x1="0" y1="0" x2="0" y2="6" stroke="#8a8a8a" stroke-width="2"/></pattern></defs>',
    ]


def _empty_svg(chart_id: str, title: str, desc: str, width: int = 640, height: int = 120) -> str:
    parts = _svg_open(chart_id, width, height, title, desc)
    parts.append(f'<text x="{width / 2}" y="{height / 2}" text-anchor="middle" fill="#555">No data to show</text>')
    parts.append("</svg>")
    return "\n".join(parts)


def axis(value: float | None, is_rate: bool, max_ticks: int = 6) -> list[float]:
    """Round tick values from 0 to just above the data (0, 20%, 40%...; 0, 10,000, 20,000...), so axes read easily."""
    if value is None or value <= 0:
        return [i / 5 for i in range(6)] if is_rate else [0.0, 1.0]
    magnitude = 10 ** math.floor(math.log10(value / max_ticks))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if value / (m * magnitude) <= max_ticks)
    count = math.ceil(value / step - 1e-9)
    ticks = [round(step * i, 10) for i in range(count + 1)]
    return [t for t in ticks if t <= 1.0] if is_rate and ticks[-1] > 1.0 else ticks


def _fmt_tick(value: float, is_rate: bool) -> str:
    return f"{value * 100:g}%" if is_rate else f"{value:,.0f}"


def line_chart(chart_id: str, title: str, desc: str, x_labels: list[str], series: list[Series],
               x_label: str, y_label: str, width: int = 760, height: int = 360) -> str:
    """Rates over years. Missing points break the line rather than being drawn as zero."""
    values = [v for s in series for v in s.values if v is not None]
    if not x_labels or not values:
        return _empty_svg(chart_id, title, desc)
    left, right, top, bottom = 64, 220, 20, 56
    plot_w, plot_h = width - left - right, height - top - bottom
    ticks = axis(max(values), is_rate=True)
    y_max = ticks[-1]
    step = plot_w / max(len(x_labels) - 1, 1)

    def x_at(i: int) -> float:
        return left + (i * step if len(x_labels) > 1 else plot_w / 2)

    def y_at(v: float) -> float:
        return top + plot_h - plot_h * v / y_max

    parts = _svg_open(chart_id, width, height, title, desc)
    parts += _y_grid(left, top, plot_w, plot_h, ticks, is_rate=True)
    for i, label in enumerate(x_labels):
        parts.append(f'<text x="{x_at(i):.1f}" y="{top + plot_h + 18}" text-anchor="middle">{esc(label)}</text>')
    for k, s in enumerate(series):
        dash = ' stroke-dasharray="6 4"' if s.dashed else ""
        for run in _runs(s.values):
            points = " ".join(f"{x_at(i):.1f},{y_at(v):.1f}" for i, v in run)
            parts.append(f'<polyline points="{points}" fill="none" stroke="{s.color}" stroke-width="2.5"{dash}/>')
        for i, v in enumerate(s.values):
            if v is None:
                parts.append(f'<text x="{x_at(i):.1f}" y="{top + plot_h - 4 - 12 * k}" text-anchor="middle" '
                             f'fill="{s.color}" class="suppressed">*</text>')
            else:
                parts.append(f'<circle cx="{x_at(i):.1f}" cy="{y_at(v):.1f}" r="3.5" fill="{s.color}">'
                             f'<title>{esc(s.name)} {esc(x_labels[i])}: {pct(v)}</title></circle>')
        legend_y = top + 10 + 22 * k
        parts.append(f'<line x1="{width - right + 16}" x2="{width - right + 40}" y1="{legend_y}" y2="{legend_y}" '
                     f'stroke="{s.color}" stroke-width="2.5"{dash}/>')
        parts.append(f'<text x="{width - right + 46}" y="{legend_y + 4}">{esc(s.name)}</text>')
    parts += _axis_labels(left, top, plot_w, plot_h, x_label, y_label, height)
    parts.append("</svg>")
    return "\n".join(parts)


def _runs(values: list[float | None]) -> list[list[tuple[int, float]]]:
    """Consecutive non-missing points, one polyline each."""
    runs: list[list[tuple[int, float]]] = [[]]
    for i, v in enumerate(values):
        if v is None:
            runs.append([])
        else:
            runs[-1].append((i, v))
    return [r for r in runs if r]


def _y_grid(left: float, top: float, plot_w: float, plot_h: float, ticks: list[float], is_rate: bool) -> list[str]:
    parts, y_max = [], ticks[-1]
    for t in ticks:
        y = top + plot_h - plot_h * t / y_max
        parts.append(f'<line x1="{left}" x2="{left + plot_w}" y1="{y:.1f}" y2="{y:.1f}" stroke="#ddd"/>')
        parts.append(f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end">{_fmt_tick(t, is_rate)}</text>')
    parts.append(f'<line x1="{left}" x2="{left}" y1="{top}" y2="{top + plot_h}" stroke="#333"/>')
    parts.append(f'<line x1="{left}" x2="{left + plot_w}" y1="{top + plot_h}" y2="{top + plot_h}" stroke="#333"/>')
    return parts


def _axis_labels(left: float, top: float, plot_w: float, plot_h: float, x_label: str, y_label: str,
                 height: float) -> list[str]:
    cy = top + plot_h / 2
    return [
        f'<text x="{left + plot_w / 2:.1f}" y="{height - 12}" text-anchor="middle" class="axis-label">'
        f'{esc(x_label)}</text>',
        f'<text x="16" y="{cy:.1f}" text-anchor="middle" transform="rotate(-90 16 {cy:.1f})" class="axis-label">'
        f'{esc(y_label)}</text>',
    ]


def bar_chart(chart_id: str, title: str, desc: str, sections: list[Section], x_label: str, y_label: str,
              is_rate: bool = True, reference: tuple[str, float] | None = None, width: int = 900,
              label_width: int = 290, note_width: int = 130) -> str:
    """Horizontal bars, optionally in titled sections, with an optional vertical reference line.

    A suppressed bar (value None) is hatched grey: over its band when the display is a band (`<5%`, `>95%`),
    otherwise a short stub labelled `*`, so it can never be read as a measured value.
    """
    rows = [b for s in sections for b in s.bars]
    if not rows:
        return _empty_svg(chart_id, title, desc)
    bar_h, gap, section_h = 20, 6, 24
    top, bottom, left = 30, 52, label_width
    plot_w = width - left - note_width - 20
    headed = len(sections) > 1 or bool(sections[0].title)
    plot_h = len(rows) * (bar_h + gap) + (section_h * len(sections) if headed else 0)
    height = top + plot_h + bottom
    known = [b.value for b in rows if b.value is not None] + [BANDS[b.display][1] for b in rows if b.display in BANDS]
    if reference:
        known.append(reference[1])
    ticks = axis(max(known) if known else None, is_rate)
    x_max = ticks[-1]

    def x_at(v: float) -> float:
        return left + plot_w * min(v, x_max) / x_max

    parts = _svg_open(chart_id, width, height, title, desc)
    for t in ticks:
        parts.append(f'<line x1="{x_at(t):.1f}" x2="{x_at(t):.1f}" y1="{top}" y2="{top + plot_h}" stroke="#e2e2e2"/>')
        parts.append(f'<text x="{x_at(t):.1f}" y="{top + plot_h + 16}" text-anchor="middle">'
                     f'{_fmt_tick(t, is_rate)}</text>')
    y = top
    for section in sections:
        if headed:
            parts.append(f'<text x="8" y="{y + 17}" font-weight="bold">{esc(section.title)}</text>')
            y += section_h
        for bar in section.bars:
            parts += _bar(chart_id, bar, y, bar_h, left, x_at, is_rate, width - note_width)
            y += bar_h + gap
    if reference:
        rx = x_at(reference[1])
        parts.append(f'<line x1="{rx:.1f}" x2="{rx:.1f}" y1="{top}" y2="{top + plot_h}" stroke="#222" '
                     f'stroke-width="1.5" stroke-dasharray="4 3"/>')
        parts.append(f'<text x="{rx + 4:.1f}" y="{top - 6}" font-size="11">{esc(reference[0])}</text>')
    parts.append(f'<line x1="{left}" x2="{left}" y1="{top}" y2="{top + plot_h}" stroke="#333"/>')
    parts.append(f'<line x1="{left}" x2="{left + plot_w}" y1="{top + plot_h}" y2="{top + plot_h}" stroke="#333"/>')
    parts.append(f'<text x="{left + plot_w / 2:.1f}" y="{height - 12}" text-anchor="middle" class="axis-label">'
                 f'{esc(x_label)}</text>')
    parts.append(f'<text x="{left - 8}" y="{top - 12}" text-anchor="end" class="axis-label">{esc(y_label)}</text>')
    parts.append("</svg>")
    return "\n".join(p for p in parts if p)


def _bar(chart_id: str, bar: Bar, y: float, bar_h: int, left: float, x_at, is_rate: bool,
         note_x: float) -> list[str]:
    """One labelled bar; suppressed bars are hatched and carry their published mark instead of a number."""
    mid = y + bar_h / 2 + 4
    parts = [f'<text x="{left - 8}" y="{mid:.1f}" text-anchor="end">{esc(bar.label)}</text>']
    if bar.value is not None:
        w = max(x_at(bar.value) - left, 0.5)
        text = bar.display or (pct(bar.value) if is_rate else f"{bar.value:,.0f}")
        parts.append(f'<rect x="{left}" y="{y}" width="{w:.1f}" height="{bar_h}" fill="{bar.color}">'
                     f'<title>{esc(bar.label)}: {esc(text)}</title></rect>')
        parts.append(f'<text x="{left + w + 4:.1f}" y="{mid:.1f}" {HALO}>{esc(text)}</text>')
    else:
        lo, hi = BANDS.get(bar.display, (0.0, None))  # type: ignore[arg-type]
        x0 = x_at(lo)
        x1 = x_at(hi) if hi is not None else left + 28
        mark = bar.display or "*"
        label = f"{mark} (band)" if bar.display in BANDS else f"{mark} suppressed"
        parts.append(f'<rect x="{x0:.1f}" y="{y}" width="{max(x1 - x0, 2):.1f}" height="{bar_h}" '
                     f'fill="url(#{esc(chart_id)}-hatch)" stroke="#8a8a8a" class="suppressed">'
                     f'<title>{esc(bar.label)}: {esc(label)}</title></rect>')
        parts.append(f'<text x="{x1 + 4:.1f}" y="{mid:.1f}" fill="#555" class="suppressed">{esc(label)}</text>')
    if bar.note:
        parts.append(f'<text x="{note_x + 8:.1f}" y="{mid:.1f}" fill="#333">{esc(bar.note)}</text>')
    return parts


# ---------------------------------------------------------------------------------------------------- data
def fetch(con, sql: str, params: list | None = None) -> list[dict]:
    """Rows as dicts: the charts address columns by name."""
    cursor = con.execute(sql, params or [])
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


@dataclass
class ReportData:
    attainment: list[dict]
    wbl_types: list[dict]
    quality: list[dict]


def load(warehouse: Path) -> ReportData:
    """Read the three public tables, and nothing else, from a built warehouse (read-only)."""
    import duckdb

    if not warehouse.exists():
        raise UserError(f"{warehouse} not found: build the warehouse first (make build)")
    try:
        con = duckdb.connect(str(warehouse), read_only=True)
    except duckdb.Error as exc:
        raise UserError(f"cannot open {warehouse}: {exc}") from exc
    try:
        return ReportData(
            attainment=fetch(con, "select * from reporting.rpt_attainment "
                                  "where reporting_level in ('state', 'career_cluster')"),
            wbl_types=fetch(con, "select * from reporting.rpt_wbl_participation_by_type"),
            quality=fetch(con, "select * from reporting.rpt_credential_data_quality"),
        )
    except duckdb.Error as exc:
        raise UserError(f"cannot read the rpt_ tables from {warehouse} (is it fully built?): {exc}") from exc
    finally:
        con.close()


def _state_all(data: ReportData) -> list[dict]:
    rows = [r for r in data.attainment if r["reporting_level"] == "state" and r["student_group_type"] == "all"]
    return sorted(rows, key=lambda r: r["cohort_year"])


def latest_cohort(data: ReportData) -> int | None:
    years = [r["cohort_year"] for r in data.attainment if r["cohort_year"] is not None]
    return max(years) if years else None


# ---------------------------------------------------------------------------------------------------- charts
def chart_trend(data: ReportData) -> str:
    rows = _state_all(data)
    years = [str(r["cohort_year"]) for r in rows]
    series = [
        Series("5S1 credential", [r["credential_rate"] for r in rows], COLORS["credential"]),
        Series("5S1 priority credential", [r["priority_credential_rate"] for r in rows], COLORS["priority"],
               dashed=True),
        Series("5S3 work-based learning", [r["wbl_rate"] for r in rows], COLORS["wbl"]),
    ]
    desc = "State rates by cohort year. " + "; ".join(
        f"{y}: credential {r['credential_rate_display']}, priority {r['priority_credential_rate_display']}, "
        f"WBL {r['wbl_rate_display']}" for y, r in zip(years, rows, strict=True)) + "."
    return line_chart("chart-trend", "State 5S1 credential attainment and 5S3 work-based learning by cohort year",
                      desc, years, series, "Cohort year (year the students left school)", "Share of cohort")


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
                     label_width=340)


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
                     "Student group", reference=reference)


def chart_wbl_types(data: ReportData) -> str:
    years = [r["cohort_year"] for r in data.wbl_types if r["cohort_year"] is not None]
    year = max(years) if years else None
    rows = sorted((r for r in data.wbl_types if r["cohort_year"] == year), key=lambda r: r["experience_type_order"])
    bars = [Bar(r["experience_type"], r["participation_rate"], pct(r["participation_rate"]), "",
                COLORS["wbl"]) for r in rows]
    desc = f"Work-based learning participation by experience type, cohort {year}: " + "; ".join(
        f"{b.label} {b.display}" for b in bars) + "."
    return bar_chart("chart-wbl-types", f"Work-based learning participation by experience type, cohort {year}",
                     desc, [Section("", bars)], "Share of the cohort with at least one experience of the type",
                     "Experience type", label_width=160)


FUNNEL = (
    ("records_received", "Records received"),
    ("records_rejected", "Records rejected"),
    ("records_staged", "Records staged"),
    ("mentions", "Credential mentions (staged records split)"),
    ("mentions_resolved", "Mentions resolved to a credential"),
    ("mentions_counted", "Mentions counted toward attainment"),
)


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
        color = "#b03a2e" if column == "records_rejected" else COLORS["neutral"]
        bars.append(Bar(label, None if value is None else float(value),
                        "*" if value is None else f"{value:,}", note, color))
    desc = f"Credential records and mentions for school year {year}: " + "; ".join(
        f"{b.label} {b.display}" for b in bars) + (
        f". Also: {row.get('mentions_junk')} junk mentions, {row.get('mentions_needing_review')} needing review."
        if row else ".")
    return bar_chart("chart-quality", f"Credential data-quality funnel, school year {year}", desc,
                     [Section("", bars)], "Number of records or mentions", "Stage", is_rate=False, note_width=150)


# ---------------------------------------------------------------------------------------------------- page
CSS = """
body { font-family: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; color: #1b1b1b; margin: 0;
       background: #f6f7f9; line-height: 1.45; }
main { max-width: 980px; margin: 0 auto; padding: 24px; }
header, figure { background: #fff; border: 1px solid #dde1e6; border-radius: 6px; padding: 16px 20px;
                 margin: 0 0 20px; }
h1 { font-size: 1.6rem; margin: 0 0 8px; }
h2 { font-size: 1.15rem; margin: 0 0 8px; }
figcaption { color: #333; margin-top: 6px; font-size: 0.95rem; }
svg.chart { max-width: 100%; height: auto; display: block; }
svg .axis-label { font-weight: 600; fill: #333; }
.key { display: inline-block; width: 22px; height: 12px; vertical-align: middle; border: 1px solid #8a8a8a;
       background: repeating-linear-gradient(45deg, #8a8a8a 0 2px, #e4e4e4 2px 6px); }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 4px 12px; margin: 8px 0; }
dt { font-weight: 600; }
dd { margin: 0; }
code { background: #eef0f3; padding: 0 3px; border-radius: 3px; }
"""


def _distinct(rows: list[dict], column: str) -> list[str]:
    return sorted({str(r[column]) for r in rows if r.get(column) is not None})


def _explain(values: list[str], glossary: dict[str, str]) -> str:
    if not values:
        return "not recorded in the table"
    return "; ".join(f"<code>{esc(v)}</code>: {esc(glossary.get(v, 'see the project documentation'))}"
                     for v in values)


def header_html(data: ReportData, year: int | None) -> str:
    denominators = _distinct(data.attainment, "denominator")
    bases = _distinct(data.attainment, "credential_status_basis")
    return f"""<header>
<h1>CTE credential attainment and work-based learning</h1>
<p>Perkins V indicator <strong>5S1</strong> is the share of a cohort who attained a recognised credential;
<strong>5S3</strong> the share who took part in work-based learning (WBL). A cohort is the students who left
school in a year (latest cohort shown: {esc(year)}). All figures come from the public, suppressed
<code>rpt_</code> tables.</p>
<dl>
<dt>Denominator</dt><dd>{_explain(denominators, DENOMINATOR_TEXT)}</dd>
<dt>Classification basis</dt><dd>{_explain(bases, BASIS_TEXT)}</dd>
<dt>Suppression</dt><dd><span class="key"></span> <code>*</code> = suppressed: too few students, or hidden so
that a published total cannot reveal another hidden cell. <code>&lt;5%</code> / <code>&gt;95%</code> = only the
band is published; the hatched bar spans the band, not a measured value. Gaps to all students are not shown
for suppressed groups.</dd>
</dl>
</header>"""


def figure(svg: str, heading: str, caption: str) -> str:
    return f"<figure>\n<h2>{esc(heading)}</h2>\n{svg}\n<figcaption>{esc(caption)}</figcaption>\n</figure>"


def render(data: ReportData) -> str:
    """The whole page as one string: no external resource, no script."""
    year = latest_cohort(data)
    figures = [
        figure(chart_trend(data), "Attainment trend",
               "State 5S1 credential and priority-credential rates and the 5S3 work-based learning rate for each "
               "cohort year; a break in a line marks a suppressed value."),
        figure(chart_clusters(data, year), "By career cluster",
               f"Share of the {year} cohort with a counted credential in each career cluster, highest first; "
               "hatched bars are suppressed values or bands."),
        figure(chart_groups(data, year), "By student group",
               f"Share of the {year} cohort with a counted credential for each special population, race/ethnicity "
               "and sex group; the dashed line is all students and the right column the gap in percentage points."),
        figure(chart_wbl_types(data), "Work-based learning by type",
               "Share of the latest cohort with at least one work-based learning experience of each type, from "
               "awareness to apprenticeship; a student can count under several types."),
        figure(chart_quality(data), "Data quality",
               "How the latest school year's credential records flowed from receipt to the mentions counted toward "
               "attainment; one staged record can hold several credential mentions."),
    ]
    body = "\n".join([header_html(data, year), *figures])
    return (f'<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>CTE credential attainment report</title>\n<style>{CSS}</style>\n</head>\n"
            f"<body>\n<main>\n{body}\n</main>\n</body>\n</html>\n")


# ---------------------------------------------------------------------------------------------------- command
def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--warehouse", type=Path, default=None, help="DuckDB file (default: CTE_DUCKDB_PATH)")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help=f"HTML file to write (default: {DEFAULT_OUT})")


def run(args: argparse.Namespace) -> int:
    warehouse = args.warehouse or warehouse_path()
    page = render(load(warehouse))
    out: Path = args.out
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(page, encoding="utf-8")
    except OSError as exc:
        raise UserError(f"cannot write {out}: {exc}") from exc
    print(f"report: wrote {out} ({len(page):,} bytes) from {warehouse}")
    return 0
