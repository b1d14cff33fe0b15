#!/usr/bin/env bash
# Start Zipkin server 3.5.1 (exec jar from Maven Central) with in-memory storage, HTTP on 127.0.0.1 only.
# Idempotent: downloads the jar only when missing; prints port and pid when already running.
# Env (all optional):
#   ZIPKIN_PORT=9411   ZIPKIN_RUN=<dir>/run (zipkin.log, zipkin.pid)   ZIPKIN_HEAP="-Xms64m -Xmx256m"
#   ZIPKIN_MAX_SPANS=500000 (MEM_MAX_SPANS)   ZIPKIN_WAIT=90   JAVA_HOME (Java 17+; default java on PATH)
#   MAVEN_REPO=/root/.m2/repository
set -euo pipefail
DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# a pid file may be stale (pid reused after a reboot): also check the command line
alive() { [[ -n "${1:-}" ]] && kill -0 "$1" 2>/dev/null && tr '\0' ' ' < "/proc/$1/cmdline" 2>/dev/null | grep -q -- "zipkin-server"; }
VERSION=3.5.1
PORT="${ZIPKIN_PORT:-9411}"
RUN="${ZIPKIN_RUN:-$DIR/run}"
HEAP="${ZIPKIN_HEAP:--Xms64m -Xmx256m}"
WAIT="${ZIPKIN_WAIT:-90}"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
MAVEN_REPO="${MAVEN_REPO:-/root/.m2/repository}"
# run the jar straight from the local Maven repository (no second 131 MB copy)
JAR="$MAVEN_REPO/io/zipkin/zipkin-server/$VERSION/zipkin-server-$VERSION-exec.jar"
PIDFILE="$RUN/zipkin.pid"
LOG="$RUN/zipkin.log"

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

if alive "$(cat "$PIDFILE" 2>/dev/null)"; then
  echo "zipkin already running: pid=$(cat "$PIDFILE") url=http://127.0.0.1:$(cat "$RUN/port" 2>/dev/null || echo "$PORT")"
  exit 0
fi
if port_open "$PORT"; then echo "port $PORT on 127.0.0.1 is already in use by another process" >&2; exit 1; fi

if [[ ! -s "$JAR" ]]; then
  echo "fetching io.zipkin:zipkin-server:$VERSION:jar:exec from Maven Central ..."
  # The project's Maven wrapper, or MVN: only Maven Central is needed.
  MVN="${MVN:-$DIR/../../../mvnw}"
  "$MVN" -B -ntp -Dmaven.repo.local="$MAVEN_REPO" org.apache.maven.plugins:maven-dependency-plugin:3.8.1:get \
    -Dartifact="io.zipkin:zipkin-server:$VERSION:jar:exec" -Dtransitive=false > "$DIR/mvn.log" 2>&1 \
    || { tail -30 "$DIR/mvn.log" >&2; echo "mvn failed (log $DIR/mvn.log)" >&2; exit 1; }
fi

mkdir -p "$RUN"
rm -f "$PIDFILE"
start=$(date +%s%N)
# setsid: own session/process group, so stop.sh signals it alone and a Ctrl-C of the caller does not reach it;
# the inner bash writes its own pid and execs, so the pid file holds the server's pid even when setsid forks.
# STORAGE_TYPE=mem is the default; set anyway. The listen address comes from armeria.ports (the whole list
# must be given: Spring Boot replaces a list as a whole). Collectors for Kafka/RabbitMQ/... stay off because
# no addresses are set; the HTTP collector (POST /api/v2/spans) and the UI/API share the one port.
STORAGE_TYPE=mem MEM_MAX_SPANS="${ZIPKIN_MAX_SPANS:-500000}" SELF_TRACING_ENABLED=false \
setsid bash -c 'echo $$ > "$0"; exec "$@"' "$PIDFILE" "$JAVA" $HEAP -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xss512k -Djava.awt.headless=true \
  -jar "$JAR" \
  --server.port="$PORT" \
  --armeria.ports[0].ip=127.0.0.1 --armeria.ports[0].port="$PORT" --armeria.ports[0].protocols[0]=http \
  > "$LOG" 2>&1 < /dev/null &
for ((i = 0; i < 50; i++)); do [[ -s "$PIDFILE" ]] && break; sleep 0.1; done
pid=$(cat "$PIDFILE"); echo "$PORT" > "$RUN/port"

for ((i = 0; i < WAIT * 10; i++)); do
  if ! kill -0 "$pid" 2>/dev/null; then
    echo "zipkin exited during startup; last log lines:" >&2; tail -30 "$LOG" >&2; rm -f "$PIDFILE"; exit 1
  fi
  if port_open "$PORT" && curl -fsS -o /dev/null "http://127.0.0.1:$PORT/health"; then
    ms=$(( ($(date +%s%N) - start) / 1000000 ))
    echo "zipkin started: pid=$pid url=http://127.0.0.1:$PORT (POST /api/v2/spans, GET /api/v2/traces) in ${ms}ms (log $LOG)"
    exit 0
  fi
  sleep 0.2
done
echo "zipkin did not start within ${WAIT}s; log: $LOG" >&2
exit 1
