# Sourced by start.sh, stop.sh and ctl.sh: the node's name, ports, dirs and the environment that
# rabbitmq-server and rabbitmqctl read. Inputs: RABBITMQ_PORT (5672), RABBITMQ_RUN (<this dir>/run-PORT).
PORT="${RABBITMQ_PORT:-5672}"
DIST=$((PORT + 20000))
RUN="${RABBITMQ_RUN:-$DIR/run-$PORT}"
NODE="rabbit-$PORT@localhost"
BIN=/usr/lib/rabbitmq/bin   # NOT /usr/sbin/*: as root those wrappers 'su rabbitmq' (other HOME, other cookie)
# Everything the node and rabbitmqctl read: exported so that stop.sh / ctl.sh compute the same.
export HOME="$RUN/home"                      # .erlang.cookie lives here (shared by server and CLI)
export RABBITMQ_NODENAME="$NODE"
export RABBITMQ_NODE_IP_ADDRESS=127.0.0.1
export RABBITMQ_NODE_PORT="$PORT"
export RABBITMQ_DIST_PORT="$DIST"
export RABBITMQ_MNESIA_BASE="$RUN/mnesia"
export RABBITMQ_LOG_BASE="$RUN/log"
export RABBITMQ_PID_FILE="$RUN/rabbitmq.pid"
export RABBITMQ_CONFIG_FILE="$RUN/rabbitmq.conf"
export RABBITMQ_ENABLED_PLUGINS_FILE="$RUN/enabled_plugins"
export RABBITMQ_CONF_ENV_FILE="$RUN/rabbitmq-env.conf"   # ignore /etc/rabbitmq/rabbitmq-env.conf
export ERL_EPMD_ADDRESS=127.0.0.1            # epmd (port 4369), started by the first node, listens on loopback only
export RABBITMQ_CTL_DIST_PORT_MIN=$((PORT + 30000)) RABBITMQ_CTL_DIST_PORT_MAX=$((PORT + 30010))
export RABBITMQ_CTL_ERL_ARGS="-kernel inet_dist_use_interface {127,0,0,1}"

