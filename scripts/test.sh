#!/usr/bin/env bash
# Runs every test layer in order and stops at the first failure.
# Called by `make test` (after setup), which sets PATH and the browser paths.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n=== %s ===\n' "$*"; }

step "format"
cargo fmt --all -- --check

step "clippy (native)"
cargo clippy --all-targets --locked -- -D warnings

step "clippy (wasm32)"
cargo clippy --all-targets --locked --target wasm32-unknown-unknown -- -D warnings

step "native tests (domain and storage)"
cargo test --locked

step "browser tests (wasm-bindgen-test in headless Chromium)"
cargo test --locked --target wasm32-unknown-unknown

step "release build"
scripts/build-release.sh

step "end-to-end tests (Playwright + axe, Chromium)"
node --test --test-concurrency=1 e2e/

step "end-to-end journeys again, with the build served from a sub-path"
E2E_BASE_PATH=wayfinder node --test --test-concurrency=1 \
  e2e/shell.test.mjs e2e/storage.test.mjs e2e/assess.test.mjs e2e/goals.test.mjs \
  e2e/guide.test.mjs e2e/workshop.test.mjs
