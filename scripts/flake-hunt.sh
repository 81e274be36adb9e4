#!/usr/bin/env bash
# Runs the end-to-end suite (crates/masthead/tests/it) again and again under
# CPU pressure until RUNS consecutive runs pass, or stops at the first failure
# and keeps its log. Not part of the suite: a tool for hunting flaky tests.
#
#   scripts/flake-hunt.sh [RUNS] [sqlite|postgres]   (defaults: 20 sqlite)
#
# Pressure: `stress-ng --cpu $STRESS_CPUS` (Debian's stress-ng; default 2,
# 0 for none) beside the suite; running the two backends' hunts side by side
# adds more. It runs with CI=true, as .ci/run does, so every prerequisite must
# be installed (scripts/setup.sh all, and ../shared/corpus or
# MASTHEAD_CORPUS_DIR): a missing one fails the first run rather than skip.
# PostgreSQL comes from MASTHEAD_TEST_DATABASE_URL, as in scripts/test.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-20}"
backend="${2:-sqlite}"
logs="${FLAKE_LOGS:-target/flake-hunt}"
mkdir -p "$logs"
logs="$(cd "$logs" && pwd)"
cpus="${STRESS_CPUS:-2}"
if [ -z "${MASTHEAD_TEST_DATABASE_URL:-}" ]; then
  export MASTHEAD_TEST_DATABASE_URL=postgres://postgres:postgres@127.0.0.1:5432/postgres
fi
# Under CI=true a missing prerequisite fails instead of skipping.
export CI=true MASTHEAD_TEST_BACKEND="$backend"
bin="$(cargo test -p masthead --test it --no-run --message-format=json |
  python3 -c 'import json,sys
for l in sys.stdin:
    m = json.loads(l)
    if m.get("reason") == "compiler-artifact" and m["target"]["name"] == "it" and m.get("executable"):
        print(m["executable"])')" || true
[ -x "$bin" ] || { echo "could not build the end-to-end suite" >&2; exit 1; }
stress=""
if [ "$cpus" -gt 0 ] && command -v stress-ng >/dev/null 2>&1; then
  stress-ng --cpu "$cpus" --timeout "$((runs * 300))s" --quiet &
  stress=$!
  trap 'kill "$stress" 2>/dev/null || true' EXIT
fi
# The tests find the binary they run through CARGO_BIN_EXE_masthead, baked
# in at build time, and the corpus relative to the crate.
cd crates/masthead
for i in $(seq 1 "$runs"); do
  log="$logs/$backend-$i.log"
  start=$(date +%s)
  if "$bin" >"$log" 2>&1; then
    echo "$backend run $i/$runs passed ($(($(date +%s) - start)) s)"
  else
    echo "$backend run $i/$runs FAILED; log: $log" >&2
    grep -E "^test .* FAILED|panicked at" "$log" | head -20 >&2
    exit 1
  fi
done
echo "$backend: $runs consecutive runs passed"
