#!/usr/bin/env bash
# The release build into dist/: the release profile of Cargo.toml
# (opt-level "z", LTO, one codegen unit, panic = "abort") on the pinned
# stable toolchain, then wasm-opt -Oz (Trunk, `data-wasm-opt="z"`). Only
# stable options: what the e2e suite tests is exactly what ships.
set -euo pipefail
cd "$(dirname "$0")/.."
# Arguments go first: `--release` takes an optional value in Trunk 0.21.
trunk build "$@" --release
# The app (not the benchmark page) gets its service worker, manifest and CSP.
if [ $# -eq 0 ]; then
  node scripts/finish-build.mjs dist
fi
