#!/usr/bin/env bash
# Every check and test, in order from fastest to slowest. Stops at the first
# failure.
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$ROOT"
bash scripts/setup.sh --browsers

step "cargo fmt --check"
cargo fmt --all --check

step "layering rules (views never reach the browser or another page; the domain knows no app)"
node scripts/check-layers.mjs

step "clippy (host and wasm32), warnings are errors"
cargo clippy --workspace --all-targets --locked -- -D warnings
cargo clippy -p assessment --all-targets --locked --features schema -- -D warnings
cargo clippy --target wasm32-unknown-unknown --all-targets --locked -- -D warnings
cargo clippy --target wasm32-unknown-unknown --all-targets --locked --features crash-test -- -D warnings

step "host tests: scoring, questionnaire, saved record (unit + property)"
cargo test -p assessment --locked
# docs/export.schema.json must match the export types.
cargo test -p assessment --locked --features schema --lib
# The benchmark's generated questionnaires (100 and 1,000 statements).
cargo test -p assessment --locked --features scale-100 --test scale
cargo test -p assessment --locked --features scale-1000 --test scale
# The app crate's unit tests that need no browser (the plan texts' lookup).
cargo test --lib --locked

step "fuzzing every decoder of outside data, 10 seconds each"
bash scripts/fuzz.sh 10

step "wasm-bindgen-test in headless Chromium: the storage module"
CHROMEDRIVER=$(command -v chromedriver) \
  WASM_BINDGEN_TEST_TIMEOUT=120 \
  CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
  cargo test --target wasm32-unknown-unknown --locked --test storage

step "release build"
bash scripts/build.sh
node scripts/report-size.mjs dist
# A second build whose page panics on F9 (with ?crash-test), for the crash
# view's end-to-end test; never shipped.
bash scripts/build.sh --features crash-test --dist target/crash-dist

step "benchmark, quick form: one cold load, the CI byte ceiling"
node bench/bench.mjs --quick

step "Playwright end-to-end tests against the release build"
playwright test --config e2e/playwright.config.mjs
