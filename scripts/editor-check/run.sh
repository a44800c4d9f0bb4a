#!/usr/bin/env bash
# `make editor-check`: the editor of `oit serve` (/_edit/) in headless Chromium (Selenium), on a
# temporary copy of Content/: edits an item (status, date, elements, a link, an uploaded PDF),
# saves, sees the preview change and the YAML diff limited to those lines; a keyboard-only pass;
# axe-core on every editor page at 390 and 1280 px; screenshots into docs/editor/.
#
#   scripts/editor-check/run.sh
#
# Uses the venv and pinned packages of `make audit` (scripts/audit/requirements*.txt) in .audit/venv.
set -euo pipefail

repo="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$repo"
oit="${OIT:-.build/debug/oit}"
# Chromium, its driver and the pinned Python packages in .audit/venv, as `make audit` has them.
# shellcheck source=scripts/audit/prepare.sh
source scripts/audit/prepare.sh
audit_prepare editor-check

[ -x "$oit" ] || { echo "editor-check: $oit is missing; run 'make build' first" >&2; exit 2; }
PYTHONDONTWRITEBYTECODE=1 exec "$venv/bin/python" scripts/editor-check/editor_check.py "$oit" "${SHOTS:-docs/editor}"
