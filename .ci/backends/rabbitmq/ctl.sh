#!/usr/bin/env bash
# rabbitmqctl against the node of start.sh (same RABBITMQ_PORT / RABBITMQ_RUN), e.g.
#   ./ctl.sh list_queues name messages consumers     RABBITMQ_PORT=5673 ./ctl.sh status
set -euo pipefail
DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
. "$DIR/env.sh"
exec "$BIN/rabbitmqctl" -n "$NODE" "$@"
