#!/usr/bin/env bash
# Fuzzes every decoder of outside data (stored session, history and plan,
# export files, share codes) with cargo-fuzz (libFuzzer). Bounded by time or
# inputs:
#   bash scripts/fuzz.sh 10            10 seconds per target (what npm test runs)
#   bash scripts/fuzz.sh runs 1000000  one million inputs per target
# Stable Rust: RUSTC_BOOTSTRAP lets cargo-fuzz pass its instrumentation
# flags; no sanitizer (the decoders are safe Rust), so nightly is not needed.
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$ROOT/fuzz"
if [ "$(cargo fuzz --version 2>/dev/null || true)" != "cargo-fuzz 0.13.2" ]; then
  cargo install cargo-fuzz --version 0.13.2 --locked
fi
export RUSTC_BOOTSTRAP=1
if [ "${1:-}" = "runs" ]; then limit="-runs=${2:-1000000}"; else limit="-max_total_time=${1:-15}"; fi
for target in session export history share_code plan; do
  step "fuzz $target ($limit)"
  mkdir -p "corpus/$target"
  cargo fuzz run "$target" -s none -O "corpus/$target" "seeds/$target" -- "$limit" -print_final_stats=1 2>&1 \
    | grep -E "^(Done|stat::number_of_executed_units|stat::peak_rss|==|ERROR|SUMMARY)|panicked" || true
  # libFuzzer leaves a crash-* file for any failing input.
  if ls "artifacts/$target"/crash-* >/dev/null 2>&1; then
    echo "fuzz $target found a crash: fuzz/artifacts/$target" >&2
    exit 1
  fi
done
