#!/usr/bin/env bash
# Live discussions under load (issue 29): N readers hold one story's stream
# open while comments are approved at RATE/s; approve-to-delivery latency,
# events lost or sent twice after 10 % of the readers reconnect with
# Last-Event-ID, origin requests/s and masthead's resident memory per 1,000
# streams — with masthead holding the streams itself (the baseline) and
# with Debian's Pushpin holding them (GRIP). Rewrites docs/performance.md's
# section.
#
#   bash bench/live_push.sh                          # 1,000 and 10,000 readers
#   READERS="1000" RATE=20 SECONDS_EACH=20 bash bench/live_push.sh
#
# Needs curl, pushpin and zurl (Debian: apt-get install pushpin).
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
READERS="${READERS:-1000 10000}"
RATE="${RATE:-20}"
SECONDS_EACH="${SECONDS_EACH:-20}"
PORT="${PORT:-18095}"
PP_PORT="${PP_PORT:-18096}"
OFFSET="${OFFSET:-3100}"
# Readers arrive 100 at a time, this many ms apart: 50 is 2,000 a second
# (a push alert's crowd), 200 is 500 a second.
ARRIVE_MS="${ARRIVE_MS:-50 200}"
# Pushpin's per-connection buffer (condure's client_buffer_size): Debian's
# default is 8192; deploy/pushpin/pushpin.conf sets 65536.
PP_BUFFER="${PP_BUFFER:-65536}"
# zurl's limits (Debian's /etc/zurl.conf: 2000 open requests, queues of 1000).
ZURL_OPEN="${ZURL_OPEN:-2000}"
ZURL_HWM="${ZURL_HWM:-1000}"

need curl pushpin zurl
ulimit -n 200000 2>/dev/null || ulimit -n "$(ulimit -Hn)"
cargo build --release -q
# The load client: Rust, so that parsing 10,000 streams does not take the
# core the system under test needs (bench/live_client; node was the client
# before 2026-12-08 and saturated a core at 10,000 readers).
cargo build --release -q --offline --manifest-path bench/live_client/Cargo.toml
client="$PWD/bench/live_client/target/release/live_client"
bin="$PWD/target/release/masthead"
work="$(mktemp -d)"
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  # KEEP_LOGS=DIR keeps Pushpin's and masthead's logs of the last run.
  if [ -n "${KEEP_LOGS:-}" ]; then mkdir -p "$KEEP_LOGS"; cp -r "$work"/pushpin/log "$work"/app.log "$KEEP_LOGS"/ 2>/dev/null || true; fi
  rm -rf "$work"
  pg_drop_all
}
trap cleanup EXIT

# pushpin_up ORIGIN_PORT: Pushpin (and the zurl it reaches origins through)
# on private sockets in $work, readers on $PP_PORT.
pushpin_up() {
  local dir="$work/pushpin" run="$work/pushpin/run"
  mkdir -p "$run" "$dir/log"
  sed "s#ipc:///var/run/zurl/#ipc://$run/zurl-#" /usr/lib/pushpin/internal.conf >"$dir/internal.conf"
  printf '[General]\nin_spec=ipc://%s/zurl-zurl-in\nin_stream_spec=ipc://%s/zurl-zurl-in-stream\nout_spec=ipc://%s/zurl-zurl-out\ndefpolicy=allow\nmax_open_requests=%s\nbuffer_size=200000\ntimeout=600\nin_hwm=%s\nout_hwm=%s\n' "$run" "$run" "$run" "$ZURL_OPEN" "$ZURL_HWM" "$ZURL_HWM" >"$dir/zurl.conf"
  echo "* 127.0.0.1:$1" >"$dir/routes"
  cat >"$dir/pushpin.conf" <<CONF
[global]
include=$dir/internal.conf
rundir=$run
ipc_prefix=bench-
port_offset=$OFFSET
[runner]
services=condure,pushpin-proxy,pushpin-handler
http_port=$PP_PORT
logdir=$dir/log
log_level=${PP_LOG_LEVEL:-1}
condure_bin=condure
client_buffer_size=$PP_BUFFER
client_maxconn=100000
[proxy]
routesfile=routes
sig_iss=pushpin
sig_key=changeme
updates_check=off
[handler]
push_in_spec=tcp://127.0.0.1:5560
push_in_sub_specs=tcp://127.0.0.1:5562
push_in_http_addr=127.0.0.1
push_in_http_port=5561
message_rate=200000
message_hwm=2000000
stats_spec=ipc://{rundir}/{ipc_prefix}stats
command_spec=tcp://127.0.0.1:5563
CONF
  zurl --config="$dir/zurl.conf" ${ZURL_LOG_LEVEL:+--loglevel=$ZURL_LOG_LEVEL} >"$dir/log/zurl.log" 2>&1 &
  pids+=($!)
  pushpin --config "$dir/pushpin.conf" >/dev/null 2>&1 &
  pids+=($!)
  wait_http "http://127.0.0.1:$PP_PORT/healthz"
}

# cpu_s PID: the CPU seconds (user + system) a process has used, and its
# peak resident memory.
cpu_s() {
  local cpu hwm
  cpu="$(awk '{printf "%.1f", ($14 + $15) / 100}' "/proc/$1/stat" 2>/dev/null || echo 0)"
  hwm="$(awk '/VmHWM/ {printf "%.0f", $2 / 1024}' "/proc/$1/status" 2>/dev/null || echo 0)"
  echo "$cpu s (${hwm} MB)"
}
# CPU seconds of the run's processes: masthead, and Pushpin's parts.
cpu_report() {
  local out="masthead $(cpu_s "$1")" pid comm
  for pid in $(pgrep -f "$work" || true); do
    comm="$(cat "/proc/$pid/comm" 2>/dev/null || true)"
    case "$comm" in pushpin-handler|pushpin-proxy|condure|zurl) out+=", $comm $(cpu_s "$pid")" ;; esac
  done
  echo "$out"
}

table=""
for mode in ${MODES:-direct pushpin}; do
  for n in $READERS; do
  for gap in $ARRIVE_MS; do
    db="$work/push-$mode-$n.db"
    url="$(serving_url "sqlite://$db?mode=rwc" "push_${mode}_$n")"
    "$bin" --database "$url" migrate >/dev/null
    extra=()
    [ "$mode" = pushpin ] && extra=(--grip-publish-url "http://127.0.0.1:$((5561 + OFFSET))/publish/")
    "$bin" --database "$url" serve --demo --addr "127.0.0.1:$PORT" --rate-limit-rps 0 \
      --rate-limit-posts-per-minute 0 --live-max-connections 100000 "${extra[@]}" >"$work/app.log" 2>&1 &
    app=$!
    pids+=($app)
    wait_http "http://127.0.0.1:$PORT/healthz"
    for kv in comments.flood_seconds=0 comments.min_fill_seconds=0; do
      "$bin" --database "$url" settings set "${kv%%=*}" "${kv#*=}" >/dev/null
    done
    read_base="http://127.0.0.1:$PORT"
    if [ "$mode" = pushpin ]; then pushpin_up "$PORT"; read_base="http://127.0.0.1:$PP_PORT"; fi
    slug="$(curl -s "http://127.0.0.1:$PORT/wp-json/wp/v2/posts" | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["slug"])')"
    out="$(LIVE_ARRIVE_MS="$gap" "$client" "$bin" "$url" "$read_base" "http://127.0.0.1:$PORT" "$slug" "$n" "$RATE" "$SECONDS_EACH" "$app")"
    cpu="$(cpu_report "$app"), client $(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["client_cpu_s"])' "$out")"
    echo "$mode, $n readers arriving 100 every $gap ms: $out"
    echo "  CPU seconds: $cpu"
    row="$(python3 - "$out" "$mode" "$cpu" "$gap" <<'PY'
import json, sys
r = json.loads(sys.argv[1])
mode = sys.argv[2]
ms = lambda v: "—" if v is None else f"{v:.0f} ms"
cells = [mode, f"{r['readers']:,}", f"{100000 // int(sys.argv[4]):,}", f"{r['events']:,}", ms(r["p50"]), ms(r["p95"]), ms(r["p99"]),
         f"{r['lost']} / {r['twice']}", f"{r['errors']} ({r['retries']})", f"{r['gap_reopens']}", f"{r['origin_rps']:.1f}", f"{r['rss_kb_per_1000'] / 1024:.1f} MB",
         sys.argv[3]]
print("| " + " | ".join(cells) + " |")
PY
)"
    table+="$row"$'\n'
    for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
    wait 2>/dev/null || true
    pids=()
  done
  done
done

name="$(section_name live-push)"
update_section "$name" "$(section_title "Live discussions: pushing approved comments to open pages")" "Measured $(date -u +%F) with \`BACKEND=$BACKEND bash bench/live_push.sh\` on $(nproc) cores of $(cpu_name), $(backend_label), release build, everything on one machine over loopback: masthead, Pushpin $(pushpin --version 2>/dev/null | awk '{print $2}') with zurl, and the load client (\`bench/live_client\`, Rust, one socket per reader; before 2026-12-08 a node client, which at 10,000 readers took a whole core and was the bottleneck). $RATE comments approved per second for $SECONDS_EACH s (one CLI call a second approving $RATE; latency counts from the start of that call, so it includes the CLI's start-up); each event carries the comment's rendered fragment (~2 KB). Halfway, 10 % of the readers are cut off and reconnect a second later with \`Last-Event-ID\`; lost / twice counts, over every reader, approved comments it never got / got more than once. Readers arrive 100 at a time, 2,000 or 500 a second, and, like a browser's EventSource, try again a second or two after a refused connection (Pushpin answers 500/502 while its internal queues are full during the arrival burst; those retries are counted). Streams reopened on a gap: behind Pushpin each published item names the one before it, and a reader whose last id differs (it missed one) reopens its stream from that id, as the page's script does. Origin requests/s: requests masthead answered during the run (the direct baseline's streams are one request each, opened before). Memory: masthead's resident memory grown per 1,000 streams it holds (behind Pushpin it holds none). CPU: seconds (user + system) each process used over the whole run, read from \`/proc\`: where the two cores went.

| streams held by | readers | arriving per second | events timed | p50 | p95 | p99 | lost / twice | readers never connected (retries) | streams reopened on a gap | origin requests/s | masthead RSS per 1,000 readers | CPU seconds (peak RSS) |
|---|---|---|---|---|---|---|---|---|---|---|---|---|
${table%$'\n'}"
