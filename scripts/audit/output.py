"""What a built output folder holds, and how to serve it as it is served for real.

`oit build` writes one folder per agency (plus a top index of the agencies and its assets).
Every page links relatively, except `404.html`: a web server shows it at any missing address,
so its links are root-relative, from the agency's base path (the path of `base_url`, e.g.
`/oit/`). To check that page honestly each agency is served at its own base path, and
root-relative links are resolved from that path.
"""

from __future__ import annotations

import functools
import http.server
import os
import tempfile
import threading
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit


@dataclass
class Agency:
    """One agency folder of an output: what gets copied to the agency's web server."""

    folder: Path
    # The path the folder is served under, with leading and trailing slash ("/" or "/oit/").
    base_path: str


@dataclass
class Output:
    """One output folder of `oit build` (Site/ or the fixture's)."""

    root: Path
    agencies: list[Agency] = field(default_factory=list)

    @property
    def name(self) -> str:
        return self.root.name

    def pages(self) -> list[Path]:
        return sorted(self.root.rglob("*.html"))

    def files(self, suffix: str) -> list[Path]:
        return sorted(self.root.rglob(f"*{suffix}"))

    def agency_of(self, path: Path) -> Agency | None:
        """The agency whose folder holds `path`; None for the top index and its assets."""
        for agency in self.agencies:
            if path == agency.folder or agency.folder in path.parents:
                return agency
        return None


def base_path_of(folder: Path) -> str:
    """The agency's base path, read from its robots.txt (which names `<base_url>sitemap.xml`).

    Reading it from the output rather than from the content keeps the audit independent of
    the content format; an agency without robots.txt is taken to be served at the root.
    """
    robots = folder / "robots.txt"
    if robots.is_file():
        for line in robots.read_text(encoding="utf-8").splitlines():
            if line.lower().startswith("sitemap:"):
                path = urlsplit(line.split(":", 1)[1].strip()).path
                base = path.rsplit("/", 1)[0] + "/"
                return base if base.startswith("/") else "/" + base
    return "/"


def load(root: Path) -> Output:
    root = root.resolve()
    output = Output(root)
    for child in sorted(root.iterdir()):
        if child.is_dir() and (child / "index.html").is_file() and child.name != "assets":
            output.agencies.append(Agency(child, base_path_of(child)))
    return output


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    """Serves files without logging each request; remembers what it could not find."""

    missing: list[str]

    def log_message(self, format: str, *args) -> None:  # noqa: A002 - the stdlib's name
        pass

    def send_error(self, code, message=None, explain=None):
        # Browsers ask for /favicon.ico on their own; the site declares none.
        if code == 404 and not self.path.startswith("/favicon.ico"):
            self.missing.append(self.path)
        super().send_error(code, message, explain)


class Server:
    """A local HTTP server on 127.0.0.1 serving `folder` at `base_path`, in a thread."""

    def __init__(self, folder: Path, base_path: str = "/", output: Output | None = None):
        self._mount: tempfile.TemporaryDirectory | None = None
        directory = folder
        if base_path != "/":
            # Serve a folder in which base_path is a link to the agency folder.
            self._mount = tempfile.TemporaryDirectory(prefix="oit-audit-")
            parts = [p for p in base_path.split("/") if p]
            parent = Path(self._mount.name).joinpath(*parts[:-1])
            parent.mkdir(parents=True, exist_ok=True)
            os.symlink(folder, parent / parts[-1])
            directory = Path(self._mount.name)
        self.missing: list[str] = []
        handler = type("Handler", (_QuietHandler,), {"missing": self.missing})
        self._httpd = http.server.ThreadingHTTPServer(
            ("127.0.0.1", 0), functools.partial(handler, directory=str(directory))
        )
        self.base_path = base_path
        self.folder = folder
        self.output = output
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)
        self._thread.start()

    def url(self, path: Path) -> str:
        """The address of a file of the served folder."""
        relative = path.relative_to(self.folder).as_posix()
        return f"http://127.0.0.1:{self._httpd.server_port}{self.base_path}{relative}"

    def stop(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
        if self._mount:
            self._mount.cleanup()
