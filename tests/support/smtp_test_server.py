#!/usr/bin/python3
"""A real SMTP server for Atende's mail tests, built on Debian's python3-aiosmtpd.

Started by tests/support/SmtpTestServer as a child process on a free loopback port. Prints "READY <port>" on
stdout once it listens. Every message it accepts is written to --out-dir as NNNN.eml (the exact DATA bytes, after
dot-unstuffing) with NNNN.json beside it (envelope, whether TLS and AUTH were used). Faults are switched on by
options, so each test says which misbehaving server it talks to.
"""
import argparse
import asyncio
import json
import os
import socket
import ssl
import sys

try:
    from aiosmtpd.smtp import SMTP, AuthResult
except ImportError:  # the C++ side turns this into a WARN or, with ATENDE_REQUIRE_SERVERS=1, a failure
    print("MISSING aiosmtpd", flush=True)
    sys.exit(3)


def parse_args():
    p = argparse.ArgumentParser()
    p.add_argument("--mode", choices=["plain", "starttls", "tls", "silent"], default="plain")
    p.add_argument("--cert")
    p.add_argument("--key")
    p.add_argument("--out-dir", required=True)
    p.add_argument("--auth-user")
    p.add_argument("--auth-password")
    p.add_argument("--auth-only", help="offer only this AUTH mechanism (LOGIN or PLAIN)")
    p.add_argument("--reject-rcpt", action="append", default=[], help="answer 550 to RCPT TO for this address")
    p.add_argument("--tempfail-rcpt", action="append", default=[], help="answer 450 to RCPT TO for this address")
    p.add_argument("--tempfail-data", type=int, default=0, help="answer 451 to the first N messages")
    p.add_argument("--greet-421", type=int, default=0, help="greet the first N connections with 421 and close")
    p.add_argument("--drop-in-data", type=int, default=0, help="close the connection in the middle of the first N DATA")
    p.add_argument("--hang-after-data", type=int, default=0,
                   help="store the first N messages, then never answer (a client killed while waiting)")
    p.add_argument("--inject-after-starttls", action="store_true",
                   help="send a forged reply in clear right behind '220 Ready to start TLS' (STARTTLS injection)")
    return p.parse_args()


ARGS = parse_args()
COUNTERS = {"messages": 0, "data": 0, "greetings": 0}


def store(envelope, session, tls):
    COUNTERS["messages"] += 1
    base = os.path.join(ARGS.out_dir, "%04d" % COUNTERS["messages"])
    with open(base + ".eml.part", "wb") as f:
        f.write(envelope.original_content)
    meta = {
        "mail_from": envelope.mail_from,
        "rcpt_tos": envelope.rcpt_tos,
        "tls": tls,
        "authenticated": bool(getattr(session, "authenticated", False)),
        "login": (session.auth_data.login.decode() if getattr(session, "auth_data", None) is not None
                  and hasattr(session.auth_data, "login") else None),
    }
    with open(base + ".json", "w") as f:
        json.dump(meta, f)
    os.rename(base + ".eml.part", base + ".eml")  # the .eml appears whole or not at all


class Handler:
    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address in ARGS.reject_rcpt:
            return "550 5.1.1 <%s>: Recipient address rejected: User unknown" % address
        if address in ARGS.tempfail_rcpt:
            return "450 4.2.1 <%s>: Mailbox busy, try again later" % address
        envelope.rcpt_tos.append(address)
        return "250 2.1.5 OK"

    async def handle_DATA(self, server, session, envelope):
        COUNTERS["data"] += 1
        if COUNTERS["data"] <= ARGS.tempfail_data:
            return "451 4.3.0 Temporary local problem, try again later"
        store(envelope, session, server._tls_protocol is not None or ARGS.mode == "tls")
        if COUNTERS["data"] <= ARGS.tempfail_data + ARGS.hang_after_data:
            await asyncio.sleep(3600)
        return "250 2.0.0 Ok: queued as %04d" % COUNTERS["messages"]


class FaultySMTP(SMTP):
    async def push(self, status):
        if ARGS.inject_after_starttls and status == "220 Ready to start TLS":
            # What a man in the middle would add: a reply the client must not take as the answer to its next
            # command once the channel is encrypted (a client that kept it would read it as the EHLO reply).
            status = status + "\r\n250 INJECTED-BEFORE-TLS"
        await super().push(status)

    async def smtp_DATA(self, arg):
        if COUNTERS["data"] < ARGS.drop_in_data and self.envelope.rcpt_tos:
            COUNTERS["data"] += 1
            await self.push("354 End data with <CR><LF>.<CR><LF>")
            await self._reader.readuntil(b"\r\n")  # one line of the message, then the line goes dead
            self.transport.close()
            return
        await super().smtp_DATA(arg)

    def connection_made(self, transport):
        COUNTERS["greetings"] += 1
        if COUNTERS["greetings"] <= ARGS.greet_421:
            transport.write(b"421 4.3.2 Service not available, closing channel\r\n")
            transport.close()
            return
        super().connection_made(transport)


def authenticator(server, session, envelope, mechanism, auth_data):
    ok = (auth_data.login.decode() == ARGS.auth_user and auth_data.password.decode() == ARGS.auth_password)
    # handled=False: aiosmtpd answers 535 itself; auth_data is what the session keeps (the login for the test)
    return AuthResult(success=ok, handled=False, auth_data=auth_data)


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


async def main():
    loop = asyncio.get_running_loop()
    ctx = None
    if ARGS.cert:
        ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        ctx.load_cert_chain(ARGS.cert, ARGS.key)

    def factory():
        kwargs = dict(hostname="mail.test.local", decode_data=False, enable_SMTPUTF8=False)
        if ARGS.auth_user:
            # implicit TLS is below aiosmtpd's view, so it would refuse AUTH there; the socket is encrypted anyway
            kwargs.update(authenticator=authenticator, auth_required=True, auth_require_tls=(ARGS.mode != "tls"))
            if ARGS.auth_only:
                kwargs.update(auth_exclude_mechanism=[m for m in ("LOGIN", "PLAIN") if m != ARGS.auth_only])
        if ARGS.mode == "starttls":
            kwargs.update(tls_context=ctx, require_starttls=True)
        return FaultySMTP(Handler(), **kwargs)

    class Silent(asyncio.Protocol):
        def connection_made(self, transport):
            self.transport = transport  # accept and never say a word

    port = free_port()
    if ARGS.mode == "silent":
        server = await loop.create_server(Silent, "127.0.0.1", port)
    elif ARGS.mode == "tls":
        server = await loop.create_server(factory, "127.0.0.1", port, ssl=ctx)
    else:
        server = await loop.create_server(factory, "127.0.0.1", port)
    print("READY %d" % port, flush=True)
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    try:
        asyncio.run(main())
    except KeyboardInterrupt:
        pass
