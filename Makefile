# Build, serve, test and bench the Sổ Công đoàn web app (Rust + Leptos csr -> wasm via trunk).
# Every target installs what is missing first (`make tools`); nothing downloads at build time.
SHELL := bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := dist

CARGO_BIN := $(or $(CARGO_HOME),$(HOME)/.cargo)/bin
# npm's binaryen 132 must win over any system wasm-opt (Debian's 108 produces a broken wasm).
export PATH := $(CURDIR)/node_modules/.bin:$(CARGO_BIN):$(PATH)
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD := 1

TRUNK_VERSION := 0.21.14
GECKODRIVER_VERSION := 0.37.1
# Splits the app's wasm into chunks loaded per page (tools/split-app.mjs); pairs with Cargo.lock's wasm_split_helpers 0.2.
WASM_SPLIT_VERSION := 0.2.4
# Shown on the About page: the last commit's date, so the same source always builds the same bundle.
export SO_CONG_DOAN_BUILD_DATE := $(shell git log -1 --format=%cs 2>/dev/null)
SERVE_PORT := 8080
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: tools dist serve test test-native test-e2e bench clean

tools: node_modules/.installed
	@rustup target list --installed | grep -x wasm32-unknown-unknown >/dev/null \
	  || rustup target add wasm32-unknown-unknown
	@rustup component list --installed | grep -q '^rustfmt' || rustup component add rustfmt
	@trunk --version 2>/dev/null | grep -w '$(TRUNK_VERSION)' >/dev/null \
	  || cargo install --locked trunk --version $(TRUNK_VERSION)
	@# The CLI must match the wasm-bindgen crate exactly (read from Cargo.lock); no --locked on purpose.
	@[ -f Cargo.lock ] || cargo generate-lockfile
	@v=$$(awk '/^name = "wasm-bindgen"$$/ { getline; gsub(/"/, "", $$3); print $$3; exit }' Cargo.lock); \
	  wasm-bindgen --version 2>/dev/null | grep -w "$$v" >/dev/null \
	  || cargo install wasm-bindgen-cli --version "$$v"
	@cargo install --list | grep -x 'wasm_split_cli_support v$(WASM_SPLIT_VERSION):' >/dev/null \
	  || cargo install --locked wasm_split_cli_support --version $(WASM_SPLIT_VERSION) --features build-binary
	@[ -x /usr/bin/chromium ] || { $(SUDO) apt-get update \
	  && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y chromium; }
	@# Firefox ESR is driven over WebDriver by geckodriver (Playwright cannot drive a stock Firefox).
	@[ -x /usr/bin/firefox-esr ] || { $(SUDO) apt-get update \
	  && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y firefox-esr; }
	@# LibreOffice opens the .xlsx and .docx the app makes, and poppler turns them into pictures, in every test run.
	@{ command -v soffice && command -v pdftoppm; } >/dev/null || { $(SUDO) apt-get update \
	  && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
	     libreoffice-writer-nogui libreoffice-calc-nogui poppler-utils fonts-liberation; }
	@geckodriver --version 2>/dev/null | grep -w '$(GECKODRIVER_VERSION)' >/dev/null \
	  || cargo install --locked geckodriver --version $(GECKODRIVER_VERSION)
	@wasm-opt --version | grep 'version 132' >/dev/null \
	  || { echo "wasm-opt on PATH is not binaryen 132: $$(command -v wasm-opt)"; exit 1; }

# npm ci when node_modules is missing or older than the lock file.
node_modules/.installed: package.json $(wildcard package-lock.json)
	if [ -f package-lock.json ]; then npm ci --no-audit --no-fund; \
	else npm install --no-audit --no-fund; fi
	touch $@

# Release bundle in dist/, plus dist/so-cong-doan.html: the whole app in one file that opens from disk.
# cargo fetch first: trunk runs cargo --offline, and a
# fresh machine may lack wasm-only crates that the native `cargo test` never pulled.
dist: tools
	cargo fetch --target wasm32-unknown-unknown
	trunk build --release --offline
	node tools/single-file.mjs dist
	@ls -l dist/*.wasm

serve: dist
	@echo "Serving dist/ at http://127.0.0.1:$(SERVE_PORT)/"
	node tests/e2e/serve.mjs dist $(SERVE_PORT)

test: test-native test-e2e

# The house style is rustfmt.toml's: a change that is not formatted fails here first.
test-native: tools
	cargo fmt --check
	cargo test

# Chromium through Playwright (it starts tests/e2e/serve.mjs on 127.0.0.1:8090, playwright.config.mjs),
# then Firefox ESR through WebDriver (node's test runner).
test-e2e: dist
	playwright test
	node --test --test-concurrency=1 tests/webdriver/

bench: dist
	node bench/bench.mjs

clean:
	rm -rf dist test-results playwright-report
