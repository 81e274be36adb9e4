#!/usr/bin/env bash
# The whole test suite: every crate on SQLite, then the end-to-end suite
# (crates/masthead/tests/it) again with every test on PostgreSQL.
# PostgreSQL comes from MASTHEAD_TEST_DATABASE_URL, or a local server at
# 127.0.0.1:5432; without one the second pass is skipped (and fails under
# CI=true). Tests whose prerequisites are missing skip with a notice and
# record it in $MASTHEAD_SKIPPED; the run ends with a summary of what ran,
# what was skipped and the command that sets each part up.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=setup.sh
source scripts/setup.sh
if [ -z "${MASTHEAD_TEST_DATABASE_URL:-}" ] && command -v pg_isready >/dev/null 2>&1 &&
  pg_isready -q -h 127.0.0.1 -p 5432; then
  export MASTHEAD_TEST_DATABASE_URL="$PG_TEST_URL"
fi

# The end-to-end tests mostly wait (on sockets, Chromium, child processes):
# four at a time on two cores ran the SQLite pass in 176 s against 259 s
# with two (one per core, libtest's default). Set it to change that.
export RUST_TEST_THREADS="${RUST_TEST_THREADS:-4}"

work="$(mktemp -d)"
export MASTHEAD_SKIPPED="$work/skipped"
: >"$MASTHEAD_SKIPPED"
ran=()

# Runs one pass, keeping its output to count the tests that passed.
pass() {
  local label="$1"
  shift
  echo "== $label =="
  local status=0
  "$@" 2>&1 | tee "$work/pass.log" || status=$?
  local passed
  passed="$(sed -n 's/^test result: [A-Za-z]*\. \([0-9]*\) passed.*/\1/p' "$work/pass.log" |
    awk '{ n += $1 } END { print n + 0 }')"
  if [ "$status" -eq 0 ]; then
    ran+=("$label: $passed tests passed")
  else
    ran+=("$label: FAILED ($passed tests passed before or beside the failure)")
  fi
  return "$status"
}

summary() {
  local status=$?
  echo
  echo "== summary =="
  echo "ran:"
  printf '  %s\n' "${ran[@]}"
  if [ -s "$MASTHEAD_SKIPPED" ]; then
    echo "skipped (set up each with the command shown, then run scripts/test.sh again):"
    # One line per part: what was skipped, and the command that sets it up.
    sort -u "$MASTHEAD_SKIPPED" | awk -F '\t' '
      { if ($2 in what) what[$2] = what[$2] "; " $1; else { what[$2] = $1; order[++n] = $2 } }
      END { for (i = 1; i <= n; i++) printf "  %s\n      -> %s\n", what[order[i]], order[i] }'
  else
    echo "skipped: nothing"
  fi
  rm -rf "$work"
  exit "$status"
}
trap summary EXIT

# Both passes run even when the first fails; the exit status is the worst.
rc=0
pass "every crate, SQLite" cargo test --workspace || rc=$?
if [ -n "${MASTHEAD_TEST_DATABASE_URL:-}" ]; then
  pass "the end-to-end suite, PostgreSQL" \
    env MASTHEAD_TEST_BACKEND=postgres cargo test -p masthead --test it || rc=$?
elif [ "${CI:-}" = true ]; then
  echo "MASTHEAD_TEST_DATABASE_URL is not set and CI=true" >&2
  exit 1
else
  printf 'the PostgreSQL pass of the end-to-end suite (no server at 127.0.0.1:5432)\tsudo scripts/setup.sh postgres\n' \
    >>"$MASTHEAD_SKIPPED"
fi
exit "$rc"
