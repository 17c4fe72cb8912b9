#!/usr/bin/env bash
# Runs a command with DATABASE_URL pointing at a throw-away PostgreSQL server on loopback.
set -euo pipefail
PG_BIN="$(dirname "$(command -v pg_ctl 2>/dev/null || ls /usr/lib/postgresql/*/bin/pg_ctl | sort -V | tail -1)")"
PGDATA="$(mktemp -d /tmp/wbcr-pg.XXXXXX)"
PGPORT="${PGPORT:-55432}"
chown postgres "$PGDATA" 2>/dev/null || true
as_postgres() { if [ "$(id -u)" = 0 ]; then su postgres -s /bin/bash -c "$*"; else bash -c "$*"; fi; }
as_postgres "'$PG_BIN/initdb' -D '$PGDATA' -U wbcr --auth=trust -E UTF8 >/dev/null"
as_postgres "'$PG_BIN/pg_ctl' -D '$PGDATA' -o '-c listen_addresses=127.0.0.1 -p $PGPORT -c unix_socket_directories=$PGDATA -c fsync=off' -l '$PGDATA/server.log' -w start >/dev/null"
trap "as_postgres \"'$PG_BIN/pg_ctl' -D '$PGDATA' -m fast stop >/dev/null\"; rm -rf '$PGDATA'" EXIT
export DATABASE_URL="postgresql://wbcr@127.0.0.1:$PGPORT/postgres"
echo "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PGPORT"
"$@"
