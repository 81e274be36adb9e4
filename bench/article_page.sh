#!/usr/bin/env bash
# Article page with 100 approved comments, under a bounded load on loopback,
# against nginx serving the very same bytes as a static file (the practical
# limit of this machine for that page). Prints the figures and the ratio, and
# rewrites the matching section of docs/performance.md.
#
#   bash bench/article_page.sh            # 10 s per run, 32 connections
#   DURATION=30s CONNECTIONS=64 bash bench/article_page.sh
#   BACKEND=postgres bash bench/article_page.sh   # on PostgreSQL (PG_SERVER)
#   BIN=target/dist/masthead bash bench/article_page.sh   # another build
#
# Needs wrk and nginx (Debian: apt-get install wrk nginx-light).
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
DURATION="${DURATION:-10s}"
CONNECTIONS="${CONNECTIONS:-32}"
THREADS="${THREADS:-2}"
APP_PORT="${APP_PORT:-18080}"
NGINX_PORT="${NGINX_PORT:-18081}"

need wrk nginx curl python3

# BIN=path compares another build (another profile) under the same load.
if [ -z "${BIN:-}" ]; then cargo build --release -q; fi
bin="${BIN:-$PWD/target/release/masthead}"
work="$(mktemp -d)"
app_pid=""
cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
  [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null || true
  rm -rf "$work"
  pg_drop_all
}
trap cleanup EXIT

if [ "$BACKEND" = postgres ]; then
  MASTHEAD_DATABASE_URL="$(pg_db article)"
else
  MASTHEAD_DATABASE_URL="sqlite://$work/bench.db?mode=rwc"
fi
export MASTHEAD_DATABASE_URL
# Rate limits off: the load generator is one address sending thousands of requests.
"$bin" serve --demo --addr "127.0.0.1:$APP_PORT" --rate-limit-rps 0 --rate-limit-posts-per-minute 0 >"$work/app.log" 2>&1 &
app_pid=$!
wait_http "http://127.0.0.1:$APP_PORT/healthz"

slug="moscow-never-promised-withdrawal-of-iranian-troops-from-syria"
page="http://127.0.0.1:$APP_PORT/articles/$slug"
# The demo has 5 approved comments; post 95 more through the form and approve
# them (no waiting between posts: the flood interval is switched off first).
"$bin" settings set comments.flood_seconds 0 >/dev/null
for i in $(seq 1 95); do
  curl -sf -o /dev/null -X POST "http://127.0.0.1:$APP_PORT/comments" \
    --data-urlencode "comment_post_ID=1" --data-urlencode "author=Bench Reader $i" \
    --data-urlencode "email=reader$i@example.com" \
    --data-urlencode "comment=Comment number $i with <em>some</em> emphasis and a little more text to make it realistic."
done
ids=$("$bin" comments list --status pending --json --limit 1000 | python3 -c 'import json,sys; print(" ".join(str(c["id"]) for c in json.load(sys.stdin)))')
"$bin" comments approve $ids >/dev/null
approved=$("$bin" comments list --status approved --json --limit 1000 | python3 -c 'import json,sys; print(len(json.load(sys.stdin)))')

mkdir -p "$work/www"
chmod 755 "$work" "$work/www"  # nginx workers run unprivileged
curl -sf "$page" -o "$work/www/article.html"
chmod 644 "$work/www/article.html"
bytes=$(wc -c <"$work/www/article.html")
cat >"$work/nginx.conf" <<CONF
worker_processes 2;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 1024; }
http {
  # Debian's defaults for static files (/etc/nginx/nginx.conf).
  sendfile on;
  tcp_nopush on;
  access_log off;
  types { text/html html; }
  server {
    listen 127.0.0.1:$NGINX_PORT;
    root $work/www;
  }
}
CONF
nginx -c "$work/nginx.conf"
sleep 0.3

run_wrk() { wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$1"; }
echo "warming up…"
wrk -t1 -c4 -d2s "$page" >/dev/null
wrk -t1 -c4 -d2s "http://127.0.0.1:$NGINX_PORT/article.html" >/dev/null
echo "masthead: $page"
app_out=$(run_wrk "$page")
echo "$app_out"
echo "nginx static copy:"
nginx_out=$(run_wrk "http://127.0.0.1:$NGINX_PORT/article.html")
echo "$nginx_out"

if grep -q "Non-2xx" <<<"$app_out$nginx_out"; then
  echo "bench: some responses were errors; figures not recorded" >&2
  exit 1
fi
app_rps=$(field "$app_out" rps); nginx_rps=$(field "$nginx_out" rps)
ratio=$(python3 -c "print(f'{$app_rps/$nginx_rps:.2f}')")
rss_kb=$(awk '/VmRSS/ {print $2}' "/proc/$app_pid/status")
echo
echo "masthead ${app_rps} req/s, nginx ${nginx_rps} req/s: ratio ${ratio}x (page ${bytes} bytes, ${approved} approved comments, RSS ${rss_kb} kB)"

cpu=$(cpu_name)
section=$(cat <<MD
Measured $(date -u +%Y-%m-%d) with \`BACKEND=${BACKEND} bash bench/article_page.sh\` (wrk, ${THREADS} threads, ${CONNECTIONS} connections, ${DURATION} per run, loopback) on $(nproc) cores of ${cpu}, $(backend_label), release build.

| target | requests/s | p50 | p99 |
|---|---|---|---|
| masthead, article page with ${approved} approved comments (${bytes} bytes) | ${app_rps} | $(field "$app_out" p50) | $(field "$app_out" p99) |
| nginx, the same bytes as a static file | ${nginx_rps} | $(field "$nginx_out" p50) | $(field "$nginx_out" p99) |

Ratio masthead / nginx: **${ratio}×**. masthead resident memory after the run: ${rss_kb} kB.
MD
)
update_section "$(section_name article_page)" "$(section_title "Article page (100 approved comments) vs nginx serving the same bytes")" "$section"
