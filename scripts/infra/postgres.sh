#!/usr/bin/env bash
# PostgreSQL 15 from the Debian package, as the unprivileged `postgres` OS user, state in tmp/infra/postgres.
# Usage: postgres.sh install|start|stop|status
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

PG_BIN=${CRM_PG_BIN:-/usr/lib/postgresql/15/bin}
PG_PORT=55432
PG_OS_USER=postgres
PG_URL="postgres://crm:crm@$INFRA_HOST:$PG_PORT/crm"

as_postgres() { (cd / && runuser -u "$PG_OS_USER" -- "$@"); }

# The cluster lives in the checkout, unless the postgres OS user cannot reach it there (a checkout
# under a private directory, as mktemp -d makes): then in a directory of its own, one per checkout.
if as_postgres test -x "$REPO_ROOT"; then
  PG_HOME="$INFRA_STATE/postgres"
else
  PG_HOME="/var/tmp/crm-infra-$(printf '%s' "$REPO_ROOT" | md5sum | cut -c1-12)/postgres"
fi
PG_DATA="$PG_HOME/data"
PG_SOCKET="$PG_HOME/run"
PG_LOG="$PG_HOME/postgres.log"

# Superuser SQL over the unix socket (peer authentication as the postgres OS user).
superuser_sql() {
  as_postgres "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$PG_SOCKET" -p "$PG_PORT" -U postgres -d postgres -tA "$@"
}

write_config() {
  # Rewritten on every start so a change here reaches an existing cluster.
  cat >"$PG_DATA/crm.conf" <<EOF
listen_addresses = '$INFRA_HOST'
port = $PG_PORT
unix_socket_directories = '$PG_SOCKET'
fsync = on
# Stress suites run 16+ writers each, several suites at once.
max_connections = 200
shared_buffers = 128MB
EOF
  chown "$PG_OS_USER": "$PG_DATA/crm.conf"
  grep -q "^include_if_exists = 'crm.conf'" "$PG_DATA/postgresql.conf" ||
    echo "include_if_exists = 'crm.conf'" >>"$PG_DATA/postgresql.conf"
}

install() {
  [ -x "$PG_BIN/initdb" ] || infra_fail "PostgreSQL 15 is not installed at $PG_BIN (apt-get install postgresql-15)"
  id "$PG_OS_USER" >/dev/null 2>&1 || infra_fail "OS user '$PG_OS_USER' is missing"
  infra_ensure_state
  mkdir -p "$PG_HOME" "$PG_SOCKET"
  chown "$PG_OS_USER": "$PG_HOME" "$PG_SOCKET"
  touch "$PG_LOG" && chown "$PG_OS_USER": "$PG_LOG"
  if [ -f "$PG_DATA/PG_VERSION" ]; then return 0; fi
  infra_say "postgres: initdb into $PG_DATA"
  as_postgres "$PG_BIN/initdb" -D "$PG_DATA" -U postgres -E UTF8 --locale=C \
    --auth-local=peer --auth-host=scram-sha-256 --no-instructions >"$PG_HOME/initdb.log" 2>&1 ||
    {
      log_tail "$PG_HOME/initdb.log"
      infra_fail "postgres: initdb failed"
    }
}

running() { [ -f "$PG_DATA/PG_VERSION" ] && as_postgres "$PG_BIN/pg_ctl" -D "$PG_DATA" status >/dev/null 2>&1; }

ready() { "$PG_BIN/pg_isready" -q -h "$INFRA_HOST" -p "$PG_PORT" -t 2; }

ensure_database() {
  superuser_sql <<'SQL'
DO $$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'crm') THEN
    CREATE ROLE crm LOGIN CREATEDB PASSWORD 'crm';
  END IF;
END $$;
SELECT 'CREATE DATABASE crm OWNER crm' WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'crm')\gexec
SELECT 'CREATE DATABASE ferretdb OWNER crm' WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'ferretdb')\gexec
SQL
}

start() {
  if running && ready; then
    servers_env_set CRM_POSTGRES_URL "$PG_URL"
    infra_say "postgres: already running on $INFRA_HOST:$PG_PORT"
    return 0
  fi
  install
  if port_open "$INFRA_HOST" "$PG_PORT" && ! running; then
    infra_fail "postgres: port $PG_PORT is taken by another process"
  fi
  write_config
  if ! running; then
    as_postgres "$PG_BIN/pg_ctl" -D "$PG_DATA" -l "$PG_LOG" -w -t 60 start >/dev/null || {
      log_tail "$PG_LOG"
      infra_fail "postgres: failed to start"
    }
  fi
  local deadline=$((SECONDS + 60))
  until ready; do
    if ((SECONDS >= deadline)); then
      log_tail "$PG_LOG"
      infra_fail "postgres: not answering on $INFRA_HOST:$PG_PORT"
    fi
    sleep 0.2
  done
  ensure_database || {
    log_tail "$PG_LOG"
    infra_fail "postgres: could not create role/database crm"
  }
  servers_env_set CRM_POSTGRES_URL "$PG_URL"
  infra_say "postgres: running on $INFRA_HOST:$PG_PORT ($PG_URL)"
}

stop() {
  servers_env_unset CRM_POSTGRES_URL
  if running; then
    as_postgres "$PG_BIN/pg_ctl" -D "$PG_DATA" -m fast -w -t 60 stop >/dev/null
    infra_say "postgres: stopped"
  else
    infra_say "postgres: not running"
  fi
}

status() {
  if running && ready; then
    echo "postgres  running  $PG_URL  ($("$PG_BIN/postgres" --version))"
  else
    echo "postgres  stopped"
    return 1
  fi
}

case "${1:-}" in
  install) install ;;
  start) start ;;
  stop) stop ;;
  status) status ;;
  *) infra_fail "usage: postgres.sh install|start|stop|status" ;;
esac
