# Shared by the bench scripts (sourced, not run).

# need TOOL…: stop with a message when a tool is missing.
need() {
  for tool in "$@"; do
    command -v "$tool" >/dev/null || { echo "bench: $tool is missing (Debian: apt-get install wrk nginx-light python3 curl)" >&2; exit 1; }
  done
}

# field WRK_OUTPUT rps|p50|p99
field() {
  case "$2" in
    rps) awk '/^Requests\/sec/ {print $2}' <<<"$1" ;;
    p50) awk '$1=="50%" {print $2}' <<<"$1" ;;
    p99) awk '$1=="99%" {print $2}' <<<"$1" ;;
  esac
}

# wait_http URL: until it answers (10 s at most).
# wait_http URL [PID]: until URL answers; with PID, that process must still
# be alive then (else another server holds the port and would be measured).
wait_http() {
  for _ in $(seq 1 100); do
    if curl -sf "$1" >/dev/null; then
      if [ -n "${2:-}" ] && ! kill -0 "$2" 2>/dev/null; then
        echo "bench: $1 answered, but the server started for it has exited (is the port taken?)" >&2; exit 1
      fi
      return 0
    fi
    sleep 0.1
  done
  echo "bench: $1 did not answer" >&2; exit 1
}

cpu_name() { awk -F: '/model name/ {gsub(/^ /,"",$2); print $2; exit}' /proc/cpuinfo; }

# update_section NAME TITLE TEXT: replace the block between
# <!-- bench:NAME:start --> and <!-- bench:NAME:end --> in $DOC (default
# docs/performance.md), or add it as a new section before "## Fuzzing".
update_section() {
  python3 - "${DOC:-docs/performance.md}" "$1" "$2" "$3" <<'PY'
import re, sys
path, name, title, body = sys.argv[1:5]
start, end = f"<!-- bench:{name}:start -->", f"<!-- bench:{name}:end -->"
new = f"{start}\n{body}\n{end}"
text = open(path, encoding="utf-8").read()
if start in text:
    text = re.sub(re.escape(start) + r".*?" + re.escape(end), lambda m: new, text, flags=re.S)
else:
    text = text.replace("## Fuzzing", f"## {title}\n\n{new}\n\n## Fuzzing", 1)
open(path, "w", encoding="utf-8").write(text)
PY
  echo "updated ${DOC:-docs/performance.md}"
}

# BACKEND=postgres runs a bench on PostgreSQL: each site is a fresh database
# on PG_SERVER (dropped at exit), filled the same way as on SQLite (a SQLite
# file is generated, then moved with `masthead copy`).
BACKEND="${BACKEND:-sqlite}"
PG_SERVER="${PG_SERVER:-postgres://postgres@127.0.0.1:5432}"
case "$BACKEND" in sqlite|postgres) ;; *) echo "bench: BACKEND is sqlite or postgres" >&2; exit 1 ;; esac

# pg_db NAME: a new, empty PostgreSQL database; its URL on standard output.
pg_db() {
  local name="masthead_bench_$1"
  psql -q "$PG_SERVER/postgres" -c "DROP DATABASE IF EXISTS $name WITH (FORCE)" -c "CREATE DATABASE $name" >/dev/null
  echo "$PG_SERVER/$name"
}

pg_drop_all() {
  [ "$BACKEND" = postgres ] || return 0
  for name in $(psql -At "$PG_SERVER/postgres" -c "SELECT datname FROM pg_database WHERE datname LIKE 'masthead_bench_%'"); do
    psql -q "$PG_SERVER/postgres" -c "DROP DATABASE IF EXISTS $name WITH (FORCE)" >/dev/null
  done
}

# serving_url SQLITE_URL NAME: the URL to serve: the SQLite file itself, or a
# PostgreSQL copy of it (the copy's duration goes to standard error).
serving_url() {
  if [ "$BACKEND" = postgres ]; then
    local to; to="$(pg_db "$2")"
    local t0; t0=$(date +%s.%N)
    "$bin" copy --from "$1" --to "$to" >/dev/null
    echo "copied to PostgreSQL in $(python3 -c "print(round($(date +%s.%N)-$t0,1))") s" >&2
    echo "$to"
  else
    echo "$1"
  fi
}

backend_label() {
  if [ "$BACKEND" = postgres ]; then
    echo "PostgreSQL $(psql -At "$PG_SERVER/postgres" -c 'SHOW server_version' | cut -d' ' -f1) on the same machine over loopback TCP (default settings, synchronous_commit on)"
  else
    echo "SQLite (WAL, synchronous=FULL)"
  fi
}

# section_name NAME: the docs section of this backend's figures.
section_name() { if [ "$BACKEND" = postgres ]; then echo "$1-postgres"; else echo "$1"; fi; }
section_title() { if [ "$BACKEND" = postgres ]; then echo "$1 — PostgreSQL"; else echo "$1"; fi; }
