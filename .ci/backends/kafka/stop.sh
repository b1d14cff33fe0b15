#!/usr/bin/env bash
# Stop the broker started by start.sh (same KAFKA_RUN): SIGTERM (controlled shutdown), SIGKILL after KAFKA_STOP_WAIT s.
# Env: KAFKA_RUN=<dir>/run  KAFKA_STOP_WAIT=30  KAFKA_CLEAN=0 (1 = also delete the run dir)
set -euo pipefail
DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# a pid file may be stale (pid reused after a reboot): also check the command line
alive() { [[ -n "${1:-}" ]] && kill -0 "$1" 2>/dev/null && tr '\0' ' ' < "/proc/$1/cmdline" 2>/dev/null | grep -q -- "kafka.Kafka"; }
RUN="${KAFKA_RUN:-$DIR/run}"
PIDFILE="$RUN/kafka.pid"
WAIT="${KAFKA_STOP_WAIT:-30}"
if pid=$(cat "$PIDFILE" 2>/dev/null) && alive "$pid"; then
  start=$(date +%s%N)
  kill -TERM "$pid"
  for ((i = 0; i < WAIT * 10; i++)); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  if kill -0 "$pid" 2>/dev/null; then echo "kafka pid=$pid did not stop in ${WAIT}s: SIGKILL"; kill -KILL "$pid"; fi
  echo "kafka stopped: pid=$pid in $(( ($(date +%s%N) - start) / 1000000 ))ms"
else
  echo "kafka not running (run dir $RUN)"
fi
rm -f "$PIDFILE"
if [[ "${KAFKA_CLEAN:-0}" == 1 ]]; then rm -rf "$RUN"; fi
