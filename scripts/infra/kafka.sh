#!/usr/bin/env bash
# Apache Kafka 4.x as one KRaft node (broker + controller) from Maven Central jars, state in tmp/infra/kafka.
# Usage: kafka.sh install|start|stop|status
set -euo pipefail

KAFKA_SCRIPTS="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

if [ -f "$KAFKA_SCRIPTS/common.sh" ]; then
  source "$KAFKA_SCRIPTS/common.sh"
else
  # Standalone fallbacks with the same names and behaviour as common.sh.
  REPO_ROOT="$(cd "$KAFKA_SCRIPTS/../.." && pwd)"
  INFRA_STATE="$REPO_ROOT/tmp/infra"
  SERVERS_ENV="$INFRA_STATE/servers.env"
  INFRA_HOST=127.0.0.1
  infra_say() { echo "[infra] $*"; }
  infra_fail() {
    echo "[infra] ERROR: $*" >&2
    exit 1
  }
  port_open() { (exec 3<>"/dev/tcp/$1/$2") 2>/dev/null; }
  log_tail() { [ -f "$1" ] && tail -n "${2:-40}" "$1" >&2 || true; }
  servers_env_write() {
    local name=$1 value=${2-}
    mkdir -p "$INFRA_STATE"
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
  pid_alive() {
    [ -f "$1" ] || return 1
    local pid
    pid=$(cat "$1" 2>/dev/null)
    [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null
  }
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
fi

# A private broker (e.g. one a fault test stops and restarts) sets CRM_KAFKA_PRIVATE_HOME and its ports:
# it shares the downloaded jars, keeps its state in that directory and is not written to servers.env.
KAFKA_PORT=${CRM_KAFKA_PRIVATE_PORT:-59092}
KAFKA_CONTROLLER_PORT=${CRM_KAFKA_PRIVATE_CONTROLLER_PORT:-59093}
KAFKA_BROKERS="$INFRA_HOST:$KAFKA_PORT"
KAFKA_PRIVATE_HOME=${CRM_KAFKA_PRIVATE_HOME:-}
KAFKA_HOME="${KAFKA_PRIVATE_HOME:-$INFRA_STATE/kafka}"
KAFKA_LIBS="$INFRA_STATE/kafka/libs"
KAFKA_DATA="$KAFKA_HOME/data"
KAFKA_CONFIG="$KAFKA_HOME/server.properties"
KAFKA_PID="$KAFKA_HOME/kafka.pid"
KAFKA_STDOUT="$KAFKA_HOME/stdout.log"
KAFKA_HEAP=${CRM_KAFKA_HEAP:-"-Xms256m -Xmx512m"}
KAFKA_START_TIMEOUT=${CRM_KAFKA_START_TIMEOUT:-90}

require_java() {
  command -v java >/dev/null || infra_fail "kafka: java (17 or newer) is not installed (apt-get install openjdk-17-jre-headless)"
  local major
  major=$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
  [ "${major%%.*}" -ge 17 ] 2>/dev/null || infra_fail "kafka: Kafka 4.x needs Java 17 or newer, found '$major'"
}

java_tool() {
  java -Xmx256m -Dlog4j2.configurationFile="$KAFKA_SCRIPTS/kafka/log4j2.xml" -Dkafka.logs.dir="$KAFKA_HOME" \
    -cp "$KAFKA_LIBS/*" "$@"
}

download_jars() {
  if compgen -G "$KAFKA_LIBS/kafka_2.13-*.jar" >/dev/null; then return 0; fi
  command -v mvn >/dev/null || infra_fail "kafka: mvn is needed once to download the broker jars (apt-get install maven)"
  infra_say "kafka: downloading the broker jars from Maven Central into $KAFKA_LIBS"
  local staging="$KAFKA_LIBS.partial"
  mkdir -p "$(dirname "$KAFKA_LIBS")"
  rm -rf "$staging"
  mvn -q -B -Dstyle.color=never -f "$KAFKA_SCRIPTS/kafka/pom.xml" dependency:copy-dependencies -DoutputDirectory="$staging" ||
    infra_fail "kafka: mvn dependency:copy-dependencies failed"
  # Moved into place only when complete, so an interrupted download is retried next time.
  mv "$staging" "$KAFKA_LIBS"
}

render_config() {
  sed -e "s|@LOG_DIR@|$KAFKA_DATA|" -e "s|@PORT@|$KAFKA_PORT|g" -e "s|@CONTROLLER_PORT@|$KAFKA_CONTROLLER_PORT|g" \
    "$KAFKA_SCRIPTS/kafka/server.properties" >"$KAFKA_CONFIG"
}

format_storage() {
  if [ -f "$KAFKA_DATA/meta.properties" ]; then return 0; fi
  local cluster_id
  cluster_id=$(java_tool kafka.tools.StorageTool random-uuid)
  infra_say "kafka: formatting $KAFKA_DATA (cluster $cluster_id)"
  java_tool kafka.tools.StorageTool format --standalone --cluster-id "$cluster_id" --config "$KAFKA_CONFIG" \
    >"$KAFKA_HOME/format.log" 2>&1 || {
    log_tail "$KAFKA_HOME/format.log"
    infra_fail "kafka: storage format failed"
  }
}

install() {
  require_java
  mkdir -p "$KAFKA_HOME"
  download_jars
  render_config
  format_storage
}

# The broker answers a metadata request (checked with kafkajs from the repo when it is installed).
answers() {
  port_open "$INFRA_HOST" "$KAFKA_PORT" || return 1
  (cd "$REPO_ROOT" && node -e "require.resolve('kafkajs')" 2>/dev/null) || return 0
  (cd "$REPO_ROOT" && node -e "
    const { Kafka, logLevel } = require('kafkajs');
    const admin = new Kafka({ clientId: 'crm-infra', brokers: ['$KAFKA_BROKERS'], logLevel: logLevel.NOTHING,
      retry: { retries: 0 }, connectionTimeout: 2000, requestTimeout: 4000 }).admin();
    admin.connect().then(() => admin.listTopics()).then(() => admin.disconnect())
      .then(() => process.exit(0), () => process.exit(1));") >/dev/null 2>&1
}

# The broker logged that it finished starting since the log had log_offset bytes.
started_since() {
  local log_offset=$1
  tail -c +"$((log_offset + 1))" "$KAFKA_HOME/server.log" 2>/dev/null | grep -q 'Kafka Server started'
}

start() {
  install
  if pid_alive "$KAFKA_PID" && [ -n "$KAFKA_PRIVATE_HOME" ]; then
    infra_say "kafka: private broker already running on $KAFKA_BROKERS"
    return 0
  elif pid_alive "$KAFKA_PID"; then
    infra_say "kafka: already running (pid $(cat "$KAFKA_PID")) on $KAFKA_BROKERS"
  elif port_open "$INFRA_HOST" "$KAFKA_PORT" || port_open "$INFRA_HOST" "$KAFKA_CONTROLLER_PORT"; then
    infra_fail "kafka: port $KAFKA_PORT or $KAFKA_CONTROLLER_PORT is taken by a process this script did not start"
  else
    local started=$SECONDS log_offset
    log_offset=$(stat -c %s "$KAFKA_HOME/server.log" 2>/dev/null || echo 0)
    # setsid: the broker outlives this script and the shell that ran it.
    KAFKA_HOME="$KAFKA_HOME" setsid nohup java $KAFKA_HEAP -XX:+UseG1GC -XX:MaxGCPauseMillis=20 \
      -Djava.awt.headless=true -Dlog4j2.configurationFile="$KAFKA_SCRIPTS/kafka/log4j2.xml" \
      -Dkafka.logs.dir="$KAFKA_HOME" -cp "$KAFKA_LIBS/*" kafka.Kafka "$KAFKA_CONFIG" \
      >"$KAFKA_STDOUT" 2>&1 </dev/null &
    echo $! >"$KAFKA_PID"
    local deadline=$((SECONDS + KAFKA_START_TIMEOUT))
    until started_since "$log_offset" && answers; do
      if ! pid_alive "$KAFKA_PID"; then
        log_tail "$KAFKA_STDOUT"
        log_tail "$KAFKA_HOME/server.log"
        infra_fail "kafka: the broker exited during start"
      fi
      if ((SECONDS >= deadline)); then
        log_tail "$KAFKA_HOME/server.log"
        stop_pid_file "$KAFKA_PID" 30
        infra_fail "kafka: no answer on $KAFKA_BROKERS after ${KAFKA_START_TIMEOUT}s"
      fi
      sleep 0.5
    done
    infra_say "kafka: started (pid $(cat "$KAFKA_PID")) on $KAFKA_BROKERS in $((SECONDS - started))s"
  fi
  [ -n "$KAFKA_PRIVATE_HOME" ] || servers_env_set CRM_KAFKA_BROKERS "$KAFKA_BROKERS"
}

stop() {
  if pid_alive "$KAFKA_PID"; then
    infra_say "kafka: stopping (pid $(cat "$KAFKA_PID"))"
    # A clean shutdown lets the next start skip log recovery.
    stop_pid_file "$KAFKA_PID" 45
  else
    rm -f "$KAFKA_PID"
  fi
  [ -n "$KAFKA_PRIVATE_HOME" ] || servers_env_unset CRM_KAFKA_BROKERS
  infra_say "kafka: stopped"
}

status() {
  if pid_alive "$KAFKA_PID" && answers; then
    echo "kafka     running  $KAFKA_BROKERS  (pid $(cat "$KAFKA_PID"), $(kafka_version))"
  elif pid_alive "$KAFKA_PID"; then
    echo "kafka     starting or stuck  pid $(cat "$KAFKA_PID") does not answer on $KAFKA_BROKERS"
    return 1
  else
    echo "kafka     stopped"
    return 1
  fi
}

kafka_version() {
  local jar
  jar=$(compgen -G "$KAFKA_LIBS/kafka_2.13-*.jar" | head -n 1)
  jar=${jar##*/kafka_2.13-}
  echo "Apache Kafka ${jar%.jar}"
}

case "${1:-}" in
  install) install ;;
  start) start ;;
  stop) stop ;;
  status) status ;;
  *)
    echo "usage: $0 install|start|stop|status" >&2
    exit 2
    ;;
esac
