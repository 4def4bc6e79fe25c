"""Ingestion throughput: ``manage.py ingest_email --maildir`` on PostgreSQL.

    .venv/bin/python -m bench.email.ingest_bench [--messages 4000] [--cases 600]

1. (Re)creates the database ``ts_email_bench`` on the local PostgreSQL and migrates it.
2. Opens ``--cases`` cases (one subject each) and sends each subject an information
   request through the real notice → outbox path, so every case has an email with
   a signed reply address and a Message-ID.
3. Writes ``--messages`` messages into a maildir under bench/out/: half are replies to
   those emails in the formats of Gmail, Outlook, Apple Mail and a plain-text client
   (some with attachments, some from another sender, some out-of-office), half are
   other mail a reply address receives (new questions with no thread, bounces,
   newsletters, a Japanese ISO-2022-JP message).
4. Runs ``ingest_email --maildir`` in a fresh process for each ``--jobs`` value (a
   fresh maildir each, same mix), then the first maildir again (every message a
   duplicate), and prints messages/second.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "bench" / "out" / "email"
DB_NAME = "ts_email_bench"
SERVER = "postgres://postgres@127.0.0.1:5432"


def _recreate_database() -> None:
    import psycopg

    with psycopg.connect(f"{SERVER}/postgres", autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {DB_NAME} WITH (FORCE)")
        conn.execute(f"CREATE DATABASE {DB_NAME}")


def _manage(*args: str, env: dict) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, str(ROOT / "manage.py"), *args], env=env, cwd=ROOT, capture_output=True, text=True, check=True
    )


def _seed(cases: int) -> list:
    """Cases with one subject each, each sent an information request."""
    import django

    django.setup()
    from django.contrib.auth.models import Group

    from accounts.models import Role, User
    from cases.services import case_open, case_request_info
    from notifications.models import OutboundEmail

    reviewer = User.objects.create(email="bench-reviewer@example.com", name="Bench Reviewer", is_staff=True)
    reviewer.groups.add(Group.objects.get(name=Role.REVIEWER))
    users = User.objects.bulk_create(
        [
            User(email=f"freelancer{n}@bench.example", name=f"Freelancer {n}", kind="freelancer", password="!")
            for n in range(cases)
        ]
    )
    for user in users:
        case = case_open(kind="feedback_ring", accounts=[user], actor=reviewer)
        case_request_info(case=case, actor=reviewer, account=user, body="Who else worked on your last three jobs?")
    OutboundEmail.objects.update(status=OutboundEmail.Status.SENT)  # as if the worker had sent them
    from django_tasks_db.models import DBTaskResult

    DBTaskResult.objects.all().delete()
    return list(OutboundEmail.objects.select_related("account").order_by("pk"))


def _messages(outbound: list, count: int, seed: int = 7):
    from demo import mail_samples as samples

    rng = random.Random(seed)
    builders = [samples.gmail_reply, samples.outlook_reply, samples.apple_mail_reply, samples.plain_client_reply]
    answers = [
        "The other account belongs to my brother; we share a flat and its internet connection.",
        "I have attached the invoices for the three jobs.\nThe clients paid through the platform.",
        "I never paid anyone for a review. Please look again.",
        "Yes, I know the client: we studied together. The work was real.",
    ]
    png = b"\x89PNG\r\n\x1a\n" + bytes(rng.randrange(256) for _ in range(20_000))
    for n in range(count):
        email = rng.choice(outbound)
        message_id = f"<bench.{n}.{seed}@client.example>"
        if n % 2 == 0:  # a reply to a real case
            roll = rng.random()
            if roll < 0.05:
                yield samples.out_of_office(to=email.reply_to, in_reply_to=email.message_id)
                continue
            sender = email.account.email if roll > 0.10 else f"someone{n}@elsewhere.example"
            raw = rng.choice(builders)(
                new_text=rng.choice(answers),
                to=email.reply_to,
                in_reply_to=email.message_id,
                from_=f"{email.account.name} <{sender}>",
                message_id=message_id,
                quoted=email.body_text,
            )
            if rng.random() < 0.1:
                raw = samples.with_attachment(raw, filename="screenshot.png", content_type="image/png", data=png)
            yield raw
        else:
            roll = rng.random()
            if roll < 0.04:
                from notifications.tokens import bounce_address

                yield samples.bounce(  # back to the email's signed return path, as a real bounce comes
                    original_message_id=email.message_id,
                    original_to=email.to_email,
                    return_path=bounce_address(outbound_id=email.pk),
                ).replace(b"<20250304100300.4F2A1@mx.test.example>", f"<dsn.{n}.{seed}@mx.test.example>".encode())
            elif roll < 0.2:
                yield _newsletter(n, seed)
            elif roll < 0.25:
                yield _japanese(n, seed)
            else:
                yield samples.gmail_reply(
                    new_text=f"Hello, my account was restricted yesterday (ticket {n}). What can I do?",
                    to="Trust & Safety <trust@example.com>",
                    in_reply_to=None,
                    from_=f"User {n} <user{n}@mail.example>",
                    subject="Question about my account",
                    message_id=message_id,
                )


def _newsletter(n: int, seed: int) -> bytes:
    from email.message import EmailMessage
    from email.policy import SMTP

    msg = EmailMessage()
    msg["From"] = "Design Weekly <news@designweekly.example>"
    msg["To"] = "trust@example.com"
    msg["Subject"] = f"Design Weekly #{n}: ten logo trends"
    msg["Message-ID"] = f"<news.{n}.{seed}@designweekly.example>"
    msg["List-Id"] = "Design Weekly <weekly.designweekly.example>"
    msg["List-Unsubscribe"] = "<https://designweekly.example/u>"
    msg["Precedence"] = "bulk"
    msg.set_content("This week: ten logo trends.\n" * 40)
    msg.add_alternative("<html><body>" + "<p>This week: <b>ten logo trends</b>.</p>" * 40 + "</body></html>", "html")
    return msg.as_bytes(policy=SMTP)


def _japanese(n: int, seed: int) -> bytes:
    body = "ご担当者様\n\nアカウントについて質問があります。\n\nよろしくお願いいたします。\n".encode("iso-2022-jp")
    return (
        b"From: =?ISO-2022-JP?B?GyRCOzNFRBsoQg==?= <yamada" + str(n).encode() + b"@mail.example.jp>\r\n"
        b"To: trust@example.com\r\nSubject: =?ISO-2022-JP?B?GyRCJSIlKyUmJXMlSBsoQg==?=\r\n"
        b"Message-ID: <jp." + f"{n}.{seed}".encode() + b"@mail.example.jp>\r\nMIME-Version: 1.0\r\n"
        b"Content-Type: text/plain; charset=ISO-2022-JP\r\nContent-Transfer-Encoding: 7bit\r\n\r\n"
        + body.replace(b"\n", b"\r\n")
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--messages", type=int, default=4000)
    parser.add_argument("--cases", type=int, default=600)
    parser.add_argument("--jobs", default="1,4", help="Comma-separated --jobs values, one fresh maildir each")
    parser.add_argument("--prepare-only", action="store_true", help="Seed and write the maildirs, don't ingest")
    args = parser.parse_args()

    env = {
        **os.environ,
        "DATABASE_URL": f"{SERVER}/{DB_NAME}",
        "DJANGO_SETTINGS_MODULE": "trustsafety.settings",
        "LOG_LEVEL": "WARNING",
    }
    os.environ.update(env)
    sys.path.insert(0, str(ROOT))

    started = time.perf_counter()
    _recreate_database()
    _manage("migrate", "--noinput", "-v0", env=env)
    outbound = _seed(args.cases)
    print(f"seeded {len(outbound)} cases with a sent email each in {time.perf_counter() - started:.1f} s")

    import mailbox

    jobs_list = [int(j) for j in args.jobs.split(",")]
    maildirs = []
    for run, jobs in enumerate(jobs_list):
        maildir = OUT / f"maildir-{run}"
        shutil.rmtree(maildir, ignore_errors=True)
        maildir.parent.mkdir(parents=True, exist_ok=True)
        box = mailbox.Maildir(maildir, create=True)
        total_bytes = 0
        for raw in _messages(outbound, args.messages, seed=7 + run):
            box.add(raw)
            total_bytes += len(raw)
        maildirs.append((maildir, jobs))
        print(f"wrote {args.messages} messages ({total_bytes / 1e6:.1f} MB) to {maildir}")
    if args.prepare_only:
        return 0

    print(f"machine: {os.cpu_count()} CPUs, load average before ingesting {os.getloadavg()[0]:.1f}")
    runs = [(f"first pass, --jobs {jobs}", maildir, jobs) for maildir, jobs in maildirs]
    runs.append(("again, every message a duplicate, --jobs 1", maildirs[0][0], 1))
    for label, maildir, jobs in runs:
        t0 = time.perf_counter()
        result = _manage("ingest_email", "--maildir", str(maildir), "--jobs", str(jobs), env=env)
        wall = time.perf_counter() - t0
        summary = result.stdout.strip().splitlines()[-1]
        rate = re.search(r"\(([\d.]+)/s\)", summary)
        print(f"{label}: {summary}")
        print(
            f"    {rate.group(1) if rate else '?'} messages/s inside the command; "
            f"{args.messages / wall:.0f}/s wall clock including Python and Django start-up; "
            f"load average {os.getloadavg()[0]:.1f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
