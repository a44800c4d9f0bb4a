#!/usr/bin/env bash
# `make audit`: installs what the audit needs (once), builds the comparison fixture, and checks
# every page of the example site and of the fixture with the Nu Html Checker, axe-core in
# headless Chromium, and an internal link check. Exits non-zero on any finding.
#
#   scripts/audit/run.sh [SITE_FOLDER]        (default Site/, built by `make site` first)
#
# Environment: OIT (the oit binary, default .build/debug/oit), AUDIT_ARGS (extra arguments for
# audit.py, e.g. --all-items). Everything it installs or writes stays in .audit/ (git-ignored),
# apart from Debian packages: default-jre-headless, chromium, chromium-driver, python3-venv.
set -euo pipefail

repo="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$repo"
site="${1:-Site}"
oit="${OIT:-.build/debug/oit}"
work=.audit
venv="$work/venv"

sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
apt_install() {
  echo "audit: installing $*"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq "$@" >/dev/null
}

need=()
command -v java >/dev/null || need+=(default-jre-headless)
command -v chromium >/dev/null || need+=(chromium)
command -v chromedriver >/dev/null || need+=(chromium-driver)
command -v python3 >/dev/null || need+=(python3)
[ ${#need[@]} -eq 0 ] || apt_install "${need[@]}"

# A virtual environment of the pinned packages, rebuilt when the requirements or Python change.
stamp="$( (python3 --version; cat scripts/audit/requirements.txt scripts/audit/requirements-nodeps.txt) | sha256sum | cut -d' ' -f1)"
if [ "$(cat "$venv/.requirements" 2>/dev/null)" != "$stamp" ]; then
  rm -rf "$venv"
  mkdir -p "$work"
  if ! python3 -m venv "$venv" >/dev/null 2>&1; then
    rm -rf "$venv"
    apt_install python3-venv   # Debian's python3 has no ensurepip without it
    python3 -m venv "$venv"
  fi
  "$venv/bin/python" -m pip install -q --disable-pip-version-check -r scripts/audit/requirements.txt
  "$venv/bin/python" -m pip install -q --disable-pip-version-check --no-deps -r scripts/audit/requirements-nodeps.txt
  echo "$stamp" >"$venv/.requirements"
fi

# The fixture whose results page compares two years (table and chart).
[ -x "$oit" ] || { echo "audit: $oit is missing; run 'make build' first" >&2; exit 2; }
[ -f "$site/index.html" ] || { echo "audit: $site/index.html is missing; run 'make site' first" >&2; exit 2; }
if ! "$oit" build --content Tests/Fixtures/comparison --theme Templates --output "$work/comparison" \
    --lang en >"$work/comparison.log" 2>&1; then
  cat "$work/comparison.log" >&2
  exit 2
fi

# shellcheck disable=SC2086 # AUDIT_ARGS is a list of words
PYTHONDONTWRITEBYTECODE=1 exec "$venv/bin/python" scripts/audit/audit.py ${AUDIT_ARGS:-} "$site" "$work/comparison"
