#!/usr/bin/env bash
# The JSON comment list (`/wp-json/wp/v2/comments?post=1&per_page=100`) against
# nginx serving the same bytes, and the comment POST with a durable commit
# against the machine's durable-commit limit (Python's sqlite3 committing one
# row at a time with synchronous=FULL in WAL mode, on the same disk). Bounded,
# loopback only. Rewrites its section of docs/performance.md.
#
#   bash bench/api.sh
#   BACKEND=postgres bash bench/api.sh   # on PostgreSQL; baseline: pgbench
#
# Needs wrk, nginx and python3 (Debian: apt-get install wrk nginx-light python3).
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
DURATION="${DURATION:-10s}"
CONNECTIONS="${CONNECTIONS:-32}"
THREADS="${THREADS:-2}"
PORT="${PORT:-18095}"
NGINX_PORT="${NGINX_PORT:-18096}"

need wrk nginx python3 curl
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

db="$work/api.db"
url="sqlite://$db?mode=rwc"
"$bin" --database "$url" migrate >/dev/null
python3 bench/tools.py fill "$db" 100 1000
url="$(serving_url "$url" api)"
"$bin" --database "$url" settings set comments.flood_seconds 0 >/dev/null
"$bin" --database "$url" settings set comments.min_fill_seconds 0 >/dev/null
"$bin" --database "$url" serve --addr "127.0.0.1:$PORT" --rate-limit-rps 0 --rate-limit-posts-per-minute 0 >"$work/app.log" 2>&1 &
pid=$!
wait_http "http://127.0.0.1:$PORT/healthz"

list="http://127.0.0.1:$PORT/wp-json/wp/v2/comments?post=1&per_page=100"
mkdir -p "$work/www"; chmod 755 "$work" "$work/www"
curl -sf "$list" -o "$work/www/comments.json"; chmod 644 "$work/www/comments.json"
bytes=$(wc -c <"$work/www/comments.json")
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
  types { application/json json; }
  server { listen 127.0.0.1:$NGINX_PORT; root $work/www; }
}
CONF
nginx -c "$work/nginx.conf"
sleep 0.3

wrk -t1 -c4 -d2s "$list" >/dev/null
list_out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$list")
nginx_out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "http://127.0.0.1:$NGINX_PORT/comments.json")

# Every POST is a different comment (the duplicate rule would refuse repeats);
# without a form token it is held, which is the common case under load.
cat >"$work/post.lua" <<'LUA'
local threads = 0
function setup(thread) threads = threads + 1; thread:set("tid", threads) end
local n = 0
request = function()
  n = n + 1
  local body = "comment_post_ID=1&author=Bench+" .. tid .. "-" .. n ..
    "&email=bench" .. tid .. "-" .. n .. "%40example.com&comment=Load+test+comment+" .. tid .. "-" .. n
  return wrk.format("POST", "/comments", {["Content-Type"] = "application/x-www-form-urlencoded"}, body)
end
LUA
post_out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s "$work/post.lua" "http://127.0.0.1:$PORT")
kill "$pid"; wait "$pid" 2>/dev/null || true; pid=""
if [ "$BACKEND" = postgres ]; then
  stored=$(psql -At "$url" -c "SELECT COUNT(*) FROM comments WHERE author_name LIKE 'Bench %'")
  # The baseline: pgbench committing one-row INSERTs, each its own durable
  # transaction, over as many connections as the POST load used.
  base="$(pg_db baseline)"
  psql -q "$base" -c "CREATE TABLE t (id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, body TEXT NOT NULL)"
  echo "INSERT INTO t (body) VALUES ('one durable row');" >"$work/insert.sql"
  commit_rate=$(pgbench -n -c "$CONNECTIONS" -j "$THREADS" -T 5 -f "$work/insert.sql" "$base" | awk '/^tps/ {print int($3)}')
  baseline_text="pgbench, one-row INSERT transactions (synchronous_commit on), ${CONNECTIONS} connections, same server"
else
  stored=$(python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute(\"SELECT COUNT(*) FROM comments WHERE author_name LIKE 'Bench %'\").fetchone()[0])" "$db")
  commit_rate=$(python3 bench/tools.py commits "$work/baseline.db" 5)
  baseline_text="Python sqlite3, one-row durable commits in a loop, same disk"
fi

for out in "$list_out" "$nginx_out"; do
  if grep -q "Non-2xx" <<<"$out"; then echo "bench: errors" >&2; echo "$out" >&2; exit 1; fi
done
# POST answers 303; wrk counts those as non-2xx, so check the stored rows instead.
list_ratio=$(python3 -c "print(f'{$(field "$list_out" rps)/$(field "$nginx_out" rps):.2f}')")
post_ratio=$(python3 -c "print(f'{$(field "$post_out" rps)/$commit_rate:.2f}')")
echo "comment list: $(field "$list_out" rps) req/s vs nginx $(field "$nginx_out" rps): ${list_ratio}x"
echo "comment POST: $(field "$post_out" rps) req/s ($stored stored) vs $commit_rate durable commits/s: ${post_ratio}x"

cpu=$(cpu_name)
section=$(cat <<MD
Measured $(date -u +%Y-%m-%d) with \`BACKEND=${BACKEND} bash bench/api.sh\` (wrk, ${THREADS} threads, ${CONNECTIONS} connections, ${DURATION} per run, loopback) on $(nproc) cores of ${cpu}, $(backend_label), release build.

| target | requests/s | p50 | p99 |
|---|---|---|---|
| masthead, \`GET /wp-json/wp/v2/comments?post=1&per_page=100\` (${bytes} bytes) | $(field "$list_out" rps) | $(field "$list_out" p50) | $(field "$list_out" p99) |
| nginx, the same JSON as a static file | $(field "$nginx_out" rps) | $(field "$nginx_out" p50) | $(field "$nginx_out" p99) |
| masthead, \`POST /comments\` (each a new comment, committed durably before the 303; ${stored} stored) | $(field "$post_out" rps) | $(field "$post_out" p50) | $(field "$post_out" p99) |
| baseline: ${baseline_text} | ${commit_rate} | | |

Comment list: **${list_ratio}×** nginx. Comment POST: **${post_ratio}×** the baseline's durable-commit rate (each POST also validates, renders, moderates and checks duplicates and floods).
MD
)
update_section "$(section_name api)" "$(section_title "Comment list (JSON) and comment POST")" "$section"
