#!/usr/bin/python3
"""A local SMTP sink for the mail tests (Debian's python3-aiosmtpd).

Listens on 127.0.0.1 only, on a free port it prints on its first line, and stores every message
it accepts as OUT/NNNN.eml (the bytes received) with OUT/NNNN.json (envelope). --delay-first S
waits S seconds after storing the first message before answering 250 (for kill-while-sending
tests);
--reply "451 ..." answers every DATA with that instead. --cert/--key offer STARTTLS
(--implicit-tls: TLS from the first byte instead); --user/--password require that login.
"""
import argparse
import asyncio
import json
import os
import socket
import ssl
import sys

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword


class Sink:
    def __init__(self, out, delay, reply):
        self.out = out
        self.delay = delay
        self.reply = reply
        self.count = 0

    async def handle_DATA(self, server, session, envelope):
        if self.reply:
            return self.reply
        self.count += 1
        base = os.path.join(self.out, "%04d" % self.count)
        with open(base + ".tmp", "wb") as f:
            f.write(envelope.original_content or envelope.content)
        login = ""
        if getattr(session, "authenticated", False) and isinstance(session.auth_data, LoginPassword):
            login = session.auth_data.login.decode()
        with open(base + ".json", "w") as f:
            json.dump({"mail_from": envelope.mail_from, "rcpt_tos": envelope.rcpt_tos,
                       "tls": server.transport.get_extra_info("ssl_object") is not None,
                       "login": login}, f)
        os.rename(base + ".tmp", base + ".eml")
        if self.delay and self.count == 1:
            await asyncio.sleep(self.delay)
        return "250 Message accepted for delivery"


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", required=True)
    parser.add_argument("--delay-first", type=float, default=0)
    parser.add_argument("--reply", default="")
    parser.add_argument("--cert", default="")
    parser.add_argument("--key", default="")
    parser.add_argument("--implicit-tls", action="store_true")
    parser.add_argument("--user", default="")
    parser.add_argument("--password", default="")
    args = parser.parse_args()
    port = free_port()
    options = {}
    if args.cert:
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(args.cert, args.key)
        if args.implicit_tls:
            options["ssl_context"] = context
        else:
            options["tls_context"] = context
            options["require_starttls"] = True
    if args.user:
        def authenticator(server, session, envelope, mechanism, auth_data):
            ok = (isinstance(auth_data, LoginPassword) and auth_data.login == args.user.encode()
                  and auth_data.password == args.password.encode())
            return AuthResult(success=ok, handled=False, auth_data=auth_data)
        options["authenticator"] = authenticator
        options["auth_required"] = True
        # aiosmtpd counts only STARTTLS as TLS for AUTH; implicit TLS is encrypted from the start.
        options["auth_require_tls"] = bool(args.cert) and not args.implicit_tls
    controller = Controller(Sink(args.out, args.delay_first, args.reply), hostname="127.0.0.1", port=port,
                            **options)
    controller.start()
    print(port, flush=True)
    try:
        # Until the test closes our stdin (or kills us).
        sys.stdin.read()
    finally:
        controller.stop()


if __name__ == "__main__":
    main()
