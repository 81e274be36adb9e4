#!/usr/bin/env bash
# The article page (100 approved comments) with 1 thousand, 100 thousand and
# 1 million comments stored across 10 thousand articles, served from the page
# cache and rendered afresh (--no-page-cache); resident memory idle and under
# load; and the WXR import of a generated 100,000-comment file against
# Python's expat parsing the same file. Bounded, loopback only. Rewrites its
# section of docs/performance.md.
#
#   bash bench/scale.sh
#   SIZES="1000 100000" DURATION=5s bash bench/scale.sh
#   BACKEND=postgres bash bench/scale.sh   # on PostgreSQL (PG_SERVER)
#
# Needs wrk and python3 (Debian: apt-get install wrk python3).
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
SIZES="${SIZES:-1000 100000 1000000}"
ARTICLES="${ARTICLES:-10000}"
DURATION="${DURATION:-10s}"
CONNECTIONS="${CONNECTIONS:-32}"
THREADS="${THREADS:-2}"
PORT="${PORT:-18090}"
IMPORT_POSTS="${IMPORT_POSTS:-1000}"
IMPORT_PER_POST="${IMPORT_PER_POST:-100}"

need wrk python3 curl
cargo build --release -q
bin="$PWD/target/release/masthead"
work="$(mktemp -d)"
pid=""
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null || true; rm -rf "$work"; pg_drop_all; }
trap cleanup EXIT

rss() { awk '/VmRSS/ {print $2}' "/proc/$1/status"; }

table=""
for n in $SIZES; do
  db="$work/scale-$n.db"
  url="sqlite://$db?mode=rwc"
  "$bin" --database "$url" migrate >/dev/null
  echo "filling $n comments over $ARTICLES articles…"
  python3 bench/tools.py fill "$db" "$ARTICLES" "$n"
  url="$(serving_url "$url" "scale_$n")"
  for mode in cached rendered; do
    flags=()
    [ "$mode" = rendered ] && flags=(--no-page-cache)
    "$bin" --database "$url" serve --addr "127.0.0.1:$PORT" --rate-limit-rps 0 "${flags[@]}" >"$work/app.log" 2>&1 &
    pid=$!
    wait_http "http://127.0.0.1:$PORT/healthz"
    idle=$(rss "$pid")
    page="http://127.0.0.1:$PORT/articles/bench-article"
    wrk -t1 -c4 -d2s "$page" >/dev/null
    out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$page")
    if grep -q "Non-2xx" <<<"$out"; then echo "bench: errors at $n/$mode" >&2; echo "$out" >&2; exit 1; fi
    loaded=$(rss "$pid")
    kill "$pid"; wait "$pid" 2>/dev/null || true; pid=""
    echo "$n comments, $mode: $(field "$out" rps) req/s, p50 $(field "$out" p50), p99 $(field "$out" p99), RSS idle ${idle} kB, under load ${loaded} kB"
    table+="| $n | $mode | $(field "$out" rps) | $(field "$out" p50) | $(field "$out" p99) | $idle | $loaded |"$'\n'
  done
done

echo "generating a WXR file with $((IMPORT_POSTS * IMPORT_PER_POST)) comments…"
python3 bench/tools.py wxr "$work/import.xml" "$IMPORT_POSTS" "$IMPORT_PER_POST"
size=$(wc -c <"$work/import.xml")
parse_s=$(python3 bench/tools.py parse "$work/import.xml")
if [ "$BACKEND" = postgres ]; then import_url="$(pg_db import)"; else import_url="sqlite://$work/import.db?mode=rwc"; fi
"$bin" --database "$import_url" migrate >/dev/null
read -r import_s import_rss < <(python3 bench/tools.py timed "$bin" --database "$import_url" import wxr "$work/import.xml")
import_ratio=$(python3 -c "print(f'{$import_s/$parse_s:.1f}')")
echo "import: ${import_s} s (max RSS ${import_rss} kB) for $size bytes; expat parse alone ${parse_s} s; ratio ${import_ratio}x"

cpu=$(cpu_name)
section=$(cat <<MD
Measured $(date -u +%Y-%m-%d) with \`BACKEND=${BACKEND} bash bench/scale.sh\` (wrk, ${THREADS} threads, ${CONNECTIONS} connections, ${DURATION} per run, loopback) on $(nproc) cores of ${cpu}, $(backend_label), release build. The page is the same article with 100 approved comments each time; the other comments (90 % approved) are spread over ${ARTICLES} articles. "rendered" is \`serve --no-page-cache\`.

| stored comments | page | requests/s | p50 | p99 | RSS idle (kB) | RSS after load (kB) |
|---|---|---|---|---|---|---|
${table}
WXR import of a generated file with $((IMPORT_POSTS * IMPORT_PER_POST)) comments on ${IMPORT_POSTS} posts (${size} bytes, 30 % replies, 10 % held/spam/trash): **${import_s} s**, peak RSS ${import_rss} kB, in one transaction. Baseline in the same run: Python's expat only parsing the file takes ${parse_s} s, so the import costs ${import_ratio}× a bare parse.
MD
)
update_section "$(section_name scale)" "$(section_title "Scale, memory and WXR import")" "$section"
