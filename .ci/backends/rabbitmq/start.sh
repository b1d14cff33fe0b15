#!/usr/bin/env bash
# Start a RabbitMQ node (Debian's rabbitmq-server 3.10.x) as root in the background, every listener on 127.0.0.1.
# Idempotent: installs the package only when missing (without letting it start its own service), does
# nothing but print port and pid when this node is already running. Needs root (apt-get; runs the node as root).
# Several nodes can run side by side: give each its own RABBITMQ_PORT (and RABBITMQ_RUN, derived by default).
# Env (all optional):
#   RABBITMQ_PORT=5672            AMQP port; Erlang distribution port = PORT+20000 (25672), CLI ports PORT+30000..+30010
#   RABBITMQ_RUN=<dir>/run-PORT   state dir: mnesia/, log/, rabbitmq.conf, HOME with the .erlang.cookie, pid
#   RABBITMQ_KEEP_DATA=0          1 = keep queues/users of a previous run (default: wipe, fresh node)
#   RABBITMQ_MANAGEMENT_PORT=     set (e.g. 15672) to enable the management plugin (HTTP API) on 127.0.0.1:<port>
#   RABBITMQ_WAIT=60              seconds to wait for startup
set -euo pipefail
DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# a pid file may be stale (pid reused after a reboot): also check the command line
alive() { [[ -n "${1:-}" ]] && kill -0 "$1" 2>/dev/null && tr '\0' ' ' < "/proc/$1/cmdline" 2>/dev/null | grep -q -- "beam"; }
WAIT="${RABBITMQ_WAIT:-60}"
MGMT="${RABBITMQ_MANAGEMENT_PORT:-}"
. "$DIR/env.sh"   # PORT DIST RUN NODE BIN and the exported RABBITMQ_* / ERL_* variables

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# 1. install once, with a policy-rc.d that stops the package from starting the system service
if [[ ! -x $BIN/rabbitmq-server ]]; then
  [[ $(id -u) == 0 ]] || { echo "need root to install rabbitmq-server" >&2; exit 1; }
  # a policy-rc.d that exits 101 makes invoke-rc.d refuse to start services from maintainer scripts;
  # ours is removed afterwards (an existing one is left alone)
  created_policy=0
  if [[ ! -e /usr/sbin/policy-rc.d ]]; then
    printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d; chmod +x /usr/sbin/policy-rc.d; created_policy=1
  fi
  echo "installing rabbitmq-server ..."
  rc=0
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends rabbitmq-server) \
    > "$DIR/install.log" 2>&1 || rc=$?
  if [[ $created_policy == 1 ]]; then rm -f /usr/sbin/policy-rc.d; fi
  if [[ $rc != 0 ]]; then tail -20 "$DIR/install.log" >&2; echo "apt-get failed (log $DIR/install.log)" >&2; exit 1; fi
fi

# 2. already running?
if alive "$(cat "$RUN/rabbitmq.pid" 2>/dev/null)"; then
  echo "rabbitmq already running: node=$NODE pid=$(cat "$RUN/rabbitmq.pid") amqp=127.0.0.1:$PORT"
  exit 0
fi
if port_open "$PORT" || port_open "$DIST"; then
  echo "port $PORT or $DIST on 127.0.0.1 is already in use by another process" >&2; exit 1
fi

# 3. config
if [[ "${RABBITMQ_KEEP_DATA:-0}" != 1 ]]; then rm -rf "$RUN/mnesia" "$RUN/log"; fi
mkdir -p "$RUN/home" "$RUN/mnesia" "$RUN/log"
: > "$RUN/rabbitmq-env.conf"
cat > "$RUN/rabbitmq.conf" <<EOF
listeners.tcp.default = 127.0.0.1:$PORT
distribution.listener.interface = 127.0.0.1
distribution.listener.port_range.min = $DIST
distribution.listener.port_range.max = $DIST
# guest/guest works from loopback only (the default)
loopback_users.guest = true
disk_free_limit.absolute = 50MB
log.console = false
log.file.level = info
EOF
if [[ -n "$MGMT" ]]; then
  echo "[rabbitmq_management]." > "$RUN/enabled_plugins"
  printf 'management.tcp.ip = 127.0.0.1\nmanagement.tcp.port = %s\n' "$MGMT" >> "$RUN/rabbitmq.conf"
else
  echo "[]." > "$RUN/enabled_plugins"
fi

# 4. start. The node writes its own (beam.smp) pid to $RABBITMQ_PID_FILE; launcher.pid is the rabbitmq-server script.
# setsid: own session/process group, so stop.sh signals it alone and a Ctrl-C of the caller does not reach it;
# the inner bash writes its own pid and execs, so the pid file holds the server's pid even when setsid forks.
start=$(date +%s%N)
cd "$RUN"
rm -f "$RUN/launcher.pid" "$RUN/rabbitmq.pid"
setsid bash -c 'echo $$ > "$0"; exec "$@"' "$RUN/launcher.pid" "$BIN/rabbitmq-server" > "$RUN/log/startup_stdout.log" 2> "$RUN/log/startup_stderr.log" < /dev/null &
for ((i = 0; i < 50; i++)); do [[ -s "$RUN/launcher.pid" ]] && break; sleep 0.1; done
shpid=$(cat "$RUN/launcher.pid")

# 5. wait for "Server startup complete" in the node's log (cheaper than a CLI call, ~1.5 s of Erlang/Elixir boot);
#    'rabbitmqctl -n NODE await_startup' (see ctl.sh) is the canonical equivalent.
NODELOG="$RUN/log/$NODE.log"
for ((i = 0; i < WAIT * 10; i++)); do
  if ! kill -0 "$shpid" 2>/dev/null; then
    echo "rabbitmq exited during startup:" >&2; tail -20 "$RUN"/log/*.log >&2; rm -f "$RUN/rabbitmq.pid"; exit 1
  fi
  if [[ -s "$RUN/rabbitmq.pid" ]] && grep -q "Server startup complete" "$NODELOG" 2>/dev/null && port_open "$PORT"; then
    ms=$(( ($(date +%s%N) - start) / 1000000 ))
    echo "rabbitmq started: node=$NODE pid=$(cat "$RUN/rabbitmq.pid") amqp=127.0.0.1:$PORT (guest/guest) dist=$DIST${MGMT:+ management=http://127.0.0.1:$MGMT} in ${ms}ms (run dir $RUN)"
    exit 0
  fi
  sleep 0.1
done
echo "rabbitmq did not start within ${WAIT}s; logs in $RUN/log" >&2
exit 1
