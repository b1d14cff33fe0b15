#!/usr/bin/env bash
# Start a Prometheus server (Debian's prometheus 2.42) on 127.0.0.1 with its TSDB in a run dir.
# Idempotent: installs the package only when missing (without letting it start the system service and
# without the recommended prometheus-node-exporter); prints port and pid when already running.
# Needs root only for the install.
# Env (all optional):
#   PROMETHEUS_PORT=9090
#   PROMETHEUS_RUN=<dir>/run          data/, prometheus.yml, prometheus.log, prometheus.pid
#   PROMETHEUS_CONFIG=<file>          use this config file as is (otherwise one is generated:)
#   PROMETHEUS_TARGETS=host:port,...  extra targets scraped every PROMETHEUS_SCRAPE_INTERVAL (1s) as job "app"
#   PROMETHEUS_METRICS_PATH=/actuator/prometheus   metrics path of those targets
#   PROMETHEUS_RULES=<file>[,<file>]  rule files (evaluated every PROMETHEUS_SCRAPE_INTERVAL)
#   PROMETHEUS_KEEP_DATA=0  PROMETHEUS_WAIT=30
set -euo pipefail
DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# a pid file may be stale (pid reused after a reboot): also check the command line
alive() { [[ -n "${1:-}" ]] && kill -0 "$1" 2>/dev/null && tr '\0' ' ' < "/proc/$1/cmdline" 2>/dev/null | grep -q -- "prometheus"; }
PORT="${PROMETHEUS_PORT:-9090}"
RUN="${PROMETHEUS_RUN:-$DIR/run}"
WAIT="${PROMETHEUS_WAIT:-30}"
INTERVAL="${PROMETHEUS_SCRAPE_INTERVAL:-1s}"
PIDFILE="$RUN/prometheus.pid"
LOG="$RUN/prometheus.log"

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# 1. install once: policy-rc.d keeps the package's init script from starting a system prometheus on 0.0.0.0:9090
if ! command -v prometheus >/dev/null || ! command -v promtool >/dev/null; then
  [[ $(id -u) == 0 ]] || { echo "need root to install prometheus" >&2; exit 1; }
  # a policy-rc.d that exits 101 makes invoke-rc.d refuse to start services from maintainer scripts;
  # ours is removed afterwards (an existing one is left alone)
  created_policy=0
  if [[ ! -e /usr/sbin/policy-rc.d ]]; then
    printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d; chmod +x /usr/sbin/policy-rc.d; created_policy=1
  fi
  echo "installing prometheus ..."
  rc=0
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends prometheus) \
    > "$DIR/install.log" 2>&1 || rc=$?
  if [[ $created_policy == 1 ]]; then rm -f /usr/sbin/policy-rc.d; fi
  if [[ $rc != 0 ]]; then tail -20 "$DIR/install.log" >&2; echo "apt-get failed (log $DIR/install.log)" >&2; exit 1; fi
fi

# 2. already running?
if alive "$(cat "$PIDFILE" 2>/dev/null)"; then
  echo "prometheus already running: pid=$(cat "$PIDFILE") url=http://127.0.0.1:$(cat "$RUN/port" 2>/dev/null || echo "$PORT")"
  exit 0
fi
if port_open "$PORT"; then echo "port $PORT on 127.0.0.1 is already in use by another process" >&2; exit 1; fi

# 3. config
mkdir -p "$RUN"
if [[ "${PROMETHEUS_KEEP_DATA:-0}" != 1 ]]; then rm -rf "$RUN/data"; fi
if [[ -n "${PROMETHEUS_CONFIG:-}" ]]; then
  CONFIG="$PROMETHEUS_CONFIG"
else
  CONFIG="$RUN/prometheus.yml"
  {
    echo "global:"
    echo "  scrape_interval: $INTERVAL"
    echo "  scrape_timeout: $INTERVAL"
    echo "  evaluation_interval: $INTERVAL"
    if [[ -n "${PROMETHEUS_RULES:-}" ]]; then
      echo "rule_files:"
      IFS=, read -ra rules <<< "$PROMETHEUS_RULES"
      for r in "${rules[@]}"; do echo "  - '$(realpath "$r")'"; done
    fi
    echo "scrape_configs:"
    echo "  - job_name: prometheus"
    echo "    static_configs: [{targets: ['127.0.0.1:$PORT']}]"
    if [[ -n "${PROMETHEUS_TARGETS:-}" ]]; then
      echo "  - job_name: app"
      echo "    metrics_path: '${PROMETHEUS_METRICS_PATH:-/actuator/prometheus}'"
      echo "    static_configs: [{targets: ['${PROMETHEUS_TARGETS//,/\',\'}']}]"
    fi
  } > "$CONFIG"
fi
promtool check config "$CONFIG" > "$RUN/check-config.log" 2>&1 || { cat "$RUN/check-config.log" >&2; exit 1; }

# 4. start; --web.enable-lifecycle allows POST /-/reload and /-/quit
# setsid: own session/process group, so stop.sh signals it alone and a Ctrl-C of the caller does not reach it;
# the inner bash writes its own pid and execs, so the pid file holds the server's pid even when setsid forks.
rm -f "$PIDFILE"
start=$(date +%s%N)
setsid bash -c 'echo $$ > "$0"; exec "$@"' "$PIDFILE" prometheus --config.file="$CONFIG" --storage.tsdb.path="$RUN/data" \
  --web.listen-address="127.0.0.1:$PORT" --web.enable-lifecycle \
  --storage.tsdb.retention.time=1d --log.level=info \
  > "$LOG" 2>&1 < /dev/null &
for ((i = 0; i < 50; i++)); do [[ -s "$PIDFILE" ]] && break; sleep 0.1; done
pid=$(cat "$PIDFILE"); echo "$PORT" > "$RUN/port"

# 5. wait for /-/ready (200 once the TSDB is open and the config loaded)
for ((i = 0; i < WAIT * 20; i++)); do
  if ! kill -0 "$pid" 2>/dev/null; then
    echo "prometheus exited during startup:" >&2; tail -20 "$LOG" >&2; rm -f "$PIDFILE"; exit 1
  fi
  if curl -fsS -o /dev/null "http://127.0.0.1:$PORT/-/ready" 2>/dev/null; then
    ms=$(( ($(date +%s%N) - start) / 1000000 ))
    echo "prometheus started: pid=$pid url=http://127.0.0.1:$PORT config=$CONFIG in ${ms}ms (log $LOG)"
    exit 0
  fi
  sleep 0.05
done
echo "prometheus did not become ready within ${WAIT}s; log: $LOG" >&2
exit 1
