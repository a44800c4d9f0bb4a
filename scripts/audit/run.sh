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
# Chromium, its driver, Java for the Nu checker, and the pinned Python packages in .audit/venv.
# shellcheck source=scripts/audit/prepare.sh
source scripts/audit/prepare.sh
audit_prepare audit java:default-jre-headless

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
