#!/usr/bin/env bash
# The whole test suite: every crate on SQLite, then the end-to-end suite
# (crates/masthead/tests/it) again with every test on PostgreSQL.
# PostgreSQL comes from MASTHEAD_TEST_DATABASE_URL, or a local server with
# trust authentication; without one the second pass is skipped with a notice
# (and fails under CI=true).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${MASTHEAD_TEST_DATABASE_URL:-}" ] && command -v pg_isready >/dev/null 2>&1 &&
  pg_isready -q -h 127.0.0.1 -p 5432; then
  export MASTHEAD_TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres
fi
echo "== every crate, SQLite =="
cargo test --workspace
if [ -n "${MASTHEAD_TEST_DATABASE_URL:-}" ]; then
  echo "== the end-to-end suite, PostgreSQL =="
  MASTHEAD_TEST_BACKEND=postgres cargo test -p masthead --test it
elif [ "${CI:-}" = true ]; then
  echo "MASTHEAD_TEST_DATABASE_URL is not set and CI=true" >&2
  exit 1
else
  echo "NOTICE: no PostgreSQL answered at 127.0.0.1:5432; the PostgreSQL pass was skipped"
fi
