"""`cte-credentials browser-check`: open the dbt docs site and the HTML report in headless Chromium and check them.

A page that builds is not a page that works: the docs site is a single-page app that can fail in the browser
(a JavaScript error, a graph that never draws), and the report must show its charts. So this command drives
Debian's Chromium with Playwright (launched through `executable_path`: Playwright downloads no browser here), fails
on any console error or uncaught exception, checks that the content a reader needs is on screen, and saves a
screenshot of each view for a human to look at.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path

from playwright.sync_api import ConsoleMessage, Page, sync_playwright
from playwright.sync_api import Error as PlaywrightError

from cte_credentials.errors import UserError
from cte_credentials.paths import DOCS_DIR, PROJECT_ROOT

DEFAULT_DOCS = PROJECT_ROOT / "target" / "static_index.html"
DEFAULT_REPORT = DOCS_DIR / "report" / "attainment_report.html"
DEFAULT_SCREENSHOTS = DOCS_DIR / "screenshots"
# The background-networking flags matter: on a closed network Chromium's own update, sync and component fetches
# would flood the log with errors.
CHROMIUM_FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync")
VIEWPORT = {"width": 1400, "height": 1000}
INSTALL_COMMAND = "apt-get install -y chromium"
MODEL = "model.cte_credentials.fct_credentials_earned"
MODEL_COLUMN = "status_as_of_review"
MIN_REPORT_CHARTS = 5
# Errors dbt's own docs app logs when opened from a file (dbt-core 1.11's index.html), which no project change can
# remove: an Angular template `src="{{ getIcon(...) }}"` fetched before interpolation, the protocol-relative
# snowplow tracker URL (`//d1fc8wv8zag5ca.cloudfront.net/...`, invalid under file://), and a favicon link whose
# webpack placeholder was never filled in. They are counted and shown, not failed on; anything else fails.
KNOWN_DOCS_ERRORS = (
    re.compile(r"Unsafe attempt to load URL file:\S*%7B%7B%20getIcon\("),
    re.compile(r"net::ERR_INVALID_URL file://d1fc8wv8zag5ca\.cloudfront\.net/"),
    re.compile(r"net::ERR_FILE_NOT_FOUND file:\S*\$%7Brequire\('\./assets/favicons/favicon\.ico'\)%7D"),
)


# ---------------------------------------------------------------------------------------------------- Chromium
def find_chromium(install: bool = True) -> str:
    """Debian's chromium; installed with apt-get when we are root and may, else a clear instruction."""
    found = shutil.which("chromium")
    if found:
        return found
    can_install = install and hasattr(os, "geteuid") and os.geteuid() == 0 and shutil.which("apt-get")
    if not can_install:
        raise UserError(f"chromium not found: install it with `sudo {INSTALL_COMMAND}` (Debian/Ubuntu)")
    print(f"browser-check: chromium not found; running `{INSTALL_COMMAND}`", flush=True)
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    result = subprocess.run(INSTALL_COMMAND.split(), env=env)
    if result.returncode != 0:
        print("browser-check: install failed; running `apt-get update` and retrying", flush=True)
        subprocess.run(["apt-get", "update"], env=env)
        subprocess.run(INSTALL_COMMAND.split(), env=env)
    found = shutil.which("chromium")
    if not found:
        raise UserError(f"chromium still not found after `{INSTALL_COMMAND}`; install it by hand")
    return found


def chromium_available() -> bool:
    """True when the browser check can run here: chromium is on PATH, or root may install it with apt-get."""
    return bool(shutil.which("chromium") or (hasattr(os, "geteuid") and os.geteuid() == 0
                                             and shutil.which("apt-get")))


def console_line(message: ConsoleMessage) -> str:
    """One line per console error. Chromium's own log errors (a failed load, a blocked URL) arrive as console
    messages too, their URL in the location: it is appended so the known dbt-docs patterns can match it."""
    url = (message.location or {}).get("url", "")
    text = " ".join(message.text.split())
    return f"console.error: {text} {url}".strip() if url and url not in text else f"console.error: {text}"


@dataclass
class Browser:
    """One headless Debian Chromium page driven by Playwright; the errors of the current view are kept in `errors`."""

    executable: str
    errors: list[str] = field(default_factory=list)
    page: Page | None = None

    def __enter__(self) -> Browser:
        self._playwright = sync_playwright().start()
        try:
            self._browser = self._playwright.chromium.launch(executable_path=self.executable, headless=True,
                                                             args=list(CHROMIUM_FLAGS), timeout=60_000)
        except PlaywrightError as exc:
            self._playwright.stop()
            raise UserError(f"chromium ({self.executable}) did not start: {exc.message.splitlines()[0]}") from None
        self.page = self._browser.new_page(viewport=VIEWPORT)
        self.page.set_default_timeout(90_000)
        self.page.on("console", lambda m: self.errors.append(console_line(m)) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(
            f"uncaught exception: {e.name + ': ' if e.name else ''}{e.message.splitlines()[0] if e.message else e}"))
        return self

    def __exit__(self, *exc: object) -> None:
        try:
            self._browser.close()
        finally:
            self._playwright.stop()

    def open(self, url: str, settle: float = 0.5) -> Page:
        """Load a URL from a blank page (so a hash-only change still loads the app afresh) and forget old errors."""
        assert self.page is not None
        self.page.goto("about:blank")
        self.errors.clear()
        self.page.goto(url, wait_until="load")
        time.sleep(settle)
        return self.page

    def wait_until(self, expression: str, timeout: float = 20.0) -> object:
        """Poll a page expression until it is truthy (single-page apps render after the load event); its last value."""
        assert self.page is not None
        try:
            return self.page.wait_for_function(f"() => {expression}", timeout=timeout * 1000,
                                               polling=250).json_value()
        except PlaywrightError:
            return self.page.evaluate(f"() => {expression}")


# ---------------------------------------------------------------------------------------------------- checks
@dataclass
class Outcome:
    """What one view showed: failures are what the user must fix; notes are what was seen."""

    name: str
    failures: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    screenshot: Path | None = None


def overview_phrases(docs: Path) -> list[str]:
    """Plain-text lines of the docs front page, read from the manifest embedded in the static page.

    The project's own `__overview__` block wins over dbt's default, as in the docs site itself; markdown marks
    are stripped because the check compares with rendered text.
    """
    text = docs.read_text(encoding="utf-8", errors="replace")
    decoder = json.JSONDecoder()
    for key in sorted({m.group(0) for m in re.finditer(r'"doc\.[A-Za-z0-9_]+\.__overview__"', text)},
                      key=lambda k: k == '"doc.dbt.__overview__"'):
        start = text.find('"block_contents":', text.find(key + ":"))
        if start < 0:
            continue
        block, _end = decoder.raw_decode(text, start + len('"block_contents":') + 1)
        lines = [re.sub(r"[#*_`>\[\]]", "", line).strip() for line in block.splitlines()]
        lines = [line for line in lines if len(line) >= 8 and "{" not in line and "(" not in line]
        if lines:
            return lines[:3]
    return []


def check_docs(browser: Browser, docs: Path, shots: Path) -> list[Outcome]:
    base = docs.resolve().as_uri()
    outcomes = []

    overview = Outcome("docs overview", screenshot=shots / "docs_overview.png")
    phrases = overview_phrases(docs)
    browser.open(f"{base}#!/overview")
    if not phrases:
        overview.failures.append("no __overview__ docs block found in the page's embedded manifest")
    else:
        probe = " && ".join(f"document.body.innerText.includes({json.dumps(p)})" for p in phrases[:2])
        if not browser.wait_until(probe):
            overview.failures.append(f"front page does not show the overview text {phrases[:2]!r}")
        else:
            overview.notes.append(f"shows {phrases[0]!r}")
    _finish(browser, overview, known=KNOWN_DOCS_ERRORS)
    outcomes.append(overview)

    model = Outcome("docs model page", screenshot=shots / "docs_model.png")
    page = browser.open(f"{base}#!/model/{MODEL}")
    name = MODEL.rsplit(".", 1)[1]
    probe = (f"document.body.innerText.includes({json.dumps(name)}) && "
             f"document.body.innerText.includes({json.dumps(MODEL_COLUMN)})")
    if not browser.wait_until(probe):
        model.failures.append(f"model page does not show {name} with its column {MODEL_COLUMN}")
    else:
        rows = page.evaluate(_COLUMN_ROWS, MODEL_COLUMN) or []
        described = [name for name, description in rows if description]
        model.notes.append(f"columns table: {len(rows)} columns, {len(described)} with a description")
        if MODEL_COLUMN not in described:
            model.failures.append(f"columns table has no description for {MODEL_COLUMN}")
        elif len(described) < len(rows):
            missing = sorted({name for name, _d in rows} - set(described))
            model.failures.append(f"columns without a description: {', '.join(missing)}")
    _finish(browser, model, known=KNOWN_DOCS_ERRORS)
    outcomes.append(model)

    lineage = Outcome("docs lineage graph", screenshot=shots / "docs_lineage.png")
    browser.open(f"{base}#!/overview?g_v=1", settle=1.0)
    painted = browser.wait_until(_GRAPH_PAINTED, timeout=30)
    if not painted:
        lineage.failures.append("lineage graph: no canvas or svg with drawn nodes appeared")
    else:
        lineage.notes.append(f"graph drawn ({painted})")
    _finish(browser, lineage, known=KNOWN_DOCS_ERRORS)
    outcomes.append(lineage)
    return outcomes


# The model page's columns table: dbt docs renders one `tr.column-row` per column, cells name | type | description.
# Returns [name, description] per row and scrolls the checked column into view for the screenshot.
_COLUMN_ROWS = """
(column) => {
  const rows = Array.from(document.querySelectorAll('tr.column-row'))
    .map(tr => [tr, Array.from(tr.querySelectorAll('td')).map(td => td.innerText.trim())])
    .filter(([tr, cells]) => cells.length >= 3);
  const mine = rows.find(([tr, cells]) => cells[0] === column);
  if (mine) mine[0].scrollIntoView({block: 'center'});
  return rows.map(([tr, cells]) => [cells[0], cells[2]]);
}
"""

# Cytoscape draws the lineage into stacked canvases; count non-transparent pixels to know nodes were painted,
# not just that an empty canvas exists. An SVG graph counts by its shapes instead. (An expression: wait_until polls it.)
_GRAPH_PAINTED = """
(() => {
  let painted = 0, canvases = 0;
  for (const c of document.querySelectorAll('canvas')) {
    if (!c.width || !c.height) continue;
    canvases++;
    try {
      const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
      for (let i = 3; i < d.length; i += 16) if (d[i] > 0) painted++;
    } catch (e) { painted += 1000; }
  }
  const shapes = document.querySelectorAll('svg g.node, svg circle, svg rect.node').length;
  if (painted > 200) return canvases + ' canvas(es), ' + painted + ' painted samples';
  if (shapes > 0) return shapes + ' svg node shapes';
  return '';
})()
"""


# The report's charts laid out on screen (an SVG whose size collapsed to nothing draws nothing): the ids of those not.
_UNDRAWN = """
() => Array.from(document.querySelectorAll('svg'))
  .filter(s => { const b = s.getBoundingClientRect(); return b.width < 20 || b.height < 20; })
  .map(s => s.id || '(no id)')
"""


def check_report(browser: Browser, report: Path, shots: Path) -> Outcome:
    outcome = Outcome("report", screenshot=shots / "report.png")
    page = browser.open(report.resolve().as_uri())
    charts = page.evaluate("document.querySelectorAll('svg').length") or 0
    titled = page.evaluate("document.querySelectorAll('svg > title').length") or 0
    tooltips = page.evaluate("document.querySelectorAll('svg :not(svg) > title').length") or 0
    undrawn = page.evaluate(_UNDRAWN) or []
    outcome.notes.append(f"{charts} svg charts, {titled} with a <title>, {tooltips} mark tooltips")
    if charts < MIN_REPORT_CHARTS:
        outcome.failures.append(f"report has {charts} svg charts, expected at least {MIN_REPORT_CHARTS}")
    if titled < charts:
        outcome.failures.append(f"{charts - titled} svg chart(s) without a <title>")
    if undrawn:
        outcome.failures.append(f"chart(s) drawn smaller than 20 px: {', '.join(undrawn)}")
    _finish(browser, outcome, full_page=True)
    return outcome


def _finish(browser: Browser, outcome: Outcome, full_page: bool = False, known: tuple[re.Pattern, ...] = ()) -> None:
    """Record the view's console errors (each distinct message once, with its count) and save its screenshot."""
    assert browser.page is not None
    time.sleep(0.2)
    browser.page.evaluate("1")  # a round trip: events queued before this point have been delivered
    counts: dict[str, int] = {}
    for error in browser.errors:
        counts[error] = counts.get(error, 0) + 1
    ignored = 0
    for error, count in counts.items():
        if any(pattern.search(error) for pattern in known):
            ignored += count
        else:
            outcome.failures.append(error if count == 1 else f"{error} (x{count})")
    if ignored:
        outcome.notes.append(f"{ignored} known dbt-docs console errors ignored")
    if outcome.screenshot:
        outcome.screenshot.parent.mkdir(parents=True, exist_ok=True)
        browser.page.screenshot(path=str(outcome.screenshot), full_page=full_page)


# ---------------------------------------------------------------------------------------------------- command
def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--docs", type=Path, default=DEFAULT_DOCS,
                        help="static docs page from `dbt docs generate --static` (default: target/static_index.html)")
    parser.add_argument("--report", type=Path, default=DEFAULT_REPORT,
                        help="report HTML from `cte-credentials report` (default: docs/report/attainment_report.html)")
    parser.add_argument("--screenshots", type=Path, default=DEFAULT_SCREENSHOTS,
                        help="folder for the PNG screenshots (default: docs/screenshots)")
    parser.add_argument("--skip-docs", action="store_true", help="check only the report")
    parser.add_argument("--skip-report", action="store_true", help="check only the docs site")


def run(args: argparse.Namespace) -> int:
    targets = [] if args.skip_docs else [args.docs]
    targets += [] if args.skip_report else [args.report]
    for path in targets:
        if not path.exists():
            hint = "run `dbt docs generate --static`" if path == args.docs else "run `cte-credentials report`"
            raise UserError(f"{path} not found: {hint} first")
    executable = find_chromium()
    outcomes: list[Outcome] = []
    with Browser(executable) as browser:
        if not args.skip_docs:
            outcomes += check_docs(browser, args.docs, args.screenshots)
        if not args.skip_report:
            outcomes.append(check_report(browser, args.report, args.screenshots))
    for outcome in outcomes:
        status = "FAIL" if outcome.failures else "ok"
        print(f"browser-check: {status:4} {outcome.name}: {'; '.join(outcome.notes) or '-'}"
              f" (screenshot {outcome.screenshot})")
        for failure in outcome.failures:
            print(f"    {failure}")
    failed = sum(bool(o.failures) for o in outcomes)
    print(f"browser-check: {len(outcomes)} views checked, {failed} failed")
    return 1 if failed else 0
