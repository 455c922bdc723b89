#!/usr/bin/env bash
# Runs every test against a private PostgreSQL cluster, starting it if needed and stopping it
# afterwards only if this script started it.
set -euo pipefail
dir=${1:-.data/pg}
port=${2:-54329}
export SWIFT_DETERMINISTIC_HASHING=1

started=no
if ! scripts/pg-cluster.sh url "$dir" "$port" >/dev/null || ! pg_isready -q -h 127.0.0.1 -p "$port"; then
    started=yes
fi
DATABASE_URL=$(scripts/pg-cluster.sh start "$dir" "$port")
export DATABASE_URL
# Tests that need their own throwaway server (kill and restart) put it under here.
export ILACS_TEST_SCRATCH=${ILACS_TEST_SCRATCH:-$(cd "$(dirname "$dir")" && pwd)/test-scratch}
mkdir -p "$ILACS_TEST_SCRATCH"
[ "$(id -u)" = 0 ] && chown postgres:postgres "$ILACS_TEST_SCRATCH"

status=0
swift build --build-tests || status=$?
if [ $status = 0 ]; then
    swift test --skip-build || status=$?
    scripts/entrypoint-check.sh "$DATABASE_URL" .build/debug || status=$?
    # Malformed requests at every route of both web apps: no 5xx, still alive, no rows left behind.
    python3 scripts/fuzz/fuzz_web.py "$DATABASE_URL" .build/debug || status=$?
fi
if [ $started = yes ]; then
    scripts/pg-cluster.sh stop "$dir" "$port" || true
fi
exit $status
