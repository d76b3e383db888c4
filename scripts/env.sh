# Sourced by the other scripts: tool paths and settings shared by all of them.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$ROOT/node_modules/.bin:$HOME/.cargo/bin:$PATH"
# Playwright drives Debian's Chromium; it must never download a browser.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
export CHROMIUM_PATH="${CHROMIUM_PATH:-/usr/bin/chromium}"
step() { printf '\n== %s\n' "$*"; }

# Panic locations in the wasm name their source files; the crates' files
# would carry this machine's registry path (about 60 of them in the
# self-check's wasm). Shortened, the first load is smaller.
remap=""
for registry in "${CARGO_HOME:-$HOME/.cargo}"/registry/src/*/; do
  [ -d "$registry" ] && remap="$remap --remap-path-prefix=${registry%/}=~"
done
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="${remap# }"
