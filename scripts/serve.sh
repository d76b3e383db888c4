#!/usr/bin/env bash
# Builds the release app and serves it on http://127.0.0.1:8080 (Ctrl+C stops).
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$ROOT"
bash scripts/setup.sh
step "the tools and plan pages, then trunk serve --release on http://127.0.0.1:8080"
trunk build tools.html --release --dist target/tools-dist --html-output tools.html
trunk build plan.html --release --dist target/plan-dist --html-output plan.html
exec trunk serve --release
