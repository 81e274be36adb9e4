#!/usr/bin/env bash
# The hardest hour of a news site: one story with 3,000 comments (a third of
# them replies) among 500 others with 20 each; readers 70 % on the hot story
# (following its comment pages) and 30 % over the archive (bench/live.lua),
# while a writer posts approved comments on the hot story at 0, 5 and 20 per
# second. Reports reads/s, read latency, the writer's acknowledged rate and
# latency, whether every acknowledged comment was on the next view of its
# page, and peak resident memory; rewrites docs/performance.md's section.
#
#   bash bench/live.sh                      # 20 s per rate, 32 connections
#   BACKEND=postgres bash bench/live.sh
#   RATES="0 5 20 50" DURATION=30 bash bench/live.sh
#   STREAMS=1000 bash bench/live.sh         # with 1,000 readers holding the
#                                           # hot story's live stream (node)
#
# Needs wrk (Debian: apt-get install wrk), curl and python3.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
DURATION="${DURATION:-20}"
CONNECTIONS="${CONNECTIONS:-32}"
THREADS="${THREADS:-2}"
RATES="${RATES:-0 5 20}"
STREAMS="${STREAMS:-0}"
# GZIP=1: readers ask for compressed pages, as browsers do.
GZIP="${GZIP:-0}"
gzip_header=()
[ "$GZIP" = 0 ] || gzip_header=(-H "Accept-Encoding: gzip")
PORT="${PORT:-18090}"

need wrk curl python3
cargo build --release -q
bin="$PWD/target/release/masthead"
work="$(mktemp -d)"
pid=""
streams=""
cleanup() {
  [ -n "$streams" ] && kill "$streams" 2>/dev/null || true
  [ -n "$pid" ] && kill "$pid" 2>/dev/null || true
  rm -rf "$work"; pg_drop_all
}
trap cleanup EXIT

table=""
for rate in $RATES; do
  # A fresh site for each rate, so each starts from the same thread.
  db="$work/live-$rate.db"
  "$bin" --database "sqlite://$db?mode=rwc" migrate >/dev/null
  python3 bench/tools.py live "$db"
  url="$(serving_url "sqlite://$db?mode=rwc" "live_$rate")"
  for kv in comments.flood_seconds=0 comments.min_fill_seconds=0 comments.require_previously_approved=false; do
    "$bin" --database "$url" settings set "${kv%%=*}" "${kv#*=}" >/dev/null
  done
  "$bin" --database "$url" serve --addr "127.0.0.1:$PORT" --rate-limit-rps 0 --rate-limit-posts-per-minute 0 >"$work/app.log" 2>&1 &
  pid=$!
  wait_http "http://127.0.0.1:$PORT/healthz" "$pid"
  base="http://127.0.0.1:$PORT"
  wrk -t1 -c4 -d2s -s bench/live.lua "$base" >/dev/null
  if [ "$STREAMS" != 0 ]; then
    [ "$(ulimit -n)" -ge $((STREAMS * 2 + 200)) ] || ulimit -n $((STREAMS * 2 + 200))
    node bench/live_streams.mjs "$base/articles/hot-story/live" "$STREAMS" >"$work/streams.out" &
    streams=$!
    sleep 3
  fi
  if [ "$rate" != 0 ]; then
    python3 bench/tools.py writer "$base" "$rate" "$DURATION" >"$work/writer.out" &
    writer=$!
  fi
  out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency "${gzip_header[@]}" -s bench/live.lua "$base")
  if grep -q "Non-2xx" <<<"$out"; then echo "bench: errors at $rate/s" >&2; echo "$out" >&2; exit 1; fi
  writes="—"; write_lat="—"; seen="—"
  if [ "$rate" != 0 ]; then
    wait "$writer"
    read -r acked asked per_s p50w p99w seen_n refused <"$work/writer.out"
    writes="$acked of $asked ($per_s/s)"
    write_lat="$p50w / $p99w ms"
    seen="$seen_n of $acked"
    [ "$refused" = 0 ] || echo "bench: $refused posts refused or failed at $rate/s" >&2
  fi
  held="—"
  if [ -n "$streams" ]; then
    kill -TERM "$streams"; wait "$streams" 2>/dev/null || true; streams=""
    held=$(python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print("%d open, %d refused, comment events per stream %d–%d" % (d["open"], d["refused"], d["min"], d["max"]))' "$work/streams.out")
    echo "streams: $held"
  fi
  peak=$(awk '/VmHWM/ {print $2}' "/proc/$pid/status")
  # What the caches hold (their own count), against the process's memory.
  cached=$(curl -s "$base/metrics" | awk '/^masthead_cache_bytes\{/ {n += $2} END {printf "%d", n / 1048576}')
  rss_now=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
  echo "caches hold $cached MB; resident now $((rss_now / 1024)) MB, peak $((peak / 1024)) MB"
  kill "$pid"; wait "$pid" 2>/dev/null || true; pid=""
  echo "$rate/s: reads $(field "$out" rps)/s, p50 $(field "$out" p50), p99 $(field "$out" p99); writes $writes, $write_lat; seen on next view $seen; peak RSS $peak kB"
  table+="| $rate | $(field "$out" rps) | $(field "$out" p50) | $(field "$out" p99) | $writes | $write_lat | $seen | $((peak / 1024)) MB ($cached MB cached) |"$'\n'
  [ "$STREAMS" = 0 ] || table+="| | streams: $held | | | | | | |"$'\n'
done

name="$(section_name live)"
title="Live story: readers while the discussion grows"
command="BACKEND=$BACKEND bash bench/live.sh"
if [ "$GZIP" != 0 ]; then
  name="$(section_name live-gzip)"
  title="Live story: readers asking for compressed pages"
  command="GZIP=1 $command"
fi
if [ "$STREAMS" != 0 ]; then
  name="$(section_name live-streams)"
  title="Live story with $STREAMS readers holding its live stream"
  command="STREAMS=$STREAMS $command"
fi
update_section "$name" "$(section_title "$title")" "Measured $(date -u +%F) with \`$command\` (wrk, $THREADS threads, $CONNECTIONS connections, ${DURATION} s per rate, loopback; readers per \`bench/live.lua\`; the writer posts from 8 threads at the asked rate) on $(nproc) cores of $(cpu_name), $(backend_label), release build. Comment pages of 50 top-level comments (the default). \"Seen\" counts acknowledged comments that were on the very next view of their page, read without cookies (through the cache): the page the 303 named, or, when another writer's comment opened a new page in between, the page its permalink \`/comments/ID\` leads to.

| approved comments/s on the hot story | reads/s | read p50 | read p99 | POSTs acknowledged | POST p50 / p99 | seen on next view | peak RSS |
|---|---|---|---|---|---|---|---|
${table%$'\n'}"
