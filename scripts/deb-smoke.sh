#!/usr/bin/env bash
# CI's check of the Debian package: `make deb` (which fails on any lintian error or warning),
# then installs the package with apt-get (which pulls its Depends), and in a new empty folder runs
# the packaged /usr/bin/oit: --version, init, build, and checks the pages written, the man page
# and the completions; then purges the package and every package its install pulled in, so the
# machine is left as it was found (also when a check fails). /usr/bin/oit is named every time,
# so an oit from `make install` in /usr/local/bin is neither used nor touched.
#
#   scripts/deb-smoke.sh              (builds the package first)
#   scripts/deb-smoke.sh FILE.deb     (checks a package already built)
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
cd "$repo"

if [ $# -ge 1 ]; then
  deb="$(realpath "$1")"
else
  make deb
  upstream="$(sed -n 's/.*static let current = "\(.*\)".*/\1/p' Sources/OITSite/Command/Version.swift)"
  deb="$repo/oit_${upstream}-${DEB_REVISION:-1}_$(dpkg --print-architecture).deb"
fi
version="$(dpkg-deb -f "$deb" Version)"
upstream="${version%-*}"

export DEBIAN_FRONTEND=noninteractive

if dpkg-query -W -f='${Status}' oit 2>/dev/null | grep -q 'ok installed'; then
  echo "deb-smoke: the oit package is installed already; remove it first (sudo dpkg -r oit)" >&2
  exit 2
fi

installed() { dpkg-query -W -f='${binary:Package}\n' | sort; }
new_since_before() { installed | comm -13 "$before" - | tr '\n' ' '; }
before="$(mktemp)"
installed >"$before"
folder="$(mktemp -d)"
pulled=""
attempted=0
apt=(apt-get -o DPkg::Lock::Timeout=600 -y -qq)   # waits for a lock another apt-get holds
[ "$(id -u)" -eq 0 ] || apt=(sudo "${apt[@]}")
cleanup() {
  status=$?
  # The package and what apt-get installed with it, taken right after the install (the machine
  # may be shared: a package someone else installs meanwhile is not ours to remove).
  [ -n "$pulled" ] || [ "$attempted" -eq 0 ] || pulled="$(new_since_before)"
  if [ -n "$pulled" ]; then
    echo "deb-smoke: purging $pulled"
    # shellcheck disable=SC2086 # a list of package names
    "${apt[@]}" purge $pulled >/dev/null
  fi
  rm -rf "$folder" "$before"
  if [ "$status" -eq 0 ]; then echo "deb-smoke: ok"; else echo "deb-smoke: FAILED" >&2; fi
  exit "$status"
}
trap cleanup EXIT

# apt-get takes a path with a slash as a file, not a package name.
"${apt[@]}" update
attempted=1
"${apt[@]}" install "$deb" >/dev/null
pulled="$(new_since_before)"
echo "deb-smoke: installed $(dpkg-query -W -f='${Package} ${Version}' oit); new packages: $pulled"

oit=/usr/bin/oit
fail() { echo "deb-smoke: $*" >&2; exit 1; }

# Every library it links is found.
! ldd "$oit" | grep -q 'not found' || { ldd "$oit" >&2; fail "a library of $oit is missing"; }

[ "$("$oit" --version)" = "$upstream" ] || fail "$oit --version says $("$oit" --version), the package is $version"

cd "$folder"
"$oit" init --agency test --lang en
"$oit" build --lang en
pages="$(find Site/test -name index.html | wc -l)"
if [ ! -f Site/index.html ] || [ ! -f Site/test/index.html ] || [ "$pages" -lt 10 ]; then
  fail "oit build wrote $pages index.html pages under Site/test"
fi
grep -q '</html>' Site/test/index.html || fail "Site/test/index.html is not a whole page"
echo "deb-smoke: oit init and oit build wrote $(find Site -type f | wc -l) files ($pages pages of the agency)"

# The package's files; the man page renders without a warning; the completions parse.
for file in /usr/share/man/man1/oit.1.gz /usr/share/bash-completion/completions/oit \
  /usr/share/zsh/vendor-completions/_oit /usr/share/doc/oit/copyright /usr/share/doc/oit/changelog.Debian.gz; do
  dpkg -L oit | grep -qxF "$file" || fail "the package has no $file"
done
command -v man >/dev/null || fail "man (man-db) is needed to check the man page"
warnings="$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -E UTF-8 -l /usr/share/man/man1/oit.1.gz 2>&1 >/dev/null)"
[ -z "$warnings" ] || fail "man -l oit.1.gz: $warnings"
manual="$(LC_ALL=C.UTF-8 MANWIDTH=80 man -l /usr/share/man/man1/oit.1.gz 2>/dev/null)"
for word in init build serve --port; do
  grep -qF -- "$word" <<<"$manual" || fail "man oit does not mention $word"
done
bash -n /usr/share/bash-completion/completions/oit || fail "the bash completion does not parse"
grep -q '^#compdef oit' /usr/share/zsh/vendor-completions/_oit || fail "the zsh completion has no #compdef line"
echo "deb-smoke: man page, completions, copyright and changelog in place"
