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
#   BASELINE_BIN=../old/target/release/masthead bash bench/languages.sh
#       # adds the same English page from another build (before issue 16)
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
base_pid=""
cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
  [ -n "$base_pid" ] && kill "$base_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

# site BIN PORT NAME: the demo site with 100 approved comments, served by BIN
# with the page cache off; its pid in $site_pid.
site() {
  local db="sqlite://$work/$3.db?mode=rwc"
  MASTHEAD_DATABASE_URL="$db" "$1" serve --demo --no-page-cache --addr "127.0.0.1:$2" \
    --rate-limit-rps 0 --rate-limit-posts-per-minute 0 >"$work/$3.log" 2>&1 &
  site_pid=$!
  wait_http "http://127.0.0.1:$2/healthz"
  export MASTHEAD_DATABASE_URL="$db"
  "$1" settings set comments.flood_seconds 0 >/dev/null
  for i in $(seq 1 95); do
    curl -sf -o /dev/null -X POST "http://127.0.0.1:$2/comments" \
      --data-urlencode "comment_post_ID=1" --data-urlencode "author=Bench Reader $i" \
      --data-urlencode "email=reader$i@example.com" \
      --data-urlencode "comment=Comment number $i with <em>some</em> emphasis and a little more text to make it realistic."
  done
  local ids
  ids=$("$1" comments list --status pending --json --limit 1000 | python3 -c 'import json,sys; print(" ".join(str(c["id"]) for c in json.load(sys.stdin)))')
  # shellcheck disable=SC2086
  "$1" comments approve $ids >/dev/null
}

slug="moscow-never-promised-withdrawal-of-iranian-troops-from-syria"
# BASELINE_BIN=path: the same page from a build before the catalogues (the
# commit before issue 16), English only, in the same rounds.
if [ -n "${BASELINE_BIN:-}" ]; then
  site "$BASELINE_BIN" "$((APP_PORT + 1))" before
  base_pid=$site_pid
  before_page="http://127.0.0.1:$((APP_PORT + 1))/articles/$slug"
fi
site "$bin" "$APP_PORT" bench
app_pid=$site_pid
page="http://127.0.0.1:$APP_PORT/articles/$slug"
export MASTHEAD_DATABASE_URL="sqlite://$work/bench.db?mode=rwc"

median() { python3 -c "import statistics,sys; print(statistics.median(float(x) for x in sys.argv[1:]))" "$@"; }
declare -A rps p99
wrk -t1 -c4 -d2s "$page" >/dev/null
for round in $(seq 1 "$ROUNDS"); do
  for lang in $LANGS; do
    "$bin" settings set site.language "$lang" >/dev/null
    html=$(curl -sf "$page")
    grep -q "<html lang=\"$lang\"" <<<"$html" || { echo "bench: the page is not in $lang" >&2; exit 1; }
    out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$page")
    if grep -q "Non-2xx" <<<"$out"; then echo "bench: errors in $lang" >&2; echo "$out" >&2; exit 1; fi
    rps[$lang]+=" $(field "$out" rps)"
    p99[$lang]="$(field "$out" p99)"
    echo "round $round, $lang: $(field "$out" rps) req/s, p99 $(field "$out" p99)"
  done
  if [ -n "${BASELINE_BIN:-}" ]; then
    out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$before_page")
    if grep -q "Non-2xx" <<<"$out"; then echo "bench: errors from the baseline" >&2; exit 1; fi
    rps[before]+=" $(field "$out" rps)"
    p99[before]="$(field "$out" p99)"
    echo "round $round, before issue 16 (en): $(field "$out" rps) req/s, p99 $(field "$out" p99)"
  fi
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
if [ -n "${BASELINE_BIN:-}" ]; then
  # shellcheck disable=SC2086
  m=$(median ${rps[before]})
  ratio=$(python3 -c "print(f'{$m/$base:.2f}')")
  rows+="| en, the build before the catalogues (BASELINE_BIN) | $m | ${p99[before]} | ${ratio}× |"$'\n'
  echo "before: $m req/s (${ratio}× English now)"
fi
body="Measured $(date -u +%Y-%m-%d) on $(cpu_name), $(nproc) cores: \`bash bench/languages.sh\`
(the demo article with 100 approved comments, page cache off: every request
renders the page, its ~40 catalogue messages and 101 dates; wrk $THREADS
threads, $CONNECTIONS connections, $DURATION, median of $ROUNDS alternating rounds).

| site.language | requests/s | p99 (last round) | vs English |
|---|---|---|---|
${rows}"
update_section languages "Languages: the cost of rendering in each language" "$body"
