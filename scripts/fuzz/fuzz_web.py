#!/usr/bin/env python3
"""Fuzzes every public route of both web apps over real HTTP, and checks they hold up.

Usage: fuzz_web.py DATABASE_URL [BIN_DIR]   (scripts/test.sh runs it after the Swift tests)

In a throwaway database on DATABASE_URL's server it generates small synthetic data, imports it,
records an inspection, freezes a manifest, draws a sample, adds an inspector, imports the
fostering households and queues and delivers (maildir) an invitation campaign, as
scripts/demo.sh does. Then it starts `ilacs-sampler serve` and `ilacs-mailer run` on free ports
(127.0.0.1 only), signs the inspector in, counts the rows of every table, and sends a fixed
number of malformed requests (methods, paths, encodings, headers, bodies, huge and empty
values; raw bytes on a socket, seeded so every run sends the same) to every route, with and
without a valid session and CSRF token. It fails (exit 1) when any answer is a 5xx, when
/health/live stops answering, when a row count changed other than audit_events growing by the
signed-in inspector's page views (never an anonymous client's refusal: those are counts in
refusal_counts, at most one row per kind, address bucket and hour), when an app does not stop
cleanly on SIGTERM, or when the run takes
longer than its time budget. Prints one summary line, never personal data.
"""
import json
import os
import random
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from urllib.parse import quote, urlsplit, urlunsplit

SEED = 20260611
REQUESTS_PER_APP = 1500
TIME_BUDGET_SECONDS = 100
READ_TIMEOUT_SECONDS = 5
PORTS = range(18400, 18500)
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


class FuzzFailure(Exception):
    pass


def run(command, env, capture=True):
    """Runs an app command; on failure raises with its last output lines (no personal data: synthetic only)."""
    result = subprocess.run(command, env=env, capture_output=capture, text=True)
    if result.returncode != 0:
        raise FuzzFailure(f"{' '.join(command[:3])} failed: {(result.stderr or result.stdout).strip()[-400:]}")
    return result.stdout


def psql(url, sql):
    return subprocess.run(["psql", url, "-qAtX", "-v", "ON_ERROR_STOP=1", "-c", sql], capture_output=True, text=True, check=True).stdout


def free_port(taken):
    for port in PORTS:
        if port in taken:
            continue
        with socket.socket() as probe:
            try:
                probe.bind(("127.0.0.1", port))
            except OSError:
                continue
        taken.add(port)
        return port
    raise FuzzFailure("no free port in 18400-18499")


def row_counts(url):
    tables = psql(url, "SELECT quote_ident(schemaname) || '.' || quote_ident(tablename) FROM pg_tables "
                       "WHERE schemaname NOT IN ('pg_catalog', 'information_schema') ORDER BY 1").split()
    sql = " UNION ALL ".join(f"SELECT '{table}', count(*) FROM {table}" for table in tables)
    return {line.split("|")[0]: int(line.split("|")[1]) for line in psql(url, sql).split()}


def exchange(port, data, half_close=False):
    """Sends raw bytes; returns the status code of the first answer, or None if none came."""
    with socket.create_connection(("127.0.0.1", port), timeout=READ_TIMEOUT_SECONDS) as connection:
        try:
            connection.sendall(data)
            if half_close:
                connection.shutdown(socket.SHUT_WR)
        except OSError:
            pass  # the server may answer (413, 400) and close before everything is sent
        reply = b""
        try:
            while b"\r\n" not in reply:
                chunk = connection.recv(65536)
                if not chunk:
                    break
                reply += chunk
        except OSError:
            pass
    match = re.match(rb"HTTP/1\.[01] (\d{3})", reply)
    return int(match.group(1)) if match else None


def request(method, target, headers=(), body=b"", version="HTTP/1.1"):
    lines = [f"{method} {target} {version}".encode("utf-8", "surrogateescape"), b"Host: 127.0.0.1", b"Connection: close"]
    lines += [h if isinstance(h, bytes) else h.encode("utf-8", "surrogateescape") for h in headers]
    return b"\r\n".join(lines) + b"\r\n\r\n" + body


class Fuzzer:
    """Makes one malformed request at a time from a seeded generator."""

    def __init__(self, rng, routes, known, cookie, csrf):
        self.rng, self.routes, self.known, self.cookie, self.csrf = rng, routes, known, cookie, csrf

    def value(self):
        r = self.rng
        return r.choice([
            "", "0", "-1", "1", "99999999999999999999999999", "1e3", "0x10", " 1", "1.5", "NaN", "null", "%00", "%", "%zz", "%2", "%C3%28",
            "%FF%FE", "%E2%80%AE", "%0d%0aSet-Cookie:%20x=1", "..", "%2e%2e%2f%2e%2e", "../../etc/passwd", "<script>alert(1)</script>",
            "'; DROP TABLE people;--", "A" * r.choice([256, 4096, 20000]), "é", "\u202e", "%25", "%2F", "+", "a+b%20c", "==", "&&&",
            quote("".join(chr(r.randrange(1, 0x2FFF)) for _ in range(r.randrange(1, 40))), safe=""),
            "".join(r.choice("abcdef0123456789-_=.%/+?#;") for _ in range(r.randrange(1, 80))),
        ] + self.known)

    def path(self, clean):
        r = self.rng
        template = r.choice(self.routes + ["/", "//", "/./", "/samples//children/", "*", "http://example.org/", "/samples/1/../../",
                                           "/health/live/x", "/%2e%2e/", "/" + "a/" * 300, "/sign-in/", "/SIGN-IN", "/reply/"])
        path = re.sub(r":[a-z]+", lambda _: self.value().replace("/", r.choice(["/", "%2F"])).replace("?", "%3F").replace("#", "%23"), template)
        if r.random() < 0.5:
            path += "?" + "&".join(f"{r.choice(['t', 'token', 'more', '', 'x', 't'])}={self.value()}" for _ in range(r.randrange(1, 4)))
        if clean:
            return quote(path, safe="/?&=%+:*;,@!$'()~-._")
        return path.replace(" ", r.choice(["%20", "+", " "]))

    def headers(self, clean):
        r = self.rng
        headers = []
        if r.random() < 0.5:
            headers.append(f"Cookie: {self.cookie}" if r.random() < 0.7 else r.choice([
                "Cookie: __Host-ilacs_session=", "Cookie: __Host-ilacs_session=" + self.value(), "Cookie: ;;;==;", "Cookie: " + "a=b; " * 500,
                "Cookie: ilacs_session=" + self.cookie.split("=", 1)[-1], f"Cookie: {self.cookie}; {self.cookie}x",
            ]))
        for _ in range(r.randrange(0, 4)):
            headers.append(r.choice([
                "Content-Type: application/x-www-form-urlencoded", "Content-Type: multipart/form-data; boundary=x", "Content-Type: application/json",
                "Content-Type: text/plain; charset=utf-7", "Accept: */*", "Accept-Encoding: gzip, br, zstd", "Content-Encoding: gzip",
                "X-Forwarded-For: 10.0.0.1", "Origin: http://evil.example", "Referer: http://evil.example/", "Expect: 100-continue",
                "Range: bytes=0-1,1-2,2-3", "If-None-Match: *", "Upgrade: websocket", "Connection: upgrade, close",
                "X-Long: " + "x" * r.choice([100, 8000]), "Cookie: " + "c" * 4000, "Accept-Language: " + ",".join(["en"] * 500),
            ]))
        if not clean:
            headers.append(r.choice([
                "X-Long: " + "x" * 90000, "Bad Header: space in name", "NoColon", ": empty-name", " folded: continuation",
                "Host: second.example", b"X-Bytes: \xff\xfe\x00\x01", "Transfer-Encoding: chunked, identity",
            ]))
        return headers

    def body(self, path):
        r = self.rng
        fields = []
        for _ in range(r.randrange(0, 5)):
            name = r.choice(["csrf", "more", "stratum", "token", "t", "", "more", "csrf"])
            value = self.value()
            if name == "csrf" and r.random() < 0.5:
                value = self.csrf
            fields.append(f"{name}={value}")
        text = "&".join(fields)
        # A valid CSRF token with a valid count would extend the sample, and one to /sign-out
        # would end the session: both are real changes, not bad input.
        if self.csrf and self.csrf in text:
            if "/sign-out" in path:
                text = text.replace(self.csrf, self.csrf[:-1])
            text = re.sub(r"(^|&)more=[^&]*", lambda m: m.group(1) + "more=" + r.choice(["0", "51", "-1", "x", "", "1.0", "%00", "99999999999999999999"]), text)
            if "more=" not in text:
                text += "&more=0"
        return r.choice([
            text.encode("utf-8", "surrogateescape"), b"", bytes(r.randrange(256) for _ in range(r.randrange(1, 3000))),
            b"%" * 1000, b"=" * 5000 + b"&" * 5000, b'{"csrf": "x", "more": 1}', b"--x\r\nContent-Disposition: form-data; name=more\r\n\r\n1\r\n--x--",
            text.encode() + b"\xff\xfe\x00", b"a=" + b"b" * r.choice([10, 100000, (1 << 20) + 100]),
        ])

    def next(self):
        """One request: (raw bytes, whether to half-close after sending)."""
        r = self.rng
        kind = r.random()
        if kind < 0.06:
            return r.choice([
                bytes(r.randrange(256) for _ in range(r.randrange(1, 2000))), b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03" + b"\x00" * 64,
                b"PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n", b"\r\n\r\n\r\n", b"GET\r\n\r\n", b"GET / HTTP/1.1\r\n" + b"X: y\r\n" * 3000 + b"\r\n",
                b"GET /" + b"a" * 100000 + b" HTTP/1.1\r\nHost: x\r\n\r\n", b"GET / HTTP/1.1\nHost: x\n\n", b"GET / HTTP/1.1\r\nHost: x\r\n",
            ]), True
        # Three in four are well framed, so that their values reach the handlers.
        clean = r.random() < 0.75
        method = r.choice(["GET", "POST", "POST", "GET", "GET", "POST"] if clean else
                          ["PUT", "DELETE", "HEAD", "OPTIONS", "PATCH", "TRACE", "CONNECT", "get", "FOO", "P0ST", "M" * 300])
        path = self.path(clean)
        body = self.body(path) if method not in ("GET", "HEAD") or r.random() < 0.1 else b""
        headers = self.headers(clean)
        framing = 0 if clean else r.random()
        half_close = False
        if framing < 0.7:
            headers.append(f"Content-Length: {len(body)}")
        elif framing < 0.8:
            headers.append(r.choice(["Content-Length: -1", "Content-Length: abc", "Content-Length: 99999999999999999999",
                                     f"Content-Length: {len(body)}\r\nContent-Length: {len(body) + 1}", f"Content-Length: {len(body) + 50}"]))
            half_close = True
        elif framing < 0.9:
            headers.append("Transfer-Encoding: chunked")
            body = r.choice([f"{len(body):x}\r\n".encode() + body + b"\r\n0\r\n\r\n", b"zz\r\nab\r\n0\r\n\r\n", b"5\r\nab\r\n", b"0\r\n\r\n"])
            half_close = True
        version = "HTTP/1.1" if clean else r.choice(["HTTP/1.1"] * 4 + ["HTTP/1.0", "HTTP/2.0", "HTTP/9.9", "HTTP/1.1x", ""])
        return request(method, path, headers, body, version), half_close


def setup(admin, sampler, url, work, env):
    """The data of a sampling fixture and a queued, delivered campaign; returns the inspector's sign-in token."""
    today = date.today()
    lists = os.path.join(work, "lists")
    run([admin, "migrate"], env)
    run([admin, "generate", "--size", "small", "--seed", "7", "--as-of", today.isoformat(), "--out", lists], env)
    run([admin, "import", "annex-a", lists, "--as-of", today.isoformat()], env)
    snapshot = str(json.loads(run([admin, "snapshots", "--format", "json"], env))[0]["id"])
    run([admin, "local-list", "import", "--name", "children-not-in-school", os.path.join(lists, "children_not_in_school.csv"), "--snapshot", snapshot], env)
    call = today + timedelta(days=1)
    run([admin, "inspection", "notify", "--call-at", f"{call.isoformat()} 10:30", "--type", "short"], env)
    inspection = psql(url, "SELECT max(id) FROM inspections").strip()
    with open(os.path.join(work, "plan.yaml"), "w") as plan:
        plan.write(run([sampler, "plan", "example"], env))
    run([sampler, "manifest", "--snapshot", snapshot, "--plan", os.path.join(work, "plan.yaml"), "--inspection", inspection,
         "--out", os.path.join(work, "manifest.tsv")], env)
    manifest = psql(url, "SELECT max(id) FROM sampling_manifests").strip()
    run([sampler, "draw", "--manifest", manifest, "--seed", "314159265358979323846264"], env)
    added = run([admin, "inspectors", "add", "--name", "Fuzz Inspector", "--email", "fuzz@ofsted.example", "--inspection", inspection,
                 "--until", (today + timedelta(days=7)).isoformat()], env)
    token = re.search(r"token=([A-Za-z0-9_-]+)", added).group(1)
    run([admin, "carers", "import", os.path.join(lists, "fostering_households.csv")], env)
    on_site = call + timedelta(days=8 - call.isoweekday())
    run([admin, "campaign", "create", "--inspection", inspection, "--template", os.path.join(ROOT, "examples", "carer-invitation"),
         "--session", f"{(on_site + timedelta(days=1)).isoformat()} 18:00 | County Hall, Room 2 | 4",
         "--session", f"{(on_site + timedelta(days=2)).isoformat()} 12:30 | https://meet.example.org/carers | 30"], env)
    campaign = psql(url, "SELECT max(id) FROM carer_campaigns").strip()
    run([admin, "campaign", "send", campaign], env)
    return token


def start(command, port, env, log):
    server = subprocess.Popen(command + ["--host", "127.0.0.1", "--port", str(port)], env=env, stdout=log, stderr=subprocess.STDOUT)
    for _ in range(150):
        try:
            if exchange(port, request("GET", "/health/ready")) == 200:
                return server
        except OSError:
            pass
        if server.poll() is not None:
            break
        time.sleep(0.2)
    server.kill()
    raise FuzzFailure(f"{os.path.basename(command[0])} never became ready")


def stop(server, name):
    server.send_signal(signal.SIGTERM)
    try:
        status = server.wait(timeout=15)
    except subprocess.TimeoutExpired:
        server.kill()
        raise FuzzFailure(f"{name} did not stop within 15 s of SIGTERM")
    if status != 0:
        raise FuzzFailure(f"{name} exited with {status} after SIGTERM")


def http(port, method, target, headers=(), body=b""):
    """A well-formed request; returns (status, headers text, body text)."""
    with socket.create_connection(("127.0.0.1", port), timeout=10) as connection:
        connection.sendall(request(method, target, list(headers) + [f"Content-Length: {len(body)}"], body))
        reply = b""
        while chunk := connection.recv(65536):
            reply += chunk
    head, _, content = reply.partition(b"\r\n\r\n")
    return int(head.split(b" ")[1]), head.decode("latin-1"), content.decode("utf-8", "replace")


def main():
    if len(sys.argv) < 2:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    base_url, bin_dir = sys.argv[1], os.path.abspath(sys.argv[2] if len(sys.argv) > 2 else ".build/debug")
    for tool in ("psql",):
        if shutil.which(tool) is None:
            raise FuzzFailure(f"{tool} is missing: run `make setup` (scripts/install-deps.sh)")
    started = time.monotonic()
    database = f"ilacs_fuzz_{os.getpid()}"
    parts = urlsplit(base_url)
    url = urlunsplit(parts._replace(path="/" + database))
    psql(base_url, f"CREATE DATABASE {database} TEMPLATE template0 ENCODING 'UTF8'")
    work = tempfile.mkdtemp(prefix="ilacs-fuzz-")
    servers = []
    try:
        reply_key = os.urandom(32).hex()
        taken = set()
        sampler_port, mailer_port = free_port(taken), free_port(taken)
        env = dict(os.environ, DATABASE_URL=url, ILACS_ACTOR="fuzz", SWIFT_DETERMINISTIC_HASHING="1", MAIL_TRANSPORT="maildir",
                   MAIL_MAILDIR=os.path.join(work, "maildir"), MAIL_REPLY_KEY=reply_key, MAIL_PUBLIC_URL=f"http://127.0.0.1:{mailer_port}",
                   MAIL_AUTHORITY="Fuzz County Council", SAMPLER_PUBLIC_URL=f"http://127.0.0.1:{sampler_port}",
                   AUDIT_CHILD_KEY=os.urandom(32).hex(),
                   # Every request comes from 127.0.0.1: lift the per-address limit so the fuzz reaches the handlers.
                   WEB_RATE_BURST="1000000", WEB_RATE_PER_MINUTE="1000000", WEB_IDLE_TIMEOUT_SECONDS="2")
        env.pop("DATABASE_URL_FILE", None)
        admin, sampler, mailer = (os.path.join(bin_dir, app) for app in ("ilacs-admin", "ilacs-sampler", "ilacs-mailer"))
        token = setup(admin, sampler, url, work, env)
        # The apps under test run as their own database roles (docker/db-init/ilacs-roles.sh).
        as_role = lambda role: dict(env, DATABASE_URL=urlunsplit(urlsplit(url)._replace(netloc=f"{role}@{urlsplit(url).netloc.rpartition('@')[2]}")))
        run([mailer, "send", "--once"], as_role("ilacs_mailer"))
        log = open(os.path.join(work, "servers.log"), "w")
        servers.append((start([sampler, "serve"], sampler_port, as_role("ilacs_sampler"), log), "ilacs-sampler serve"))
        servers.append((start([mailer, "run"], mailer_port, as_role("ilacs_mailer"), log), "ilacs-mailer run"))

        status, head, _ = http(sampler_port, "POST", "/sign-in", ["Content-Type: application/x-www-form-urlencoded"], f"token={token}".encode())
        session = re.search(r"Set-Cookie: (__Host-ilacs_session=[^;]+)", head) or re.search(r"Set-Cookie: ([^=]+=[^;]+)", head)
        if status != 303 or not session:
            log.flush()
            with open(log.name, encoding="utf-8", errors="replace") as logged:
                print("".join(logged.readlines()[-5:]), end="")
            raise FuzzFailure(f"the inspector could not sign in (status {status})")
        cookie = "Cookie: " + session.group(1)
        _, _, samples = http(sampler_port, "GET", "/", [cookie])
        sample = re.search(r'href="/samples/(\d+)"', samples).group(1)
        _, _, page = http(sampler_port, "GET", f"/samples/{sample}", [cookie])
        csrf = re.search(r'name="csrf" value="([0-9a-f]{64})"', page).group(1)
        child = re.search(r'href="/samples/\d+/children/([^"]+)"', page).group(1)
        messages = sorted(os.listdir(os.path.join(work, "maildir", "new")))
        with open(os.path.join(work, "maildir", "new", messages[0]), encoding="utf-8", errors="replace") as message:
            text = message.read().replace("=\n", "").replace("=3D", "=")
        reply = re.search(r"/reply\?t=([A-Za-z0-9_.-]+)", text).group(1)
        unsubscribe = re.search(r"/unsubscribe\?t=([A-Za-z0-9_.-]+)", text)
        payload, signature = reply.split(".")
        # Re-encodings of a valid link (padding, the standard alphabet) and near misses; never the
        # canonical token itself, which would record a real reply.
        variants = [reply + "=", payload + "==." + signature, reply.replace("-", "+").replace("_", "/"), reply[:-1], reply + "A"]
        variants = [variant for variant in variants if variant != reply]

        before = row_counts(url)
        rng = random.Random(SEED)
        sampler_routes = ["/sign-in", "/sign-out", "/", "/samples/:id", "/samples/:id/extend", "/samples/:id/download.csv",
                          "/samples/:id/children/:child", f"/samples/{sample}", f"/samples/{sample}/extend", f"/samples/{sample}/children/:child",
                          f"/samples/{sample}/download.csv", "/health/live", "/health/ready",
                          "/audits/sign-in", "/audits/sign-in?token=:id", "/audits/sign-out", "/audits", "/audits/cases/:child",
                          "/audits/cases/:child/agree"]
        mailer_routes = ["/reply", "/unsubscribe", "/reply?t=:t", "/unsubscribe?t=:t", "/health/live", "/health/ready"]
        apps = [
            ("sampler", sampler_port, Fuzzer(rng, sampler_routes, [sample, child, token, "1", "2"], cookie.split(": ", 1)[1], csrf)),
            ("mailer", mailer_port, Fuzzer(rng, mailer_routes, variants + ([unsubscribe.group(1) + "="] if unsubscribe else []), "x=y", "")),
        ]
        sent, server_errors, no_answer, statuses = 0, [], 0, {}
        for index in range(REQUESTS_PER_APP):
            for app, port, fuzzer in apps:
                data, half_close = fuzzer.next()
                status = exchange(port, data, half_close)
                sent += 1
                statuses[status] = statuses.get(status, 0) + 1
                if status is None:
                    no_answer += 1
                elif status >= 500:
                    server_errors.append(f"{app}: {status} for {data[:120]!r}")
            if time.monotonic() - started > TIME_BUDGET_SECONDS:
                raise FuzzFailure(f"over the time budget of {TIME_BUDGET_SECONDS} s after {sent} requests")
        # Replaying a used-up valid GET shows a page; the canonical tokens are never POSTed.
        http(mailer_port, "GET", f"/reply?t={reply}")
        alive = [exchange(port, request("GET", "/health/live")) == 200 for _, port, _ in apps]
        after = row_counts(url)
        changed = {table: (before.get(table), after.get(table)) for table in set(before) | set(after) if before.get(table) != after.get(table)}
        audit = changed.pop("public.audit_events", (0, 0))
        refusals = changed.pop("public.refusal_counts", (0, 0))
        anonymous = int(psql(url, "SELECT count(*) FROM audit_events WHERE actor = 'anonymous'"))
        problems = []
        if anonymous:
            problems.append(f"{anonymous} audit events of anonymous refusals: they must be counts in refusal_counts")
        if (refusals[1] or 0) - (refusals[0] or 0) > 3 * 2:
            problems.append(f"refusal_counts grew by {(refusals[1] or 0) - (refusals[0] or 0)} rows, more than 3 kinds x 2 hours for one address")
        if server_errors:
            problems.append(f"{len(server_errors)} answered 5xx, first: {server_errors[:3]}")
        if not all(alive):
            problems.append("a server no longer answers /health/live")
        if changed:
            problems.append(f"rows changed: {changed}")
        if audit[1] - audit[0] > sent:
            problems.append(f"audit_events grew by {audit[1] - audit[0]}, more than one per request")
        for server, name in servers:
            stop(server, name)
        servers = []
        elapsed = time.monotonic() - started
        summary = (f"fuzz: {sent} requests ({REQUESTS_PER_APP} per app), {len(server_errors)} answered 5xx, "
                   f"servers {'alive' if all(alive) else 'DEAD'}, {no_answer} closed without an answer, "
                   f"audit_events +{audit[1] - audit[0]} (anonymous {anonymous}), refusal_counts +{(refusals[1] or 0) - (refusals[0] or 0)} rows, "
                   f"other tables unchanged: {not changed}, {elapsed:.0f} s; "
                   f"statuses {dict(sorted((str(k), v) for k, v in statuses.items()))}")
        if problems:
            print(summary)
            log.flush()
            with open(log.name, encoding="utf-8", errors="replace") as logged:
                print("".join(line for line in logged if " error " in line)[-3000:], end="")
            raise FuzzFailure("; ".join(problems))
        print(summary)
        print(f"fuzz: PASS: {sent} requests, 0 answered 5xx, server alive")
        return 0
    finally:
        for server, _ in servers:
            server.kill()
            server.wait()
        shutil.rmtree(work, ignore_errors=True)
        psql(base_url, f"DROP DATABASE IF EXISTS {database} WITH (FORCE)")


if __name__ == "__main__":
    try:
        sys.exit(main())
    except FuzzFailure as failure:
        print(f"fuzz: FAIL: {failure}", file=sys.stderr)
        sys.exit(1)
