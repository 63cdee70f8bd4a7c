"""Charts for the report, declared in Vega-Lite through Altair and rendered offline to accessible inline SVG.

`vl-convert` runs Vega in an embedded JavaScript engine, with no browser and no network, so the page that holds
the SVG needs no script. Each SVG then gets role=img with a <title> and a <desc> that reads every value, a hatch
pattern for suppressed values, and a <title> on every mark, which browsers show as a tooltip with no script.
Suppressed values are never drawn as numbers: a hatched band over the published band (`<5%`, `>95%`), or a hatched
stub marked `*`; on the trend chart a missing point breaks the line and is marked `*`.
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field

import altair as alt
import vl_convert

VL_VERSION = ".".join(alt.SCHEMA_VERSION.lstrip("v").split(".")[:2])  # the Vega-Lite Altair writes, e.g. "6.4"
SVG_NS, XLINK_NS = "http://www.w3.org/2000/svg", "http://www.w3.org/1999/xlink"
BANDS = {"<5%": (0.0, 0.05), ">95%": (0.95, 1.0)}
COLORS = {"credential": "#1f5fa8", "priority": "#c2571a", "wbl": "#2a8a4a", "neutral": "#5b6b7b",
          "rejected": "#b03a2e", "review": "#0b2e59", "suppressed": "#8a8a8a", "incomplete": "#eceff3"}
FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif"
# (column, legend name, colour, point shape): shapes as well as colours, so the lines read in grey too
SERIES = (("credential_rate", "5S1 credential", COLORS["credential"], "circle"),
          ("priority_credential_rate", "5S1 priority credential", COLORS["priority"], "square"),
          ("wbl_rate", "5S3 work-based learning", COLORS["wbl"], "triangle-up"))
# room right of the plot: Vega measures text with its own fonts, a browser may draw it wider
PADDING = {"left": 8, "top": 8, "bottom": 8, "right": 40}
BAR_STEP, STUB, PLOT_H = 26, 28, 300  # pixels per bar; of the stub a suppressed bar gets; trend height

ET.register_namespace("", SVG_NS)
ET.register_namespace("xlink", XLINK_NS)


@dataclass
class Bar:
    """One bar of a horizontal bar chart: `value` None means suppressed, and `display` says how it is published."""

    label: str
    value: float | None
    display: str = ""
    note: str = ""  # text drawn right of the bar area (e.g. the gap to all students)
    color: str = COLORS["credential"]


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


def to_svg(chart: alt.TopLevelMixin, chart_id: str, title: str, desc: str) -> str:
    """Render offline and make the SVG accessible: role=img named by <title>, described by <desc>.

    Vega writes each mark's `description` channel as its aria-label; copying it into a <title> child gives the
    tooltip without JavaScript. The hatch pattern is added here because Vega passes a `url(#...)` fill through
    but cannot declare the pattern.
    """
    spec = (chart.configure(font=FONT, background="white", padding=PADDING)
            .configure_view(stroke=None)
            .configure_axis(labelFontSize=12, titleFontSize=12, titleFontWeight=600, titleColor="#333",
                            labelColor="#1b1b1b", gridColor="#e2e2e2", domainColor="#333", tickColor="#333")
            .configure_legend(labelFontSize=12, symbolStrokeWidth=2.5)
            .configure_title(fontSize=13, anchor="start", color="#1b1b1b")).to_dict()
    root = ET.fromstring(vl_convert.vegalite_to_svg(spec, vl_version=VL_VERSION))
    _tidy(root)
    root.attrib.update({"id": chart_id, "class": "chart", "role": "img",
                        "aria-labelledby": f"{chart_id}-title {chart_id}-desc"})
    heading = ET.Element(f"{{{SVG_NS}}}title", id=f"{chart_id}-title")
    heading.text = title
    described = ET.Element(f"{{{SVG_NS}}}desc", id=f"{chart_id}-desc")
    described.text = desc
    defs = ET.fromstring(
        f'<defs xmlns="{SVG_NS}"><pattern id="{esc(chart_id)}-hatch" width="6" height="6" '
        'patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#e4e4e4"/>'
        f'<line x1="0" y1="0" x2="0" y2="6" stroke="{COLORS["suppressed"]}" stroke-width="2"/></pattern></defs>')
    for i, element in enumerate((heading, described, defs)):
        root.insert(i, element)
    return ET.tostring(root, encoding="unicode")


_EMPTY_PATH = {"M0,0h0v0h0Z", ""}
_DIGITS = re.compile(r"(\.\d\d)\d+")


def _tidy(root: ET.Element) -> None:
    """Each mark's aria-label becomes its <title> (the tooltip); then what a role=img SVG does not need goes.

    Inside role=img the inner ARIA roles and labels are not read (the chart is one image named by its title and
    desc), so they are dropped with Vega's empty background and foreground paths and its sub-pixel digits: the
    page is a third smaller and draws the same.
    """
    for parent in list(root.iter()):
        for element in list(parent):
            if element.get("class") in ("background", "foreground") and (
                    element.get("d") in _EMPTY_PATH or element.get("display") == "none"):
                parent.remove(element)
                continue
            label = element.attrib.pop("aria-label", None)
            if label and element.tag != f"{{{SVG_NS}}}g":
                ET.SubElement(element, f"{{{SVG_NS}}}title").text = label
            for name in ("role", "aria-roledescription", "aria-hidden"):
                element.attrib.pop(name, None)
            if element.get("opacity") == "1":
                del element.attrib["opacity"]
            for name in ("d", "transform"):
                if name in element.attrib:
                    element.set(name, _DIGITS.sub(r"\1", element.get(name)))


def empty_chart(chart_id: str, title: str, desc: str) -> str:
    chart = alt.Chart(alt.Data(values=[{"text": "No data to show"}])).mark_text(
        fontSize=14, color="#555", aria=False).encode(text="text:N").properties(width=620, height=90)
    return to_svg(chart, chart_id, title, desc)


def _bar_rows(bars: list[Bar], is_rate: bool) -> list[dict]:
    """One datum per bar: a measured bar spans 0..value, a band its band, a suppressed bar a fixed stub."""
    rows = []
    for i, bar in enumerate(bars):
        if bar.value is not None:
            text = bar.display or (pct(bar.value) if is_rate else f"{bar.value:,.0f}")
            row = {"kind": "value", "lo": 0.0, "hi": bar.value, "text": text}
        elif bar.display in BANDS:
            lo, hi = BANDS[bar.display]
            row = {"kind": "band", "lo": lo, "hi": hi, "text": f"{bar.display} (band)"}
        else:
            row = {"kind": "suppressed", "lo": None, "hi": None, "text": f"{bar.display or '*'} suppressed"}
        tip = f"{bar.label}: {row['text']}" + (f" ({bar.note})" if bar.note else "")
        rows.append({**row, "order": i, "label": bar.label, "note": bar.note, "color": bar.color, "tip": tip})
    return rows


def _bar_layer(chart_id: str, bars: list[Bar], x_scale: alt.Scale, x_title: str, y_title: str | None,
               is_rate: bool, plot_w: int, label_w: int, reference: tuple[str, float] | None,
               reference_label: bool, show_axis: bool) -> alt.LayerChart:
    rows = _bar_rows(bars, is_rate)
    axis = alt.Axis(format="%" if is_rate else ",d", labelFlush=False, tickCount=6)
    if not show_axis:  # a section above the last keeps the grid, the last one carries the labels
        axis = alt.Axis(tickCount=6, labels=False, ticks=False, domain=False)
    x = alt.X("hi:Q", scale=x_scale, axis=axis, title=x_title)
    y = alt.Y("label:N", sort=alt.SortField("order"), title=y_title,
              axis=alt.Axis(labelLimit=label_w - 12, minExtent=label_w, maxExtent=label_w, ticks=False,
                            titleAngle=0, titleAlign="right", titleAnchor="start", titleY=-10, titleX=-8))
    base = alt.Chart(alt.Data(values=rows)).encode(y=y)
    hatch = {"fill": f"url(#{chart_id}-hatch)", "stroke": COLORS["suppressed"]}
    tip = {"tooltip": alt.Tooltip("tip:N"), "description": alt.Description("tip:N")}
    layers = [
        base.transform_filter("datum.kind == 'value'").mark_bar().encode(
            x=x, x2="lo:Q", color=alt.Color("color:N", scale=None), **tip),
        base.transform_filter("datum.kind == 'band'").mark_bar(**hatch).encode(x=x, x2="lo:Q", **tip),
        base.transform_filter("datum.kind == 'suppressed'").mark_bar(**hatch).encode(
            x=alt.value(0), x2=alt.value(STUB), **tip),
    ]
    if reference:  # under the value labels, which carry a white halo to stay legible across it
        line = alt.Chart(alt.Data(values=[{"hi": reference[1], "text": reference[0]}]))
        layers.append(line.mark_rule(color="#222", strokeWidth=1.5, strokeDash=[4, 3], aria=False).encode(x=x))
        if reference_label:
            layers.append(line.mark_text(align="left", dx=4, aria=False, fontSize=11).encode(
                x=x, y=alt.value(-8), text="text:N"))
    measured = base.transform_filter("datum.kind != 'suppressed'")
    layers += [
        measured.mark_text(align="left", dx=4, aria=False, stroke="white", strokeWidth=3).encode(x=x, text="text:N"),
        measured.mark_text(align="left", dx=4, aria=False).encode(x=x, text="text:N"),
        base.transform_filter("datum.kind == 'suppressed'").mark_text(align="left", aria=False, color="#555").encode(
            x=alt.value(STUB + 4), text="text:N"),
    ]
    if any(bar.note for bar in bars):
        layers.append(base.mark_text(align="left", aria=False, color="#333").encode(
            x=alt.value(plot_w + 64), text="note:N"))
    return alt.layer(*layers).properties(width=plot_w, height=alt.Step(BAR_STEP))


def bar_chart(chart_id: str, title: str, desc: str, sections: list[Section], x_label: str, y_label: str,
              is_rate: bool = True, reference: tuple[str, float] | None = None, plot_w: int = 420,
              label_w: int = 260) -> str:
    """Horizontal bars, optionally in titled sections sharing one axis, with an optional vertical reference line.

    A suppressed bar (value None) is hatched grey: over its band when the display is a band (`<5%`, `>95%`),
    otherwise a short stub labelled `*`, so it can never be read as a measured value.
    """
    sections = [s for s in sections if s.bars]
    if not sections:
        return empty_chart(chart_id, title, desc)
    bars = [b for s in sections for b in s.bars]
    known = [b.value for b in bars if b.value is not None] + [BANDS[b.display][1] for b in bars
                                                               if b.value is None and b.display in BANDS]
    top = max(known + ([reference[1]] if reference else []), default=0) or 1.0
    x_scale = alt.Scale(domain=[0, min(top, 1.0) if is_rate else top], nice=True, zero=True)
    headed = len(sections) > 1 or bool(sections[0].title)
    charts = []
    for i, section in enumerate(sections):
        last = i == len(sections) - 1
        layer = _bar_layer(chart_id, section.bars, x_scale, x_label if last else "", None if headed else y_label,
                           is_rate, plot_w, label_w, reference, i == 0, last)
        charts.append(layer.properties(title=section.title) if headed else layer)
    chart = charts[0] if len(charts) == 1 else alt.vconcat(*charts, spacing=10).resolve_scale(x="shared")
    return to_svg(chart, chart_id, title, desc)


def trend_chart(chart_id: str, title: str, desc: str, rows: list[dict], x_title: str, y_title: str) -> str:
    """Rates by cohort year, one line per series; a missing point breaks the line and is marked `*`.

    A cohort whose credential window is not whole in the extract stands on a grey band, its points hollow and the
    line to it dashed; the 5S1 point carries a bar up to the rate if every entry waiting for review counted.
    """
    years = [r["cohort_year"] for r in rows]
    points, ranges = [], []
    for k, (column, name, _color, _shape) in enumerate(SERIES):
        for r in rows:
            value, complete = r.get(column), r.get("is_cohort_window_complete") is not False
            shown = r.get(f"{column}_display") or pct(value)
            note = "" if complete else " (credential window incomplete: reads low)"
            points.append({"year": r["cohort_year"], "series": name, "rate": value,
                           "solid": value if complete else None, "complete": complete,
                           "star_y": None if value is not None else PLOT_H - 8 - 14 * k,
                           "tip": f"{name}, cohort {r['cohort_year']}: {shown}{note}"})
    if not years or all(p["rate"] is None for p in points):
        return empty_chart(chart_id, title, desc)
    for r in rows:
        low, high = r.get("credential_rate"), r.get("credential_rate_if_review_counts")
        if low is not None and high is not None:
            ranges.append({"year": r["cohort_year"], "lo": low, "hi": high, "tip": review_sentence(r)})
    incomplete = [{"x0": r["cohort_year"] - 0.5, "x1": r["cohort_year"] + 0.5, "year": r["cohort_year"],
                   "text": "incomplete", "tip": f"Cohort {r['cohort_year']}: credential window incomplete"}
                  for r in rows if r.get("is_cohort_window_complete") is False]
    x_scale = alt.Scale(domain=[min(years) - 0.5, max(years) + 0.5], nice=False, zero=False)
    x_axis = alt.Axis(values=years, format="d", grid=False, tickCount=len(years))

    def x(column: str) -> alt.X:
        return alt.X(f"{column}:Q", scale=x_scale, axis=x_axis, title=x_title)

    def y(column: str) -> alt.Y:
        return alt.Y(f"{column}:Q", scale=alt.Scale(zero=True, nice=True), axis=alt.Axis(format="%"),
                     title=y_title)

    names = [s[1] for s in SERIES]
    color = alt.Color("series:N", scale=alt.Scale(domain=names, range=[s[2] for s in SERIES]),
                      legend=alt.Legend(title=None, orient="bottom", direction="vertical"))
    shape = alt.Shape("series:N", scale=alt.Scale(domain=names, range=[s[3] for s in SERIES]),
                      legend=alt.Legend(title=None, orient="bottom", direction="vertical"))
    tip = {"tooltip": alt.Tooltip("tip:N"), "description": alt.Description("tip:N")}
    base = alt.Chart(alt.Data(values=points))
    layers = []
    if incomplete:
        band = alt.Chart(alt.Data(values=incomplete))
        layers += [band.mark_rect(color=COLORS["incomplete"]).encode(x=x("x0"), x2="x1:Q", **tip),
                   band.mark_text(fontSize=10, color="#555", aria=False).encode(
                       x=x("year"), y=alt.value(8), text="text:N")]
    layers += [
        base.mark_line(strokeWidth=2, strokeDash=[5, 4], aria=False).encode(x=x("year"), y=y("rate"), color=color),
        base.mark_line(strokeWidth=2.5, aria=False).encode(x=x("year"), y=y("solid"), color=color),
    ]
    if ranges:
        review = alt.Chart(alt.Data(values=ranges))
        layers += [review.mark_rule(color=COLORS["review"], strokeWidth=2).encode(
                       x=x("year"), y=y("lo"), y2="hi:Q", **tip),
                   review.mark_tick(color=COLORS["review"], orient="horizontal", size=12, thickness=2,
                                    aria=False).encode(x=x("year"), y=y("hi"))]
    layers += [
        base.transform_filter("datum.rate != null && datum.complete").mark_point(filled=True, size=70).encode(
            x=x("year"), y=y("rate"), color=color, shape=shape, **tip),
        base.transform_filter("datum.rate != null && !datum.complete").mark_point(
            filled=False, size=70, strokeWidth=2, fill="white").encode(
            x=x("year"), y=y("rate"), color=color, shape=shape, **tip),
        base.transform_filter("datum.rate == null").mark_text(fontSize=14, fontWeight="bold").encode(
            x=x("year"), y=alt.Y("star_y:Q", scale=None, axis=None), text=alt.value("*"), color=color, **tip),
    ]
    chart = alt.layer(*layers).properties(width=600, height=PLOT_H)
    return to_svg(chart, chart_id, title, desc)


def review_sentence(row: dict) -> str:
    """The review range of one cohort as a sentence; suppressed counts stay `*`."""
    year, pending = row["cohort_year"], row.get("review_pending_count")
    low, high = row.get("credential_rate"), row.get("credential_rate_if_review_counts")
    if pending is None:
        return (f"Cohort {year}: 5S1 {row.get('credential_rate_display') or pct(low)}; the number of students "
                "waiting for review is suppressed (*), so the range review can still move it in is not published")
    if not pending:
        return f"Cohort {year}: 5S1 {pct(low)}; no student's attainment waits on an entry under review"
    return (f"Cohort {year}: 5S1 {row.get('credential_rate_display') or pct(low)}; {pending:,} "
            f"student{'s' if pending != 1 else ''} without a counted credential wait on entries still under review, "
            f"so review can still move the rate up to {pct(high)}")
