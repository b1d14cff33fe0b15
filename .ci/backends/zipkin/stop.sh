#!/usr/bin/env bash
# Stop the Zipkin server of start.sh (same ZIPKIN_RUN): SIGTERM, SIGKILL after ZIPKIN_STOP_WAIT (20) s.
# Env: ZIPKIN_RUN=<dir>/run  ZIPKIN_CLEAN=0 (1 = delete the run dir)
set -euo pipefail
DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# a pid file may be stale (pid reused after a reboot): also check the command line
alive() { [[ -n "${1:-}" ]] && kill -0 "$1" 2>/dev/null && tr '\0' ' ' < "/proc/$1/cmdline" 2>/dev/null | grep -q -- "zipkin-server"; }
RUN="${ZIPKIN_RUN:-$DIR/run}"
PIDFILE="$RUN/zipkin.pid"
WAIT="${ZIPKIN_STOP_WAIT:-20}"
if pid=$(cat "$PIDFILE" 2>/dev/null) && alive "$pid"; then
  start=$(date +%s%N)
  kill -TERM "$pid"
  for ((i = 0; i < WAIT * 10; i++)); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  if kill -0 "$pid" 2>/dev/null; then echo "zipkin pid=$pid did not stop in ${WAIT}s: SIGKILL"; kill -KILL "$pid"; fi
  echo "zipkin stopped: pid=$pid in $(( ($(date +%s%N) - start) / 1000000 ))ms"
else
  echo "zipkin not running (run dir $RUN)"
fi
rm -f "$PIDFILE"
if [[ "${ZIPKIN_CLEAN:-0}" == 1 ]]; then rm -rf "$RUN"; fi
