#!/usr/bin/env bash
# Installs @confluentinc/kafka-javascript for bench:kafka-clients into tmp/kafka-clients (not a project
# dependency). Prebuilt binaries cannot be downloaded here, so it builds its bundled librdkafka against
# the system's libraries (CKJS_LINKING=dynamic); the Debian packages it needs are installed if missing.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
dir="$root/tmp/kafka-clients"
version=1.10.1
addon="$dir/node_modules/@confluentinc/kafka-javascript/build/Release/confluent-kafka-javascript.node"
if [ -f "$addon" ] && grep -q "\"version\": \"$version\"" "$dir/node_modules/@confluentinc/kafka-javascript/package.json"; then
  exit 0
fi
missing=()
for package in g++ make python3 pkg-config libssl-dev zlib1g-dev libzstd-dev liblz4-dev libsasl2-dev libcurl4-openssl-dev; do
  dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
done
if [ "${#missing[@]}" -gt 0 ]; then
  echo "[bench] installing build dependencies: ${missing[*]}"
  sudo_if_needed=()
  [ "$(id -u)" -eq 0 ] || sudo_if_needed=(sudo)
  DEBIAN_FRONTEND=noninteractive "${sudo_if_needed[@]}" apt-get install -y -q "${missing[@]}" >/dev/null
fi
mkdir -p "$dir"
[ -f "$dir/package.json" ] || echo '{ "private": true }' >"$dir/package.json"
echo "[bench] building @confluentinc/kafka-javascript@$version (librdkafka from source, about a minute)"
(cd "$dir" && CKJS_LINKING=dynamic npm install --no-audit --no-fund --silent "@confluentinc/kafka-javascript@$version")
