"""Time per message through the Mailgun inbound webhook on PostgreSQL (one
message per request, as an ESP posts them).

    .venv/bin/python -m bench.email.webhook_latency [--people 200] [--replies 600]

Recreates the database ``ts_email_webhook`` (BENCH_WEBHOOK_DB), migrates it, seeds
``--people`` cases with an information request each through the portal's own
services (``portal_adapter.seed``), then posts ``--replies`` signed Mailgun
``inbound_mime`` requests — Gmail, Outlook and Apple Mail replies to those emails,
every fifth with a 20 KB attachment, every tenth from a stranger with no thread —
through Django's test client with DEBUG off, and prints the time of each request
(whole request: form parsing, authentication, storing, parsing, threading, the
case's timeline) as min / median / p95 / max, and CPU per request.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from collections import Counter

from bench.email import portal_adapter as portal
from bench.email import side_by_side as sbs

DB = os.environ.get("BENCH_WEBHOOK_DB", "ts_email_webhook")
AUTH = "bench:bench-webhook-password-0123"
KEY = "bench-webhook-signing-key"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--people", type=int, default=200)
    parser.add_argument("--replies", type=int, default=600)
    args = parser.parse_args()
    url = f"{sbs.SERVER}/{DB}"
    sbs._recreate(DB)
    env = {
        **portal.environment(url),
        "ANYMAIL_ESP": "mailgun",
        "ANYMAIL_WEBHOOK_SECRET": AUTH,
        "MAILGUN_WEBHOOK_SIGNING_KEY": KEY,
        "ALLOWED_HOSTS": "testserver",
        "SECURE_SSL_REDIRECT": "false",
    }
    subprocess.run(portal.migrate_command(), cwd=portal.ROOT, env=env, check=True)
    os.environ.update(env)  # not portal.setup: it would unmount the webhooks (ANYMAIL_ESP=none)
    if str(portal.ROOT) not in sys.path:
        sys.path.insert(0, str(portal.ROOT))
    import django

    django.setup()
    from django.test import Client

    from demo.mail_samples import apple_mail_reply, gmail_reply, outlook_reply, with_attachment
    from inbound_mail.models import InboundEmail
    from tests.mail import basic_auth, form_data, mailgun_signature

    sent = portal.seed([(f"Person {n}", f"person{n}@example.net") for n in range(args.people)], question="Who?")
    client = Client()
    formats = [gmail_reply, outlook_reply, apple_mail_reply]
    times, cpus, statuses = [], [], []
    for n in range(args.replies):
        email = sent[n % len(sent)]
        make = formats[n % len(formats)]
        if n % 10 == 9:
            raw = make(new_text=f"A question from nobody we wrote to ({n}).", to="trust@example.com",
                       in_reply_to=None, from_=f"Stranger {n} <stranger{n}@example.org>",
                       message_id=f"<webhook-{n}@bench.example>")  # fmt: skip
        else:
            raw = make(new_text=f"Here is my answer number {n}.\nThe other account is my cousin's.",
                       to=email.to, in_reply_to=email.message_id, from_=f"Person <{email.person_email}>",
                       message_id=f"<webhook-{n}@bench.example>")  # fmt: skip
        if n % 5 == 4:
            raw = with_attachment(raw, filename="screenshot.png", content_type="image/png", data=b"\x89PNG" * 5000)
        fields = {"recipient": "", "sender": email.person_email, "body-mime": raw, **mailgun_signature(KEY)}
        body, content_type = form_data(fields)
        cpu, wall = time.process_time(), time.perf_counter()
        response = client.generic(
            "POST", "/anymail/mailgun/inbound_mime/", body, content_type=content_type,
            HTTP_AUTHORIZATION=basic_auth(AUTH), secure=True,
        )  # fmt: skip
        times.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
        statuses.append(response.status_code)
    outcome = dict(Counter(InboundEmail.objects.values_list("status", flat=True)))
    ms = sorted(1000 * t for t in times)
    p95 = ms[int(0.95 * (len(ms) - 1))]
    print(f"{len(ms)} requests on PostgreSQL ({DB}); answers: {dict(Counter(statuses))}")
    print(f"stored: {outcome}")
    print(
        f"ms per request: min {ms[0]:.1f}, median {statistics.median(ms):.1f}, p95 {p95:.1f}, max {ms[-1]:.1f}; "
        f"CPU median {1000 * statistics.median(cpus):.1f} ms; load average {os.getloadavg()[0]:.1f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
