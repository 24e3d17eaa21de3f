#!/usr/bin/env bash
# FerretDB 1.24 (MongoDB wire protocol) on its PostgreSQL backend: database `ferretdb` of the local PostgreSQL.
# Usage: ferretdb.sh install|start|stop|status
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

FERRETDB_VERSION=v1.24.2
FERRETDB_PORT=57017
FERRETDB_BIN="$INFRA_BIN/ferretdb"
FERRETDB_HOME="$INFRA_STATE/ferretdb"
FERRETDB_LOG="$INFRA_STATE/ferretdb.log"
FERRETDB_PID="$FERRETDB_HOME/ferretdb.pid"
FERRETDB_BACKEND_URL="postgres://crm:crm@$INFRA_HOST:55432/ferretdb"
MONGO_URL="mongodb://$INFRA_HOST:$FERRETDB_PORT/crm"

install() {
  infra_ensure_state
  mkdir -p "$FERRETDB_HOME"
  if [ -x "$FERRETDB_BIN" ] && "$FERRETDB_BIN" --version 2>/dev/null | grep -q "${FERRETDB_VERSION#v}"; then
    return 0
  fi
  command -v go >/dev/null || infra_fail "ferretdb: Go is needed to build FerretDB"
  infra_say "ferretdb: building github.com/FerretDB/FerretDB/cmd/ferretdb@$FERRETDB_VERSION (compiles; takes minutes)"
  # A plain `go install ...@version` builds a binary that panics at start: the module zip carries an
  # empty build/version/version.txt. So: fetch the module, write that file, install from the copy.
  local module source="$FERRETDB_HOME/src"
  module=$(go mod download -json "github.com/FerretDB/FerretDB@$FERRETDB_VERSION" | sed -n 's/^\t"Dir": "\(.*\)",$/\1/p')
  [ -d "$module" ] || infra_fail "ferretdb: could not download the FerretDB module"
  rm -rf "$source"
  cp -r "$module" "$source"
  chmod -R u+w "$source"
  echo "$FERRETDB_VERSION" >"$source/build/version/version.txt"
  (cd "$source" && GOBIN="$INFRA_BIN" GOFLAGS=-buildvcs=false go install ./cmd/ferretdb) ||
    infra_fail "ferretdb: go install failed"
  "$FERRETDB_BIN" --version >/dev/null || infra_fail "ferretdb: the built binary does not run"
}

running() { pid_alive "$FERRETDB_PID"; }

# A MongoDB `ping` through the driver the project uses: the port being open is not enough.
ping() {
  (cd "$REPO_ROOT" && node -e '
    const { MongoClient } = require("mongoose").mongo;
    const client = new MongoClient(process.argv[1], { serverSelectionTimeoutMS: 3000 });
    client.db().command({ ping: 1 })
      .then(() => client.close())
      .catch((error) => { console.error(error.message); process.exitCode = 1; return client.close(); });
  ' "$MONGO_URL")
}

start() {
  if running && ping >/dev/null 2>&1; then
    servers_env_set CRM_MONGO_URL "$MONGO_URL"
    infra_say "ferretdb: already running on $INFRA_HOST:$FERRETDB_PORT"
    return 0
  fi
  install
  # The backend lives in the local PostgreSQL (a quick no-op when it already runs).
  bash "$INFRA_SCRIPTS/postgres.sh" start >/dev/null
  if ! running; then
    port_open "$INFRA_HOST" "$FERRETDB_PORT" && infra_fail "ferretdb: port $FERRETDB_PORT is taken by another process"
    echo "=== $(date -u +%FT%TZ) starting ferretdb" >>"$FERRETDB_LOG"
    setsid nohup "$FERRETDB_BIN" \
      --listen-addr="$INFRA_HOST:$FERRETDB_PORT" \
      --handler=postgresql \
      --postgresql-url="$FERRETDB_BACKEND_URL" \
      --state-dir="$FERRETDB_HOME" \
      --debug-addr=- \
      --telemetry=disable \
      --log-level=warn \
      >>"$FERRETDB_LOG" 2>&1 </dev/null &
    echo $! >"$FERRETDB_PID"
  fi
  if ! wait_for_port "$INFRA_HOST" "$FERRETDB_PORT" 60 || ! ping_with_retries; then
    log_tail "$FERRETDB_LOG"
    infra_fail "ferretdb: not answering a MongoDB ping on $INFRA_HOST:$FERRETDB_PORT"
  fi
  servers_env_set CRM_MONGO_URL "$MONGO_URL"
  infra_say "ferretdb: running on $INFRA_HOST:$FERRETDB_PORT ($MONGO_URL)"
}

ping_with_retries() {
  local attempt
  for attempt in 1 2 3 4 5 6 7 8 9 10; do
    if ping >/dev/null 2>&1; then return 0; fi
    running || return 1
    sleep "0.$attempt"
  done
  ping
}

stop() {
  servers_env_unset CRM_MONGO_URL
  if running; then
    stop_pid_file "$FERRETDB_PID"
    infra_say "ferretdb: stopped"
  else
    rm -f "$FERRETDB_PID"
    infra_say "ferretdb: not running"
  fi
}

status() {
  if running && ping >/dev/null 2>&1; then
    echo "ferretdb  running  $MONGO_URL  ($("$FERRETDB_BIN" --version 2>/dev/null | grep -m1 -i version))"
  else
    echo "ferretdb  stopped"
    return 1
  fi
}

case "${1:-}" in
  install) install ;;
  start) start ;;
  stop) stop ;;
  status) status ;;
  *) infra_fail "usage: ferretdb.sh install|start|stop|status" ;;
esac
