#!/usr/bin/env bash
# Shared helpers for the local servers (sourced by the per-server scripts and up/down/status).
# State lives under <repo>/tmp/infra (gitignored); every server listens on 127.0.0.1 only.

INFRA_SCRIPTS="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$INFRA_SCRIPTS/../.." && pwd)"
INFRA_STATE="$REPO_ROOT/tmp/infra"
INFRA_BIN="$INFRA_STATE/bin"
SERVERS_ENV="$INFRA_STATE/servers.env"
INFRA_HOST=127.0.0.1

# The servers up.sh starts by default, in dependency order.
INFRA_SERVERS=(postgres kafka ferretdb)

infra_say() { echo "[infra] $*"; }
infra_fail() {
  echo "[infra] ERROR: $*" >&2
  exit 1
}

infra_ensure_state() { mkdir -p "$INFRA_STATE" "$INFRA_BIN"; }

# Whether something accepts TCP connections on host:port.
port_open() {
  local host=$1 port=$2
  (exec 3<>"/dev/tcp/$host/$port") 2>/dev/null
}

# Waits until host:port accepts connections; fails after timeout seconds.
wait_for_port() {
  local host=$1 port=$2 timeout=${3:-60}
  local deadline=$((SECONDS + timeout))
  until port_open "$host" "$port"; do
    if ((SECONDS >= deadline)); then return 1; fi
    sleep 0.2
  done
}

# Prints the last lines of a server log to stderr, so a failure explains itself.
log_tail() {
  local file=$1 lines=${2:-40}
  if [ -f "$file" ]; then
    echo "----- last $lines lines of $file -----" >&2
    tail -n "$lines" "$file" >&2
    echo "-----" >&2
  else
    echo "(no log at $file)" >&2
  fi
}

# Rewrites servers.env under a lock: the NAME line is replaced (or removed when no value is given).
# Several server scripts may run at once, so the file is changed atomically.
servers_env_write() {
  local name=$1 value=${2-}
  infra_ensure_state
  (
    flock 9
    local next="$SERVERS_ENV.next.$$"
    if [ -f "$SERVERS_ENV" ]; then grep -v "^$name=" "$SERVERS_ENV" >"$next" || true; else : >"$next"; fi
    if [ -n "$value" ]; then echo "$name=$value" >>"$next"; fi
    mv "$next" "$SERVERS_ENV"
  ) 9>"$SERVERS_ENV.lock"
}

servers_env_set() { servers_env_write "$1" "$2"; }
servers_env_unset() { servers_env_write "$1"; }

# The pid recorded in a pid file, if that process is still alive.
pid_alive() {
  local pid_file=$1
  [ -f "$pid_file" ] || return 1
  local pid
  pid=$(cat "$pid_file" 2>/dev/null)
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null
}

# Stops the process in a pid file: TERM, then KILL after timeout seconds.
stop_pid_file() {
  local pid_file=$1 timeout=${2:-20}
  if ! pid_alive "$pid_file"; then
    rm -f "$pid_file"
    return 0
  fi
  local pid deadline=$((SECONDS + timeout))
  pid=$(cat "$pid_file")
  kill "$pid" 2>/dev/null || true
  while kill -0 "$pid" 2>/dev/null; do
    if ((SECONDS >= deadline)); then
      kill -9 "$pid" 2>/dev/null || true
      break
    fi
    sleep 0.2
  done
  rm -f "$pid_file"
}

# Runs `scripts/infra/<server>.sh <action>`; a server without a script is reported, not fatal.
run_server_script() {
  local server=$1 action=$2
  local script="$INFRA_SCRIPTS/$server.sh"
  if [ ! -f "$script" ]; then
    infra_say "$server: no script at scripts/infra/$server.sh yet"
    return 2
  fi
  bash "$script" "$action"
}

# Expands the server names given on the command line (none = all; `mongo` is an alias of ferretdb).
infra_selected_servers() {
  if [ $# -eq 0 ]; then
    printf '%s\n' "${INFRA_SERVERS[@]}"
    return
  fi
  local server
  for server in "$@"; do
    case "$server" in
      postgres | kafka | ferretdb) echo "$server" ;;
      mongo | mongodb) echo ferretdb ;;
      *) infra_fail "unknown server '$server' (expected: ${INFRA_SERVERS[*]})" ;;
    esac
  done
}
