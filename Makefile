# OIT Site: `make site` builds the example Content into Site/, `make test` runs every test.
SWIFT ?= swift
CONTENT ?= Content
OUTPUT ?= Site
OIT = .build/debug/oit

.PHONY: site test build deps bench screenshots audit print-check clean docs lint

deps:
	@scripts/install-deps.sh

build: deps
	$(SWIFT) build --product oit

site: build
	$(OIT) build --content $(CONTENT) --theme Templates --output $(OUTPUT)

test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

# Regenerates docs/items/<round>.md from the built-in framework files (the same test checks them in CI).
docs: deps
	$(SWIFT) build --build-tests
	OIT_WRITE_DOCS=1 $(SWIFT) test --skip-build --filter ItemReferenceTests

bench: deps
	scripts/bench.sh

screenshots: site
	scripts/screenshots.sh

audit: site
	OIT=$(OIT) scripts/audit/run.sh $(OUTPUT)

# Prints results, measures, progress reports, memos and ITAS sheets of the example site to A4 PDF
# in headless Chromium and checks page size, text inside the page, page count and print scale.
print-check: site
	@command -v chromium >/dev/null || command -v chromium-browser >/dev/null || command -v google-chrome >/dev/null \
	  || { apt-get update -qq && apt-get install -y -qq chromium; }
	@command -v pdftotext >/dev/null || { apt-get update -qq && apt-get install -y -qq poppler-utils; }
	python3 scripts/print-check.py --site $(OUTPUT)

clean:
	rm -rf .build $(OUTPUT)
