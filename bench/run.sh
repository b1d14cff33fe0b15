#!/usr/bin/env bash
# The benchmark suite, in one command: bash bench/run.sh [--repetitions N]
# Needs root for apt-get the first time (HAProxy, wrk and matplotlib from Debian).
# Takes about 15 minutes; writes bench/RESULTS.md, bench/results.json and bench/drain.png.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
command -v haproxy >/dev/null || missing+=(haproxy)
command -v wrk >/dev/null || missing+=(wrk)
/usr/bin/python3 -c 'import matplotlib' 2>/dev/null || missing+=(python3-matplotlib)
if [ ${#missing[@]} -gt 0 ]; then
	apt-get update -q
	DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

./mvnw -B -q -pl sample-app -am package -DskipTests
# Debian's Python, which has Debian's matplotlib.
exec /usr/bin/python3 bench/bench.py "$@"
