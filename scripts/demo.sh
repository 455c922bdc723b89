#!/usr/bin/env bash
# The main job end to end on county-size synthetic data. `make demo` runs it after building and
# starting the private database (DATABASE_URL is set by the Makefile).
set -euo pipefail
out=${1:-.data/demo}
admin=.build/debug/ilacs-admin
sampler=.build/debug/ilacs-sampler
export SWIFT_DETERMINISTIC_HASHING=1
as_of=$(date +%Y-%m-%d)

step() { printf '\n== %s\n' "$*"; }

step "Generate county-size synthetic Annex A data (seed 7, as of $as_of) into $out/lists"
rm -rf "$out" && mkdir -p "$out"
"$admin" generate --size county --seed 7 --as-of "$as_of" --out "$out/lists"

step "Plugins linked into ilacs-admin"
"$admin" plugins

step "Import the lists as a snapshot (strict: any error and nothing is imported)"
"$admin" import annex-a "$out/lists" --as-of "$as_of" --report "$out/import-problems.csv"

step "Import the same lists again: identical content creates nothing"
"$admin" import annex-a "$out/lists" --as-of "$as_of"
snapshot=$("$admin" snapshots --format json | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["id"])')

step "The snapshots"
"$admin" snapshots

step "Data-quality findings of snapshot $snapshot"
"$admin" quality --snapshot "$snapshot"

step "Export the data pack in Ofsted's layout"
"$admin" export annex-a --snapshot "$snapshot" --out "$out/data-pack.xlsx"
ls -l "$out/data-pack.xlsx"

step "Import the local list of children not attending school, for a sampling quota"
"$admin" local-list import --name children-not-in-school "$out/lists/children_not_in_school.csv"

step "Write the sampling plan and freeze the manifest, before any seed exists"
"$sampler" plan example > "$out/plan.yaml"
"$sampler" manifest --snapshot "$snapshot" --plan "$out/plan.yaml" --out "$out/manifest.tsv"
manifest=$("$sampler" manifests list --format json | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["id"])')
echo "Anyone can check the exported manifest against the hash handed to the lead inspector:"
sha256sum "$out/manifest.tsv"

step "The inspectors roll 24 dice for the seed (simulated), and draw"
seed=$(python3 -c 'import secrets; print("".join(str(secrets.randbelow(6) + 1) for _ in range(24)))')
"$sampler" draw --manifest "$manifest" --seed "$seed"
sample=$("$sampler" samples | awk 'NR == 2 { print $1 }')

step "Verify: recompute the manifest from the snapshot and plan, and the picks from the seed"
"$sampler" verify "$sample"

step "Balance: sample against population"
"$sampler" balance "$sample"

step "Why was a child of the population not picked?"
"$sampler" why "$sample" "$(head -2 "$out/lists/List_8.csv" | tail -1 | cut -d, -f1)"

step "Two more children in care, continuing the ticket order"
"$sampler" extend "$sample" --more 2 --stratum "children in care"
"$sampler" verify "$sample"

step "Export the list for the inspectors, and a pseudonymised copy"
"$sampler" export "$sample" --format xlsx --out "$out/sample.xlsx"
SAMPLING_PSEUDONYM_KEY=$(python3 -c 'import secrets; print(secrets.token_hex(32))') \
    "$sampler" export "$sample" --format json --out "$out/sample-pseudonymised.json" --pseudonymise

step "Done. Files are in $out"
