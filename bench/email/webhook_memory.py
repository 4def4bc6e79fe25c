"""Memory of one large message through the Mailgun inbound webhook.

    SQLITE_PATH=/tmp/webhook-memory.sqlite3 .venv/bin/python -m bench.email.webhook_memory [--mib 25]

Migrates the (throwaway) database, builds a reply of about ``--mib`` MiB (PDF
attachments, base64 as clients send them), posts it the way Mailgun does
(multipart/form-data, raw MIME in body-mime, basic auth and HMAC signature) through
Django's test client, and prints the peak of Python allocations during the request
(tracemalloc: request parsing, storing, reading and planning the message) and the
process's peak RSS before and after (``--no-trace``: the time without tracemalloc's
overhead). The request body and the message built for it
are held by this script during the request and are counted in neither peak.
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import hmac
import os
import resource
import time
import tracemalloc

MIB = 1024 * 1024


def _rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mib", type=float, default=25.0)
    parser.add_argument("--no-trace", action="store_true", help="time the request without tracemalloc's overhead")
    args = parser.parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "trustsafety.settings")
    import django

    django.setup()
    from django.core.management import call_command
    from django.test import Client, override_settings

    from demo.mail_samples import gmail_reply, with_attachment
    from inbound_mail.models import InboundEmail

    call_command("migrate", verbosity=0)
    InboundEmail.objects.all().delete()
    target = int(args.mib * MIB) - 64 * 1024
    raw = gmail_reply(new_text="The contracts are attached.", to="reply+x@reply.example.com", in_reply_to=None)
    while len(raw) < target:
        room = (target - len(raw) - 1000) * 3 * 76 // (4 * 78)
        data = b"%PDF" + b"7" * max(1, min(6 * MIB, room))
        raw = with_attachment(raw, filename=f"part-{len(raw)}.pdf", content_type="application/pdf", data=data)
    key, auth = "bench-signing-key", "bench:bench-webhook-password"
    timestamp, token = str(int(time.time())), hashlib.sha256(os.urandom(16)).hexdigest()[:50]
    signature = hmac.new(key.encode(), f"{timestamp}{token}".encode(), hashlib.sha256).hexdigest()
    fields = {"recipient": "reply+x@reply.example.com", "timestamp": timestamp, "token": token, "signature": signature}
    boundary = "benchboundary7f3a"
    body = b"".join(
        f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode()
        for name, value in fields.items()
    )
    body += f'--{boundary}\r\nContent-Disposition: form-data; name="body-mime"\r\n\r\n'.encode() + raw + b"\r\n"
    body += f"--{boundary}--\r\n".encode()

    rss_before = _rss_mib()
    with override_settings(ANYMAIL={"WEBHOOK_SECRET": [auth], "MAILGUN_WEBHOOK_SIGNING_KEY": key}):
        if not args.no_trace:
            tracemalloc.start()
        started = time.perf_counter()
        response = Client().generic(
            "POST",
            "/anymail/mailgun/inbound_mime/",
            body,
            content_type=f"multipart/form-data; boundary={boundary}",
            HTTP_AUTHORIZATION="Basic " + base64.b64encode(auth.encode()).decode(),
        )
        elapsed = time.perf_counter() - started
        _current, peak = tracemalloc.get_traced_memory() if not args.no_trace else (0, 0)
        tracemalloc.stop()
    stored = InboundEmail.objects.get()
    print(f"message: {len(raw) / MIB:.1f} MiB; request body {len(body) / MIB:.1f} MiB; answer {response.status_code}")
    print(f"stored whole: {bytes(stored.raw) == raw} ({stored.get_status_display()}: {stored.get_reason_display()})")
    traced = "not traced" if args.no_trace else f"{peak / MIB:.0f} MiB"
    print(f"time: {elapsed:.2f} s; peak Python allocations during the request: {traced}")
    print(f"peak RSS: {rss_before:.0f} MiB before the request, {_rss_mib():.0f} MiB after")


if __name__ == "__main__":
    main()
