#!/usr/bin/env bash
# Creates (once) the Python environment with the reference implementations; prints its python path.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
venv="$here/../../../tmp/venv-analytics"
if [ ! -x "$venv/bin/python" ] || ! cmp -s "$here/requirements.txt" "$venv/requirements.txt"; then
  python3 -m venv "$venv" >&2
  "$venv/bin/pip" install -q --disable-pip-version-check -r "$here/requirements.txt" >&2
  cp "$here/requirements.txt" "$venv/requirements.txt"
fi
echo "$venv/bin/python"
