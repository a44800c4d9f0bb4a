# OIT Site: `make site` builds the example Content into Site/, `make test` runs every test,
# `make install` puts a self-contained `oit` into $(PREFIX)/bin, `make deb` makes a Debian package of it.
SWIFT ?= swift
CONTENT ?= Content
OUTPUT ?= Site
OIT = .build/debug/oit
PREFIX ?= /usr/local
BINDIR = $(DESTDIR)$(PREFIX)/bin
SHAREDIR = $(DESTDIR)$(PREFIX)/share
# The Swift runtime and Foundation linked into the binary: it runs without Swift installed.
RELEASE = -c release --static-swift-stdlib

.PHONY: site test build deps bench screenshots audit editor-check print-check install uninstall deb deb-smoke actionlint clean docs lint format

deps:
	@scripts/install-deps.sh

build: deps
	$(SWIFT) build --product oit

site: build
	$(OIT) build --content $(CONTENT) --theme Templates --output $(OUTPUT)

# zbar-tools: the QR code test decodes the generated code with zbarimg (it fails without it).
test: deps
	@scripts/install-deps.sh zbar-tools
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

# Regenerates docs/items/<round>.md from the built-in framework files (the same test checks them in CI).
docs: deps
	$(SWIFT) build --build-tests
	OIT_WRITE_DOCS=1 $(SWIFT) test --skip-build --filter ItemReferenceTests

# The theme (Templates/) and the frameworks are compiled into the binary, so nothing else is
# installed beside it; shell completions go where bash and zsh look for them.
install: deps
	@echo "Building oit for release: this takes several minutes (8 to 13 on two cores) and prints little meanwhile."
	$(SWIFT) build $(RELEASE) --product oit
	install -d "$(BINDIR)" "$(SHAREDIR)/bash-completion/completions" "$(SHAREDIR)/zsh/site-functions"
	install -s -m 755 "$$($(SWIFT) build $(RELEASE) --show-bin-path)/oit" "$(BINDIR)/oit"
	"$(BINDIR)/oit" --generate-completion-script bash > "$(SHAREDIR)/bash-completion/completions/oit"
	"$(BINDIR)/oit" --generate-completion-script zsh > "$(SHAREDIR)/zsh/site-functions/_oit"
	@echo "installed $(BINDIR)/oit ($$("$(BINDIR)/oit" --version))"

uninstall:
	rm -f "$(BINDIR)/oit" "$(SHAREDIR)/bash-completion/completions/oit" "$(SHAREDIR)/zsh/site-functions/_oit"

# oit_<version>-1_<arch>.deb in this folder: the release binary of `make install`, its man page, bash and zsh
# completions; Depends from dpkg-shlibdeps; lintian fails it on any error or warning (scripts/make-deb.sh).
deb: deps
	SWIFT=$(SWIFT) scripts/make-deb.sh

# CI's check of the package: make deb, install it with apt-get, oit init and build in an empty folder
# with /usr/bin/oit, then purge it and what it pulled in (scripts/deb-smoke.sh).
deb-smoke:
	scripts/deb-smoke.sh

# actionlint on .github/workflows/ and on the workflow `oit init` writes (scripts/actionlint.sh).
actionlint:
	scripts/actionlint.sh

# AGENCIES="100 500" RUNS=3 BENCH_ENFORCE=1 make bench: oit against Hugo on the same pages (docs/PERFORMANCE.md)
bench: deps
	scripts/bench.sh

screenshots: site
	scripts/screenshots.sh

audit: site
	OIT=$(OIT) scripts/audit/run.sh $(OUTPUT)

# The editor of `oit serve` (/_edit/) in headless Chromium: an edit, an upload, the preview, the YAML
# diff, a keyboard-only pass and axe-core at 390 and 1280 px; screenshots into docs/editor/.
editor-check: build
	OIT=$(OIT) scripts/editor-check/run.sh

# Prints results, measures, progress reports, memos, ITAS sheets and EIT posters of the example site
# and of the comparison fixture (whose made-up ITAS code gives it posters) to A4 PDF in headless
# Chromium and checks page size, text inside the page, page count and print scale.
print-check: site
	@command -v chromium >/dev/null || command -v chromium-browser >/dev/null || command -v google-chrome >/dev/null \
	  || { apt-get update -qq && apt-get install -y -qq chromium; }
	@command -v pdftotext >/dev/null || { apt-get update -qq && apt-get install -y -qq poppler-utils; }
	$(OIT) build --content Tests/Fixtures/comparison --theme Templates --output .screenshots/comparison --lang en >/dev/null
	python3 scripts/print-check.py --site $(OUTPUT) --site .screenshots/comparison

# swift-format (it ships with the toolchain) with the checked-in .swift-format; CI runs it. Tests have their
# own (Tests/.swift-format): the same rules, but a test may force-unwrap or `try!` (a crash fails the test).
lint:
	$(SWIFT) format lint --strict --configuration .swift-format --recursive Sources Package.swift Plugins
	$(SWIFT) format lint --strict --configuration Tests/.swift-format --recursive Tests

# Formats the code in place with the same configurations.
format:
	$(SWIFT) format format --configuration .swift-format --in-place --recursive Sources Package.swift Plugins
	$(SWIFT) format format --configuration Tests/.swift-format --in-place --recursive Tests

clean:
	rm -rf .build $(OUTPUT) oit_*.deb
