#!/usr/bin/env bash
# Builds stewardctl and the registry benchmark, then runs it. Extra arguments go to bench_registry
# (--tags N --runs R --skopeo-runs S --blob-mb M).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
build="${STEWARD_BUILD_DIR:-$root/build}"
"$root/scripts/build" --target bench_registry stewardctl >/dev/null
"$build/bench/registry/bench_registry" "$build/src/cli/stewardctl" "$@"
