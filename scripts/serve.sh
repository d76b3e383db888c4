#!/usr/bin/env bash
# Builds the release app and serves it on http://127.0.0.1:8080 (Ctrl+C stops).
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$ROOT"
bash scripts/setup.sh
step "the tools page, then trunk serve --release on http://127.0.0.1:8080"
trunk build tools.html --release --dist target/tools-dist --html-output tools.html
exec trunk serve --release
