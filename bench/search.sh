#!/usr/bin/env bash
# Search latency on 100,000 articles of generated prose (~270 words each,
# Zipf-distributed vocabulary): `/search?q=` over HTTP with the response
# cache off (every request ranks and makes snippets), for a word in nearly
# every article, one in about 5 %, a rare one, two words and a phrase.
# Baseline, in the same run on the same rows: WordPress's search SQL (each
# term `LIKE '%term%'` on title, excerpt and content, ordered by a title
# match then date; the count and the first page), run directly on the
# database with no HTTP or rendering: Python's sqlite3 on SQLite, pgbench on
# PostgreSQL. Bounded, loopback only. Rewrites its section of
# docs/performance.md.
#
#   bash bench/search.sh
#   BACKEND=postgres bash bench/search.sh
#   ARTICLES=20000 bash bench/search.sh        # a quicker, smaller run
#
# Needs wrk, python3 and curl (and psql + pgbench for PostgreSQL).
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
ARTICLES="${ARTICLES:-100000}"
DURATION="${DURATION:-5s}"
PORT="${PORT:-18097}"

need wrk python3 curl
if [ "$BACKEND" = postgres ]; then need psql pgbench; fi
cargo build --release -q
bin="$PWD/target/release/masthead"
work="$(mktemp -d)"
pid=""
cleanup() {
  [ -n "$pid" ] && kill "$pid" 2>/dev/null || true
  rm -rf "$work"
  pg_drop_all
}
trap cleanup EXIT

db="$work/search.db"
url="sqlite://$db?mode=rwc"
"$bin" --database "$url" migrate >/dev/null
t0=$(date +%s.%N)
python3 bench/tools.py corpus "$db" "$ARTICLES"
fill_s=$(python3 -c "print(round($(date +%s.%N)-$t0,1))")
echo "generated and indexed $ARTICLES articles in ${fill_s} s"
url="$(serving_url "$url" search)"
"$bin" --database "$url" serve --addr "127.0.0.1:$PORT" --rate-limit-rps 0 --no-page-cache >"$work/app.log" 2>&1 &
pid=$!
wait_http "http://127.0.0.1:$PORT/healthz"

# total HTML: how many the page says matched.
total() {
  python3 -c '
import re, sys
html = sys.stdin.read()
m = re.search(r"of (?:more than )?(\d+)</p>", html)
print(m.group(1) if m else ("1" if ">1 result<" in html else "0"))'
}

# The baseline's median milliseconds and match count for one query.
baseline() {
  if [ "$BACKEND" = postgres ]; then
    python3 - "$1" >"$work/wp.sql" <<'PY'
import sys
q = sys.argv[1]
terms = [q.strip('"')] if q.startswith('"') else q.split()
where = " AND ".join(
    f"(title LIKE '%{t}%' OR standfirst LIKE '%{t}%' OR body_markdown LIKE '%{t}%')" for t in terms)
live = "status = 'published' AND kind = 'article'"
print(f"SELECT COUNT(*) FROM articles WHERE {where} AND {live};")
print(f"SELECT id, slug, title, body_html FROM articles WHERE {where} AND {live} "
      f"ORDER BY title LIKE '%{q.strip(chr(34))}%' DESC, published_at DESC LIMIT 10;")
PY
    local ms
    ms=$(pgbench -n -c 1 -T 5 -f "$work/wp.sql" "$url" 2>/dev/null | awk '/latency average/ {print $4}')
    local n
    n=$(psql -At "$url" -f <(head -1 "$work/wp.sql"))
    echo "$ms $n"
  else
    python3 bench/tools.py wpsearch "$db" 5 "$1"
  fi
}

rows=""
summary=""
while read -r class query; do
  enc=$(python3 -c "import urllib.parse, sys; print(urllib.parse.quote(sys.argv[1]))" "$query")
  target="http://127.0.0.1:$PORT/search?q=$enc"
  found=$(curl -sf "$target" | total)
  wrk -t1 -c1 -d1s "$target" >/dev/null
  one=$(wrk -t1 -c1 -d"$DURATION" --latency "$target")
  many=$(wrk -t2 -c16 -d"$DURATION" --latency "$target")
  for out in "$one" "$many"; do
    if grep -q "Non-2xx" <<<"$out"; then echo "bench: errors on $query" >&2; echo "$out" >&2; exit 1; fi
  done
  read -r base_ms base_n < <(baseline "$query")
  p50=$(field "$one" p50)
  ratio=$(python3 - "$p50" "$base_ms" <<'PY'
import sys
v, unit = sys.argv[1], ""
ms = float(v[:-2]) if v.endswith("ms") else float(v[:-2]) / 1000 if v.endswith("us") else float(v[:-1]) * 1000
print(f"{float(sys.argv[2]) / ms:.1f}")
PY
)
  echo "$class ($query): $found hits, p50 $p50, p99 $(field "$one" p99), $(field "$many" rps) req/s at 16 connections; WordPress SQL ${base_ms} ms ($base_n rows): ${ratio}x"
  rows+="| ${class} (\`${query}\`) | ${found} | $(field "$one" p50) | $(field "$one" p99) | $(field "$many" rps) | ${base_ms} ms (${base_n}) | **${ratio}×** |"$'\n'
done < <(python3 bench/tools.py words)

cpu=$(cpu_name)
section=$(cat <<MD
Measured $(date -u +%Y-%m-%d) with \`BACKEND=${BACKEND} bash bench/search.sh\` on $(nproc) cores of ${cpu}, $(backend_label), release build: ${ARTICLES} articles of ~270 generated words (Zipf vocabulary), response cache off. Latency one request at a time (wrk, 1 connection, ${DURATION}); throughput at 16 connections. Baseline: WordPress's search SQL on the same rows, straight to the database (no HTTP, no rendering), median of its runs.

| query | hits | p50 | p99 | req/s (16 conn.) | WordPress SQL (rows) | faster |
|---|---|---|---|---|---|---|
${rows}
MD
)
update_section "$(section_name search)" "$(section_title "Search")" "$section"
