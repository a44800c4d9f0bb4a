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
work=.audit
venv="$work/venv"

sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
apt_install() {
  echo "editor-check: installing $*"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq "$@" >/dev/null
}
need=()
command -v chromium >/dev/null || need+=(chromium)
command -v chromedriver >/dev/null || need+=(chromium-driver)
command -v python3 >/dev/null || need+=(python3)
[ ${#need[@]} -eq 0 ] || apt_install "${need[@]}"

stamp="$( (python3 --version; cat scripts/audit/requirements.txt scripts/audit/requirements-nodeps.txt) | sha256sum | cut -d' ' -f1)"
if [ "$(cat "$venv/.requirements" 2>/dev/null)" != "$stamp" ]; then
  rm -rf "$venv"
  mkdir -p "$work"
  if ! python3 -m venv "$venv" >/dev/null 2>&1; then
    rm -rf "$venv"
    apt_install python3-venv
    python3 -m venv "$venv"
  fi
  "$venv/bin/python" -m pip install -q --disable-pip-version-check -r scripts/audit/requirements.txt
  "$venv/bin/python" -m pip install -q --disable-pip-version-check --no-deps -r scripts/audit/requirements-nodeps.txt
  echo "$stamp" >"$venv/.requirements"
fi

[ -x "$oit" ] || { echo "editor-check: $oit is missing; run 'make build' first" >&2; exit 2; }
PYTHONDONTWRITEBYTECODE=1 exec "$venv/bin/python" scripts/editor-check/editor_check.py "$oit" "${SHOTS:-docs/editor}"
