# OIT Site: `make site` builds the example Content into Site/, `make test` runs every test.
SWIFT ?= swift
CONTENT ?= Content
OUTPUT ?= Site
OIT = .build/debug/oit

.PHONY: site test build deps bench screenshots clean

deps:
	@scripts/install-deps.sh

build: deps
	$(SWIFT) build --product oit

site: build
	$(OIT) build --content $(CONTENT) --theme Templates --output $(OUTPUT)

test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

# AGENCIES="100 500" RUNS=3 BENCH_ENFORCE=1 make bench: oit against Hugo on the same pages (docs/PERFORMANCE.md)
bench: deps
	scripts/bench.sh

screenshots: site
	scripts/screenshots.sh

clean:
	rm -rf .build $(OUTPUT)
