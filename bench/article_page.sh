#!/usr/bin/env bash
# Article page with 100 approved comments, under a bounded load on loopback,
# against nginx serving the very same bytes as a static file (the practical
# limit of this machine for that page). Prints the figures and the ratio, and
# rewrites the matching section of docs/performance.md.
#
#   bash bench/article_page.sh            # 10 s per run, 32 connections
#   DURATION=30s CONNECTIONS=64 ROUNDS=5 bash bench/article_page.sh
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
NGINX_GZIP_PORT="${NGINX_GZIP_PORT:-18082}"
ROUNDS="${ROUNDS:-3}"
# Approved comments on the page (the demo brings 5): 100 by default, ~80 KB.
COMMENTS="${COMMENTS:-100}"

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
# The demo has 5 approved comments; post COMMENTS - 5 more through the form and approve
# them (no waiting between posts: the flood interval is switched off first).
"$bin" settings set comments.flood_seconds 0 >/dev/null
for i in $(seq 1 $((COMMENTS - 5))); do
  curl -sf -o /dev/null -X POST "http://127.0.0.1:$APP_PORT/comments" \
    --data-urlencode "comment_post_ID=1" --data-urlencode "author=Bench Reader $i" \
    --data-urlencode "email=reader$i@example.com" \
    --data-urlencode "comment=Comment number $i with <em>some</em> emphasis and a little more text to make it realistic."
done
ids=$("$bin" comments list --status pending --json --limit 1000 | python3 -c 'import json,sys; print(" ".join(str(c["id"]) for c in json.load(sys.stdin)))')
[ -z "$ids" ] || "$bin" comments approve $ids >/dev/null
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
  # Debian's defaults for static files (/etc/nginx/nginx.conf), without the
  # access log (the strongest baseline; masthead keeps its request log).
  sendfile on;
  tcp_nopush on;
  access_log off;
  types { text/html html; }
  server {
    listen 127.0.0.1:$NGINX_PORT;
    root $work/www;
  }
  # Debian's nginx.conf also has "gzip on" (level 1, text/html): what a
  # browser, which asks for compressed pages, gets from it.
  server {
    listen 127.0.0.1:$NGINX_GZIP_PORT;
    root $work/www;
    gzip on;
  }
}
CONF
nginx -c "$work/nginx.conf"
sleep 0.3

# The two servers share the machine with wrk and each other's leftovers, and
# a single run moves by a fifth from one to the next: ROUNDS alternating
# pairs, the median of each.
run_wrk() { wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency ${2:+-s "$2"} "$1"; }
gzip_lua="$work/gzip.lua"
echo 'wrk.headers["Accept-Encoding"] = "gzip, deflate, br, zstd"' >"$gzip_lua"
nginx_page="http://127.0.0.1:$NGINX_PORT/article.html"
nginx_gzip_page="http://127.0.0.1:$NGINX_GZIP_PORT/article.html"
echo "warming up…"
wrk -t1 -c4 -d2s "$page" >/dev/null
wrk -t1 -c4 -d2s "$nginx_page" >/dev/null
median() { python3 -c "import statistics,sys; print(statistics.median(float(x) for x in sys.argv[1:]))" "$@"; }
declare -A rps
declare -A last
for round in $(seq 1 "$ROUNDS"); do
  for target in app nginx app_gzip nginx_gzip; do
    case "$target" in
      app) out=$(run_wrk "$page") ;;
      nginx) out=$(run_wrk "$nginx_page") ;;
      app_gzip) out=$(run_wrk "$page" "$gzip_lua") ;;
      nginx_gzip) out=$(run_wrk "$nginx_gzip_page" "$gzip_lua") ;;
    esac
    if grep -q "Non-2xx" <<<"$out"; then
      echo "bench: some responses of $target were errors; figures not recorded" >&2
      echo "$out" >&2
      exit 1
    fi
    rps[$target]+=" $(field "$out" rps)"
    last[$target]="$out"
    echo "round $round, $target: $(field "$out" rps) req/s, p99 $(field "$out" p99)"
  done
done
gz_bytes=$(curl -s -H 'Accept-Encoding: gzip' "$page" | wc -c)
nginx_gz_bytes=$(curl -s -H 'Accept-Encoding: gzip' "$nginx_gzip_page" | wc -c)
# shellcheck disable=SC2086
{
  app_rps=$(median ${rps[app]}); nginx_rps=$(median ${rps[nginx]})
  app_gz_rps=$(median ${rps[app_gzip]}); nginx_gz_rps=$(median ${rps[nginx_gzip]})
}
ratio=$(python3 -c "print(f'{$app_rps/$nginx_rps:.2f}')")
gz_ratio=$(python3 -c "print(f'{$app_gz_rps/$nginx_gz_rps:.2f}')")
rss_kb=$(awk '/VmRSS/ {print $2}' "/proc/$app_pid/status")
echo
echo "masthead ${app_rps} req/s, nginx ${nginx_rps} req/s: ratio ${ratio}x (page ${bytes} bytes, ${approved} approved comments, RSS ${rss_kb} kB)"
echo "gzip: masthead ${app_gz_rps} req/s (${gz_bytes} bytes), nginx gzip on ${nginx_gz_rps} req/s (${nginx_gz_bytes} bytes): ratio ${gz_ratio}x"

cpu=$(cpu_name)
row() { echo "| $1 | $2 (runs: $(tr ' ' '\n' <<<"${rps[$3]}" | sed '/^$/d' | paste -sd, | sed 's/,/, /g')) | $(field "${last[$3]}" p50) | $(field "${last[$3]}" p99) |"; }
section=$(cat <<MD
Measured $(date -u +%Y-%m-%d) with \`BACKEND=${BACKEND} bash bench/article_page.sh\` (wrk, ${THREADS} threads, ${CONNECTIONS} connections, ${DURATION} per run, ${ROUNDS} alternating rounds, the median shown; p50/p99 of the last round; loopback) on $(nproc) cores of ${cpu}, $(backend_label), release build.

| target | requests/s | p50 | p99 |
|---|---|---|---|
$(row "masthead, article page with ${approved} approved comments (${bytes} bytes)" "$app_rps" app)
$(row "nginx, the same bytes as a static file" "$nginx_rps" nginx)
$(row "masthead, the same page asked for as a browser does (\`Accept-Encoding: gzip, deflate, br, zstd\`; ${gz_bytes} bytes gzipped)" "$app_gz_rps" app_gzip)
$(row "nginx, the same file with Debian's \`gzip on\` (${nginx_gz_bytes} bytes)" "$nginx_gz_rps" nginx_gzip)

Ratio masthead / nginx: **${ratio}×** uncompressed, **${gz_ratio}×** as browsers ask. masthead resident memory after the run: ${rss_kb} kB.
MD
)
name=article_page
[ "$COMMENTS" = 100 ] || name="article_page_$COMMENTS"
update_section "$(section_name "$name")" "$(section_title "Article page ($COMMENTS approved comments) vs nginx serving the same bytes")" "$section"
