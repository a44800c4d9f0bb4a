#!/usr/bin/env bash
# Takes headless-Chromium screenshots of the generated site at phone (390 px) and desktop
# (1280 px) widths, and prints the progress memo to an A4 PDF (plus PNGs of its pages), so the
# pages can be looked at as users see them. Build the site first (`make site`).
#
#   scripts/screenshots.sh [SITE_FOLDER] [OUTPUT_FOLDER]
#
# Defaults: Site/ and .screenshots/ in the repository. Installs chromium and poppler-utils
# (for pdftoppm) when they are missing. Each page is measured first, so the screenshot holds the
# whole page; a page wider than the window (horizontal overflow) is reported.
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
site="$(cd "${1:-$repo/Site}" && pwd)"
out="${2:-$repo/.screenshots}"
mkdir -p "$out"
out="$(cd "$out" && pwd)"

# The pages to look at, relative to the site folder.
pages=(
  klongkate/index.html
  klongkate/2566/index.html
  klongkate/2566/o12/index.html
  klongkate/2566/o42/index.html
  klongkate/2566/o43/index.html
  klongkate/2566/submission/index.html
  klongkate/2566/results/index.html
  klongkate/2566/measures/index.html
  klongkate/contact/index.html
  klongkate/404.html
  phanomthuan/2566/results/index.html
  wangmuang-saraburi/2568/results/index.html
  wangmuang-khonkaen/2566/index.html
  wangmuang-khonkaen/2566/progress/12-month/index.html
  wangmuang-khonkaen/2566/progress/12-month/memo/index.html
)
memo=wangmuang-khonkaen/2566/progress/12-month/memo/index.html
widths=(390 1280)
# Window heights used when a page cannot be measured, and the tallest screenshot taken.
fallback_height=2400
max_height=32000

sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
install() {
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get install -y -qq "$@" >/dev/null 2>&1 \
    || { $sudo apt-get update -qq && $sudo apt-get install -y -qq "$@" >/dev/null; }
}

chrome=""
for candidate in chromium chromium-browser google-chrome; do
  if command -v "$candidate" >/dev/null; then chrome="$candidate"; break; fi
done
if [ -z "$chrome" ]; then
  echo "Installing chromium…"
  install chromium
  chrome=chromium
fi
command -v pdftoppm >/dev/null || { echo "Installing poppler-utils…"; install poppler-utils; }

flags=(--headless --disable-gpu --hide-scrollbars --virtual-time-budget=2000 --no-first-run
       --no-default-browser-check --disable-extensions --mute-audio)
[ "$(id -u)" -eq 0 ] && flags+=(--no-sandbox)

# A throw-away profile, so runs do not share state or leave anything behind.
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
flags+=(--user-data-dir="$work/profile")

# Loads a page in a frame of the given width and prints "SIZE <height> <width>" of its content.
cat >"$work/measure.html" <<'HTML'
<!DOCTYPE html><html><body style="margin:0"><iframe id="f" scrolling="no" style="height:800px;border:0"></iframe>
<pre id="out"></pre>
<script>
var p = location.hash.slice(1).split("|"), f = document.getElementById("f");
f.style.width = p[0] + "px";
f.onload = function () { setTimeout(function () {
  var d = f.contentDocument.documentElement;
  document.getElementById("out").textContent = "SIZE " + d.scrollHeight + " " + d.scrollWidth;
}, 500); };
f.src = p[1];
</script></body></html>
HTML

measure() { # page width → "height width", or nothing
  "$chrome" "${flags[@]}" --allow-file-access-from-files --window-size=1400,900 --dump-dom \
    "file://$work/measure.html#$2|file://$site/$1" 2>/dev/null | sed -n 's/.*SIZE \([0-9]*\) \([0-9]*\).*/\1 \2/p' | head -1
}

shot() { # page width
  local page="$1" width="$2" name size height=$fallback_height content_width
  name="$(echo "${page%.html}" | sed -e 's#/index$##' -e 's#/#_#g')"
  size="$(measure "$page" "$width" || true)"
  if [ -n "$size" ]; then
    read -r height content_width <<<"$size"
    [ "$content_width" -gt "$width" ] && echo "warning: $page is ${content_width}px wide at ${width}px (horizontal overflow)" >&2
    [ "$height" -lt 400 ] && height=400
    [ "$height" -gt $max_height ] && height=$max_height
  fi
  local file="$out/${name}-${width}.png"
  "$chrome" "${flags[@]}" --window-size="$width,$height" --screenshot="$file" "file://$site/$page" >/dev/null 2>&1
  echo "$file"
}

for page in "${pages[@]}"; do
  if [ ! -f "$site/$page" ]; then
    echo "missing: $site/$page" >&2
    continue
  fi
  for width in "${widths[@]}"; do shot "$page" "$width"; done
done

# The memo as it prints: A4, without the browser's header and footer.
if [ -f "$site/$memo" ]; then
  pdf="$out/memo-a4.pdf"
  "$chrome" "${flags[@]}" --no-pdf-header-footer --print-to-pdf="$pdf" "file://$site/$memo" >/dev/null 2>&1
  rm -f "$out"/memo-a4-page-*.png
  pdftoppm -png -r 80 "$pdf" "$out/memo-a4-page"
  echo "$pdf"
  ls "$out"/memo-a4-page-*.png
fi
