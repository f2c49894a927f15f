#!/usr/bin/env bash
# Medians of several runs and peak RSS for both fleets, event-driven and naive.
# Usage: bench/pull/run.sh BUILD_DIR [RUNS]
set -euo pipefail
build="${1:?build directory}"
runs="${2:-5}"
bin="$build/bench/pull/bench_pull"
for scenario in week day week-unlimited day-unlimited; do
  for impl in "" --naive; do
    n="$runs"
    # The naive day fleet visits 10,000 agents x 2,880 check-ins x 500 images: one run is enough to make the point.
    case "$scenario:$impl" in
      day*:--naive) n=1 ;;
    esac
    echo "== $scenario ${impl:-event-driven}"
    /usr/bin/time -v "$bin" "$scenario" $impl --runs "$n" 2> >(grep -E 'Maximum resident' >&2)
  done
done
