#!/bin/sh
# Entrypoint of the ILACS Ready image: runs the command it is given, as PID 1 (exec), so the
# app itself receives SIGTERM.
#
#   ilacs-entrypoint migrate [options]   same as: ilacs-admin migrate [options]
#   ilacs-entrypoint COMMAND [args...]   runs COMMAND (ilacs-admin ..., and later
#                                        ilacs-sampler serve, ilacs-mailer run)
#
# Secrets: the apps read NAME_FILE themselves for every configuration key they know
# (DATABASE_URL_FILE, DATABASE_POOL_SIZE_FILE, ILACS_PLUGINS_FILE and each plugin's keys, such
# as the future HMAC and SMTP secrets), so nothing of that is done here. The one secret no app
# reads is the database password on its own: DATABASE_PASSWORD_FILE becomes libpq's
# PGPASSWORD, for a DATABASE_URL that carries no password.
set -eu

if [ -n "${DATABASE_PASSWORD_FILE:-}" ] && [ -z "${PGPASSWORD:-}" ]; then
    if [ ! -r "$DATABASE_PASSWORD_FILE" ]; then
        echo "ilacs-entrypoint: DATABASE_PASSWORD_FILE names $DATABASE_PASSWORD_FILE, which does not exist or cannot be read by user $(id -u)" >&2
        exit 1
    fi
    # Command substitution drops the trailing newline(s) a secret file usually ends with.
    PGPASSWORD=$(cat "$DATABASE_PASSWORD_FILE")
    export PGPASSWORD
fi

if [ $# -eq 0 ]; then
    set -- ilacs-admin --help
elif [ "$1" = migrate ]; then
    shift
    set -- ilacs-admin migrate "$@"
fi

exec "$@"
