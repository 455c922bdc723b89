#!/usr/bin/env bash
# The main job end to end on county-size synthetic data. `make demo` runs it after building and
# starting the private database (DATABASE_URL is set by the Makefile).
set -euo pipefail
out=${1:-.data/demo}
admin=.build/debug/ilacs-admin
export SWIFT_DETERMINISTIC_HASHING=1

step() { printf '\n== %s\n' "$*"; }

step "Generate county-size synthetic Annex A data (seed 7) into $out"
"$admin" generate --size county --seed 7 --out "$out"

step "Prepare the database (migrations are applied once; running again is a no-op)"
"$admin" migrate
"$admin" migrate

step "Plugins linked into ilacs-admin"
"$admin" plugins

step "Done. The generated files are in $out"
