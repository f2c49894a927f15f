#!/usr/bin/env bash
# Medians of several runs and peak RSS for both fleets (rate-limited and unlimited), event-driven and naive.
# Usage: bench/pull/run.sh BUILD_DIR [RUNS] [--no-naive]
set -euo pipefail
build="${1:?build directory}"
runs="${2:-5}"
naive=1
[ "${3:-}" = --no-naive ] && naive=0
bin="$build/bench/pull/bench_pull"
rss="$(mktemp)"
trap 'rm -f "$rss"' EXIT
for scenario in week day week-unlimited day-unlimited; do
  impls=("")
  [ "$naive" = 1 ] && impls+=(--naive)
  for impl in "${impls[@]}"; do
    n="$runs"
    # The naive day fleets visit 10,000 agents x 2,880 check-ins x 500 images: one run makes the point.
    case "$scenario:$impl" in
      day*:--naive) n=1 ;;
    esac
    echo "== $scenario ${impl:-event-driven}"
    /usr/bin/time -v -o "$rss" "$bin" "$scenario" $impl --runs "$n"
    grep -E 'Maximum resident' "$rss"
  done
done
