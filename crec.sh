#!/usr/bin/env bash
# Set up, run and test crec-desktop on Debian 12 (or Ubuntu), from a fresh machine.
#
#   ./crec.sh run [OPTIONS...]   install everything, load the demo data if the database is empty, open the window
#                                (OPTIONS are crec-desktop's global options: --lang en, --db URL;
#                                 --screenshot FILE.png writes a picture of the window instead of opening it)
#   ./crec.sh test [PYTEST...]   install everything with the test extra, run the tests on SQLite, then on a
#                                throw-away PostgreSQL server; fails if either run fails or cannot happen
#   ./crec.sh moved-clock [PYTEST...]  the tests on SQLite (not the slow ones) with the system clock moved
#                                far from today by libfaketime (FAKETIME, default 2027-07-14 10:00): the
#                                suite must not depend on the day it runs
#   ./crec.sh setup [--test]     install only: system packages, .venv, the application (and its test extra)
#   ./crec.sh translations       build the Qt translations (resources/translations/*.qm) from the .ts sources
#   ./crec.sh bench [NAME [ARGS]]  run every benchmarks/bench_*.py, or bench_NAME.py with its ARGS
#                                (each prints our figures beside its baseline's, and the ratios)
#
# Environment: PYTHON (default python3, 3.11 or newer), CREC_TEST_TIMEOUT (seconds per test run),
# and the application's own CREC_HOME, CREC_DATABASE_URL, CREC_LANG.
# Idempotent: apt runs only for a missing package, pip only when the sources changed.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
VENV=$ROOT/.venv
PY=$VENV/bin/python
STAMP=$VENV/.crec-installed

# What Qt (PySide6 6.11: QtCore/Gui/Widgets, the offscreen and xcb platforms) loads, found with
# objdump -p on its libraries; PostgreSQL for the tests; pdftoppm to look at letters.
QT_PACKAGES="libegl1 libgl1 libglib2.0-0 libdbus-1-3 libfontconfig1 libfreetype6 fonts-dejavu-core
  libxkbcommon0 libxkbcommon-x11-0 libx11-6 libx11-xcb1 libxcb1 libxcb-cursor0 libxcb-glx0 libxcb-icccm4
  libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render0 libxcb-render-util0 libxcb-shape0 libxcb-shm0
  libxcb-sync1 libxcb-util1 libxcb-xfixes0 libxcb-xkb1"
TEST_PACKAGES="postgresql postgresql-contrib"
TOOL_PACKAGES="poppler-utils"

say() { printf '\n==> %s\n' "$*" >&2; }
die() { printf 'crec.sh: %s\n' "$*" >&2; exit 1; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"
  elif command -v sudo >/dev/null; then sudo "$@"
  else die "root rights are needed to run: $* (install sudo, or run this as root)"
  fi
}

apt_install() {  # installs those of the packages that are not installed yet
  local missing=() pkg
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "ok installed" || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  command -v apt-get >/dev/null || die "these system packages are missing: ${missing[*]} (no apt-get here: install them by hand)"
  say "Installing system packages: ${missing[*]}"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

source_hash() {  # what `pip install .` depends on: the package, its resources and its build files
  (cd "$ROOT" && find crec_desktop resources tools/translations.py pyproject.toml setup.py -type f \
      ! -name '*.pyc' ! -name '*.qm' ! -path '*/__pycache__/*' -print0 | sort -z | xargs -0 sha256sum | sha256sum | cut -c1-16)
}

setup() {  # setup [test]
  local extra=${1:-}
  # shellcheck disable=SC2086
  apt_install $QT_PACKAGES $TOOL_PACKAGES ${extra:+$TEST_PACKAGES}

  local python=${PYTHON:-python3}
  command -v "$python" >/dev/null || apt_install python3
  "$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))' || die "$python is older than Python 3.11"
  if [ ! -x "$PY" ]; then
    say "Creating the virtual environment $VENV"
    if ! "$python" -m venv "$VENV" 2>/dev/null; then  # Debian's python3 needs python3-venv for ensurepip
      rm -rf "$VENV"
      apt_install python3-venv
      "$python" -m venv "$VENV"
    fi
    "$PY" -m pip install -q --disable-pip-version-check --upgrade pip
  fi

  local want have
  want="$(source_hash) ${extra:-app}"
  have=$(cat "$STAMP" 2>/dev/null || true)
  if [ "$have" = "$want" ] || { [ -z "$extra" ] && [ "$have" = "${want% app} test" ]; }; then
    say "crec-desktop is installed and up to date in $VENV"
    return 0
  fi
  local target=.
  [ -n "$extra" ] && target=".[$extra]"
  # A developer's editable install stays editable.
  compgen -G "$VENV/lib/python3*/site-packages/__editable__*crec_desktop*" >/dev/null && target="-e $target"
  say "Installing crec-desktop: pip install $target (the build compiles the translations)"
  # shellcheck disable=SC2086
  (cd "$ROOT" && "$PY" -m pip install -q --disable-pip-version-check --progress-bar off $target)
  echo "$want" > "$STAMP"
}

run_app() {
  setup
  local shot="" args=()
  while [ $# -gt 0 ]; do
    case "$1" in
      --screenshot) shot=${2:?--screenshot needs a FILE.png}; shift 2 ;;
      *) args+=("$1"); shift ;;
    esac
  done
  say "Loading the demo data if the database is empty: crec-desktop ${args[*]:+${args[*]} }demo --if-empty --years 1"
  "$VENV/bin/crec-desktop" "${args[@]}" demo --if-empty --years 1
  if [ -z "$shot" ] && [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ "$(uname)" = Linux ]; then
    shot=$ROOT/out/crec-desktop.png
    say "No screen here (DISPLAY is not set): writing a picture of the window instead"
  fi
  if [ -n "$shot" ]; then
    mkdir -p "$(dirname "$shot")"
    "$VENV/bin/crec-desktop" "${args[@]}" screenshot -o "$shot"
    say "The window, as a user would see it: $shot"
  else
    say "Opening the window: crec-desktop${args[*]:+ ${args[*]}}"
    exec "$VENV/bin/crec-desktop" "${args[@]}"
  fi
}

pytest_run() {  # pytest_run LABEL [pytest args]: one run of the suite
  local label=$1; shift
  local limit=()
  [ -n "${CREC_TEST_TIMEOUT:-}" ] && limit=(timeout --kill-after=30 "$CREC_TEST_TIMEOUT")
  say "Tests on $label: python -m pytest $*"
  (cd "$ROOT" && "${limit[@]}" "$PY" -m pytest "$@")
}

PG_DIR=""
stop_postgres() {
  [ -n "$PG_DIR" ] || return 0
  "$ROOT/tools/pg_throwaway.sh" stop "$PG_DIR"
  rm -rf "$PG_DIR"
}

run_tests() {
  setup test
  local sqlite_rc=0 pg_rc=0 url
  unset CREC_DATABASE_URL CREC_TEST_DATABASE_URL
  pytest_run SQLite "$@" || sqlite_rc=$?

  PG_DIR=$(mktemp -d "${TMPDIR:-/tmp}/crec-pg.XXXXXX")
  trap 'stop_postgres' EXIT
  say "Starting a throw-away PostgreSQL server in $PG_DIR"
  url=$("$ROOT/tools/pg_throwaway.sh" start "$PG_DIR") && [[ $url == postgresql* ]] \
    || die "the PostgreSQL server could not start: the PostgreSQL run cannot happen"
  echo "$url" >&2
  CREC_TEST_DATABASE_URL=$url pytest_run "PostgreSQL ($url)" "$@" || pg_rc=$?

  say "Results: SQLite $( [ $sqlite_rc = 0 ] && echo passed || echo "FAILED ($sqlite_rc)" ),"\
      "PostgreSQL $( [ $pg_rc = 0 ] && echo passed || echo "FAILED ($pg_rc)" )"
  [ $sqlite_rc = 0 ] && [ $pg_rc = 0 ]
}

run_moved_clock() {  # the suite on SQLite, the clock moved by libfaketime
  setup test
  apt_install faketime
  local lib
  lib=$(ls /usr/lib/*/faketime/libfaketime.so.1 2>/dev/null | head -n 1)
  [ -n "$lib" ] || die "libfaketime.so.1 was not found after installing the faketime package"
  unset CREC_DATABASE_URL CREC_TEST_DATABASE_URL
  # FAKETIME_DONT_FAKE_MONOTONIC stays unset: with it, time.sleep fails (EINVAL) in subprocesses.
  local when=${FAKETIME:-@2027-07-14 10:00:00}
  say "The clock is moved to ${when#@} (libfaketime)"
  LD_PRELOAD=$lib FAKETIME=$when pytest_run "SQLite, clock moved to ${when#@}" -m "not slow" "$@"
}

run_benchmarks() {  # run_benchmarks [NAME [ARGS...]]: every benchmarks/bench_*.py, or bench_NAME.py with ARGS
  setup test
  local bench benches=("$ROOT"/benchmarks/bench_*.py)
  if [ $# -gt 0 ]; then
    benches=("$ROOT/benchmarks/bench_${1#bench_}"); benches[0]=${benches[0]%.py}.py; shift
    [ -f "${benches[0]}" ] || die "no benchmark ${benches[0]}"
  fi
  for bench in "${benches[@]}"; do
    [ -f "$bench" ] || { say "No benchmark in benchmarks/ yet"; return 0; }
    say "Benchmark: python benchmarks/$(basename "$bench") $*"
    (cd "$ROOT" && "$PY" "$bench" "$@")
  done
}

command=${1:-}
[ $# -gt 0 ] && shift
case "$command" in
  run) run_app "$@" ;;
  test) run_tests "$@" ;;
  moved-clock) run_moved_clock "$@" ;;
  setup) if [ "${1:-}" = --test ]; then setup test; else setup; fi ;;
  translations) setup; say "Building the translations"; (cd "$ROOT" && "$PY" tools/translations.py build) ;;
  bench) run_benchmarks "$@" ;;
  *) sed -n '2,/^set -euo/{/^#/p}' "$0" | sed 's/^# \{0,1\}//'; [ -z "$command" ] || exit 2 ;;
esac
