#!/usr/bin/env bash
# Benchmark: oit against Hugo writing the same pages, in the same run, as a provincial office or
# web vendor would build many agencies at once. See docs/PERFORMANCE.md for what it measures.
#   AGENCIES="100 500 1000"  agency counts (default)      RUNS=3         timed runs of each tool
#   SEED=1                   corpus seed                  BENCH_ENFORCE=1  fail when a goal is missed
# Results: a table on the terminal, raw numbers as CSV (and the table) in bench-out/.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh hugo time python3-yaml
# The binary as `make install` builds it: the Swift runtime and Foundation linked in statically
# (as users run it; calls into the runtime then need no dynamic-link indirection).
swift build -c release --static-swift-stdlib --product oit >/dev/null
exec python3 scripts/bench/run.py
