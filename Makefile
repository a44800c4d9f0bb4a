# OIT Site: `make site` builds the example Content into Site/, `make test` runs every test,
# `make install` puts a self-contained `oit` into $(PREFIX)/bin.
SWIFT ?= swift
CONTENT ?= Content
OUTPUT ?= Site
OIT = .build/debug/oit
PREFIX ?= /usr/local
BINDIR = $(DESTDIR)$(PREFIX)/bin
SHAREDIR = $(DESTDIR)$(PREFIX)/share
# The Swift runtime and Foundation linked into the binary: it runs without Swift installed.
RELEASE = -c release --static-swift-stdlib

.PHONY: site test build deps bench screenshots install uninstall clean

deps:
	@scripts/install-deps.sh

build: deps
	$(SWIFT) build --product oit

site: build
	$(OIT) build --content $(CONTENT) --theme Templates --output $(OUTPUT)

test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

# The theme (Templates/) and the frameworks are compiled into the binary, so nothing else is
# installed beside it; shell completions go where bash and zsh look for them.
install: deps
	$(SWIFT) build $(RELEASE) --product oit
	install -d "$(BINDIR)" "$(SHAREDIR)/bash-completion/completions" "$(SHAREDIR)/zsh/site-functions"
	install -s -m 755 "$$($(SWIFT) build $(RELEASE) --show-bin-path)/oit" "$(BINDIR)/oit"
	"$(BINDIR)/oit" --generate-completion-script bash > "$(SHAREDIR)/bash-completion/completions/oit"
	"$(BINDIR)/oit" --generate-completion-script zsh > "$(SHAREDIR)/zsh/site-functions/_oit"
	@echo "installed $(BINDIR)/oit ($$("$(BINDIR)/oit" --version))"

uninstall:
	rm -f "$(BINDIR)/oit" "$(SHAREDIR)/bash-completion/completions/oit" "$(SHAREDIR)/zsh/site-functions/_oit"

bench: deps
	scripts/bench.sh

screenshots: site
	scripts/screenshots.sh

clean:
	rm -rf .build $(OUTPUT)
