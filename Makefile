# back-spasm-check — every entry point installs what is missing first
# (scripts/setup.sh, idempotent), so on a fresh machine `make serve` and
# `make test` are the only commands needed.
SHELL := bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := help

export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export CARGO_TERM_COLOR ?= never
export CHROMEDRIVER ?= /usr/bin/chromedriver
export CHROMIUM ?= /usr/bin/chromium
# wasm-bindgen-test-runner: headless Chromium as root needs --no-sandbox.
export WASM_BINDGEN_TEST_TIMEOUT ?= 120

WASM := --target wasm32-unknown-unknown
# The wasm's panic messages name source files: map the checkout and the
# cargo registry to relative names so no build machine's path ships
# (scripts/check-dist.sh checks). For the wasm32 target only, so native
# builds (tests, the bundle tool) keep their cache.
CARGO_DIR := $(or $(CARGO_HOME),$(HOME)/.cargo)
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS := --remap-path-prefix=$(CURDIR)=. --remap-path-prefix=$(CARGO_DIR)/registry/src=registry --remap-path-prefix=$(CARGO_DIR)/git/checkouts=git

.PHONY: help setup serve dist dist-test release test lint test-native test-wasm test-e2e bench clean

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-12s %s\n", $$1, $$2}'

setup: ## Install whatever is missing (idempotent)
	@scripts/setup.sh

serve: setup ## Serve the demo article on http://127.0.0.1:8080
	# A debug build, kept apart from the release bundle in dist/.
	trunk serve --offline --dist target/serve

dist: setup ## Release build of the embeddable bundle into dist/ (prints the embed snippet)
	trunk build --release --offline
	scripts/check-dist.sh dist

dist-test: setup ## The same bundle with test hooks (panic on demand) into dist-test/, for e2e fault tests
	trunk build --release --offline --features test-hooks --dist dist-test
	scripts/check-dist.sh dist-test --test-hooks

release: dist ## Build dist/ and pack the npm package (target/npm/back-spasm-check-VERSION.tgz)
	node scripts/release.mjs dist target/npm

lint: setup ## rustfmt and clippy (native and wasm32), warnings are errors
	cargo fmt --all --check
	cargo clippy --workspace --all-targets --locked -- -D warnings
	cargo clippy --workspace --all-targets --locked $(WASM) -- -D warnings

test-native: setup ## Native tests (engine, content, widget logic)
	cargo test --workspace --locked -- --show-output
	# The engine as the widget builds it: no texts compiled in, locale packs.
	cargo test -p bsc-core --no-default-features --lib --locked

test-wasm: setup ## wasm-bindgen-test in headless Chromium
	cargo test -p back-spasm-check --locked $(WASM)

# The texts as the content compiler reads them, for e2e/lib/content.mjs.
CONTENT_JSON := cargo run --quiet --locked -p bsc-content --bin content-json -- target/content.json

test-e2e: dist dist-test ## End-to-end tests of dist/ in Chromium (playwright-core, axe-core)
	$(CONTENT_JSON)
	node --test --test-concurrency=1 e2e/

test: lint test-native test-wasm test-e2e ## Everything CI runs

bench: dist ## Print size and speed figures, then Lighthouse's (BENCH_LIGHTHOUSE=0 skips it)
	$(CONTENT_JSON)
	node e2e/bench/run.mjs

clean: ## Remove build output
	cargo clean
	rm -rf dist dist-test e2e/screenshots
