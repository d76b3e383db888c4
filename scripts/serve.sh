#!/usr/bin/env bash
# Builds the release app and serves it on http://127.0.0.1:8080 (Ctrl+C stops).
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$ROOT"
bash scripts/setup.sh
step "trunk serve --release on http://127.0.0.1:8080"
exec trunk serve --release
