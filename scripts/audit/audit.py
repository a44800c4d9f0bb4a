"""`make audit`: the built pages against the Nu Html Checker, axe-core and an internal link check.

    python scripts/audit/audit.py [--all-items] OUTPUT_FOLDER...

Every HTML page, stylesheet and SVG goes through the Nu Html Checker and the link check. axe-core
runs in headless Chromium at 390 and 1280 px on every page except item pages, of which it takes
one per distinct page structure per agency (the set of element/class pairs the page uses: item
pages differ by status, evidence, tables and the analysis/progress blocks), unless --all-items.
Prints every finding and a summary; exits 1 on any finding. scripts/audit/run.sh installs what
this needs and builds the outputs first.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

import axe_check
import links
import nu
import output as outputs

_ITEM_PAGE = re.compile(r"^\d{4}/o\d+/index\.html$")


class _Structure(HTMLParser):
    """The set of (element, class) pairs of a page: pages with equal sets use the same template
    parts."""

    def __init__(self) -> None:
        super().__init__()
        self.pairs: set[tuple[str, str]] = set()

    def handle_starttag(self, tag, attrs):
        classes = (dict(attrs).get("class") or "").split()
        self.pairs.add((tag, ""))
        self.pairs.update((tag, c) for c in classes)


def _structure(page: Path) -> frozenset[tuple[str, str]]:
    parser = _Structure()
    parser.feed(page.read_text(encoding="utf-8"))
    return frozenset(parser.pairs)


def axe_pages(output: outputs.Output, all_items: bool) -> list[Path]:
    """The pages axe runs on: all but duplicate-structure item pages (see the module doc)."""
    chosen: list[Path] = []
    seen: set[tuple[Path, frozenset]] = set()
    for page in output.pages():
        agency = output.agency_of(page)
        if agency and not all_items and _ITEM_PAGE.match(page.relative_to(agency.folder).as_posix()):
            key = (agency.folder, _structure(page))
            if key in seen:
                continue
            seen.add(key)
        chosen.append(page)
    return chosen


def _label(output: outputs.Output, path: Path) -> str:
    try:
        return f"{output.name}/{path.relative_to(output.root).as_posix()}"
    except ValueError:
        return str(path)


def run_axe(folders: list[outputs.Output], all_items: bool) -> tuple[int, list[axe_check.AxeFinding], dict]:
    """Serves each output (each agency at its base path) and runs axe on the chosen pages."""
    runner = axe_check.AxeRunner()
    servers: list[outputs.Server] = []
    findings: list[axe_check.AxeFinding] = []
    plan: list[tuple[str, str]] = []  # (url, label)
    try:
        for output in folders:
            top = outputs.Server(output.root, output=output)
            servers.append(top)
            by_agency = {a.folder: outputs.Server(a.folder, a.base_path, output=output) for a in output.agencies}
            servers.extend(by_agency.values())
            for page in axe_pages(output, all_items):
                agency = output.agency_of(page)
                server = by_agency[agency.folder] if agency else top
                plan.append((server.url(page), _label(output, page)))
        for width in axe_check.WIDTHS:
            runner.set_width(width)
            for url, label in plan:
                findings.extend(runner.check(url, label, width))
        # A file the browser asked for while loading the pages (stylesheet, image, font) and
        # the server did not have: the link check's view, confirmed by a real browser.
        for server in servers:
            for path in server.missing:
                findings.append(axe_check.AxeFinding(f"{_label(server.output, server.folder)} (served at "
                                                     f"{server.base_path})", 0, "missing-file", "n/a", path,
                                                     "the browser asked for a file that is not in the site"))
        info = {"axe-core": runner.axe_version, "chromium": runner.browser_version,
                "incomplete": runner.incomplete}
        return len(plan), findings, info
    finally:
        runner.quit()
        for server in servers:
            server.stop()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("outputs", nargs="+", type=Path, help="output folders of `oit build`")
    parser.add_argument("--all-items", action="store_true", help="run axe on every item page too")
    parser.add_argument("--skip-axe", action="store_true", help="only the Nu Html Checker and links")
    arguments = parser.parse_args()

    started = time.monotonic()
    folders = [outputs.load(folder) for folder in arguments.outputs]
    for folder in folders:
        if not folder.pages():
            print(f"audit: no pages in {folder.root}", file=sys.stderr)
            return 2
    pages = [p for f in folders for p in f.pages()]
    sheets = [p for f in folders for p in f.files(".css")]
    images = [p for f in folders for p in f.files(".svg")]
    owner = {p: f for f in folders for p in f.pages() + f.files(".css") + f.files(".svg")}

    def label(path: Path) -> str:
        return _label(owner[path], path) if path in owner else str(path)

    print(f"Nu Html Checker {nu.version()}: {len(pages)} pages, {len(sheets)} stylesheets, {len(images)} SVG")
    nu_findings = nu.check(pages, sheets, images)
    for f in nu_findings:
        print(f"  nu: {label(f.file)}:{f.line or '?'}:{f.column or '?'}: {f.kind}: {f.message}"
              + (f"  [{' '.join(f.extract.split())}]" if f.extract else ""))
    nu_time = time.monotonic() - started

    link_count, link_findings = 0, []
    for folder in folders:
        count, found = links.check(folder)
        link_count += count
        link_findings += [(folder, f) for f in found]
    print(f"Links: {link_count} internal references checked (external ones are not fetched)")
    for folder, f in link_findings:
        print(f"  link: {_label(folder, f.source)}:{f.line}: {f.link}: {f.problem}")

    axe_findings: list[axe_check.AxeFinding] = []
    axe_count, info = 0, {}
    if not arguments.skip_axe:
        axe_started = time.monotonic()
        axe_count, axe_findings, info = run_axe(folders, arguments.all_items)
        print(f"axe-core {info['axe-core']} in Chromium {info['chromium']}: {axe_count} pages at "
              f"{' and '.join(f'{w}px' for w in axe_check.WIDTHS)} ({time.monotonic() - axe_started:.0f} s)")
        for f in axe_findings:
            if f.rule == "missing-file":
                print(f"  browser: {f.page}: {f.target}: {f.summary}")
                continue
            print(f"  axe: {f.page} @{f.width}px: {f.rule} ({f.impact}): {f.target}: "
                  + " ".join(f.summary.split()))
        if info["incomplete"]:
            review = ", ".join(f"{rule} x{n}" for rule, n in sorted(info["incomplete"].items()))
            print(f"  axe, to review by hand (not counted as findings): {review}")

    total = len(nu_findings) + len(link_findings) + len(axe_findings)
    print()
    print(f"Audit summary ({time.monotonic() - started:.0f} s; Nu Html Checker {nu_time:.0f} s)")
    print(f"  Nu Html Checker: {len(pages) + len(sheets) + len(images)} files, {len(nu_findings)} findings")
    print(f"  links:           {len(pages)} pages and {len(sheets)} stylesheets, {len(link_findings)} findings")
    if arguments.skip_axe:
        print("  axe-core:        skipped")
    else:
        by_rule = Counter(f.rule for f in axe_findings)
        detail = f" ({', '.join(f'{r} x{n}' for r, n in by_rule.most_common())})" if by_rule else ""
        print(f"  axe-core:        {axe_count} pages x {len(axe_check.WIDTHS)} widths, "
              f"{len(axe_findings)} findings{detail}")
    print(f"audit: {'passed' if total == 0 else f'FAILED with {total} findings'}")
    return 0 if total == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
