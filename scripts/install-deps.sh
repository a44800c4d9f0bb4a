#!/usr/bin/env bash
# Installs the system packages the build needs, only when they are missing; packages named as
# arguments too (`make test` names zbar-tools, whose zbarimg the QR code test decodes with).
set -euo pipefail

need=()
pkg-config --exists libcmark-gfm 2>/dev/null || need+=(libcmark-gfm-dev)
[ -f /usr/include/cmark-gfm-core-extensions.h ] || need+=(libcmark-gfm-extensions-dev)
pkg-config --exists libqrencode 2>/dev/null || need+=(libqrencode-dev)
command -v pkg-config >/dev/null || need+=(pkg-config)
for extra in "$@"; do
  dpkg -s "$extra" >/dev/null 2>&1 || need+=("$extra")
done
[ ${#need[@]} -eq 0 ] && exit 0

echo "Installing: ${need[*]}"
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq "${need[@]}" >/dev/null
