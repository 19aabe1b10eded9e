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
  e2e/guide.test.mjs e2e/workshop.test.mjs e2e/program.test.mjs

# Every context runs on a fixed clock (e2e/helpers.mjs: E2E_NOW, local to
# E2E_TZ; by default 2026-11-30 10:00 UTC). The suite must pass on any day:
step "end-to-end tests again with the clock on 2029-02-28 (far from the fixtures, before a leap day)"
E2E_NOW=2029-02-28T10:00 node --test --test-concurrency=1 e2e/

# …and "today" is the user's local date: the date-sensitive journeys late in
# the evening west of UTC, just after midnight far east of it, and on the
# evening of a daylight-saving change.
for zone_and_time in \
  "America/Los_Angeles 2026-11-29T23:30" \
  "Pacific/Auckland 2026-12-01T00:30" \
  "America/Los_Angeles 2027-03-14T23:30"; do
  read -r zone time <<<"$zone_and_time"
  step "end-to-end journeys in $zone at $time local"
  E2E_TZ=$zone E2E_NOW=$time node --test --test-concurrency=1 \
    e2e/goals.test.mjs e2e/guide.test.mjs e2e/workshop.test.mjs e2e/program.test.mjs \
    e2e/assess.test.mjs
done
