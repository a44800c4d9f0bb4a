# shellcheck shell=bash
# Sourced (from the repository's root) by scripts/audit/run.sh and scripts/editor-check/run.sh:
#   audit_prepare NAME [COMMAND:PACKAGE ...]
# installs Chromium, its driver, Python and each extra Debian PACKAGE whose COMMAND is missing, then
# the virtual environment of the pinned packages (scripts/audit/requirements*.txt) in .audit/venv,
# rebuilt when the requirements or Python change. NAME prefixes what it prints. Sets `venv`.
venv=.audit/venv

audit_apt_install() {
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "$audit_name: installing $*"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq "$@" >/dev/null
}

audit_prepare() {
  audit_name="$1"
  shift
  local need=() pair
  for pair in chromium:chromium chromedriver:chromium-driver python3:python3 "$@"; do
    command -v "${pair%%:*}" >/dev/null || need+=("${pair#*:}")
  done
  [ ${#need[@]} -eq 0 ] || audit_apt_install "${need[@]}"

  local stamp
  stamp="$( (python3 --version; cat scripts/audit/requirements.txt scripts/audit/requirements-nodeps.txt) | sha256sum | cut -d' ' -f1)"
  if [ "$(cat "$venv/.requirements" 2>/dev/null)" != "$stamp" ]; then
    rm -rf "$venv"
    mkdir -p "$(dirname "$venv")"
    if ! python3 -m venv "$venv" >/dev/null 2>&1; then
      rm -rf "$venv"
      audit_apt_install python3-venv   # Debian's python3 has no ensurepip without it
      python3 -m venv "$venv"
    fi
    "$venv/bin/python" -m pip install -q --disable-pip-version-check -r scripts/audit/requirements.txt
    "$venv/bin/python" -m pip install -q --disable-pip-version-check --no-deps -r scripts/audit/requirements-nodeps.txt
    echo "$stamp" >"$venv/.requirements"
  fi
}
