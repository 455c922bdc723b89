#!/usr/bin/env bash
# A private PostgreSQL cluster for development and tests, with the system's PostgreSQL binaries.
#
#   scripts/pg-cluster.sh start [DIR] [PORT]   initialise (once) and start; prints DATABASE_URL
#   scripts/pg-cluster.sh stop  [DIR]          stop it if running
#   scripts/pg-cluster.sh kill  [DIR]          stop it abruptly, as a crash would (for tests)
#   scripts/pg-cluster.sh url   [DIR] [PORT]   print DATABASE_URL
#
# DIR defaults to .data/pg, PORT to 54329. It listens on a unix socket in DIR/run and on
# 127.0.0.1 only, trusts local connections (it holds synthetic data only), and works both as an
# ordinary user and as root (the server then runs as the `postgres` user: initdb refuses root).
set -euo pipefail

command=${1:-start}
dir=${2:-${PGCLUSTER_DIR:-.data/pg}}
port=${3:-${PGCLUSTER_PORT:-54329}}
mkdir -p "$(dirname "$dir")"
dir=$(cd "$(dirname "$dir")" && pwd)/$(basename "$dir")

bindir=$(printf '%s\n' /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
    echo "pg-cluster: no PostgreSQL server binaries found under /usr/lib/postgresql; run 'make setup'" >&2
    exit 1
fi

as_owner() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

url() {
    echo "postgresql://ilacs@127.0.0.1:$port/ilacs"
}

case "$command" in
start)
    if [ ! -s "$dir/PG_VERSION" ]; then
        mkdir -p "$dir"
        if [ "$(id -u)" = 0 ]; then
            chown postgres:postgres "$dir"
            # The server user must be able to reach the folder through every parent.
            if ! runuser -u postgres -- test -w "$dir"; then
                echo "pg-cluster: user postgres cannot write $dir (a parent folder is not searchable); use PGCLUSTER_DIR=/var/tmp/..." >&2
                exit 1
            fi
        fi
        as_owner "$bindir/initdb" -D "$dir" -U ilacs --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$dir.initdb.log" 2>&1 \
            || { echo "pg-cluster: initdb failed, see $dir.initdb.log" >&2; exit 1; }
        cat >>"$dir/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
unix_socket_directories = '$dir/run'
max_connections = 500
fsync = off
synchronous_commit = off
full_page_writes = off
shared_buffers = 256MB
max_wal_size = 4GB
CONF
        as_owner mkdir -p "$dir/run"
    fi
    if ! as_owner "$bindir/pg_ctl" -D "$dir" status >/dev/null 2>&1; then
        as_owner sed -i "s/^port = .*//" "$dir/postgresql.conf"
        echo "port = $port" | as_owner tee -a "$dir/postgresql.conf" >/dev/null
        as_owner "$bindir/pg_ctl" -D "$dir" -l "$dir/server.log" -w -t 60 start >/dev/null \
            || { echo "pg-cluster: the server did not start, see $dir/server.log" >&2; exit 1; }
    fi
    if ! "$bindir/psql" -h 127.0.0.1 -p "$port" -U ilacs -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = 'ilacs'" | grep -q 1; then
        "$bindir/createdb" -h 127.0.0.1 -p "$port" -U ilacs ilacs
    fi
    # The roles of least privilege (owner, migrator, the apps' logins), as compose's database has them.
    if ! "$bindir/psql" -h 127.0.0.1 -p "$port" -U ilacs -d ilacs -tAc "SELECT 1 FROM pg_roles WHERE rolname = 'ilacs_migrator'" | grep -q 1; then
        PATH="$bindir:$PATH" PGHOST=127.0.0.1 PGPORT=$port PGUSER=ilacs PGDATABASE=ilacs POSTGRES_USER='' POSTGRES_DB='' \
            "$(dirname "$0")/../docker/db-init/ilacs-roles.sh" >/dev/null
    fi
    url
    ;;
kill)
    # An abrupt stop, as when the server crashes: connections die without a goodbye.
    as_owner "$bindir/pg_ctl" -D "$dir" -m immediate -w stop >/dev/null
    ;;
stop)
    if [ -s "$dir/PG_VERSION" ] && as_owner "$bindir/pg_ctl" -D "$dir" status >/dev/null 2>&1; then
        as_owner "$bindir/pg_ctl" -D "$dir" -m fast -w stop >/dev/null
    fi
    ;;
url)
    url
    ;;
*)
    echo "usage: $0 start|stop|kill|url [DIR] [PORT]" >&2
    exit 2
    ;;
esac
