#!/usr/bin/env python3
"""A real SMTP server for the mailer's tests, bench and chaos run: aiosmtpd on 127.0.0.1.

Options: STARTTLS with a certificate (--cert/--key), AUTH PLAIN and LOGIN (--user/--password),
and injected replies chosen by the recipient's local part:
  ...+421@...   421 at RCPT (the server closes the connection)
  ...+451@...   451 at RCPT, every time
  ...+451once@  451 at RCPT the first time, then accepted
  ...+550@...   550 at RCPT
  ...+552data@  552 after the final dot
  ...+drop@...  the connection is dropped after the final dot, before any reply
Each accepted message is parsed with Python's email package and appended as one JSON line to
--out: envelope, headers, MIME parts with charset, transfer encoding and decoded text, and the raw
message (for oracles that parse it again).
--light records only the Message-ID (for the benchmark). Prints "READY <port>" once listening.
"""
import argparse
import asyncio
import email
import email.policy
import json
import signal
import socket
import ssl
import sys
import threading

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword


def text_of(part):
    """A part's decoded content as text: an attachment (application/ics, say) comes as bytes."""
    content = part.get_content()
    return content if isinstance(content, str) else content.decode("utf-8", "replace")


def parse(envelope):
    message = email.message_from_bytes(envelope.original_content, policy=email.policy.default)
    parts = []
    for part in message.walk():
        if part.is_multipart():
            continue
        parts.append({
            "content_type": part.get_content_type(),
            "charset": part.get_content_charset(),
            "transfer_encoding": part.get("Content-Transfer-Encoding"),
            "text": text_of(part),
        })
    raw_lines = envelope.original_content.split(b"\r\n")
    return {
        "mail_from": envelope.mail_from,
        "rcpt_tos": envelope.rcpt_tos,
        "headers": {name: str(value) for name, value in message.items()},
        "content_type": message.get_content_type(),
        "parts": parts,
        "defects": [str(d) for d in message.defects],
        "raw_dot_lines": sum(1 for line in raw_lines if line.startswith(b".")),
        "raw": envelope.original_content.decode("utf-8", "replace"),
    }


def light_record(envelope):
    head = envelope.original_content.split(b"\r\n\r\n", 1)[0]
    mid = next((line[11:].strip().decode() for line in head.split(b"\r\n") if line.lower().startswith(b"message-id:")), None)
    return {"rcpt_tos": envelope.rcpt_tos, "headers": {"Message-ID": mid}}


class Handler:
    def __init__(self, out, light=False):
        self.out = out
        self.light = light
        self.lock = threading.Lock()
        self.seen = set()

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        local = address.split("@")[0]
        if local.endswith("+421"):
            return "421 4.3.2 service shutting down"
        if local.endswith("+451"):
            return "451 4.3.0 try again later"
        if local.endswith("+451once") and address not in self.seen:
            self.seen.add(address)
            return "451 4.3.0 try again later"
        if local.endswith("+550"):
            return "550 5.1.1 mailbox unavailable"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        local = envelope.rcpt_tos[0].split("@")[0]
        if local.endswith("+552data"):
            return "552 5.3.4 message too big"
        if local.endswith("+drop"):
            server.transport.abort()
            return "250 OK"
        # --light (the benchmark): keep only the Message-ID, so the sink's own parsing does not
        # set the pace being measured.
        record = light_record(envelope) if self.light else parse(envelope)
        with self.lock, open(self.out, "a", encoding="utf-8") as out:
            out.write(json.dumps(record) + "\n")
        return "250 2.0.0 OK queued"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", required=True)
    parser.add_argument("--cert")
    parser.add_argument("--key")
    parser.add_argument("--user")
    parser.add_argument("--password")
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--light", action="store_true", help="record only the Message-ID of each message")
    args = parser.parse_args()

    port = args.port
    if port == 0:
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]

    tls = None
    if args.cert:
        tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        tls.load_cert_chain(args.cert, args.key)

    def authenticate(server, session, envelope, mechanism, auth_data):
        ok = isinstance(auth_data, LoginPassword) and auth_data.login.decode() == args.user \
            and auth_data.password.decode() == args.password
        return AuthResult(success=ok, handled=False)

    kwargs = {}
    if args.user:
        kwargs.update(authenticator=authenticate, auth_required=True, auth_require_tls=tls is not None)
    controller = Controller(Handler(args.out, args.light), hostname="127.0.0.1", port=port, tls_context=tls,
                            require_starttls=tls is not None, data_size_limit=10_000_000, **kwargs)
    controller.start()
    print(f"READY {port}", flush=True)
    stop = threading.Event()
    # A parent (the Swift test runner, a shell's background job) may hand down SIGTERM and SIGINT
    # blocked; unblocked, a plain `kill` stops the sink instead of leaving it running forever.
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGTERM, signal.SIGINT})
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    # A wait with a timeout, so the signal handlers get to run.
    while not stop.wait(0.2):
        pass
    controller.stop()


if __name__ == "__main__":
    sys.exit(main())
