#!/usr/bin/env bash
# The main job end to end on county-size synthetic data. `make demo` runs it after building and
# starting the private database (DATABASE_URL is set by the Makefile).
set -euo pipefail
out=${1:-.data/demo}
admin=.build/debug/ilacs-admin
# The inspectors' tool runs as its own database role, as in a deployment (docker/db-init/ilacs-roles.sh);
# the coordinator's commands keep DATABASE_URL's user, which migrates.
sampler=(env "DATABASE_URL=$(printf '%s' "$DATABASE_URL" | sed -E 's#://[^@/]*@#://ilacs_sampler@#')" .build/debug/ilacs-sampler)
export SWIFT_DETERMINISTIC_HASHING=1
as_of=$(date +%Y-%m-%d)
# The key under which the audit log names children (`why`, the inspectors' pages); keep one per deployment.
AUDIT_CHILD_KEY=${AUDIT_CHILD_KEY:-$(python3 -c 'import secrets; print(secrets.token_hex(32))')}
export AUDIT_CHILD_KEY

step() { printf '\n== %s\n' "$*"; }

step "Generate county-size synthetic Annex A data (seed 7, as of $as_of) into $out/lists"
rm -rf "$out" && mkdir -p "$out"
"$admin" generate --size county --seed 7 --as-of "$as_of" --out "$out/lists"

step "Plugins linked into ilacs-admin"
"$admin" plugins

step "Import the lists as a snapshot (every identified row kept; exit 2 would mean values kept as given)"
"$admin" import annex-a "$out/lists" --as-of "$as_of" --report "$out/import-problems.csv"

step "Import the same lists again: identical content creates nothing"
"$admin" import annex-a "$out/lists" --as-of "$as_of"
snapshot=$("$admin" snapshots --format json | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["id"])')

step "The snapshots"
"$admin" snapshots

step "The workforce register: import the generated staff, leave, supervision and training; match Annex A's allocated workers"
"$admin" workforce import "$out/lists"
"$admin" workforce match --snapshot "$snapshot"

step "Data-quality findings of snapshot $snapshot"
"$admin" quality --snapshot "$snapshot"

step "Export the data pack in Ofsted's layout"
"$admin" export annex-a --snapshot "$snapshot" --out "$out/data-pack.xlsx"
ls -l "$out/data-pack.xlsx"

step "Record the last inspection: a short inspection in May 2024"
"$admin" inspection record --type short --start 2024-05-13 --end 2024-05-17 \
    --judgement overall-effectiveness=good --judgement impact-of-leaders=good --judgement help-and-protection=good \
    --judgement children-in-care=good --judgement care-leavers=outstanding
"$admin" inspection list

step "The next likely inspection window"
"$admin" inspection window

step "Import the local list of children not attending school, drawn against snapshot $snapshot (the report's indicator and the sampling quota both use it)"
"$admin" local-list import --name children-not-in-school "$out/lists/children_not_in_school.csv" --snapshot "$snapshot"
"$admin" local-list list

call_at="$(date -d "$as_of + 1 day" +%Y-%m-%d) 10:30"
step "The lead inspector calls: record the notification ($call_at, the day after the snapshot's as-of date)"
"$admin" inspection notify --call-at "$call_at" --type short

step "Write the sampling plan and freeze the manifest, before any seed exists"
"${sampler[@]}" plan example > "$out/plan.yaml"
inspection=$(psql "$DATABASE_URL" -Atc "SELECT max(id) FROM inspections")   # the one just announced
"${sampler[@]}" manifest --snapshot "$snapshot" --plan "$out/plan.yaml" --inspection "$inspection" --out "$out/manifest.tsv"
manifest=$("${sampler[@]}" manifests list --format json | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["id"])')
echo "Anyone can check the exported manifest against the hash handed to the lead inspector:"
sha256sum "$out/manifest.tsv"

step "The inspectors roll 24 dice for the seed (simulated), and draw"
seed=$(python3 -c 'import secrets; print("".join(str(secrets.randbelow(6) + 1) for _ in range(24)))')
"${sampler[@]}" draw --manifest "$manifest" --seed "$seed"
sample=$("${sampler[@]}" samples | awk 'NR == 2 { print $1 }')

step "Verify: recompute the manifest from the snapshot and plan, and the picks from the seed"
"${sampler[@]}" verify "$sample"

step "Balance: sample against population"
"${sampler[@]}" balance "$sample"

step "Why was a child of the population not picked?"
"${sampler[@]}" why "$sample" "$(head -2 "$out/lists/List_8.csv" | tail -1 | cut -d, -f1)"

step "Two more children in care, continuing the ticket order"
"${sampler[@]}" extend "$sample" --more 2 --stratum "children in care"
"${sampler[@]}" verify "$sample"

step "Give the lead inspector access to the sample on the web page (ilacs-sampler serve)"
"$admin" inspectors add --name "Demo Inspector" --email lead.inspector@ofsted.example --inspection "$inspection" \
    --until "$(date -d "$as_of + 21 days" +%Y-%m-%d)"

step "Export the list for the inspectors, and a pseudonymised copy"
"${sampler[@]}" export "$sample" --format xlsx --out "$out/sample.xlsx"
SAMPLING_PSEUDONYM_KEY=$(python3 -c 'import secrets; print(secrets.token_hex(32))') \
    "${sampler[@]}" export "$sample" --format json --out "$out/sample-pseudonymised.json" --pseudonymise
step "Foster carers: import the generated fostering households (strict, like Annex A)"
"$admin" carers import "$out/lists/fostering_households.csv"

# The mailer runs as its own database role, as in a deployment (docker/db-init/ilacs-roles.sh).
mailer_url=$(printf '%s' "$DATABASE_URL" | sed -E 's#://[^@/]*@#://ilacs_mailer@#')
mailer=(env "DATABASE_URL=$mailer_url" .build/debug/ilacs-mailer)   # env execs: $! is the mailer itself
mail_port=${DEMO_MAIL_PORT:-18181}
MAIL_REPLY_KEY=$(python3 -c 'import secrets; print(secrets.token_hex(32))')
export MAIL_REPLY_KEY MAIL_MAILDIR="$out/maildir" MAIL_PUBLIC_URL="http://127.0.0.1:$mail_port" MAIL_AUTHORITY="Nottinghamshire County Council"

call_day=$(date -d "$as_of + 1 day" +%F)
on_site=$(date -d "$call_day + $((8 - $(date -d "$call_day" +%u))) days" +%F)   # the Monday after the call
step "Create the open invitation for inspection $inspection, with two sessions in the week on site (from $on_site)"
"$admin" campaign create --inspection "$inspection" --template examples/carer-invitation \
    --session "$(date -d "$on_site + 1 day" +%F) 18:00 | County Hall, West Bridgford, Room 2 | 4" \
    --session "$(date -d "$on_site + 2 days" +%F) 12:30 | https://meet.example.org/ofsted-carers | 30"
campaign=$(psql "$DATABASE_URL" -qAt -c "SELECT max(id) FROM carer_campaigns")

step "Send: decide the audience (every household left out is recorded with its reason) and queue"
"$admin" campaign send "$campaign"
"$admin" campaign send "$campaign"
"$admin" campaign audience "$campaign" | tail -1

step "Preview the message for the first invited household"
household=$("$admin" campaign audience "$campaign" --format json | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["householdID"])')
"$admin" campaign preview "$campaign" --household "$household" | head -20

step "Deliver through the maildir transport"
"${mailer[@]}" send --once

step "Serve the reply pages and record a few replies from the delivered messages' links"
"${mailer[@]}" run --port "$mail_port" >"$out/mailer.log" 2>&1 &
mailer_pid=$!
for _ in $(seq 1 50); do "${mailer[@]}" healthcheck --port "$mail_port" >/dev/null 2>&1 && break; sleep 0.2; done
python3 scripts/mail/demo_replies.py "$MAIL_MAILDIR/new" 7
kill -TERM "$mailer_pid" && wait "$mailer_pid"

step "Campaign status"
"$admin" campaign status "$campaign"

step "The week on site: one conversation per practitioner covering all their sampled children, and the carers' sessions"
"$admin" week conversations --inspection "$inspection"

step "Plan the week on site for four inspectors (tracking inspectors, rooms, practitioners' working days and leave), and one inspector's first day"
for n in 2 3 4; do
    "$admin" inspectors add --name "Demo Inspector $n" --email "inspector$n@ofsted.example" --inspection "$inspection" \
        --until "$(date -d "$as_of + 21 days" +%Y-%m-%d)" >/dev/null
done
"$admin" week plan --inspection "$inspection" --rooms "Room 1,Room 2"
"$admin" week invite --inspection "$inspection"   # one iCalendar invitation per booking, through the outbox to the maildir
"${mailer[@]}" send --once
echo "Messages in the maildir with a calendar invitation: $(grep -l '^Content-Type: text/calendar' "$MAIL_MAILDIR"/new/* | wc -l)"
first_inspector=$(psql "$DATABASE_URL" -Atc "SELECT min(id) FROM people WHERE inspection_id = $inspection AND role = 'inspector'")
"$admin" week show --inspection "$inspection" --inspector "$first_inspector" --day "$on_site"

step "Case audits: a tool, auditors outside each child's team, an earlier round of 40 children in care"
"$admin" audits tool example >"$out/audit-tool.yaml"
"$admin" audits tool check "$out/audit-tool.yaml"
python3 scripts/audits/demo_audits.py auditors "$out/lists/workforce.csv" "$out/auditors.csv"
python3 scripts/audits/demo_audits.py children "$out/lists/List_8.csv" 40 10 "$out/october-children.csv"
round_id() { python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])'; }
demo_run=$(date +%H:%M:%S)   # round names are unique; the demo may run again on the same database
october=$("$admin" audits round create --name "October audits (demo $demo_run)" --tool "$out/audit-tool.yaml" \
    --children "$out/october-children.csv" --auditors "$out/auditors.csv" --moderate 0.25 --seed 2026100112345 \
    --snapshot "$snapshot" --format json | round_id)
"$admin" audits round assignments "$october" --out "$out/october-assignments.csv" --reason "demo: send auditors their cases"
python3 scripts/audits/demo_audits.py complete "$out/october-assignments.csv" "$out/audit-tool.yaml" 10 1 "$out/october-completed.csv"
"$admin" audits import "$october" "$out/october-completed.csv"

step "Case audits: audit the very children the inspectors sampled, moderate a quarter, agree grades"
audits=$("$admin" audits round create --name "Inspection sample audits (demo $demo_run)" --tool "$out/audit-tool.yaml" \
    --sample "$sample" --auditors "$out/auditors.csv" --moderate 0.25 --seed 2026112098765 \
    --snapshot "$snapshot" --format json | round_id)
"$admin" audits round show "$audits"
"$admin" audits links "$audits" --inspection "$inspection" --until "$(date -d "$as_of + 21 days" +%Y-%m-%d)" --reviewer QA1   # the web form's links
"$admin" audits round assignments "$audits" --out "$out/sample-assignments.csv" --reason "demo: send auditors their cases"
python3 scripts/audits/demo_audits.py complete "$out/sample-assignments.csv" "$out/audit-tool.yaml" 14 0 "$out/sample-completed.csv"
"$admin" audits import "$audits" "$out/sample-completed.csv"
"$admin" audits agreement "$audits"

step "Case audits: the summary (by team, service area, stratum, section; change since October), the actions, the pack"
"$admin" audits summary "$audits"
"$admin" audits actions
"$admin" audits actions --overdue --on "$(date -d "$as_of + 14 days" +%F)"   # due in 5 working days, so overdue by then
"$admin" audits pack "$audits" --out "$out/audit-pack.xlsx" --inspection "$inspection"
"$admin" audits pack "$audits" --out "$out/audit-pack.html"

step "The timeline and the checklist"
"$admin" inspection timeline

step "Published benchmarks: the DfE's ten files for Nottinghamshire (ILACS_AUTHORITY=891); the second import changes nothing"
export ILACS_AUTHORITY=891
dfe=${ILACS_DFE_FILES:-../shared/reference/dfe}
"$admin" benchmarks import "$dfe"
"$admin" benchmarks import "$dfe" | tail -1
"$admin" benchmarks list --measure rereferral_percent --year 2025
"$admin" benchmarks compare --indicator rereferrals

step "Practice standards: the statutory minimums as an example, loaded and shown"
"$admin" standards example >"$out/standards.yaml"
"$admin" standards load "$out/standards.yaml"
"$admin" standards show

step "Write the readiness report of snapshot $snapshot"
"$admin" report readiness --snapshot "$snapshot" --out "$out/readiness.html"
echo "Readiness report: $(realpath "$out/readiness.html")"
echo "It opens with: $(grep -o '<h2 id="[^"]*-heading">[^<]*' "$out/readiness.html" | head -1 | sed 's/.*">//')"

national_record="${ILACS_REFERENCE:-../shared/reference}/ofsted/ilacs_inspection_history.csv"
if [ -f "$national_record" ]; then
    step "Import the national record of ILACS reports: every row kept; the demo authority's own reports (ILACS_AUTHORITY=891, Nottinghamshire) join its history"
    "$admin" inspection history import "$national_record"
    "$admin" inspection history import "$national_record"   # again: nothing changes
    "$admin" inspection list

    step "The window, by the rule of the framework in force and as measured on the national record"
    "$admin" inspection window

    step "Peers: the ten statistical neighbours' latest inspections beside Nottinghamshire's"
    "$admin" inspection peers
else
    step "The national record is not at $national_record (set ILACS_REFERENCE to the reference folder): skipping its import"
fi

step "A dry run: start a rehearsal from a pretend call, invite the carers for it, see the checklist, end it"
rehearsal_call="$(date -d "$as_of + 3 days" +%Y-%m-%d) 09:30"
"$admin" rehearsal start --call-at "$rehearsal_call"
rehearsal=$(psql "$DATABASE_URL" -Atc "SELECT id FROM inspections WHERE rehearsal")
"$admin" campaign create --inspection "$rehearsal" --template examples/carer-invitation \
    --session "$(date -d "$as_of + 5 days" +%Y-%m-%d) 18:00 | County Hall, Room 2 | 20" >/dev/null
rehearsal_campaign=$(psql "$DATABASE_URL" -Atc "SELECT max(id) FROM carer_campaigns WHERE inspection_id = $rehearsal")
"$admin" campaign send "$rehearsal_campaign" | head -3
export MAIL_REHEARSAL_MAILDIR="$out/rehearsal-maildir"   # the mailer writes there and `rehearsal end` clears its files from there
"${mailer[@]}" send --once
echo "Rehearsal messages: $(find "$out/rehearsal-maildir/new" -type f | wc -l) in $out/rehearsal-maildir/new, live maildir unchanged: $(find "$MAIL_MAILDIR/new" -type f | wc -l)"
"$admin" rehearsal report
"$admin" rehearsal end
echo "Rehearsal messages left after the end: $(find "$out/rehearsal-maildir" -type f | wc -l); live maildir: $(find "$MAIL_MAILDIR/new" -type f | wc -l)"
"$admin" inspection timeline | head -3

step "The audit log: the last events, and its hash chain checked from the first event"
"$admin" audit show --limit 8
"$admin" audit verify

step "An untidy return (fractional ages from a formula, blanks, free text in a Yes/No column, a row without its id): --strict refuses it"
python3 scripts/annex_a/untidy_lists.py "$out/lists" "$out/untidy"
status=0
"$admin" import annex-a "$out/untidy" --as-of "$as_of" --strict >"$out/untidy-strict.txt" 2>&1 || status=$?
sed -n '/^Nothing was imported/,$p' "$out/untidy-strict.txt" | head -10
echo "exit code: $status (1: nothing imported)"

step "By default every identified child is kept: odd values kept as given, listed by list, column and kind"
status=0
"$admin" import annex-a "$out/untidy" --as-of "$as_of" || status=$?
echo "exit code: $status (2: imported, with values kept as given)"
untidy=$("$admin" snapshots --format json | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["id"])')
"$admin" quality --snapshot "$untidy"

step "Done. Files are in $out; the delivered messages are in the maildir folder $MAIL_MAILDIR/new"
