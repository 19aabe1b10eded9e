#!/usr/bin/env bash
# Installs everything Wayfinder's build, tests and benchmarks need, from the
# package registries only (crates.io, Debian, npm). Idempotent: each step
# checks what is there, at the pinned version, and skips it.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
# Must equal the `wasm-bindgen = "=…"` pin in Cargo.toml.
WASM_BINDGEN_VERSION=$(sed -n 's/^wasm-bindgen = "=\(.*\)"/\1/p' Cargo.toml)

say() { printf 'setup: %s\n' "$*"; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

# Rust: the wasm target and the lint tools.
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi
for component in rustfmt clippy; do
  if ! rustup component list --installed | grep -q "^$component"; then
    rustup component add "$component"
  fi
done

# Debian: Chromium and its driver for browser tests, brotli for size figures,
# a font so screenshots and layout are stable.
missing=()
for pkg in chromium chromium-driver brotli fonts-liberation; do
  dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  say "installing Debian packages: ${missing[*]}"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# Cargo tools, compiled from crates.io (no prebuilt downloads).
if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  say "building trunk $TRUNK_VERSION (about 10 minutes on 2 cores)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
  say "building wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 5 minutes)"
  # Not --locked: its lock file pins a webpki-roots version crates.io no longer serves.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi

# npm: wasm-opt (binaryen 132), playwright-core, axe. Reinstalled only when
# package-lock.json changed.
if [ ! -x node_modules/.bin/wasm-opt ] || ! cmp -s package-lock.json node_modules/.wayfinder-lock; then
  say "installing npm packages"
  npm ci --no-audit --no-fund --loglevel=error
  cp package-lock.json node_modules/.wayfinder-lock
fi

# Crates for both targets, so Trunk's offline cargo build finds them.
cargo fetch --locked --quiet
say "ready"
