#!/usr/bin/env bash
# The live stream's polling fallback through a CDN (issue 29): P pollers ask
# the hot story's `/articles/hot-story/live?since=ID` once a second each,
# through Varnish (deploy/varnish/masthead.vcl, purged by masthead), while a
# writer posts approved comments on it at RATE/s. Reports the pollers'
# requests/s and latency and the origin's requests/s (masthead's own count):
# flat as pollers grow is the point. Rewrites docs/performance.md's section.
#
#   bash bench/live_poll.sh                  # 100, 1,000 and 10,000 pollers
#   POLLERS="1000" RATE=20 SECONDS_EACH=20 bash bench/live_poll.sh
#
# Needs wrk, varnishd, curl and python3 (Debian: apt-get install wrk varnish
# varnish-modules).
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
POLLERS="${POLLERS:-100 1000 10000}"
RATE="${RATE:-20}"
SECONDS_EACH="${SECONDS_EACH:-20}"
PORT="${PORT:-18097}"
VPORT="${VPORT:-18098}"

need wrk varnishd curl python3
ulimit -n 200000 2>/dev/null || ulimit -n "$(ulimit -Hn)"
cargo build --release -q
bin="$PWD/target/release/masthead"
work="$(mktemp -d)"
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"; pg_drop_all; }
trap cleanup EXIT

# Requests masthead answered on the stream's route (the polls that reached it).
requests() { curl -s "http://127.0.0.1:$PORT/metrics" | awk '/^masthead_http_requests_total\{.*route="\/articles\/\{slug\}\/live"/ {n += $2} END {print n + 0}'; }

table=""
for p in $POLLERS; do
  db="$work/poll-$p.db"
  "$bin" --database "sqlite://$db?mode=rwc" migrate >/dev/null
  python3 bench/tools.py live "$db"
  url="$(serving_url "sqlite://$db?mode=rwc" "poll_$p")"
  for kv in comments.flood_seconds=0 comments.min_fill_seconds=0 comments.require_previously_approved=false; do
    "$bin" --database "$url" settings set "${kv%%=*}" "${kv#*=}" >/dev/null
  done
  "$bin" --database "$url" serve --addr "127.0.0.1:$PORT" --rate-limit-rps 0 --rate-limit-posts-per-minute 0 \
    --purge-url "http://127.0.0.1:$VPORT/" >"$work/app.log" 2>&1 &
  app=$!
  pids+=("$app")
  sed "s/.port = \"8080\"/.port = \"$PORT\"/" deploy/varnish/masthead.vcl >"$work/masthead.vcl"
  varnishd -F -j none -s malloc,256m -n "$work/varnish-$p" -a "127.0.0.1:$VPORT" -f "$work/masthead.vcl" \
    -p thread_pool_min=200 -p thread_pool_max=5000 >"$work/varnish.log" 2>&1 &
  pids+=($!)
  wait_http "http://127.0.0.1:$PORT/healthz" "$app"
  wait_http "http://127.0.0.1:$VPORT/healthz"
  since=$(curl -s "http://127.0.0.1:$PORT/articles/hot-story" | grep -o 'last_event_id=[0-9]*' | head -1 | cut -d= -f2)
  python3 bench/tools.py writer "http://127.0.0.1:$PORT" "$RATE" "$SECONDS_EACH" >"$work/writer.out" &
  writer=$!
  before=$(requests)
  threads=$(( p < 2 ? 1 : 2 ))
  out=$(SINCE="$since" wrk -t"$threads" -c"$p" -d"${SECONDS_EACH}s" --timeout 10s --latency -s bench/live_poll.lua "http://127.0.0.1:$VPORT")
  after=$(requests)
  wait "$writer"
  read -r acked asked _ <"$work/writer.out"
  if grep -q "Non-2xx" <<<"$out"; then echo "bench: errors at $p pollers" >&2; echo "$out" >&2; exit 1; fi
  origin=$(python3 -c "print(round(($after - $before) / $SECONDS_EACH, 1))")
  echo "$p pollers: $(field "$out" rps) polls/s, p50 $(field "$out" p50), p99 $(field "$out" p99); origin $origin req/s; $acked of $asked comments written"
  table+="| $p | $(field "$out" rps) | $(field "$out" p50) | $(field "$out" p99) | $origin | $acked of $asked |"$'\n'
  for q in "${pids[@]}"; do kill "$q" 2>/dev/null || true; done
  for q in "${pids[@]}"; do wait "$q" 2>/dev/null || true; done
  pids=()
done

name="$(section_name live-poll)"
update_section "$name" "$(section_title "Live discussions: polling through a CDN")" "Measured $(date -u +%F) with \`BACKEND=$BACKEND bash bench/live_poll.sh\` on $(nproc) cores of $(cpu_name), $(backend_label), release build, all on one machine over loopback: masthead behind Varnish $(varnishd -V 2>&1 | grep -o 'varnish-[0-9.]*' | head -1) with \`deploy/varnish/masthead.vcl\` (masthead purges it by surrogate key), wrk as the pollers (\`bench/live_poll.lua\`: each connection one poller asking \`/articles/hot-story/live?since=ID\` once a second and moving ID to the last event it got). Meanwhile a writer posts $RATE approved comments a second on the story (the site of \`bench/live.sh\`: 3,000 comments on it, 500 other stories), $SECONDS_EACH s per row. Origin requests/s: polls masthead answered (its request counter for the stream's route).

| pollers | polls/s | poll p50 | poll p99 | origin requests/s | comments written |
|---|---|---|---|---|---|
${table%$'\n'}"
