#!/usr/bin/env bash
# The benchmark (see bench/bench.mjs and BENCHMARKS.md). `--quick` is the CI
# form: one cold load of each page, byte budget only, no BENCHMARKS.md.
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$ROOT"
bash scripts/setup.sh --browsers

step "release build"
bash scripts/build.sh

if [ "${1:-}" != "--quick" ]; then
  # Generated questionnaires of 100 and 1,000 statements: benchmark only.
  # Each with its own tools page (the results), which the self-check's
  # post-build step takes in from target/tools-dist; dist/ already has the
  # real one, and every build.sh rebuilds it first.
  for n in 100 1000; do
    step "release build with $n statements (benchmark only)"
    trunk build tools.html --release --features "assessment/scale-$n" --dist target/tools-dist --html-output tools.html
    trunk build --release --features "assessment/scale-$n" --dist "target/bench-dist-$n"
  done
fi

step "benchmark"
node bench/bench.mjs "$@"
