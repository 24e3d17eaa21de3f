#!/usr/bin/env bash
# `npm run start:distributed`: the distributed deployment on this machine. Starts PostgreSQL, Kafka and
# FerretDB (scripts/infra), then each app as its own process: the four context services (TCP:
# customer-svc, sales-svc, service-svc, marketing-svc) and the gateway in distributed mode. Ctrl-C
# stops the apps; `npm run infra:down` stops the servers.
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

pids=()
stop_apps() { kill "${pids[@]}" 2>/dev/null || true; wait 2>/dev/null || true; }
trap stop_apps EXIT INT TERM

# Starts one context service (apps/<context>-svc) on <CONTEXT>_SVC_PORT, or the given default port.
start_service() {
  local context="$1" default_port="$2" variable
  variable="$(echo "$context" | tr '[:lower:]' '[:upper:]')_SVC_PORT"
  local port="${!variable:-$default_port}"
  env "$variable=$port" node "dist/apps/$context-svc/src/main.js" &
  pids+=($!)
  printf -v "${context}_port" '%s' "$port"
}

start_service customer 4001
start_service sales 4002
start_service service 4003
start_service marketing 4004
# shellcheck disable=SC2154 # the *_port variables are set by start_service
for port in "$customer_port" "$sales_port" "$service_port" "$marketing_port"; do
  for _ in $(seq 150); do
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break
    sleep 0.2
  done
done

CRM_MODE=distributed \
  CRM_CUSTOMER_SERVICE="127.0.0.1:$customer_port" CRM_SALES_SERVICE="127.0.0.1:$sales_port" \
  CRM_SERVICE_SERVICE="127.0.0.1:$service_port" CRM_MARKETING_SERVICE="127.0.0.1:$marketing_port" \
  CRM_DATA_DIR="${CRM_DATA_DIR:-./data/distributed-gateway}" node dist/apps/gateway/src/main.js &
pids+=($!)
wait -n "${pids[@]}"
