#!/usr/bin/env bash
# The release build into dist/: one page per audience, each its own binary
# (index.html: the leader's app; workshop.html: the facilitator's; join.html:
# the participant's; data.html: My data, for every audience's sections), so
# a phone opening a workshop link loads only the join form. Built with the release profile of Cargo.toml (opt-level "z",
# LTO, one codegen unit, panic = "abort") on the pinned stable toolchain,
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
# Trunk empties the folder it builds into and names its page index.html:
# each page is built on its own, then put together in dist/ under its own
# name (the other files have hashed names that never clash).
rm -rf dist target/pages
mkdir -p dist
for page in index workshop join data; do
  trunk build "$page.html" --dist "target/pages/$page" --release
  mv "target/pages/$page/index.html" "dist/$page.html"
  cp -R "target/pages/$page/." dist/
done
# Service worker, manifest, icons and a CSP for every page.
node scripts/finish-build.mjs dist
