#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the team-mode tests (issue 9): initdb + pg_ctl on a temporary folder and a free
# port, reachable only from this machine. PostgreSQL refuses to run as root, so as root (CI) the server runs as the
# `postgres` system user through runuser.
#
#   pg_cluster.sh start STATE_DIR   starts it; writes STATE_DIR/url (the admin URL of database "postgres")
#   pg_cluster.sh stop STATE_DIR    stops it and removes its data
#
# Without the PostgreSQL server programs: exit 0 with a warning, or 1 when ATENDE_REQUIRE_SERVERS=1 (CI).
set -euo pipefail
action=${1:?start or stop}
state=${2:?state folder}

bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
missing() {
    if [ "${ATENDE_REQUIRE_SERVERS:-}" = 1 ]; then
        echo "PostgreSQL is required (ATENDE_REQUIRE_SERVERS=1) but $1" >&2
        exit 1
    fi
    echo "WARNING: $1; the PostgreSQL tests are skipped" >&2
    exit 0
}

as_server_user() {
    if [ "$(id -u)" = 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

case "$action" in
start)
    [ -n "$bindir" ] && [ -x "$bindir/initdb" ] || missing "the server programs are not installed (Debian package postgresql)"
    if [ "$(id -u)" = 0 ] && ! id postgres >/dev/null 2>&1; then
        missing "the postgres system user does not exist"
    fi
    if [ "$(id -u)" = 0 ] && ! runuser -u postgres -- test -x "$bindir/initdb"; then
        # A root file system whose "/" only root may enter (a chroot unpacked into a mktemp -d folder, mode 700):
        # the server's own user could not reach its programs. Let other users pass through "/" (not list it).
        echo "note: / has mode $(stat -c %a /); allowing other users to enter it so postgres reaches its programs" >&2
        chmod o+x /
        runuser -u postgres -- test -x "$bindir/initdb" || missing "the postgres user cannot run $bindir/initdb"
    fi
    "$0" stop "$state" >/dev/null 2>&1 || true
    mkdir -p "$state"
    data=$(mktemp -d /tmp/atende-pg.XXXXXX)
    echo "$data" >"$state/data"
    [ "$(id -u)" = 0 ] && chown postgres: "$data"
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    as_server_user "$bindir/initdb" -D "$data/db" -U atende_admin --auth=trust -E UTF8 --locale=C.UTF-8 >"$state/initdb.log"
    # fsync off: a test cluster is thrown away; durability is not what these tests measure.
    as_server_user "$bindir/pg_ctl" -D "$data/db" -l "$data/server.log" -w -t 60 \
        -o "-p $port -k $data -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
        start >"$state/pg_ctl.log"
    echo "$bindir" >"$state/bindir"
    echo "$port" >"$state/port"
    echo "postgresql://atende_admin@127.0.0.1:$port/postgres" >"$state/url"
    echo "PostgreSQL test server on port $port ($data)"
    ;;
stop)
    [ -f "$state/data" ] || exit 0
    data=$(cat "$state/data")
    if [ -n "$bindir" ] && [ -d "$data/db" ]; then
        as_server_user "$bindir/pg_ctl" -D "$data/db" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$data" "$state/data" "$state/url"
    ;;
restart)
    # The server going away and coming back during a session (reconnect tests).
    data=$(cat "$state/data")
    as_server_user "$bindir/pg_ctl" -D "$data/db" -l "$data/server.log" -w -t 60 restart -m fast >/dev/null
    ;;
*)
    echo "usage: $0 start|stop|restart STATE_DIR" >&2
    exit 2
    ;;
esac
