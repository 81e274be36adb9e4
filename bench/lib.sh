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
wait_http() {
  for _ in $(seq 1 100); do curl -sf "$1" >/dev/null && return 0; sleep 0.1; done
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
