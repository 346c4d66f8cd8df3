#!/usr/bin/env bash
# A throw-away PostgreSQL server for the tests: initdb into a temporary folder, as an
# unprivileged user, on a free local port. Prints the URL on stdout.
#
#   url=$(tools/pg_throwaway.sh start /tmp/crec-pg)   # -> postgresql+psycopg://crec@127.0.0.1:PORT/crec_test
#   tools/pg_throwaway.sh stop /tmp/crec-pg
set -euo pipefail
cmd=${1:?start|stop}
dir=${2:-/tmp/crec-pg}

find_bin() {
  local name=$1 found
  found=$(command -v "$name" 2>/dev/null || true)
  if [ -z "$found" ]; then
    found=$(ls -d /usr/lib/postgresql/*/bin/"$name" 2>/dev/null | sort -V | tail -n 1 || true)
  fi
  [ -n "$found" ] || { echo "PostgreSQL's $name was not found (install the postgresql package)" >&2; exit 3; }
  echo "$found"
}

as_owner() {
  # PostgreSQL refuses to run as root: run its programs as an unprivileged user.
  if [ "$(id -u)" = 0 ]; then
    local user=${CREC_PG_USER:-postgres}
    id "$user" >/dev/null 2>&1 || useradd --system --no-create-home "$user"
    chown -R "$user" "$dir"
    su "$user" -s /bin/sh -c "$(printf '%q ' "$@")"
  else
    "$@"
  fi
}

case "$cmd" in
  start)
    initdb=$(find_bin initdb); pg_ctl=$(find_bin pg_ctl)
    rm -rf "$dir"; mkdir -p "$dir"; chmod 700 "$dir"
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
    as_owner "$initdb" -D "$dir/data" -U crec --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
      || { cat "$dir/initdb.log" >&2; exit 1; }
    as_owner "$pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-p $port -c listen_addresses=127.0.0.1 -k $dir -c fsync=off -c max_connections=100" start >/dev/null \
      || { cat "$dir/server.log" >&2; exit 1; }
    echo "$port" > "$dir/port"
    as_owner "$(find_bin createdb)" -h 127.0.0.1 -p "$port" -U crec crec_test
    echo "postgresql+psycopg://crec@127.0.0.1:$port/crec_test"
    ;;
  stop)
    [ -d "$dir/data" ] && as_owner "$(find_bin pg_ctl)" -D "$dir/data" -m fast stop >/dev/null || true
    ;;
  *) echo "usage: $0 start|stop [DIR]" >&2; exit 2 ;;
esac
