#!/usr/bin/env bash
# The embed: its first render in Chromium on a static Hugo page (median of
# fresh loads, against the page's own content in the same loads), and the
# embed's API under load against nginx serving the same JSON bytes (Debian's
# static-file settings). One thread of 100 approved comments. Loopback only,
# bounded. Rewrites its section of docs/performance.md.
#
#   bash bench/embed.sh
#   BACKEND=postgres bash bench/embed.sh
#
# Needs wrk, nginx, hugo, python3, curl, node with tests/browser's packages
# and Debian's chromium (scripts/setup.sh browser).
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
DURATION="${DURATION:-10s}"
CONNECTIONS="${CONNECTIONS:-32}"
THREADS="${THREADS:-2}"
RUNS="${RUNS:-15}"
PORT="${PORT:-18097}"
NGINX_PORT="${NGINX_PORT:-18098}"
SITE_PORT="${SITE_PORT:-18099}"

need wrk nginx hugo node python3 curl
cargo build --release -q
bin="$PWD/target/release/masthead"
work="$(mktemp -d)"
pid=""
cleanup() {
  [ -n "$pid" ] && kill "$pid" 2>/dev/null || true
  [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null || true
  rm -rf "$work"
  pg_drop_all
}
trap cleanup EXIT

site="http://127.0.0.1:$SITE_PORT"
page="$site/posts/some-story/"
db="$work/embed.db"
url="sqlite://$db?mode=rwc"
"$bin" --database "$url" migrate >/dev/null
url="$(serving_url "$url" embed)"
for kv in comments.flood_seconds=0 comments.min_fill_seconds=0 comments.require_previously_approved=false "embed.allowed_origins=$site"; do
  "$bin" --database "$url" settings set "${kv%%=*}" "${kv#*=}" >/dev/null
done
"$bin" --database "$url" serve --addr "127.0.0.1:$PORT" --rate-limit-rps 0 --rate-limit-posts-per-minute 0 >"$work/app.log" 2>&1 &
pid=$!
base="http://127.0.0.1:$PORT"
wait_http "$base/healthz"

# 100 comments through the embed's own API (approved: newcomers are not held here).
python3 - "$base" "$page" <<'PY'
import json, sys, urllib.request, urllib.parse
base, page = sys.argv[1:3]
import re
first = json.load(urllib.request.urlopen(f"{base}/api/embed?url={urllib.parse.quote(page)}"))
token = re.search(r'name="mh_token" value="([^"]+)"', first["html"]).group(1)
for i in range(100):
    body = json.dumps({"url": page, "title": "Some story", "author": f"Reader {i}", "email": f"r{i}@example.com",
                       "comment": f"Comment {i}: a <em>reasonable</em> remark, long enough to look like a real one.",
                       "token": token}).encode()
    req = urllib.request.Request(f"{base}/api/comments", data=body, headers={"content-type": "application/json"})
    assert urllib.request.urlopen(req).status == 201
PY

# The static site, built for this masthead, served by nginx; and the API's
# answers as static files beside it.
mkdir -p "$work/www"; chmod 755 "$work" "$work/www"
HUGO_PARAMS_MASTHEAD="$base" hugo --quiet --source tests/embed-site --baseURL "$site/" -d "$work/www"
list="$base/api/comments?url=$(python3 -c "import urllib.parse,sys; print(urllib.parse.quote(sys.argv[1]))" "$page")&per_page=100"
embed="$base/api/embed?url=$(python3 -c "import urllib.parse,sys; print(urllib.parse.quote(sys.argv[1]))" "$page")"
curl -sf "$list" -o "$work/www/comments.json"
curl -sf "$embed" -o "$work/www/embed.json"
chmod -R a+rX "$work/www"
cat >"$work/nginx.conf" <<CONF
worker_processes 2;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 1024; }
http {
  sendfile on;
  tcp_nopush on;
  access_log off;
  types { text/html html; application/json json; }
  server { listen 127.0.0.1:$SITE_PORT; root $work/www; }
  server { listen 127.0.0.1:$NGINX_PORT; root $work/www; }
}
CONF
nginx -c "$work/nginx.conf"
sleep 0.3

render=$(node bench/embed_render.mjs "$page" "$RUNS")
read -r page_ms comments_ms <<<"$render"
echo "first render: page content ${page_ms} ms, comments shown ${comments_ms} ms (median of $((RUNS - 1)) fresh loads)"

run_wrk() { wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$1"; }
wrk -t1 -c4 -d2s "$list" >/dev/null
list_out=$(run_wrk "$list")
list_nginx=$(run_wrk "http://127.0.0.1:$NGINX_PORT/comments.json")
embed_out=$(run_wrk "$embed")
embed_nginx=$(run_wrk "http://127.0.0.1:$NGINX_PORT/embed.json")
for o in "$list_out" "$list_nginx" "$embed_out" "$embed_nginx"; do
  if grep -q "Non-2xx" <<<"$o"; then echo "bench: errors" >&2; echo "$o" >&2; exit 1; fi
done
ratio() { python3 -c "print(f'{$1/$2:.2f}')"; }
list_ratio=$(ratio "$(field "$list_out" rps)" "$(field "$list_nginx" rps)")
embed_ratio=$(ratio "$(field "$embed_out" rps)" "$(field "$embed_nginx" rps)")
echo "comments JSON: $(field "$list_out" rps) req/s vs nginx $(field "$list_nginx" rps): ${list_ratio}x"
echo "embed HTML JSON: $(field "$embed_out" rps) req/s vs nginx $(field "$embed_nginx" rps): ${embed_ratio}x"

row() { echo "| $1 | $(field "$2" rps) | $(field "$2" p50) | $(field "$2" p99) |"; }
update_section "$(section_name embed)" "$(section_title "The embed: first render and its API")" "Measured $(date -u +%F) with \`BACKEND=$BACKEND bash bench/embed.sh\` on $(nproc) cores of $(cpu_name), $(backend_label), release build; Debian's Chromium, nginx and hugo; one thread of 100 approved comments.

First render of the embed on a static Hugo page served by nginx (fresh browser context per load, median of $((RUNS - 1)) loads, milliseconds from the start of navigation): the page's own content is parsed at **${page_ms} ms**, the discussion is shown at **${comments_ms} ms** (the script, its stylesheet and one API call to masthead on loopback).

| target (wrk, $THREADS threads, $CONNECTIONS connections, $DURATION) | requests/s | p50 | p99 |
|---|---|---|---|
$(row "masthead, \`GET /api/comments?url=…&per_page=100\` ($(wc -c <"$work/www/comments.json") bytes)" "$list_out")
$(row "nginx, the same JSON as a static file" "$list_nginx")
$(row "masthead, \`GET /api/embed?url=…\` (the discussion's HTML in JSON, $(wc -c <"$work/www/embed.json") bytes)" "$embed_out")
$(row "nginx, the same JSON as a static file" "$embed_nginx")

Comment list: **${list_ratio}×** nginx; the embed's page: **${embed_ratio}×** nginx."
