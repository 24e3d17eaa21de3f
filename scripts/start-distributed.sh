#!/usr/bin/env bash
# `npm run start:distributed`: the distributed deployment on this machine. Starts PostgreSQL, Kafka and
# FerretDB (scripts/infra), then each app as its own process: customer-svc (TCP) and the gateway in
# distributed mode. Ctrl-C stops the apps; `npm run infra:down` stops the servers.
# Environment variables that are already set win (e.g. CRM_POSTGRES_URL of a server of your own).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

bash scripts/infra/up.sh
set -a
# shellcheck disable=SC1091
source tmp/infra/servers.env
set +a
export CRM_POSTGRES_URL="${CRM_POSTGRES_URL}" CRM_KAFKA_BROKERS="${CRM_KAFKA_BROKERS}" CRM_MONGO_URL="${CRM_MONGO_URL}"
npm run -s build

customer_port="${CUSTOMER_SVC_PORT:-4001}"
pids=()
stop_apps() { kill "${pids[@]}" 2>/dev/null || true; wait 2>/dev/null || true; }
trap stop_apps EXIT INT TERM

CUSTOMER_SVC_PORT="$customer_port" node dist/apps/customer-svc/src/main.js &
pids+=($!)
for _ in $(seq 150); do
  (exec 3<>"/dev/tcp/127.0.0.1/$customer_port") 2>/dev/null && break
  sleep 0.2
done

CRM_MODE=distributed CRM_CUSTOMER_SERVICE="127.0.0.1:$customer_port" \
  CRM_DATA_DIR="${CRM_DATA_DIR:-./data/distributed-gateway}" node dist/apps/gateway/src/main.js &
pids+=($!)
wait -n "${pids[@]}"
