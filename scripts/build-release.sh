#!/usr/bin/env bash
# The release build into dist/, as small as we can make it. On top of the
# release profile (opt-level "z", LTO, one codegen unit) and wasm-opt -Oz:
#   - the standard library is rebuilt for wasm (build-std) with panics that
#     abort at once instead of formatting a message nobody sees;
#   - panic locations and Debug formatting are left out.
# These are unstable rustc/cargo options, enabled on the pinned stable
# toolchain with RUSTC_BOOTSTRAP=1, for this build only (tests and
# `trunk serve` use plain stable). Together they save about 14 kB brotli
# (9%). A panic in the release build still stops the app with
# "RuntimeError: unreachable" in the console, which the e2e guards catch.
set -euo pipefail
cd "$(dirname "$0")/.."
export RUSTC_BOOTSTRAP=1
export CARGO_UNSTABLE_BUILD_STD=std,panic_abort
export RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort -Zlocation-detail=none -Zfmt-debug=none"
# Arguments go first: `--release` takes an optional value in Trunk 0.21.
trunk build "$@" --release
# The app (not the benchmark page) gets its service worker, manifest and CSP.
if [ $# -eq 0 ]; then
  node scripts/finish-build.mjs dist
fi
