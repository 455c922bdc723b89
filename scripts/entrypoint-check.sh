#!/usr/bin/env bash
# Exercises docker/entrypoint.sh outside a container against the private database, with the
# environment compose passes: secrets from *_FILE only, migrate, start ilacs-sampler serve,
# wait until /health/ready answers (through `ilacs-sampler healthcheck`), SIGTERM, clean exit;
# then the same for `ilacs-mailer run` with the maildir transport.
# Usage: scripts/entrypoint-check.sh DATABASE_URL [BIN_DIR]   (test.sh runs it)
set -euo pipefail
url=$1
bin=${2:-.build/debug}
port=${ENTRYPOINT_CHECK_PORT:-18080}
mail_port=${ENTRYPOINT_CHECK_MAIL_PORT:-18081}
scratch=$(mktemp -d)
# A database of its own, owned by ilacs_owner as compose's is; each app connects as its own role
# (docker/db-init/ilacs-roles.sh): migrate as ilacs_migrator, serve as ilacs_sampler, run as ilacs_mailer.
database=ilacs_entrypoint_check_$$
psql "$url" -qAt -c "CREATE DATABASE $database OWNER ilacs_owner" >/dev/null
trap 'rm -rf "$scratch"; psql "$url" -qAt -c "DROP DATABASE IF EXISTS $database WITH (FORCE)" >/dev/null 2>&1 || true' EXIT
role_url() { printf '%s\n' "$url" | sed -E "s#://[^@/]*@#://$1@#; s#/[^/?]*(\\?|\$)#/$database\\1#"; }
for role in migrator sampler mailer; do role_url "ilacs_$role" >"$scratch/database_url_$role"; done
printf '%s\n' "$(head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n')" >"$scratch/sampling_pseudonym_key"
printf '%s\n' "$(head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n')" >"$scratch/mail_reply_key"
printf '%s\n' "$(head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n')" >"$scratch/audit_child_key"

# The environment compose gives the apps: no DATABASE_URL, secrets in files.
compose_env=(env -u DATABASE_URL PATH="$PWD/$bin:$PATH"
    SAMPLING_PSEUDONYM_KEY_FILE="$scratch/sampling_pseudonym_key" MAIL_REPLY_KEY_FILE="$scratch/mail_reply_key"
    AUDIT_CHILD_KEY_FILE="$scratch/audit_child_key"
    MAIL_TRANSPORT=maildir MAIL_MAILDIR="$scratch/maildir" ILACS_ACTOR=entrypoint-check)

fail() { echo "entrypoint-check: FAIL: $*" >&2; exit 1; }

"${compose_env[@]}" DATABASE_URL_FILE="$scratch/database_url_migrator" sh docker/entrypoint.sh migrate >"$scratch/migrate.log" 2>&1 || fail "migrate: $(tail -1 "$scratch/migrate.log")"

# Starts `APP ARGS...` through the entrypoint, waits until `APP healthcheck --port PORT` says
# ready, sends SIGTERM and expects a clean exit within 10 s with the port closed.
serve_and_stop() {
    local app=$1 port=$2 log="$scratch/$1.log" server status=0 ready=no
    local role_env=(DATABASE_URL_FILE="$scratch/database_url_${app#ilacs-}")
    shift 2
    # exec, so that $! is the server itself (the entrypoint execs the app), as PID 1 is in a container.
    (exec "${compose_env[@]}" "${role_env[@]}" sh docker/entrypoint.sh "$app" "$@" --host 127.0.0.1 --port "$port" >"$log" 2>&1) &
    server=$!
    for _ in $(seq 1 100); do
        if "${compose_env[@]}" "${role_env[@]}" "$app" healthcheck --port "$port" >/dev/null 2>&1; then ready=yes; break; fi
        kill -0 "$server" 2>/dev/null || break
        sleep 0.2
    done
    [ $ready = yes ] || { kill -9 "$server" 2>/dev/null || true; fail "$app $* never became ready: $(tail -3 "$log")"; }
    kill -TERM "$server"
    for _ in $(seq 1 50); do kill -0 "$server" 2>/dev/null || break; sleep 0.2; done
    if kill -0 "$server" 2>/dev/null; then kill -9 "$server"; fail "$app $* did not stop within 10 s of SIGTERM"; fi
    wait "$server" || status=$?
    [ $status = 0 ] || fail "$app $* exited with $status after SIGTERM: $(tail -3 "$log")"
    if "${compose_env[@]}" "${role_env[@]}" "$app" healthcheck --port "$port" >/dev/null 2>&1; then fail "$app's port still answers after SIGTERM"; fi
}

serve_and_stop ilacs-sampler "$port" serve
serve_and_stop ilacs-mailer "$mail_port" run
echo "entrypoint-check: PASS: migrate (as ilacs_migrator), ilacs-sampler serve (as ilacs_sampler) and ilacs-mailer run (as ilacs_mailer, maildir), /health/ready, SIGTERM and clean exits, secrets from *_FILE"
