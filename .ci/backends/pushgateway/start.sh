#!/usr/bin/env bash
# Start a Prometheus Pushgateway (Debian's prometheus-pushgateway 1.5) on 127.0.0.1, no persistence.
# Idempotent: installs the package only when missing (without letting it start the system service).
# Needs root only for the install.
# Env (all optional): PUSHGATEWAY_PORT=9091  PUSHGATEWAY_RUN=<dir>/run  PUSHGATEWAY_WAIT=30
set -euo pipefail
DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
alive() { [[ -n "${1:-}" ]] && kill -0 "$1" 2>/dev/null && tr '\0' ' ' < "/proc/$1/cmdline" 2>/dev/null | grep -q -- "pushgateway"; }
PORT="${PUSHGATEWAY_PORT:-9091}"
RUN="${PUSHGATEWAY_RUN:-$DIR/run}"
WAIT="${PUSHGATEWAY_WAIT:-30}"
PIDFILE="$RUN/pushgateway.pid"
LOG="$RUN/pushgateway.log"
BIN=/usr/bin/prometheus-pushgateway

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

if [[ ! -x $BIN ]]; then
  [[ $(id -u) == 0 ]] || { echo "need root to install prometheus-pushgateway" >&2; exit 1; }
  created_policy=0
  if [[ ! -e /usr/sbin/policy-rc.d ]]; then
    printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d; chmod +x /usr/sbin/policy-rc.d; created_policy=1
  fi
  rc=0
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends prometheus-pushgateway) \
    > "$DIR/install.log" 2>&1 || rc=$?
  if [[ $created_policy == 1 ]]; then rm -f /usr/sbin/policy-rc.d; fi
  if [[ $rc != 0 ]]; then tail -20 "$DIR/install.log" >&2; echo "apt-get failed (log $DIR/install.log)" >&2; exit 1; fi
fi

if alive "$(cat "$PIDFILE" 2>/dev/null)"; then
  echo "pushgateway already running: pid=$(cat "$PIDFILE") url=http://127.0.0.1:$(cat "$RUN/port" 2>/dev/null || echo "$PORT")"
  exit 0
fi
if port_open "$PORT"; then echo "port $PORT on 127.0.0.1 is already in use by another process" >&2; exit 1; fi

mkdir -p "$RUN"
rm -f "$PIDFILE"
start=$(date +%s%N)
# setsid and the pid written by the inner bash: as in ../prometheus/start.sh
setsid bash -c 'echo $$ > "$0"; exec "$@"' "$PIDFILE" "$BIN" --web.listen-address="127.0.0.1:$PORT" \
  > "$LOG" 2>&1 < /dev/null &
for ((i = 0; i < 50; i++)); do [[ -s "$PIDFILE" ]] && break; sleep 0.1; done
pid=$(cat "$PIDFILE"); echo "$PORT" > "$RUN/port"
for ((i = 0; i < WAIT * 20; i++)); do
  if ! kill -0 "$pid" 2>/dev/null; then
    echo "pushgateway exited during startup:" >&2; tail -20 "$LOG" >&2; rm -f "$PIDFILE"; exit 1
  fi
  if curl -fsS -o /dev/null "http://127.0.0.1:$PORT/-/ready" 2>/dev/null; then
    echo "pushgateway started: pid=$pid url=http://127.0.0.1:$PORT in $(( ($(date +%s%N) - start) / 1000000 ))ms (log $LOG)"
    exit 0
  fi
  sleep 0.05
done
echo "pushgateway did not become ready within ${WAIT}s; log: $LOG" >&2
exit 1
