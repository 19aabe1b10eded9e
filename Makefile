# Wayfinder: the two commands a newcomer needs are `make serve` and `make test`.
# Both run scripts/setup.sh first, which installs whatever is missing.
SHELL := /bin/bash
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export TRUNK_SKIP_VERSION_CHECK := true
export CHROMEDRIVER := /usr/bin/chromedriver
export CHROME_PATH := /usr/bin/chromium

.PHONY: setup serve build test bench

setup:
	@scripts/setup.sh

## Build every page and serve them at http://127.0.0.1:8080 (rebuilds on change).
serve: setup
	node scripts/serve.mjs

## Release build into dist/.
build: setup
	scripts/build-release.sh

## Every test: format, lints, native, browser (wasm) and end-to-end.
test: setup
	@scripts/test.sh

## Benchmarks: sizes and timings; prints a table and writes bench/results.json.
bench: build
	@cd bench/lighthouse && { cmp -s package-lock.json node_modules/.wayfinder-lock || { npm ci --no-audit --no-fund --loglevel=error && cp package-lock.json node_modules/.wayfinder-lock; }; }
	scripts/build-release.sh bench/storage/index.html --dist bench/out/storage
	scripts/build-release.sh bench/match/index.html --dist bench/out/match-page
	@test -x bench/scipy/.venv/bin/python || python3 -m venv bench/scipy/.venv
	@bench/scipy/.venv/bin/pip install --quiet --disable-pip-version-check -r bench/scipy/requirements.txt
	node bench/run.mjs
