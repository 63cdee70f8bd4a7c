"""`cte-credentials browser-check`: open the dbt docs site and the HTML report in headless Chromium and check them.

A page that builds is not a page that works: the docs site is a single-page app that can fail in the browser
(a JavaScript error, a graph that never draws), and the report must show its charts. So this command drives
Debian's Chromium through the DevTools protocol, fails on any console error or uncaught exception, checks that
the content a reader needs is on screen, and saves a screenshot of each view for a human to look at.

Only the standard library is used: the DevTools protocol needs a WebSocket client, and the small one below
(text frames, masking, fragmentation, ping) is all Chromium's endpoint requires, so the project gains no
dependency for it.
"""

from __future__ import annotations

import argparse
import base64
import json
import os
import re
import shutil
import socket
import struct
import subprocess
import tempfile
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse

from cte_credentials.errors import UserError
from cte_credentials.paths import DOCS_DIR, PROJECT_ROOT

DEFAULT_DOCS = PROJECT_ROOT / "target" / "static_index.html"
DEFAULT_REPORT = DOCS_DIR / "report" / "attainment_report.html"
DEFAULT_SCREENSHOTS = DOCS_DIR / "screenshots"
CHROMIUM_FLAGS = ("--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--window-size=1400,1000")
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


# ---------------------------------------------------------------------------------------------------- WebSocket
class WebSocket:
    """A minimal RFC 6455 client: enough for Chromium's local DevTools endpoint (no TLS, no extensions)."""

    def __init__(self, url: str, timeout: float = 30.0) -> None:
        parsed = urlparse(url)
        self.sock = socket.create_connection((parsed.hostname, parsed.port or 80), timeout=timeout)
        key = base64.b64encode(os.urandom(16)).decode()
        request = (f"GET {parsed.path or '/'} HTTP/1.1\r\nHost: {parsed.hostname}:{parsed.port}\r\n"
                   f"Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: {key}\r\n"
                   "Sec-WebSocket-Version: 13\r\n\r\n")
        self.sock.sendall(request.encode())
        head = b""
        while b"\r\n\r\n" not in head:
            chunk = self.sock.recv(1)
            if not chunk:
                raise ConnectionError("DevTools closed the connection during the WebSocket handshake")
            head += chunk
        if b" 101 " not in head.split(b"\r\n", 1)[0]:
            raise ConnectionError(f"WebSocket handshake refused: {head.decode(errors='replace').splitlines()[0]}")

    def send(self, text: str) -> None:
        """One masked text frame (clients must mask)."""
        payload = text.encode()
        header = bytes([0x81])
        n = len(payload)
        if n < 126:
            header += bytes([0x80 | n])
        elif n < 65536:
            header += bytes([0x80 | 126]) + struct.pack("!H", n)
        else:
            header += bytes([0x80 | 127]) + struct.pack("!Q", n)
        mask = os.urandom(4)
        self.sock.sendall(header + mask + bytes(b ^ mask[i % 4] for i, b in enumerate(payload)))

    def _exact(self, n: int) -> bytes:
        data = bytearray()
        while len(data) < n:
            chunk = self.sock.recv(min(n - len(data), 1 << 20))
            if not chunk:
                raise ConnectionError("DevTools closed the WebSocket")
            data += chunk
        return bytes(data)

    def recv(self) -> str:
        """The next complete text message, answering pings and joining fragments."""
        message = bytearray()
        while True:
            first, second = self._exact(2)
            opcode, length = first & 0x0F, second & 0x7F
            if length == 126:
                length = struct.unpack("!H", self._exact(2))[0]
            elif length == 127:
                length = struct.unpack("!Q", self._exact(8))[0]
            mask = self._exact(4) if second & 0x80 else None
            payload = self._exact(length)
            if mask:
                payload = bytes(b ^ mask[i % 4] for i, b in enumerate(payload))
            if opcode == 0x8:
                raise ConnectionError("DevTools closed the WebSocket")
            if opcode == 0x9:
                self._pong(payload)
                continue
            if opcode in (0x0, 0x1, 0x2):
                message += payload
                if first & 0x80:
                    return message.decode()

    def _pong(self, payload: bytes) -> None:
        mask = os.urandom(4)
        self.sock.sendall(bytes([0x8A, 0x80 | len(payload)]) + mask
                          + bytes(b ^ mask[i % 4] for i, b in enumerate(payload)))

    def close(self) -> None:
        try:
            self.sock.sendall(bytes([0x88, 0x80]) + os.urandom(4))
        except OSError:
            pass
        self.sock.close()


# ---------------------------------------------------------------------------------------------------- DevTools
class DevTools:
    """Commands to one page, with every event kept so console errors between commands are never missed."""

    def __init__(self, ws: WebSocket) -> None:
        self.ws = ws
        self.next_id = 0
        self.events: list[dict] = []

    def call(self, method: str, params: dict | None = None, timeout: float = 60.0) -> dict:
        self.next_id += 1
        call_id = self.next_id
        self.ws.sock.settimeout(timeout)
        self.ws.send(json.dumps({"id": call_id, "method": method, "params": params or {}}))
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            message = json.loads(self.ws.recv())
            if message.get("id") == call_id:
                if "error" in message:
                    raise RuntimeError(f"{method} failed: {message['error']}")
                return message.get("result", {})
            if "method" in message:
                self.events.append(message)
        raise TimeoutError(f"{method} got no answer in {timeout:.0f}s")

    def wait_event(self, method: str, timeout: float = 60.0) -> dict:
        deadline = time.monotonic() + timeout
        seen = len(self.events)
        while time.monotonic() < deadline:
            for event in self.events[seen:]:
                if event["method"] == method:
                    return event
            seen = len(self.events)
            self.ws.sock.settimeout(max(deadline - time.monotonic(), 0.1))
            try:
                self.events.append(json.loads(self.ws.recv()))
            except TimeoutError:
                break
        raise TimeoutError(f"no {method} within {timeout:.0f}s")

    def evaluate(self, expression: str) -> object:
        result = self.call("Runtime.evaluate", {"expression": expression, "returnByValue": True})
        if "exceptionDetails" in result:
            raise RuntimeError(f"page script failed: {result['exceptionDetails'].get('text')}")
        return result.get("result", {}).get("value")

    def wait_until(self, expression: str, timeout: float = 20.0) -> object:
        """Poll a page expression until it is truthy: single-page apps render after the load event."""
        deadline = time.monotonic() + timeout
        value = None
        while time.monotonic() < deadline:
            value = self.evaluate(expression)
            if value:
                return value
            time.sleep(0.25)
        return value


def console_errors(events: list[dict]) -> list[str]:
    """Console errors, uncaught exceptions and browser log errors, as one line each."""
    errors = []
    for event in events:
        method, params = event.get("method"), event.get("params", {})
        if method == "Runtime.consoleAPICalled" and params.get("type") == "error":
            args = " ".join(str(a.get("value", a.get("description", ""))) for a in params.get("args", []))
            errors.append(f"console.error: {args}")
        elif method == "Runtime.exceptionThrown":
            details = params.get("exceptionDetails", {})
            text = details.get("exception", {}).get("description") or details.get("text", "")
            errors.append(f"uncaught exception: {text.splitlines()[0] if text else details}")
        elif method == "Log.entryAdded" and params.get("entry", {}).get("level") == "error":
            entry = params["entry"]
            text = " ".join(str(entry.get("text", "")).split())
            errors.append(f"log error ({entry.get('source')}): {text} {entry.get('url', '')}".strip())
    return errors


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


@dataclass
class Browser:
    """A headless Chromium with its own throw-away profile, driven through one page target."""

    executable: str
    process: subprocess.Popen | None = None
    profile: tempfile.TemporaryDirectory | None = None
    devtools: DevTools | None = None
    log_path: Path | None = None

    def __enter__(self) -> Browser:
        self.profile = tempfile.TemporaryDirectory(prefix="cte-chromium-")
        profile = Path(self.profile.name)
        self.log_path = profile / "chromium.log"
        with self.log_path.open("wb") as log:
            self.process = subprocess.Popen(
                [self.executable, *CHROMIUM_FLAGS, "--remote-debugging-port=0", "--remote-allow-origins=*",
                 f"--user-data-dir={profile / 'data'}", "--no-first-run", "--no-default-browser-check",
                 "about:blank"],
                stdout=subprocess.DEVNULL, stderr=log)
        port = self._port(profile / "data" / "DevToolsActivePort")
        target = self._page_target(port)
        self.devtools = DevTools(WebSocket(target["webSocketDebuggerUrl"]))
        for domain in ("Page", "Runtime", "Log"):
            self.devtools.call(f"{domain}.enable")
        return self

    def _port(self, port_file: Path, timeout: float = 30.0) -> int:
        """Chromium picks a free port and writes it to DevToolsActivePort once it listens."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process and self.process.poll() is not None:
                raise UserError(f"chromium exited at start-up (code {self.process.returncode}); "
                                f"log: {self._log_tail()}")
            if port_file.exists():
                lines = port_file.read_text().splitlines()
                if lines and lines[0].strip().isdigit():
                    return int(lines[0])
            time.sleep(0.1)
        raise UserError(f"chromium did not open its DevTools port within {timeout:.0f}s; log: {self._log_tail()}")

    def _log_tail(self) -> str:
        if not self.log_path or not self.log_path.exists():
            return ""
        return " | ".join(self.log_path.read_text(errors="replace").splitlines()[-5:])

    @staticmethod
    def _page_target(port: int) -> dict:
        for _ in range(50):
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=10) as response:  # noqa: S310
                pages = [t for t in json.load(response) if t.get("type") == "page"]
            if pages:
                return pages[0]
            time.sleep(0.1)
        raise UserError("chromium opened no page target")

    def __exit__(self, *exc: object) -> None:
        if self.devtools:
            try:
                self.devtools.call("Browser.close", timeout=5)
            except (OSError, RuntimeError, TimeoutError, ConnectionError):
                pass
            self.devtools.ws.close()
        if self.process:
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)
        if self.profile:
            self.profile.cleanup()

    def open(self, url: str, settle: float = 0.5) -> DevTools:
        """Load a URL from a blank page (so a hash-only change still loads the app afresh) and forget old events."""
        assert self.devtools is not None
        tools = self.devtools
        tools.call("Page.navigate", {"url": "about:blank"})
        tools.wait_event("Page.loadEventFired", timeout=30)
        tools.events.clear()
        tools.call("Page.navigate", {"url": url})
        tools.wait_event("Page.loadEventFired", timeout=90)
        time.sleep(settle)
        return tools

    def screenshot(self, path: Path, full_page: bool = False) -> None:
        assert self.devtools is not None
        params: dict = {"format": "png"}
        if full_page:
            metrics = self.devtools.call("Page.getLayoutMetrics")
            size = metrics.get("cssContentSize") or metrics["contentSize"]
            params.update(captureBeyondViewport=True,
                          clip={"x": 0, "y": 0, "width": size["width"], "height": size["height"], "scale": 1})
        data = self.devtools.call("Page.captureScreenshot", params)["data"]
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(base64.b64decode(data))


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
    tools = browser.open(f"{base}#!/overview")
    if not phrases:
        overview.failures.append("no __overview__ docs block found in the page's embedded manifest")
    else:
        probe = " && ".join(f"document.body.innerText.includes({json.dumps(p)})" for p in phrases[:2])
        if not tools.wait_until(probe):
            overview.failures.append(f"front page does not show the overview text {phrases[:2]!r}")
        else:
            overview.notes.append(f"shows {phrases[0]!r}")
    _finish(browser, overview, known=KNOWN_DOCS_ERRORS)
    outcomes.append(overview)

    model = Outcome("docs model page", screenshot=shots / "docs_model.png")
    tools = browser.open(f"{base}#!/model/{MODEL}")
    name = MODEL.rsplit(".", 1)[1]
    probe = (f"document.body.innerText.includes({json.dumps(name)}) && "
             f"document.body.innerText.includes({json.dumps(MODEL_COLUMN)})")
    if not tools.wait_until(probe):
        model.failures.append(f"model page does not show {name} with its column {MODEL_COLUMN}")
    else:
        rows = tools.evaluate(_COLUMN_ROWS.replace("COLUMN", json.dumps(MODEL_COLUMN))) or []
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
    tools = browser.open(f"{base}#!/overview?g_v=1", settle=1.0)
    painted = tools.wait_until(_GRAPH_PAINTED, timeout=30)
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
(() => {
  const rows = Array.from(document.querySelectorAll('tr.column-row'))
    .map(tr => [tr, Array.from(tr.querySelectorAll('td')).map(td => td.innerText.trim())])
    .filter(([tr, cells]) => cells.length >= 3);
  const mine = rows.find(([tr, cells]) => cells[0] === COLUMN);
  if (mine) mine[0].scrollIntoView({block: 'center'});
  return rows.map(([tr, cells]) => [cells[0], cells[2]]);
})()
"""

# Cytoscape draws the lineage into stacked canvases; count non-transparent pixels to know nodes were painted,
# not just that an empty canvas exists. An SVG graph counts by its shapes instead.
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


def check_report(browser: Browser, report: Path, shots: Path) -> Outcome:
    outcome = Outcome("report", screenshot=shots / "report.png")
    tools = browser.open(report.resolve().as_uri())
    charts = tools.evaluate("document.querySelectorAll('svg').length") or 0
    titled = tools.evaluate("document.querySelectorAll('svg > title').length") or 0
    outcome.notes.append(f"{charts} svg charts, {titled} with a <title>")
    if charts < MIN_REPORT_CHARTS:
        outcome.failures.append(f"report has {charts} svg charts, expected at least {MIN_REPORT_CHARTS}")
    if titled < charts:
        outcome.failures.append(f"{charts - titled} svg chart(s) without a <title>")
    _finish(browser, outcome, full_page=True)
    return outcome


def _finish(browser: Browser, outcome: Outcome, full_page: bool = False, known: tuple[re.Pattern, ...] = ()) -> None:
    """Record the view's console errors (each distinct message once, with its count) and save its screenshot."""
    assert browser.devtools is not None
    time.sleep(0.2)
    browser.devtools.call("Runtime.evaluate", {"expression": "1"})  # drains events queued before this point
    counts: dict[str, int] = {}
    for error in console_errors(browser.devtools.events):
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
        browser.screenshot(outcome.screenshot, full_page=full_page)


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
