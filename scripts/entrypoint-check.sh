#!/usr/bin/env bash
# Exercises docker/entrypoint.sh outside a container against the private database, with the
# environment compose passes: secrets from *_FILE only, migrate, start ilacs-sampler serve,
# wait until /health/ready answers (through `ilacs-sampler healthcheck`), SIGTERM, clean exit.
# Usage: scripts/entrypoint-check.sh DATABASE_URL [BIN_DIR]   (test.sh runs it)
set -euo pipefail
url=$1
bin=${2:-.build/debug}
port=${ENTRYPOINT_CHECK_PORT:-18080}
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
printf '%s\n' "$url" >"$scratch/database_url"
printf '%s\n' "$(head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n')" >"$scratch/sampling_pseudonym_key"

# The environment compose gives the apps: no DATABASE_URL, secrets in files.
compose_env=(env -u DATABASE_URL PATH="$PWD/$bin:$PATH" DATABASE_URL_FILE="$scratch/database_url"
    SAMPLING_PSEUDONYM_KEY_FILE="$scratch/sampling_pseudonym_key" ILACS_ACTOR=entrypoint-check)

fail() { echo "entrypoint-check: FAIL: $*" >&2; exit 1; }

"${compose_env[@]}" sh docker/entrypoint.sh migrate >"$scratch/migrate.log" 2>&1 || fail "migrate: $(tail -1 "$scratch/migrate.log")"

# exec, so that $! is the server itself (the entrypoint execs the app), as PID 1 is in a container.
(exec "${compose_env[@]}" sh docker/entrypoint.sh ilacs-sampler serve --host 127.0.0.1 --port "$port" >"$scratch/serve.log" 2>&1) &
server=$!
ready=no
for _ in $(seq 1 100); do
    if "${compose_env[@]}" ilacs-sampler healthcheck --port "$port" >/dev/null 2>&1; then ready=yes; break; fi
    kill -0 "$server" 2>/dev/null || break
    sleep 0.2
done
[ $ready = yes ] || { kill -9 "$server" 2>/dev/null || true; fail "ilacs-sampler serve never became ready: $(tail -3 "$scratch/serve.log")"; }

kill -TERM "$server"
status=0
for _ in $(seq 1 50); do kill -0 "$server" 2>/dev/null || break; sleep 0.2; done
if kill -0 "$server" 2>/dev/null; then kill -9 "$server"; fail "ilacs-sampler serve did not stop within 10 s of SIGTERM"; fi
wait "$server" || status=$?
[ $status = 0 ] || fail "ilacs-sampler serve exited with $status after SIGTERM: $(tail -3 "$scratch/serve.log")"
if "${compose_env[@]}" ilacs-sampler healthcheck --port "$port" >/dev/null 2>&1; then fail "the port still answers after SIGTERM"; fi
echo "entrypoint-check: PASS: migrate, serve, /health/ready, SIGTERM and a clean exit, secrets from *_FILE"
