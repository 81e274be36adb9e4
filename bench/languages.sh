#!/usr/bin/env bash
# What a language costs: the article page with 100 approved comments rendered
# afresh on every request (page cache off, so every word goes through the
# Fluent catalogue and every date through ICU4X), in English and in each
# other shipped language, under the same bounded load on loopback. English is
# the baseline of the same invocation; prints the ratios and rewrites the
# matching section of docs/performance.md. Cached pages cost the same in every
# language (the page is stored rendered), so they are not measured here.
#
#   bash bench/languages.sh               # 10 s per run, 16 connections
#   DURATION=30s ROUNDS=3 bash bench/languages.sh
#
# Needs wrk (Debian: apt-get install wrk).
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
DURATION="${DURATION:-10s}"
CONNECTIONS="${CONNECTIONS:-16}"
THREADS="${THREADS:-2}"
APP_PORT="${APP_PORT:-18090}"
ROUNDS="${ROUNDS:-3}"
LANGS="${LANGS:-en fr de es pl ar}"

need wrk curl python3
if [ -z "${BIN:-}" ]; then cargo build --release -q; fi
bin="${BIN:-$PWD/target/release/masthead}"
work="$(mktemp -d)"
app_pid=""
cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

export MASTHEAD_DATABASE_URL="sqlite://$work/bench.db?mode=rwc"
"$bin" serve --demo --no-page-cache --addr "127.0.0.1:$APP_PORT" --rate-limit-rps 0 --rate-limit-posts-per-minute 0 >"$work/app.log" 2>&1 &
app_pid=$!
wait_http "http://127.0.0.1:$APP_PORT/healthz"

slug="moscow-never-promised-withdrawal-of-iranian-troops-from-syria"
page="http://127.0.0.1:$APP_PORT/articles/$slug"
"$bin" settings set comments.flood_seconds 0 >/dev/null
for i in $(seq 1 95); do
  curl -sf -o /dev/null -X POST "http://127.0.0.1:$APP_PORT/comments" \
    --data-urlencode "comment_post_ID=1" --data-urlencode "author=Bench Reader $i" \
    --data-urlencode "email=reader$i@example.com" \
    --data-urlencode "comment=Comment number $i with <em>some</em> emphasis and a little more text to make it realistic."
done
ids=$("$bin" comments list --status pending --json --limit 1000 | python3 -c 'import json,sys; print(" ".join(str(c["id"]) for c in json.load(sys.stdin)))')
"$bin" comments approve $ids >/dev/null

median() { python3 -c "import statistics,sys; print(statistics.median(float(x) for x in sys.argv[1:]))" "$@"; }
declare -A rps p99
wrk -t1 -c4 -d2s "$page" >/dev/null
for round in $(seq 1 "$ROUNDS"); do
  for lang in $LANGS; do
    "$bin" settings set site.language "$lang" >/dev/null
    curl -sf "$page" | grep -q "<html lang=\"$lang\"" || { echo "bench: the page is not in $lang" >&2; exit 1; }
    out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$page")
    if grep -q "Non-2xx" <<<"$out"; then echo "bench: errors in $lang" >&2; echo "$out" >&2; exit 1; fi
    rps[$lang]+=" $(field "$out" rps)"
    p99[$lang]="$(field "$out" p99)"
    echo "round $round, $lang: $(field "$out" rps) req/s, p99 $(field "$out" p99)"
  done
done

# shellcheck disable=SC2086
base=$(median ${rps[en]})
rows=""
for lang in $LANGS; do
  # shellcheck disable=SC2086
  m=$(median ${rps[$lang]})
  ratio=$(python3 -c "print(f'{$m/$base:.2f}')")
  rows+="| $lang | $m | ${p99[$lang]} | ${ratio}× |"$'\n'
  echo "$lang: $m req/s (${ratio}× English)"
done
body="Measured $(date -u +%Y-%m-%d) on $(cpu_name), $(nproc) cores: \`bash bench/languages.sh\`
(the demo article with 100 approved comments, page cache off: every request
renders the page, its ~40 catalogue messages and 101 dates; wrk $THREADS
threads, $CONNECTIONS connections, $DURATION, median of $ROUNDS alternating rounds).

| site.language | requests/s | p99 (last round) | vs English |
|---|---|---|---|
${rows}"
update_section languages "Languages: the cost of rendering in each language" "$body"
