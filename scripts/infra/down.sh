#!/usr/bin/env bash
# Stops the servers (no argument = all), dependents first.
# Usage: down.sh [postgres|kafka|ferretdb ...]
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

mapfile -t servers < <(infra_selected_servers "$@")
failed=0
for ((index = ${#servers[@]} - 1; index >= 0; index--)); do
  server=${servers[index]}
  [ -f "$INFRA_SCRIPTS/$server.sh" ] || continue
  run_server_script "$server" stop || failed=1
done
exit "$failed"
