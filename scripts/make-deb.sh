#!/usr/bin/env bash
# `make deb`: builds oit_<version>-<revision>_<arch>.deb in the repository's root, a Debian package
# of the self-contained release binary (the Swift runtime and Foundation linked in, as
# `make install` builds it), with its man page (swift-argument-parser's generate-manual plugin),
# bash and zsh completions, copyright and changelog; Depends is computed by dpkg-shlibdeps from
# the libraries the binary links. Then lintian checks the package and any error or warning fails.
#
#   scripts/make-deb.sh
#
# Environment: SWIFT (default swift), DEB_REVISION (the Debian revision, default 1),
# DEB_MAINTAINER ("Name <address>", default the author of the last commit), DEB_LINTIAN=0 to skip
# lintian. Installs dpkg-dev, chrpath and lintian with apt-get when missing (and Debian's libcmark-gfm
# development packages through scripts/install-deps.sh). No fakeroot: dpkg-deb --root-owner-group
# gives every file to root.
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
cd "$repo"
swift="${SWIFT:-swift}"
revision="${DEB_REVISION:-1}"

# What the packaging itself needs (dpkg-deb is in dpkg, which every Debian system has).
extra=(dpkg-dev chrpath)
[ "${DEB_LINTIAN:-1}" = 0 ] || extra+=(lintian)
scripts/install-deps.sh "${extra[@]}"

upstream="$(sed -n 's/.*static let current = "\(.*\)".*/\1/p' Sources/OITSite/Command/Version.swift)"
[ -n "$upstream" ] || { echo "make-deb: no version in Sources/OITSite/Command/Version.swift" >&2; exit 1; }
version="$upstream-$revision"
arch="$(dpkg --print-architecture)"
maintainer="${DEB_MAINTAINER:-$(git log -1 --format='%an <%ae>' 2>/dev/null || true)}"
[ -n "$maintainer" ] || { echo "make-deb: set DEB_MAINTAINER=\"Name <address>\" (no git history to take it from)" >&2; exit 1; }
# Dates and file times from the last commit, so the same commit gives the same package.
export SOURCE_DATE_EPOCH="${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || date +%s)}"

deb="oit_${version}_${arch}.deb"
work=.build/deb
stage="$work/oit_${version}_${arch}"
rm -rf "$work" "$deb"
mkdir -p "$work"

# 1. The release binary, as `make install` builds it.
echo "make-deb: building the release binary; this takes several minutes (8 to 13 on two cores)"
start=$(date +%s)
"$swift" build -c release --static-swift-stdlib --product oit
bin="$("$swift" build -c release --static-swift-stdlib --show-bin-path)"
echo "make-deb: release build done in $(($(date +%s) - start)) s"

built_version="$("$bin/oit" --version)"
[ "$built_version" = "$upstream" ] \
  || { echo "make-deb: the binary says $built_version, Version.swift says $upstream" >&2; exit 1; }

# 2. The man page, from the command's own help, by the generate-manual command plugin of
# swift-argument-parser. The plugin builds every product first: a debug build (which `make build`
# and `make test` make anyway) gives the same page as the release one, without a second release
# build. generate-manual writes ASCII only, so OIT_HELP_ENGLISH=1 has oit give it the English half
# of its bilingual help (the Thai is in `oit help`). One page, oit.1, with every command: the
# plugin's --multi-page pages are named "oit init" and the like, which man-db cannot index.
manual_date="$(date -u -d "@$SOURCE_DATE_EPOCH" +%F)"
rm -rf .build/plugins/GenerateManual/outputs
OIT_HELP_ENGLISH=1 "$swift" package plugin generate-manual --configuration debug --date "$manual_date"
manual="$(find .build/plugins/GenerateManual/outputs -name oit.1 | head -1)"
[ -n "$manual" ] || { echo "make-deb: the generate-manual plugin wrote no oit.1" >&2; exit 1; }
! grep -q ' / ' "$manual" || { echo "make-deb: $manual still has bilingual text (' / ')" >&2; exit 1; }

# 3. The package's files.
install -d -m 755 "$stage/DEBIAN" "$stage/usr/bin" "$stage/usr/share/man/man1" \
  "$stage/usr/share/doc/oit" "$stage/usr/share/bash-completion/completions" \
  "$stage/usr/share/zsh/vendor-completions" "$stage/usr/share/lintian/overrides"
install -m 755 "$bin/oit" "$stage/usr/bin/oit"
# As Debian's dh_strip does: no symbol table, no .comment or .note section.
strip --strip-unneeded --remove-section=.comment --remove-section=.note "$stage/usr/bin/oit"
# The linker's RUNPATH $ORIGIN: nothing is loaded from beside the program (the Swift runtime is in it).
chrpath -d "$stage/usr/bin/oit" >/dev/null

# A completion file is read by bash, not run: no #! line.
"$stage/usr/bin/oit" --generate-completion-script bash | sed '1{/^#!/d}' >"$stage/usr/share/bash-completion/completions/oit"
"$stage/usr/bin/oit" --generate-completion-script zsh >"$stage/usr/share/zsh/vendor-completions/_oit"

# generate-manual escapes only the first line of a help text: a later line that begins with a dot
# (".github/...") would be read as a macro and a blank one is an empty input line to mdoc.
awk '/^[.]/ && !/^[.](\\"|[A-Z][a-z]( |$))/ { $0 = "\\&" $0 } /^$/ { $0 = ".Pp" } { print }' "$manual" \
  | gzip -9n >"$stage/usr/share/man/man1/oit.1.gz"

# The copyright file: this project's, the fonts built into the binary, the Swift runtime and the
# Swift packages linked in. Every package whose code is in the binary must have its paragraph,
# so a new dependency fails here until scripts/deb/copyright names it.
cp scripts/deb/copyright "$stage/usr/share/doc/oit/copyright"
# The guides a clerk reads beside the tool (the year.yaml that oit init writes points at CONTENT.md);
# INSTALL.md stays out: lintian counts installation instructions inside the package as a mistake.
install -m 644 docs/CLERK.md docs/CONTENT.md docs/DEPLOY.md "$stage/usr/share/doc/oit/"
packages=()
for module in $(sed -n 's|.*/\([^/]*\)\.build/.*\.o$|\1|p' "$bin/oit.product/Objects.LinkFileList" | sort -u); do
  [ -d "Sources/$module" ] && continue   # this project's own
  # The module's first source file: from the list the Swift compiler was given, or for a C module
  # the first file of its first dependency file; it is inside the checkout of its package.
  if [ -f "$bin/$module.build/sources" ]; then
    source="$(head -1 "$bin/$module.build/sources")"
  else
    depfile="$(find "$bin/$module.build" -name '*.d' | sort | head -1)"
    source="$( (sed 's/^[^:]*://' "$depfile" | tr -s ' \\' '\n\n' | grep -m1 .) || true)"
  fi
  from="$(sed -n 's|.*/[.]build/checkouts/\([^/]*\)/.*|\1|p' <<<"$source")"
  [ -n "$from" ] || { echo "make-deb: cannot tell which package module $module is from ($source)" >&2; exit 1; }
  packages+=("$from")
done
missing=()
for package in $(printf '%s\n' "${packages[@]}" | sort -u); do
  grep -q "^\(Files:\)\? *[.]build/checkouts/$package/[*]" scripts/deb/copyright || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] \
  || { echo "make-deb: linked into oit but not in scripts/deb/copyright: ${missing[*]}" >&2; exit 1; }
# Apache-2.0 asks that the NOTICE files of the works go with them.
for package in $(printf '%s\n' "${packages[@]}" | sort -u); do
  for notice in .build/checkouts/"$package"/NOTICE*; do
    [ -f "$notice" ] || continue
    printf '%s\n\n' "---------------- $package ----------------"
    cat "$notice"
    echo
  done
done | gzip -9n >"$stage/usr/share/doc/oit/NOTICE.gz"

{
  echo "oit ($version) unstable; urgency=medium"
  echo
  echo "  * oit $upstream, packaged from the project's sources with Debian revision $revision."
  echo
  echo " -- $maintainer  $(date -u -R -d "@$SOURCE_DATE_EPOCH")"
} | gzip -9n >"$stage/usr/share/doc/oit/changelog.Debian.gz"

install -m 644 scripts/deb/lintian-overrides "$stage/usr/share/lintian/overrides/oit"

# 4. DEBIAN/control; Depends from the libraries the binary is linked with (dpkg-shlibdeps reads
# their packages' symbols files, so the versions are the ones the binary needs).
mkdir -p "$work/shlibs/debian"
printf 'Source: oit\n\nPackage: oit\nArchitecture: any\n' >"$work/shlibs/debian/control"
depends="$(cd "$work/shlibs" && dpkg-shlibdeps -O -e "$repo/$stage/usr/bin/oit" 2>/dev/null \
  | sed -n 's/^shlibs:Depends=//p')"
[ -n "$depends" ] || { echo "make-deb: dpkg-shlibdeps found no dependencies" >&2; exit 1; }
installed_size="$(du -k -s --apparent-size --exclude=DEBIAN "$stage" | cut -f1)"

cat >"$stage/DEBIAN/control" <<EOF
Package: oit
Version: $version
Architecture: $arch
Maintainer: $maintainer
Installed-Size: $installed_size
Depends: $depends
Section: web
Priority: optional
Description: build ITA transparency (OIT) websites for Thai public agencies
 oit makes the open information website (OIT, การเปิดเผยข้อมูลสาธารณะ) that
 a Thai public agency publishes for the Integrity and Transparency
 Assessment (ITA, การประเมินคุณธรรมและความโปร่งใส). The agency's staff write
 plain text files: one YAML file per fiscal year with the state of every
 item (o1 to o43), the dates, the unit in charge and the evidence, and
 Markdown files for longer texts. oit checks them against the round's
 criteria, which are built in, and writes a static website: one page per
 item, the results, measures and progress pages, a printable memo and the
 summary of addresses to enter in the ITAS system.
 .
 Every message is in Thai (or in English with --lang en) and names the
 file, line and column to fix. "oit init" starts a new agency folder,
 "oit serve" shows the website in a browser while the files are edited,
 and "oit build" writes it for upload. The default theme, its Thai font
 and the criteria of the ITA rounds it knows are inside the program.
EOF

# Permissions, checksums (dpkg --verify reads them) and times as a package build would leave them.
find "$stage" -type d -exec chmod 755 {} +
find "$stage" -type f ! -path "$stage/usr/bin/*" -exec chmod 644 {} +
(cd "$stage" && find usr -type f -print0 | sort -z | xargs -0 md5sum >DEBIAN/md5sums)
chmod 644 "$stage/DEBIAN/md5sums"
find "$stage" -exec touch -h -d "@$SOURCE_DATE_EPOCH" {} +

dpkg-deb --root-owner-group -Zxz --build "$stage" "$deb" >/dev/null
echo "make-deb: wrote $deb ($(du -h "$deb" | cut -f1), installed $installed_size KiB)"
echo "make-deb: Depends: $depends"

if [ "${DEB_LINTIAN:-1}" != 0 ]; then
  # --fail-on error,warning: any error or warning fails; overrides carry their reasons
  # (scripts/deb/lintian-overrides). Info tags are shown, not failed on.
  lintian --display-info --fail-on error,warning "$deb"
  echo "make-deb: lintian: no error or warning"
fi
