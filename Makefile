# Two commands (see README.md):
#   make serve   set up what is missing, build the release, serve dist/ at http://localhost:8080/
#   make test    set up what is missing, then run every check and test (what CI runs)
# Others: make setup, make build, make dev (trunk serve, live reload), make soak, make bench.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

TRUNK_VERSION := 0.21.14
# The wasm-bindgen CLI must equal the library in Cargo.lock.
WASM_BINDGEN_VERSION := $(shell sed -n '/^name = "wasm-bindgen"$$/{n;s/^version = "\(.*\)"/\1/p}' Cargo.lock)
CARGO_BIN := $(HOME)/.cargo/bin
# npm's binaryen (wasm-opt 132) must come before any system wasm-opt.
export PATH := $(CURDIR)/node_modules/.bin:$(CARGO_BIN):$(PATH)
PORT ?= 8080
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: help setup build serve dev test test-native test-browser next-build release-1-build soak bench clean

help:
	@sed -n 's/^#   //p' Makefile

setup: ## Install what is missing: wasm target, Trunk, wasm-bindgen CLI, npm tools, Chromium.
	@rustup target list --installed | grep -qx wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown
	@trunk --version 2>/dev/null | grep -qx "trunk $(TRUNK_VERSION)" || cargo install --locked trunk --version $(TRUNK_VERSION)
	@wasm-bindgen --version 2>/dev/null | grep -qx "wasm-bindgen $(WASM_BINDGEN_VERSION)" \
		|| cargo install wasm-bindgen-cli --version $(WASM_BINDGEN_VERSION)
	@[ -x node_modules/.bin/playwright ] && [ -x node_modules/.bin/wasm-opt ] && [ -d node_modules/pdfjs-dist ] || npm ci --no-audit --no-fund
	@[ -x /usr/bin/chromium ] || { $(SUDO) apt-get update -q && $(SUDO) apt-get install -y -q chromium; }
	@cargo fetch --quiet

build: setup ## The release build into dist/.
	trunk build --release --offline

serve: build ## Serve dist/ as a static host would (no reload script, so the service worker and CSP behave).
	node tests/support/serve.mjs dist --port $(PORT)

dev: setup ## Development server with live reload (not for testing offline use or the CSP).
	trunk serve --offline

test: setup ## Everything CI runs.
	cargo fmt --check
	cargo clippy --all-targets --quiet -- -D warnings
	cargo test --quiet
	trunk build --release --offline
	$(MAKE) --no-print-directory next-build release-1-build
	playwright test

# A second, visibly different release build, for the update test (tests/e2e/offline.spec.mjs).
next-build:
	ESSAY_QUIZ_BUILD_LABEL=next CARGO_TARGET_DIR=target/next trunk build --release --offline --dist target/e2e/next

# The last release that saved schema 1 results (commit 31ac865), built from git, for the
# upgrade tests (tests/e2e/upgrade.spec.mjs): its students' data must open in this one, and its
# open tabs must not write over what this one upgraded.
RELEASE_1 := 31ac865
release-1-build:
	@[ -d target/release-1/src ] || git worktree add --quiet --detach target/release-1/src $(RELEASE_1)
	@[ -e target/release-1/src/node_modules ] || ln -s $(CURDIR)/node_modules target/release-1/src/node_modules
	@[ -f target/e2e/release-1/index.html ] || (cd target/release-1/src && CARGO_TARGET_DIR=$(CURDIR)/target/release-1/target trunk build --release --offline --dist $(CURDIR)/target/e2e/release-1)

test-native: ## Only the Rust checks and tests.
	cargo fmt --check
	cargo clippy --all-targets --quiet -- -D warnings
	cargo test --quiet

test-browser: build ## Only the browser tests, against a fresh release build.
	$(MAKE) --no-print-directory next-build release-1-build
	playwright test

soak: build ## Repeat the offline reload 20 times and print how many succeeded (not part of `make test`).
	node tests/soak/offline-reload.mjs 20

bench: build ## Sizes, load and answer timings, Lighthouse, against a Yew hello world and a baseline ref (BASE=HEAD); not part of `make test`.
	node tests/bench/run.mjs

clean:
	rm -rf dist target/wasm-opt
