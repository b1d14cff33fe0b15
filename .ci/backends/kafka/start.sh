#!/usr/bin/env bash
# Start a single-node Kafka 4.3.1 broker+controller (KRaft, no ZooKeeper) bound to 127.0.0.1,
# as a plain JVM process from jars fetched from Maven Central. Idempotent:
#   - downloads the jars (mvn copy-dependencies into ./lib) only when they are missing;
#   - does nothing (prints port and pid) when the broker of this run dir is already running.
# Env (all optional):
#   KAFKA_PORT=9092 KAFKA_CONTROLLER_PORT=9093  listener ports on 127.0.0.1
#   KAFKA_RUN=<dir>/run      state dir: data/, server.properties, kafka.log, kafka.pid
#   KAFKA_KEEP_DATA=0        1 = keep the topics of a previous run (default: wipe, fresh cluster)
#   KAFKA_NUM_PARTITIONS=1   num.partitions for auto-created topics
#   KAFKA_HEAP="-Xms128m -Xmx512m"   KAFKA_WAIT=90 (seconds)   JAVA_HOME (default: java on PATH)
#   KAFKA_CLUSTER_ID=4L6g3nShT-eMCtK--X86sw (any base64url 16-byte UUID)   MAVEN_REPO=/root/.m2/repository
set -euo pipefail
DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# a pid file may be stale (pid reused after a reboot): also check the command line
alive() { [[ -n "${1:-}" ]] && kill -0 "$1" 2>/dev/null && tr '\0' ' ' < "/proc/$1/cmdline" 2>/dev/null | grep -q -- "kafka.Kafka"; }
KAFKA_VERSION=4.3.1
PORT="${KAFKA_PORT:-9092}"
CPORT="${KAFKA_CONTROLLER_PORT:-9093}"
RUN="${KAFKA_RUN:-$DIR/run}"
HEAP="${KAFKA_HEAP:--Xms128m -Xmx512m}"
WAIT="${KAFKA_WAIT:-90}"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
MAVEN_REPO="${MAVEN_REPO:-/root/.m2/repository}"
PIDFILE="$RUN/kafka.pid"
LOG="$RUN/kafka.log"

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# 1. already running?
if alive "$(cat "$PIDFILE" 2>/dev/null)"; then
  echo "kafka already running: pid=$(cat "$PIDFILE") bootstrap=127.0.0.1:$(cat "$RUN/port" 2>/dev/null || echo "$PORT")"
  exit 0
fi
if port_open "$PORT" || port_open "$CPORT"; then
  echo "port $PORT or $CPORT on 127.0.0.1 is already in use by another process" >&2; exit 1
fi

# 2. jars (once)
if [[ ! -f "$DIR/lib/kafka_2.13-$KAFKA_VERSION.jar" || ! -f "$DIR/lib/kafka-tools-$KAFKA_VERSION.jar" ]]; then
  echo "fetching Kafka $KAFKA_VERSION jars from Maven Central into $DIR/lib ..."
  rm -rf "$DIR/lib"
  # The project's Maven wrapper, or MVN: only Maven Central is needed.
  MVN="${MVN:-$DIR/../../../mvnw}"
  "$MVN" -B -ntp -q -f "$DIR/pom.xml" -Dmaven.repo.local="$MAVEN_REPO" package > "$DIR/mvn.log" 2>&1 \
    || { tail -30 "$DIR/mvn.log" >&2; echo "mvn failed (log $DIR/mvn.log)" >&2; exit 1; }
fi

# 3. config + storage
mkdir -p "$RUN"
if [[ "${KAFKA_KEEP_DATA:-0}" != 1 ]]; then rm -rf "$RUN/data"; fi
mkdir -p "$RUN/data"
cat > "$RUN/server.properties" <<EOF
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:$CPORT
listeners=PLAINTEXT://127.0.0.1:$PORT,CONTROLLER://127.0.0.1:$CPORT
advertised.listeners=PLAINTEXT://127.0.0.1:$PORT
controller.listener.names=CONTROLLER
inter.broker.listener.name=PLAINTEXT
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
log.dirs=$RUN/data
num.partitions=${KAFKA_NUM_PARTITIONS:-1}
default.replication.factor=1
min.insync.replicas=1
offsets.topic.replication.factor=1
offsets.topic.num.partitions=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
transaction.state.log.num.partitions=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
group.initial.rebalance.delay.ms=0
auto.create.topics.enable=true
num.network.threads=2
num.io.threads=2
num.recovery.threads.per.data.dir=1
background.threads=2
log.retention.check.interval.ms=300000
EOF
CP="$DIR/lib/*"
# Formatting costs a JVM start (~1.5-2 s): format once into $RUN/formatted (meta.properties + bootstrap.checkpoint
# hold no path or port) and copy it into the fresh data dir on later starts.
CLUSTER_ID="${KAFKA_CLUSTER_ID:-4L6g3nShT-eMCtK--X86sw}"
if [[ ! -f "$RUN/data/meta.properties" ]]; then
  if ! grep -qx "cluster.id=$CLUSTER_ID" "$RUN/formatted/meta.properties" 2>/dev/null \
     || [[ ! -f "$RUN/formatted/bootstrap.checkpoint" ]]; then
    rm -rf "$RUN/formatted"; mkdir -p "$RUN/formatted"
    sed "s|^log.dirs=.*|log.dirs=$RUN/formatted|" "$RUN/server.properties" > "$RUN/format.properties"
    "$JAVA" -Xmx128m -XX:TieredStopAtLevel=1 -Dlog4j2.configurationFile="$DIR/tools-log4j2.properties" \
      -cp "$CP" kafka.tools.StorageTool format --ignore-formatted -t "$CLUSTER_ID" \
      -c "$RUN/format.properties" >"$RUN/format.log" 2>&1 || { cat "$RUN/format.log" >&2; exit 1; }
  fi
  cp -a "$RUN/formatted/." "$RUN/data/"
fi

# 4. start in the background
start=$(date +%s%N)
rm -f "$PIDFILE"
# setsid: own session/process group, so stop.sh signals it alone and a Ctrl-C of the caller does not reach it;
# the inner bash writes its own pid and execs, so the pid file holds the server's pid even when setsid forks.
setsid bash -c 'echo $$ > "$0"; exec "$@"' "$PIDFILE" "$JAVA" $HEAP -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xss512k \
  -Djava.awt.headless=true -Dlog4j2.configurationFile="$DIR/log4j2.properties" \
  -cp "$CP" kafka.Kafka "$RUN/server.properties" >"$LOG" 2>&1 </dev/null &
for ((i = 0; i < 50; i++)); do [[ -s "$PIDFILE" ]] && break; sleep 0.1; done
pid=$(cat "$PIDFILE")
echo "$PORT" > "$RUN/port"

# 5. wait for "Kafka Server started" (logged after the broker is unfenced and serving)
for ((i = 0; i < WAIT * 10; i++)); do
  if ! kill -0 "$pid" 2>/dev/null; then
    echo "kafka exited during startup; last log lines:" >&2; tail -30 "$LOG" >&2; rm -f "$PIDFILE"; exit 1
  fi
  if grep -q "Kafka Server started" "$LOG" && port_open "$PORT"; then
    ms=$(( ($(date +%s%N) - start) / 1000000 ))
    echo "kafka started: pid=$pid bootstrap=127.0.0.1:$PORT controller=127.0.0.1:$CPORT in ${ms}ms (log $LOG)"
    exit 0
  fi
  sleep 0.1
done
echo "kafka did not start within ${WAIT}s; log: $LOG" >&2
exit 1
