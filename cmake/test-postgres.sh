#!/bin/sh
# SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# test-postgres.sh start STATE_DIR PORT    a fresh PostgreSQL server on 127.0.0.1:PORT; prints its admin URI
# test-postgres.sh restart STATE_DIR       (fast stop if running, then) start again on the same data and port
# test-postgres.sh kill STATE_DIR          pg_ctl stop -m immediate: the server dies as in a crash, data kept
# test-postgres.sh stop STATE_DIR          stop the server and delete its data (nothing recorded: nothing to do)
#
# The throw-away server the PostgreSQL tests run against (TOOLCHAIN.md, "PostgreSQL for tests"). Its data
# lives in a mktemp directory under /tmp, whose path is recorded in STATE_DIR/datadir (and the port in
# STATE_DIR/port), so a later call — or the next `start` after an interrupted run — finds it again.
# EPISODEDESK_PG_BINDIR overrides where the PostgreSQL binaries are looked for.
#
# initdb and pg_ctl refuse to run as root: as root the server runs as the `postgres` user (the Debian
# package creates it); otherwise as the current user.
set -eu

usage() {
    echo "usage: $0 start STATE_DIR PORT | restart STATE_DIR | kill STATE_DIR | stop STATE_DIR" >&2
    exit 2
}

fail() {
    echo "test-postgres.sh: $*" >&2
    exit 1
}

[ "$#" -ge 2 ] || usage
command=$1
state_dir=$2

find_bindir() {
    if [ -n "${EPISODEDESK_PG_BINDIR:-}" ]; then
        echo "$EPISODEDESK_PG_BINDIR"
        return
    fi
    # The newest installed major version (Debian 12 ships 15).
    # shellcheck disable=SC2012 # the names are /usr/lib/postgresql/VERSION/bin
    ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1
}

bindir=$(find_bindir)
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ] || [ ! -x "$bindir/pg_ctl" ]; then
    # Fail loudly: a PostgreSQL test that cannot get its server must fail, never be skipped.
    fail "PostgreSQL server binaries (initdb, pg_ctl) not found in ${bindir:-/usr/lib/postgresql/*/bin};" \
        "install the postgresql package (cmake/dev.sh installs it)"
fi

as_server_user() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

# The recorded server, if any: sets base (the mktemp directory) and port.
read_state() {
    base=""
    port=""
    if [ -f "$state_dir/datadir" ]; then
        base=$(cat "$state_dir/datadir")
    fi
    if [ -f "$state_dir/port" ]; then
        port=$(cat "$state_dir/port")
    fi
}

is_running() {
    [ -n "$base" ] && [ -f "$base/data/postmaster.pid" ] &&
        (cd "$base" && as_server_user "$bindir/pg_ctl" -D "$base/data" status >/dev/null 2>&1)
}

pg_stop() {
    # $1: smart, fast or immediate
    (cd "$base" && as_server_user "$bindir/pg_ctl" -D "$base/data" -m "$1" -w stop >/dev/null)
}

pg_start() {
    # fsync=off only skips the flush to disk: an immediate stop is a process crash, and the kernel keeps
    # the writes, so committed data survives it (synchronous_commit stays on for that reason). Up to 200
    # connections: process storms open one or two each.
    if ! (cd "$base" && as_server_user "$bindir/pg_ctl" -D "$base/data" -l "$base/server.log" -w -t 30 \
        -o "-p $port -k $base -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" \
        start >/dev/null); then
        echo "test-postgres.sh: the server did not start on 127.0.0.1:$port; its log ($base/server.log):" >&2
        tail -n 20 "$base/server.log" >&2 || true
        if grep -q "already in use" "$base/server.log" 2>/dev/null; then
            echo "test-postgres.sh: port $port is taken (another build tree's server?);" \
                "configure with -DEPISODEDESK_TEST_PG_PORT=ANOTHER_PORT" >&2
        fi
        exit 1
    fi
    echo "postgresql://postgres@127.0.0.1:$port/postgres"
}

forget() {
    if [ -n "$base" ]; then
        rm -rf "$base"
    fi
    rm -f "$state_dir/datadir" "$state_dir/port"
}

case "$command" in
start)
    [ "$#" -eq 3 ] || usage
    case "$3" in
    '' | *[!0-9]*) fail "PORT must be a number, not '$3'" ;;
    esac
    mkdir -p "$state_dir"
    # A server an interrupted run left behind would hold the port and stale data.
    read_state
    if is_running; then
        pg_stop immediate || true
    fi
    forget
    if [ "$(id -u)" -eq 0 ] && ! id postgres >/dev/null 2>&1; then
        fail "running as root, but there is no 'postgres' user to run the server as (initdb refuses root);" \
            "install the postgresql package"
    fi
    base=$(mktemp -d /tmp/episodedesk-pg.XXXXXX)
    port=$3
    echo "$base" >"$state_dir/datadir"
    echo "$port" >"$state_dir/port"
    if [ "$(id -u)" -eq 0 ]; then
        chown postgres: "$base"
    fi
    if ! (cd "$base" && as_server_user "$bindir/initdb" -D "$base/data" -U postgres -A trust --no-sync -E UTF8 \
        --locale=C.UTF-8 >"$base/initdb.log" 2>&1); then
        cat "$base/initdb.log" >&2
        fail "initdb failed in $base/data"
    fi
    pg_start
    ;;
restart)
    [ "$#" -eq 2 ] || usage
    read_state
    if [ -z "$base" ] || [ ! -d "$base/data" ]; then
        fail "no server recorded in $state_dir: use start first"
    fi
    if is_running; then
        pg_stop fast
    fi
    pg_start
    ;;
kill)
    [ "$#" -eq 2 ] || usage
    read_state
    [ -n "$base" ] || fail "no server recorded in $state_dir"
    if is_running; then
        pg_stop immediate
    fi
    ;;
stop)
    [ "$#" -eq 2 ] || usage
    read_state
    if is_running; then
        pg_stop fast
    fi
    forget
    ;;
*)
    usage
    ;;
esac
