#!/usr/bin/env bash
# Installs what is missing, starts the servers and waits until each answers.
# Usage: up.sh [postgres|kafka|ferretdb ...]   (no argument = all; running servers are left as they are)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

mapfile -t servers < <(infra_selected_servers "$@")
explicit=$#
infra_ensure_state
for server in "${servers[@]}"; do
  set +e
  run_server_script "$server" start
  rc=$?
  set -e
  # Without arguments a server whose script does not exist yet is skipped; asked for by name, it fails.
  if [ "$rc" -eq 2 ] && [ "$explicit" -eq 0 ] && [ ! -f "$INFRA_SCRIPTS/$server.sh" ]; then continue; fi
  [ "$rc" -eq 0 ] || infra_fail "$server did not start (see above)"
done
infra_say "connection strings in ${SERVERS_ENV#"$REPO_ROOT"/}"
