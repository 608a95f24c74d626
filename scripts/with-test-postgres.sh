#!/usr/bin/env bash
# Runs a command with a throwaway PostgreSQL server, for the PostgreSQL tests:
#
#   scripts/with-test-postgres.sh swift test
#   scripts/with-test-postgres.sh --fallback swift test   # no server: say why, run it anyway
#
# Starts a server from the installed PostgreSQL binaries (Debian: apt-get install postgresql)
# on 127.0.0.1 and a free port, with a fresh data directory in the temporary folder; creates
# the user and database `litopys`; exports LITOPYS_TEST_POSTGRES_URL; runs the command; stops
# the server and removes the directory, also when the command fails or is interrupted.
# PostgreSQL refuses to run as root, so as root the server runs as the `postgres` user.
# Exit status: the command's, or 2 when no server could be started (the reason on stderr);
# with --fallback the command then runs without LITOPYS_TEST_POSTGRES_URL (the PostgreSQL
# tests skip themselves).
set -euo pipefail
PATH="$PATH:/usr/sbin:/sbin"

fallback=false
if [ "${1:-}" = "--fallback" ]; then
  fallback=true
  shift
fi
if [ $# -eq 0 ]; then
  echo "usage: $0 [--fallback] COMMAND [ARGUMENT…]   e.g. $0 swift test" >&2
  exit 64
fi

# No server: explain, then run the command without one (--fallback) or give up.
unavailable() {
  echo "with-test-postgres: $1" >&2
  if $fallback; then
    echo "with-test-postgres: running \`${cmd[*]}\` without PostgreSQL; its tests are skipped." >&2
    trap - EXIT INT TERM
    [ -n "${data:-}" ] && stop
    unset LITOPYS_TEST_POSTGRES_URL
    exec "${cmd[@]}"
  fi
  exit 2
}
cmd=("$@")

bindir=""
if command -v pg_config >/dev/null 2>&1 && [ -x "$(pg_config --bindir)/initdb" ]; then
  bindir="$(pg_config --bindir)"
fi
if [ -z "$bindir" ]; then
  bindir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
fi
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
  unavailable "no PostgreSQL server binaries (initdb) found. Install them (Debian: apt-get install -y postgresql)."

fi

run_as=()
if [ "$(id -u)" -eq 0 ]; then
  if ! id postgres >/dev/null 2>&1; then
    unavailable "running as root, and there is no postgres user to run the server as. Install the postgresql package, or run as an ordinary user."

  fi
  run_as=(runuser -u postgres --)
fi

port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
data="$(mktemp -d "${TMPDIR:-/tmp}/litopys-postgres.XXXXXX")"
[ ${#run_as[@]} -gt 0 ] && chown postgres "$data"

stop() {
  "${run_as[@]}" "$bindir/pg_ctl" -D "$data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$data"
}
trap stop EXIT INT TERM

if ! "${run_as[@]}" "$bindir/initdb" -D "$data" -U litopys --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$data.initdb.log" 2>&1; then
  cat "$data.initdb.log" >&2
  rm -f "$data.initdb.log"
  unavailable "initdb failed (its output is above)."
fi
rm -f "$data.initdb.log"
# Throwaway data: no fsync. Sockets in the data directory, TCP on 127.0.0.1 only.
if ! "${run_as[@]}" "$bindir/pg_ctl" -D "$data" -w -t 60 -l "$data/server.log" \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $data -c fsync=off -c synchronous_commit=off -c max_connections=200" start >/dev/null; then
  cat "$data/server.log" >&2 || true
  unavailable "the server did not start (its log is above)."
fi
"$bindir/createdb" -h 127.0.0.1 -p "$port" -U litopys litopys || unavailable "cannot create the database litopys."

export LITOPYS_TEST_POSTGRES_URL="postgres://litopys@127.0.0.1:$port/litopys"
echo "with-test-postgres: PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') at $LITOPYS_TEST_POSTGRES_URL"
set +e
"${cmd[@]}"
status=$?
set -e
exit $status
