#!/bin/sh
# Creates ILACS Ready's database roles, once per cluster (idempotent: run it again after adding
# a password). The postgres image runs it from /docker-entrypoint-initdb.d on its first start;
# `make db` runs it on the private cluster. See README, "Security: database roles".
#
#   ilacs_owner     no login: owns every table (database owner, so it may create them)
#   ilacs_migrator  login, member of ilacs_owner and acting as it: runs `ilacs-admin migrate`
#   ilacs_app       no login: what every app may do (append audit events, read the migrations)
#   ilacs_admin     login, member of ilacs_app: the coordinators' CLI (rows of every table)
#   ilacs_sampler   login, member of ilacs_app: ilacs-sampler (the tables migrations grant it)
#   ilacs_mailer    login, member of ilacs_app: ilacs-mailer (the tables migrations grant it)
#
# Connection: PGHOST, PGPORT, PGUSER (a superuser) as libpq reads them, else the image's
# POSTGRES_USER; the database is POSTGRES_DB, else PGDATABASE, else ilacs.
# Passwords: ILACS_ROLE_PASSWORDS_DIR may hold files named after the login roles
# (ilacs_migrator_password, ilacs_admin_password, ...); each one found becomes that role's password. Without
# them the roles have none (fit for a cluster that trusts local connections only).
set -eu

database=${POSTGRES_DB:-${PGDATABASE:-ilacs}}
user=${POSTGRES_USER:-${PGUSER:-postgres}}
passwords=${ILACS_ROLE_PASSWORDS_DIR:-}

run_psql() {
    psql -v ON_ERROR_STOP=1 -X -q --username "$user" --dbname "$database"
}

run_psql <<'SQL'
SELECT format('CREATE ROLE %I NOLOGIN', r) FROM unnest(ARRAY['ilacs_owner', 'ilacs_app']) AS r
WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = r) \gexec
SELECT format('CREATE ROLE %I LOGIN', r) FROM unnest(ARRAY['ilacs_migrator', 'ilacs_admin', 'ilacs_sampler', 'ilacs_mailer']) AS r
WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = r) \gexec
ALTER ROLE ilacs_migrator LOGIN;
ALTER ROLE ilacs_admin LOGIN;
ALTER ROLE ilacs_sampler LOGIN;
ALTER ROLE ilacs_mailer LOGIN;
GRANT ilacs_owner TO ilacs_migrator;
ALTER ROLE ilacs_migrator SET role = 'ilacs_owner';
GRANT ilacs_app TO ilacs_admin, ilacs_sampler, ilacs_mailer;
SELECT format('ALTER DATABASE %I OWNER TO ilacs_owner', current_database()) \gexec
SQL

if [ -n "$passwords" ]; then
    for role in ilacs_migrator ilacs_admin ilacs_sampler ilacs_mailer; do
        file="$passwords/${role}_password"
        [ -r "$file" ] || continue
        # The password goes through a psql variable (read from the file by psql), never a command line.
        # shellcheck disable=SC2016 # the backticks are psql's, not the shell's
        printf '\\set password `cat %s`\nALTER ROLE %s PASSWORD :%s;\n' "'$file'" "$role" "'password'" | run_psql
    done
fi
echo "ilacs-roles: roles of least privilege ready in database $database"
