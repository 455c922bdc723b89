#!/usr/bin/env bash
# `make chaos-mailer`: queue 2,000 invitations, deliver them to a real aiosmtpd (STARTTLS and
# AUTH) with `ilacs-mailer run`, kill -9 the mailer at five random moments and restart it. Then
# check: every household got exactly one invitation, except messages recorded ambiguous (at
# most one per kill, each listed, none delivered twice), and nothing is left in `sending`.
# Usage: scripts/chaos-mailer.sh DATABASE_URL [BIN_DIR]
set -euo pipefail
server_url=$1
bin=${2:-.build/debug}
export SWIFT_DETERMINISTIC_HASHING=1
work=$(mktemp -d)
database="ilacs_chaos_$$"
sink=""
mailer=""
cleanup() {
    if [ -n "$mailer" ]; then kill -9 "$mailer" 2>/dev/null || true; fi
    if [ -n "$sink" ]; then kill "$sink" 2>/dev/null || true; fi
    psql "$server_url" -qAt -c "DROP DATABASE IF EXISTS $database WITH (FORCE)" >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT
psql "$server_url" -qAt -c "CREATE DATABASE $database"
DATABASE_URL="${server_url%/*}/$database"
export DATABASE_URL ILACS_ACTOR=chaos

python3 - "$work/households.csv" <<'PY'
import sys
with open(sys.argv[1], "w") as out:
    out.write("Household ID,Carer Names,Email,Phone,Approval Status,Type,Support Group,Consent to Email\n")
    for n in range(1, 2001):
        out.write(f"CH-{n:05d},Carer {n},carer{n}@example.org,,approved,mainstream,,yes\n")
PY
openssl req -x509 -newkey rsa:2048 -nodes -keyout "$work/key.pem" -out "$work/cert.pem" -days 2 -subj /CN=localhost \
    -addext "subjectAltName=DNS:localhost,IP:127.0.0.1" 2>/dev/null
python3 scripts/mail/smtp_sink.py --out "$work/received.jsonl" --cert "$work/cert.pem" --key "$work/key.pem" \
    --user chaos --password chaos-password >"$work/sink.out" 2>"$work/sink.err" &
sink=$!
for _ in $(seq 1 50); do grep -q READY "$work/sink.out" 2>/dev/null && break; sleep 0.1; done
smtp_port=$(awk '/READY/ { print $2 }' "$work/sink.out")

export MAIL_REPLY_KEY=chaos-reply-key-0123456789abcdef012345 MAIL_TRANSPORT=smtp SMTP_HOST=localhost SMTP_PORT=$smtp_port \
    SMTP_CA_FILE="$work/cert.pem" SMTP_USERNAME=chaos SMTP_PASSWORD=chaos-password MAIL_LEASE_SECONDS=3 SMTP_TIMEOUT_SECONDS=2 \
    MAIL_RATE_PER_MINUTE=60000 MAIL_RETRY_SECONDS=1 MAIL_PUBLIC_URL=https://carers.example.gov.uk
"$bin/ilacs-admin" carers import "$work/households.csv"
inspection=$(psql "$DATABASE_URL" -qAt -c "INSERT INTO inspections (type, created_by) VALUES ('short', 'chaos') RETURNING id")
"$bin/ilacs-admin" campaign create --inspection "$inspection" --template examples/carer-invitation \
    --session "2030-01-15 18:00 | County Hall | 50" >/dev/null
"$bin/ilacs-admin" campaign send 1

# The mailer under test runs as its own database role (docker/db-init/ilacs-roles.sh).
mailer_url=$(printf '%s' "$DATABASE_URL" | sed -E 's#://[^@/]*@#://ilacs_mailer@#')
state() { psql "$DATABASE_URL" -qAt -c "SELECT count(*) FILTER (WHERE state = '$1') FROM messaging_outbox"; }
for kill in 1 2 3 4 5; do
    DATABASE_URL=$mailer_url "$bin/ilacs-mailer" run --port 0 >>"$work/mailer.log" 2>&1 &
    mailer=$!
    sleep "$(python3 -c 'import random; print(round(random.uniform(0.8, 3.0), 2))')"
    kill -9 "$mailer"
    wait "$mailer" 2>/dev/null || true
    mailer=""
    echo "kill $kill: sent $(state sent), sending $(state sending), ambiguous $(state ambiguous)"
done
sleep 4   # the killed mailers' leases run out
DATABASE_URL=$mailer_url "$bin/ilacs-mailer" run --port 0 >>"$work/mailer.log" 2>&1 &
mailer=$!
for _ in $(seq 1 600); do
    [ "$(psql "$DATABASE_URL" -qAt -c "SELECT count(*) FROM messaging_outbox WHERE state IN ('queued', 'sending')")" = 0 ] && break
    sleep 0.5
done
kill -TERM "$mailer" && wait "$mailer"
mailer=""

psql "$DATABASE_URL" -qAt -F ' ' -c "SELECT id, state FROM messaging_outbox ORDER BY id" >"$work/states.txt"
python3 - "$work/states.txt" "$work/received.jsonl" <<'PY'
import collections, json, re, sys
states = dict(line.split() for line in open(sys.argv[1]) if line.strip())
received = collections.Counter()
for line in open(sys.argv[2]):
    mid = json.loads(line)["headers"]["Message-ID"]
    received[re.match(r"<outbox-(\d+)\.", mid).group(1)] += 1
by_state = collections.Counter(states.values())
problems = []
for outbox, state in states.items():
    got = received.get(outbox, 0)
    if state == "sent" and got != 1: problems.append(f"outbox {outbox} is sent but arrived {got} times")
    if state == "ambiguous" and got > 1: problems.append(f"outbox {outbox} is ambiguous but arrived {got} times")
    if state in ("queued", "sending", "failed") and got: problems.append(f"outbox {outbox} is {state} but arrived")
ambiguous = sorted(int(o) for o, s in states.items() if s == "ambiguous")
if by_state["sending"] or by_state["queued"]: problems.append(f"left over: {by_state['queued']} queued, {by_state['sending']} sending")
if len(ambiguous) > 5: problems.append(f"{len(ambiguous)} ambiguous, more than one per kill")
print(f"chaos-mailer: {len(states)} messages: {dict(by_state)}; {sum(received.values())} received")
print(f"chaos-mailer: ambiguous (held for `campaign resolve`): {ambiguous or 'none'}; of these delivered: {[o for o in ambiguous if received.get(str(o))]}")
if problems:
    print("chaos-mailer: FAIL:\n  " + "\n  ".join(problems[:20]))
    sys.exit(1)
print("chaos-mailer: PASS: every household exactly one invitation (ambiguous ones listed), nothing stuck in sending")
PY
