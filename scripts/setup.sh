#!/usr/bin/env bash
# Installs what the optional parts of the test suite need, from Debian's
# packages, npm and PyPI (never a downloaded browser):
#
#   scripts/setup.sh postgres       a PostgreSQL server at 127.0.0.1:5432
#   scripts/setup.sh browser        Debian's chromium, node, playwright-core, hugo
#   scripts/setup.sh schemathesis   the OpenAPI conformance checker
#   scripts/setup.sh varnish        Varnish and its xkey vmod (varnish-modules)
#   scripts/setup.sh pushpin        Pushpin, the GRIP proxy (live streams)
#   scripts/setup.sh isso           Isso (PyPI) in a virtualenv, for the import test
#   scripts/setup.sh feedparser     Python's feedparser (PyPI), for the feed tests
#   scripts/setup.sh mf2py          Python's mf2py and ronkyuu (PyPI), for the Webmention tests
#   scripts/setup.sh extruct        extruct and lxml (PyPI) in a virtualenv, for the SEO test
#   scripts/setup.sh aiosmtpd       aiosmtpd (PyPI) in a virtualenv: the SMTP server of the mail tests
#   scripts/setup.sh all
#
# Debian packages need root: run it as root or with sudo available.
# `.ci/run` sources this file and calls the same functions.
set -euo pipefail

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

apt_install() {
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

# The URL the tests use: trust authentication ignores the password, and a
# server installed here is given that password.
PG_TEST_URL="postgres://postgres:postgres@127.0.0.1:5432/postgres"

ensure_postgres() {
  if ! pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; then
    echo "== installing and starting PostgreSQL =="
    command -v pg_ctlcluster >/dev/null 2>&1 || apt_install postgresql
    local version
    version="$(ls /etc/postgresql | sort -V | tail -n 1)"
    as_root pg_ctlcluster --skip-systemctl-redirect "$version" main start || true
    for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 -p 5432 && break; sleep 1; done
    as_root su postgres -c "psql -q -c \"ALTER USER postgres PASSWORD 'postgres'\""
  fi
  export MASTHEAD_TEST_DATABASE_URL="${MASTHEAD_TEST_DATABASE_URL:-$PG_TEST_URL}"
}

ensure_browser() {
  local need=()
  command -v chromium >/dev/null 2>&1 || need+=(chromium)
  # Debian's pair: Playwright drives Chromium itself, chromedriver is there
  # for WebDriver tools.
  command -v chromedriver >/dev/null 2>&1 || need+=(chromium-driver)
  command -v node >/dev/null 2>&1 || need+=(nodejs npm)
  # The embed's browser test builds a static site with it.
  command -v hugo >/dev/null 2>&1 || need+=(hugo)
  if [ "${#need[@]}" -gt 0 ]; then
    echo "== installing ${need[*]} =="
    apt_install "${need[@]}"
  fi
  # As the user who owns the checkout, not root, when run with sudo.
  local npm=(npm ci --prefix "$(dirname "${BASH_SOURCE[0]}")/../tests/browser"
    --no-audit --no-fund --loglevel=error)
  if [ -n "${SUDO_USER:-}" ]; then
    sudo -u "$SUDO_USER" "${npm[@]}"
  else
    "${npm[@]}"
  fi
}

# Varnish with the xkey vmod, for the reverse-proxy test (it starts its own
# varnishd on a free port; the packaged service is not used).
# Pushpin, the GRIP proxy the live-stream tests run in front of masthead
# (started by the test on free ports; the packaged service is not used).
ensure_pushpin() {
  if command -v pushpin >/dev/null 2>&1; then
    return
  fi
  echo "== installing pushpin =="
  apt_install pushpin
}

ensure_varnish() {
  if [ -x /usr/sbin/varnishd ] && ls /usr/lib/*/varnish/vmods/libvmod_xkey.so >/dev/null 2>&1; then
    return
  fi
  echo "== installing varnish =="
  apt_install varnish varnish-modules
}

ensure_schemathesis() {
  command -v schemathesis >/dev/null 2>&1 && return
  echo "== installing schemathesis =="
  local pip=(python3 -m pip install -q --disable-pip-version-check)
  [ "$(id -u)" -eq 0 ] && pip+=(--root-user-action=ignore)
  # Debian's own Python refuses pip installs outside a virtualenv (PEP 668);
  # a user install beside it is what schemathesis needs.
  "${pip[@]}" schemathesis 2>/dev/null ||
    "${pip[@]}" --user --break-system-packages schemathesis
}

# feedparser, the second, independent parser the feed tests read every feed
# with (its `bozo` flag reports a malformed one); installed as schemathesis is.
ensure_feedparser() {
  python3 -c 'import feedparser' >/dev/null 2>&1 && return
  echo "== installing feedparser =="
  local pip=(python3 -m pip install -q --disable-pip-version-check)
  [ "$(id -u)" -eq 0 ] && pip+=(--root-user-action=ignore)
  "${pip[@]}" feedparser 2>/dev/null ||
    "${pip[@]}" --user --break-system-packages feedparser
}

# mf2py, the second, independent microformats parser the Webmention tests
# read sources and article pages with, and ronkyuu, the Webmention client
# that discovers masthead's endpoint and sends to it; installed as
# feedparser is.
ensure_mf2py() {
  python3 -c 'import mf2py, ronkyuu' >/dev/null 2>&1 && return
  echo "== installing mf2py and ronkyuu =="
  local pip=(python3 -m pip install -q --disable-pip-version-check)
  [ "$(id -u)" -eq 0 ] && pip+=(--root-user-action=ignore)
  "${pip[@]}" mf2py ronkyuu 2>/dev/null ||
    "${pip[@]}" --user --break-system-packages mf2py ronkyuu
}

# Isso, the comment server, in its own virtualenv: the Isso import test runs
# it, posts comments through its API and imports the database it wrote. The
# test looks for $MASTHEAD_ISSO_DIR/bin/isso.
MASTHEAD_ISSO_DIR="${MASTHEAD_ISSO_DIR:-${HOME:-/root}/.cache/masthead-isso}"
export MASTHEAD_ISSO_DIR
ensure_isso() {
  [ -x "$MASTHEAD_ISSO_DIR/bin/isso" ] && return
  echo "== installing isso into $MASTHEAD_ISSO_DIR =="
  # Debian splits venv (and the headers misaka's build needs) out of python3.
  if ! python3 -m venv "$MASTHEAD_ISSO_DIR" >/dev/null 2>&1; then
    rm -rf "$MASTHEAD_ISSO_DIR"
    apt_install python3-venv python3-dev build-essential
    python3 -m venv "$MASTHEAD_ISSO_DIR"
  fi
  "$MASTHEAD_ISSO_DIR/bin/pip" install -q --disable-pip-version-check isso
}

# extruct (structured data from HTML) and lxml (XML Schema validation) in
# their own virtualenv: the SEO test reads the article page's Open Graph and
# JSON-LD with extruct and validates the sitemaps against their schemas with
# lxml. The test looks for $MASTHEAD_EXTRUCT_DIR/bin/python.
MASTHEAD_EXTRUCT_DIR="${MASTHEAD_EXTRUCT_DIR:-${HOME:-/root}/.cache/masthead-extruct}"
export MASTHEAD_EXTRUCT_DIR
ensure_extruct() {
  "$MASTHEAD_EXTRUCT_DIR/bin/python" -c 'import extruct, lxml' 2>/dev/null && return
  echo "== installing extruct into $MASTHEAD_EXTRUCT_DIR =="
  if ! python3 -m venv "$MASTHEAD_EXTRUCT_DIR" >/dev/null 2>&1; then
    rm -rf "$MASTHEAD_EXTRUCT_DIR"
    apt_install python3-venv
    python3 -m venv "$MASTHEAD_EXTRUCT_DIR"
  fi
  "$MASTHEAD_EXTRUCT_DIR/bin/pip" install -q --disable-pip-version-check extruct lxml
}

# aiosmtpd in its own virtualenv: the notification tests run a real SMTP
# server on loopback (crates/masthead/tests/fixtures/smtp_sink.py) and read
# what it received. The tests look for $MASTHEAD_AIOSMTPD_DIR/bin/python.
MASTHEAD_AIOSMTPD_DIR="${MASTHEAD_AIOSMTPD_DIR:-${HOME:-/root}/.cache/masthead-aiosmtpd}"
export MASTHEAD_AIOSMTPD_DIR
ensure_aiosmtpd() {
  "$MASTHEAD_AIOSMTPD_DIR/bin/python" -c 'import aiosmtpd' 2>/dev/null && return
  echo "== installing aiosmtpd into $MASTHEAD_AIOSMTPD_DIR =="
  if ! python3 -m venv "$MASTHEAD_AIOSMTPD_DIR" >/dev/null 2>&1; then
    rm -rf "$MASTHEAD_AIOSMTPD_DIR"
    apt_install python3-venv
    python3 -m venv "$MASTHEAD_AIOSMTPD_DIR"
  fi
  "$MASTHEAD_AIOSMTPD_DIR/bin/pip" install -q --disable-pip-version-check aiosmtpd
}

# Run as a command (not sourced): set up what was asked for.
if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  [ "$#" -gt 0 ] || { sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'; exit 2; }
  for part in "$@"; do
    case "$part" in
      postgres) ensure_postgres ;;
      browser) ensure_browser ;;
      schemathesis) ensure_schemathesis ;;
      varnish) ensure_varnish ;;
      pushpin) ensure_pushpin ;;
      isso) ensure_isso ;;
      feedparser) ensure_feedparser ;;
      mf2py) ensure_mf2py ;;
      extruct) ensure_extruct ;;
      aiosmtpd) ensure_aiosmtpd ;;
      all) ensure_postgres; ensure_browser; ensure_schemathesis; ensure_varnish; ensure_pushpin; ensure_isso; ensure_feedparser; ensure_mf2py; ensure_extruct; ensure_aiosmtpd ;;
      *) echo "unknown part: $part (postgres, browser, schemathesis, varnish, pushpin, isso, feedparser, mf2py, extruct, aiosmtpd, all)" >&2; exit 2 ;;
    esac
  done
fi
