#!/usr/bin/env bash
# Regenerates every golden fixture: runs each libs/analytics/reference/*_reference.py with the reference venv.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
python=$("$here/ensure-venv.sh")
status=0
for script in "$here"/*_reference.py; do
  echo "== $(basename "$script")"
  if ! "$python" "$script"; then
    echo "FAILED: $(basename "$script")" >&2
    status=1
  fi
done
exit $status
