#!/usr/bin/env python3
"""Prints the pages people print to A4 PDF with headless Chromium and checks the PDFs.

The pages: results, measures, progress reports, memos, the ITAS submission sheet and the EIT
survey's QR code poster of every agency in the built sites, plus item pages that hold a progress
table (o43 in round 2566). For each PDF it checks, with poppler's pdfinfo and pdftotext:

- every page is A4 portrait (595 x 842 pt, within 2 pt);
- no word lies outside the page box, nor in the right margin (text there has overflowed the
  page's content area sideways and is cut off at the edge of the sheet);
- the page count is sane (1 to MAX_PAGES; exactly 1 for the poster, which is one sheet);
- the text is printed at full size: the median word height is that of at least 12 pt text in the
  theme's Thai face, so a page that the browser shrank to fit (the old progress table printed at
  about 69%) fails.

    scripts/print-check.py [--site Site [--site …]] [--out .screenshots/print] [--png]

Build the sites first (`make print-check` builds the example site and the comparison fixture,
whose made-up ITAS code gives it posters). Exits 1 on any finding.
"""
import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

A4 = (595.28, 841.89)
TOLERANCE = 2.0
MAX_PAGES = 30
CM = 72 / 2.54
# The smallest right margin of the theme's @page rules (style.css): text beyond it has left the
# content area sideways. (Pages break downwards, so the bottom margin needs no such check; word
# boxes of the Thai face reach below its glyphs anyway.)
RIGHT_MARGIN = 2.0 * CM
# Height of a word box that pdftotext reports for 1 pt of the theme's Thai face (Laksaman: its
# ascent plus descent is about 1.49 em), and the smallest median text size accepted.
HEIGHT_PER_POINT = 1.49
MIN_MEDIAN_POINTS = 12.0

PAGE_KINDS = {
    "results": re.compile(r"^[a-z0-9-]+/\d{4}/results/index\.html$"),
    "measures": re.compile(r"^[a-z0-9-]+/\d{4}/measures/index\.html$"),
    "progress": re.compile(r"^[a-z0-9-]+/\d{4}/progress/[^/]+/index\.html$"),
    "memo": re.compile(r"^[a-z0-9-]+/\d{4}/progress/[^/]+/memo/index\.html$"),
    "submission": re.compile(r"^[a-z0-9-]+/\d{4}/submission/index\.html$"),
    "eit poster": re.compile(r"^[a-z0-9-]+/\d{4}/eit-poster/index\.html$"),
    "item with progress": re.compile(r"^[a-z0-9-]+/\d{4}/o\d+/index\.html$"),
}
WORD = re.compile(r'<word xMin="([-\d.]+)" yMin="([-\d.]+)" xMax="([-\d.]+)" yMax="([-\d.]+)">([^<]*)</word>')
PAGE = re.compile(r'<page width="([\d.]+)" height="([\d.]+)">')


def find_chromium():
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    sys.exit("print-check: chromium not found (apt-get install chromium)")


def pages_to_print(site: Path):
    found = []
    for path in sorted(site.rglob("index.html")):
        relative = path.relative_to(site).as_posix()
        for kind, pattern in PAGE_KINDS.items():
            if not pattern.match(relative):
                continue
            if kind == "item with progress" and 'class="progress"' not in path.read_text(encoding="utf-8"):
                continue
            found.append((kind, relative))
    return found


def print_pdf(chromium, page: Path, pdf: Path, profile: Path):
    command = [chromium, "--headless=new", "--disable-gpu", "--no-first-run", "--no-default-browser-check",
               "--no-pdf-header-footer", f"--user-data-dir={profile}", f"--print-to-pdf={pdf}", page.as_uri()]
    if os.geteuid() == 0:
        command.insert(1, "--no-sandbox")
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)


def check_pdf(pdf: Path, max_pages: int = MAX_PAGES):
    """Returns (pages, findings)."""
    findings = []
    info = subprocess.run(["pdfinfo", "-f", "1", "-l", "9999", str(pdf)], capture_output=True, text=True, check=True).stdout
    count = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
    if not 1 <= count <= max_pages:
        findings.append(f"{count} pages (expected 1 to {max_pages})")
    for number, width, height in re.findall(r"^Page\s+(\d+) size:\s+([\d.]+) x ([\d.]+) pts", info, re.M):
        width, height = float(width), float(height)
        if abs(width - A4[0]) > TOLERANCE or abs(height - A4[1]) > TOLERANCE:
            findings.append(f"page {number} is {width:.1f} x {height:.1f} pt, not A4 portrait")

    bbox = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    heights = []
    for number, chunk in enumerate(bbox.split("<page ")[1:], start=1):
        size = PAGE.match("<page " + chunk)
        width, height = float(size.group(1)), float(size.group(2))
        for x_min, y_min, x_max, y_max, text in WORD.findall(chunk):
            x_min, y_min, x_max, y_max = map(float, (x_min, y_min, x_max, y_max))
            heights.append(y_max - y_min)
            if x_min < -TOLERANCE or y_min < -TOLERANCE or x_max > width + TOLERANCE or y_max > height + TOLERANCE:
                findings.append(f"page {number}: '{text}' lies outside the page box ({x_min:.0f},{y_min:.0f})-({x_max:.0f},{y_max:.0f})")
            elif x_max > width - RIGHT_MARGIN + TOLERANCE:
                findings.append(f"page {number}: '{text}' runs into the right margin (x up to {x_max:.0f} of {width:.0f} pt)")
    if not heights:
        findings.append("no text in the PDF")
    else:
        median = statistics.median(heights) / HEIGHT_PER_POINT
        if median < MIN_MEDIAN_POINTS:
            findings.append(f"text is printed small (median about {median:.1f} pt): the page was shrunk to fit")
    return count, findings


def main():
    repo = Path(__file__).resolve().parent.parent
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--site", type=Path, action="append", help="a built site (repeatable; default Site)")
    parser.add_argument("--out", type=Path, default=repo / ".screenshots" / "print")
    parser.add_argument("--png", action="store_true", help="also write each PDF page as a PNG (50 dpi) to look at")
    args = parser.parse_args()

    for tool in ("pdfinfo", "pdftotext"):
        if not shutil.which(tool):
            sys.exit(f"print-check: {tool} not found (apt-get install poppler-utils)")
    chromium = find_chromium()
    pages = []
    for site in [path.resolve() for path in args.site or [repo / "Site"]]:
        found = pages_to_print(site)
        if not found:
            sys.exit(f"print-check: no pages to print in {site} (run make site first)")
        pages += [(kind, site, relative) for kind, relative in found]
    args.out.mkdir(parents=True, exist_ok=True)

    failures = 0
    kinds = set()
    with tempfile.TemporaryDirectory() as profile:
        for kind, site, relative in pages:
            name = relative.removesuffix("/index.html").replace("/", "_")
            pdf = args.out / f"{name}.pdf"
            print_pdf(chromium, site / relative, pdf, Path(profile))
            count, findings = check_pdf(pdf, max_pages=1 if kind == "eit poster" else MAX_PAGES)
            kinds.add(kind)
            status = "ok" if not findings else "FAIL"
            print(f"{status:4} {relative} ({kind}): {count} page(s) A4")
            for finding in findings[:12]:
                print(f"       {finding}")
            if len(findings) > 12:
                print(f"       … and {len(findings) - 12} more")
            failures += bool(findings)
            if args.png:
                subprocess.run(["pdftoppm", "-r", "50", "-png", str(pdf), str(args.out / name)], check=True)
    missing = {"results", "measures", "progress", "memo", "submission", "eit poster"} - kinds
    if missing:
        print(f"FAIL no page of kind: {', '.join(sorted(missing))}")
        failures += 1
    print(f"print-check: {len(pages)} pages printed, {failures} with findings; PDFs in {args.out}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
