# OIT Site: `make site` builds the example Content into Site/, `make test` runs every test.
SWIFT ?= swift
CONTENT ?= Content
OUTPUT ?= Site
OIT = .build/debug/oit

.PHONY: site test build deps bench screenshots audit clean docs lint

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

clean:
	rm -rf .build $(OUTPUT)
