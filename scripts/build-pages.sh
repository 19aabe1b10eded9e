#!/usr/bin/env bash
# Builds every page into one folder: index.html (the leader's app),
# workshop.html (the facilitator's), join.html (the participant's) and
# data.html (My data), each its own binary, then adds the service worker,
# manifest, icons and each page's CSP (scripts/finish-build.mjs).
#   scripts/build-pages.sh <dist> [--release]
# `scripts/build-release.sh` builds the release into dist/; `make serve`
# (scripts/serve.mjs) builds a debug copy into target/serve/.
set -euo pipefail
cd "$(dirname "$0")/.."
dist=$1
shift
# Trunk empties the folder it builds into and names its page index.html:
# each page is built on its own, then put together in the folder under its
# own name (the other files have hashed names that never clash).
stage="target/pages/$(basename "$dist")"
rm -rf "$dist" "$stage"
mkdir -p "$dist"
for page in index workshop join data; do
  # The page first: `--release` takes an optional value in Trunk 0.21.
  trunk build "$page.html" --dist "$stage/$page" "$@"
  mv "$stage/$page/index.html" "$dist/$page.html"
  cp -R "$stage/$page/." "$dist/"
done
node scripts/finish-build.mjs "$dist"
