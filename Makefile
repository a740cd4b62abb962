# The two commands in the README. Both install what is missing first (see .ci/tools.sh).
SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c
export PATH := $(HOME)/.cache/rj-tools/binaryen/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)

.PHONY: run test build tools-build tools-all test-rust test-browser

## make run: build the site and serve it on http://127.0.0.1:3000 (SQLite under ./data).
run: build
	target/release/server serve

## make test: every test: Rust (SQLite, and PostgreSQL when TEST_POSTGRES_URL is set), then
## the browser suite against the release build.
test: tools-all build test-rust test-browser

build: tools-build
	cargo leptos build --release

test-rust:
	cargo test --workspace --no-fail-fast

test-browser:
	cd tests/browser && npm ci --no-audit --no-fund --loglevel=error && npm test

tools-build:
	bash .ci/tools.sh build > /dev/null

tools-all:
	bash .ci/tools.sh all > /dev/null
