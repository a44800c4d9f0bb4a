"""Internal link check: every href/src of every page, and every url() of every stylesheet,
must name a file of the output; a `#fragment` must be an id of the target page.

External addresses (any scheme, or `//host`) are not fetched. A link from an agency's page
must also stay inside the agency folder, because that folder alone is copied to the agency's
web server. Root-relative links (the 404 page's) are resolved from the agency's base path.
"""

from __future__ import annotations

import os.path
import re
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

from output import Output

# Attributes that name another resource, by element.
_LINK_ATTRIBUTES = {
    "a": ("href",), "area": ("href",), "link": ("href",),
    "img": ("src", "srcset"), "source": ("src", "srcset"), "script": ("src",),
    "iframe": ("src",), "embed": ("src",), "video": ("src", "poster"), "audio": ("src",),
    "track": ("src",), "object": ("data",), "form": ("action",), "use": ("href", "xlink:href"),
    "image": ("href", "xlink:href"),
}
# rel values whose href is about the page, not a resource of the site.
_SKIP_REL = {"canonical", "alternate", "preconnect", "dns-prefetch"}
_CSS_URL = re.compile(r"""url\(\s*(['"]?)([^'")]+)\1\s*\)""")


@dataclass
class LinkFinding:
    source: Path
    line: int
    link: str
    problem: str


class _PageParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.links: list[tuple[int, str]] = []

    def handle_starttag(self, tag, attrs):
        values = dict(attrs)
        if values.get("id"):
            self.ids.add(values["id"])
        if tag == "a" and values.get("name"):
            self.ids.add(values["name"])
        if tag == "link" and _SKIP_REL & set((values.get("rel") or "").lower().split()):
            return
        for attribute in _LINK_ATTRIBUTES.get(tag, ()):
            value = values.get(attribute)
            if value is None:
                continue
            line = self.getpos()[0]
            if attribute == "srcset":
                for candidate in value.split(","):
                    if candidate.strip():
                        self.links.append((line, candidate.split()[0]))
            else:
                self.links.append((line, value.strip()))

    handle_startendtag = handle_starttag


class _Pages:
    """Parsed pages, cached: ids are looked up for every fragment link."""

    def __init__(self) -> None:
        self._cache: dict[Path, _PageParser] = {}

    def get(self, path: Path) -> _PageParser:
        if path not in self._cache:
            parser = _PageParser()
            parser.feed(path.read_text(encoding="utf-8"))
            parser.close()
            self._cache[path] = parser
        return self._cache[path]


def _is_external(link: str) -> bool:
    parts = urlsplit(link)
    return bool(parts.scheme) or link.startswith("//")


def _resolve(output: Output, source: Path, path: str) -> Path:
    """The file a link's path names, for a link in `source`."""
    if path.startswith("/"):
        agency = output.agency_of(source)
        if agency is None:
            return output.root / path.lstrip("/")
        if not path.startswith(agency.base_path):
            # Outside the base path: somewhere else on the agency's server, not in this site.
            return output.root / "__outside_base_path__" / path.lstrip("/")
        return agency.folder / path[len(agency.base_path):]
    return source.parent / path


def _check(output: Output, pages: _Pages, source: Path, line: int, link: str) -> str | None:
    """The problem of one link, or None when it resolves."""
    if not link or _is_external(link):
        return None
    parts = urlsplit(link)
    if parts.path:
        raw = _resolve(output, source, unquote(parts.path))
        if "__outside_base_path__" in raw.parts:
            agency = output.agency_of(source)
            return f"root-relative path outside the agency's base path {agency.base_path}"
        target = Path(_normalise(raw))
        if target.is_dir() or parts.path.endswith("/"):
            target = target / "index.html"
    else:
        target = source
    try:
        target.relative_to(output.root)
    except ValueError:
        return "leads outside the output folder"
    agency = output.agency_of(source)
    if agency and target != agency.folder and agency.folder not in target.parents:
        return "leads outside the agency folder (only that folder is published)"
    if not target.is_file():
        return f"no such file: {target.relative_to(output.root)}"
    fragment = unquote(parts.fragment)
    if fragment and target.suffix == ".html" and fragment not in pages.get(target).ids:
        return f"no id \"{fragment}\" in {target.relative_to(output.root)}"
    return None


def _normalise(path: Path) -> str:
    """Resolves `..` and `.` without following symbolic links."""
    return os.path.normpath(path)


def check(output: Output) -> tuple[int, list[LinkFinding]]:
    """Checks every page and stylesheet of the output; returns (links checked, findings)."""
    pages = _Pages()
    findings: list[LinkFinding] = []
    count = 0
    for page in output.pages():
        for line, link in pages.get(page).links:
            if not link or _is_external(link):
                continue
            count += 1
            problem = _check(output, pages, page, line, link)
            if problem:
                findings.append(LinkFinding(page, line, link, problem))
    for sheet in output.files(".css"):
        for number, text in enumerate(sheet.read_text(encoding="utf-8").splitlines(), start=1):
            for match in _CSS_URL.finditer(text):
                link = match.group(2).strip()
                if _is_external(link):
                    continue
                count += 1
                problem = _check(output, pages, sheet, number, link)
                if problem:
                    findings.append(LinkFinding(sheet, number, link, problem))
    return count, findings
