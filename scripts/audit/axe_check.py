"""axe-core in headless Chromium (Selenium + Debian's chromium-driver), at phone and desktop widths.

`axe.min.js` comes from the PyPI wheel `axe-playwright-python` (installed without its Playwright
dependency: only the script is used), so axe-core's version is the one pinned in the requirements.
axe runs with its defaults: every enabled rule, that is WCAG 2.0/2.1/2.2 A and AA plus best
practices. Each violation's node is one finding; "incomplete" results (to be reviewed by a person)
are counted but do not fail the audit.
"""

from __future__ import annotations

import os
import shutil
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

WIDTHS = (390, 1280)
HEIGHT = 900


@dataclass
class AxeFinding:
    page: str
    width: int
    rule: str
    impact: str
    target: str
    summary: str


def script() -> Path:
    import axe_playwright_python  # installed by requirements-nodeps.txt

    path = Path(axe_playwright_python.__file__).parent / "axe.min.js"
    if not path.is_file():
        raise SystemExit(f"axe.min.js not found beside {axe_playwright_python.__file__}")
    return path


def _driver():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    driver_path = shutil.which("chromedriver")
    if not browser or not driver_path:
        raise SystemExit("chromium and chromedriver are needed (Debian: chromium chromium-driver)")
    options = webdriver.ChromeOptions()
    options.binary_location = browser
    for flag in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                 "--no-first-run", "--no-default-browser-check", "--disable-extensions",
                 "--hide-scrollbars", f"--window-size={WIDTHS[-1]},{HEIGHT}"):
        options.add_argument(flag)
    # Both paths are given, so Selenium Manager has nothing to download.
    os.environ.setdefault("SE_OFFLINE", "true")
    driver = webdriver.Chrome(options=options, service=Service(executable_path=driver_path))
    driver.set_page_load_timeout(60)
    driver.set_script_timeout(120)
    return driver


_RUN = """
const done = arguments[arguments.length - 1];
axe.run(document, {resultTypes: ['violations']})
  .then(r => done({version: axe.version, violations: r.violations.map(v => ({
      id: v.id, impact: v.impact, help: v.help,
      nodes: v.nodes.map(n => ({target: n.target.map(t => Array.isArray(t) ? t.join(' >>> ') : t).join(' '),
                                summary: n.failureSummary || ''}))})),
    incomplete: r.incomplete.map(v => v.id)}))
  .catch(e => done({error: String(e)}));
"""


class AxeRunner:
    """One browser for the whole run; each page is loaded afresh for each width."""

    def __init__(self) -> None:
        self._source = script().read_text(encoding="utf-8")
        self._driver = _driver()
        self.browser_version = self._driver.capabilities.get("browserVersion", "?")
        self.axe_version = "?"
        self.incomplete: Counter[str] = Counter()
        self.runs = 0

    def set_width(self, width: int) -> None:
        # An exact layout viewport, whatever the window decorations are.
        self._driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
            "width": width, "height": HEIGHT, "deviceScaleFactor": 1, "mobile": width < 600})

    def check(self, url: str, label: str, width: int) -> list[AxeFinding]:
        self._driver.get(url)
        actual = self._driver.execute_script("return window.innerWidth")
        findings: list[AxeFinding] = []
        if actual != width:
            findings.append(AxeFinding(label, width, "audit-viewport", "n/a", "window",
                                       f"viewport is {actual}px wide, not {width}px"))
        self._driver.execute_script(self._source)
        result = self._driver.execute_async_script(_RUN)
        self.runs += 1
        if "error" in result:
            return findings + [AxeFinding(label, width, "axe-error", "n/a", "document", result["error"])]
        self.axe_version = result["version"]
        self.incomplete.update(result["incomplete"])
        for violation in result["violations"]:
            for node in violation["nodes"]:
                findings.append(AxeFinding(label, width, violation["id"], violation["impact"] or "n/a",
                                           node["target"], f"{violation['help']}. {node['summary']}"))
        return findings

    def quit(self) -> None:
        self._driver.quit()
