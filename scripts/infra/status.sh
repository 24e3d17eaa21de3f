#!/usr/bin/env bash
# Reports each server (no argument = all); exits non-zero when one of them is not running.
# Usage: status.sh [postgres|kafka|ferretdb ...]
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

mapfile -t servers < <(infra_selected_servers "$@")
stopped=0
for server in "${servers[@]}"; do
  if [ -f "$INFRA_SCRIPTS/$server.sh" ]; then
    run_server_script "$server" status || stopped=1
  else
    echo "$server  no script"
  fi
done
if [ -f "$SERVERS_ENV" ]; then
  echo "--- ${SERVERS_ENV#"$REPO_ROOT"/}"
  cat "$SERVERS_ENV"
fi
exit "$stopped"
