#!/usr/bin/env bash
# The release build: the tools and plan pages first (into target/tools-dist
# and target/plan-dist), then the self-check page, whose post-build step
# merges them all into dist/. Extra
# arguments go to the second build only (e.g. --features, --dist).
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$ROOT"
trunk build tools.html --release --dist target/tools-dist --html-output tools.html
trunk build plan.html --release --dist target/plan-dist --html-output plan.html
trunk build --release "$@"
