#!/usr/bin/env bash
# Stop the Pushgateway of start.sh (same PUSHGATEWAY_RUN): SIGTERM, SIGKILL after 20 s.
# Env: PUSHGATEWAY_RUN=<dir>/run  PUSHGATEWAY_CLEAN=0 (1 = delete the run dir)
set -euo pipefail
DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
alive() { [[ -n "${1:-}" ]] && kill -0 "$1" 2>/dev/null && tr '\0' ' ' < "/proc/$1/cmdline" 2>/dev/null | grep -q -- "pushgateway"; }
RUN="${PUSHGATEWAY_RUN:-$DIR/run}"
PIDFILE="$RUN/pushgateway.pid"
if pid=$(cat "$PIDFILE" 2>/dev/null) && alive "$pid"; then
  kill -TERM "$pid"
  for ((i = 0; i < 200; i++)); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  if kill -0 "$pid" 2>/dev/null; then kill -KILL "$pid"; fi
  echo "pushgateway stopped: pid=$pid"
else
  echo "pushgateway not running (run dir $RUN)"
fi
rm -f "$PIDFILE"
if [[ "${PUSHGATEWAY_CLEAN:-0}" == 1 ]]; then rm -rf "$RUN"; fi
