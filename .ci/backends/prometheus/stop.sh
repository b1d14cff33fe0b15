#!/usr/bin/env bash
# Stop the Prometheus of start.sh (same PROMETHEUS_RUN): SIGTERM, SIGKILL after 20 s.
# Env: PROMETHEUS_RUN=<dir>/run  PROMETHEUS_CLEAN=0 (1 = delete the run dir)
set -euo pipefail
DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# a pid file may be stale (pid reused after a reboot): also check the command line
alive() { [[ -n "${1:-}" ]] && kill -0 "$1" 2>/dev/null && tr '\0' ' ' < "/proc/$1/cmdline" 2>/dev/null | grep -q -- "prometheus"; }
RUN="${PROMETHEUS_RUN:-$DIR/run}"
PIDFILE="$RUN/prometheus.pid"
if pid=$(cat "$PIDFILE" 2>/dev/null) && alive "$pid"; then
  start=$(date +%s%N)
  kill -TERM "$pid"
  for ((i = 0; i < 200; i++)); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  if kill -0 "$pid" 2>/dev/null; then echo "prometheus pid=$pid did not stop in 20s: SIGKILL"; kill -KILL "$pid"; fi
  echo "prometheus stopped: pid=$pid in $(( ($(date +%s%N) - start) / 1000000 ))ms"
else
  echo "prometheus not running (run dir $RUN)"
fi
rm -f "$PIDFILE"
if [[ "${PROMETHEUS_CLEAN:-0}" == 1 ]]; then rm -rf "$RUN"; fi
