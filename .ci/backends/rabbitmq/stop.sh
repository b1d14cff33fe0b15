#!/usr/bin/env bash
# Stop the node of start.sh (same RABBITMQ_PORT / RABBITMQ_RUN): 'rabbitmqctl stop' (waits for the pid to exit),
# SIGTERM/SIGKILL as fallbacks; then stops epmd if no other Erlang node is registered with it.
# Env: RABBITMQ_PORT=5672 RABBITMQ_RUN=... RABBITMQ_CLEAN=0 (1 = delete the run dir)
set -euo pipefail
DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# a pid file may be stale (pid reused after a reboot): also check the command line
alive() { [[ -n "${1:-}" ]] && kill -0 "$1" 2>/dev/null && tr '\0' ' ' < "/proc/$1/cmdline" 2>/dev/null | grep -q -- "beam"; }
. "$DIR/env.sh"
PIDFILE="$RUN/rabbitmq.pid"
if pid=$(cat "$PIDFILE" 2>/dev/null) && alive "$pid"; then
  start=$(date +%s%N)
  "$BIN/rabbitmqctl" -n "$NODE" -q stop "$PIDFILE" >/dev/null 2>&1 || kill -TERM "$pid" 2>/dev/null || true
  for ((i = 0; i < 300; i++)); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  if kill -0 "$pid" 2>/dev/null; then echo "rabbitmq pid=$pid still alive after 30s: SIGKILL"; kill -KILL "$pid"; fi
  echo "rabbitmq stopped: node=$NODE pid=$pid in $(( ($(date +%s%N) - start) / 1000000 ))ms"
else
  echo "rabbitmq not running (node $NODE, run dir $RUN)"
fi
rm -f "$PIDFILE"
# epmd outlives the nodes; stop it when nobody is registered any more
if command -v epmd >/dev/null && epmd -names 2>/dev/null | grep -q "^epmd: up"; then
  if ! epmd -names 2>/dev/null | grep -q "^name "; then epmd -kill >/dev/null 2>&1 && echo "epmd stopped"; fi
fi
if [[ "${RABBITMQ_CLEAN:-0}" == 1 ]]; then rm -rf "$RUN"; fi
