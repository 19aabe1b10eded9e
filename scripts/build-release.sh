#!/usr/bin/env bash
# The release build into dist/: one page per audience, each its own binary
# (index.html: the leader's app; workshop.html: the facilitator's; join.html:
# the participant's; data.html: My data, for every audience's sections), so
# a phone opening a workshop link loads only the join form
# (scripts/build-pages.sh). Built with the release profile of Cargo.toml
# (opt-level "z", LTO, one codegen unit, panic = "abort") on the pinned
# stable toolchain,
# then wasm-opt -Oz (Trunk, `data-wasm-opt="z"`). Only stable options: what
# the e2e suite tests is exactly what ships.
#   scripts/build-release.sh                     the app, into dist/
#   scripts/build-release.sh page.html --dist d  one other page (benchmarks)
set -euo pipefail
cd "$(dirname "$0")/.."
if [ $# -gt 0 ]; then
  # Arguments go first: `--release` takes an optional value in Trunk 0.21.
  trunk build "$@" --release
  exit
fi
scripts/build-pages.sh dist --release
