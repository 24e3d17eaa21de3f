#!/usr/bin/env bash
# CI: start every server, print versions, and fail loudly (with the failing server's log) if one is missing.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

started=$SECONDS
for server in "${INFRA_SERVERS[@]}"; do
  [ -f "$INFRA_SCRIPTS/$server.sh" ] || infra_fail "CI needs scripts/infra/$server.sh"
  if ! bash "$INFRA_SCRIPTS/$server.sh" start; then
    for log in "$INFRA_STATE/$server.log" "$INFRA_STATE/$server"/*.log; do
      [ -f "$log" ] && log_tail "$log" 60
    done
    infra_fail "$server failed to start"
  fi
done
bash "$INFRA_SCRIPTS/status.sh"
infra_say "all servers up in $((SECONDS - started)) s"
