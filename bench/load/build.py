"""Build the load test's database: 50,000 accounts with their history, 100,000 cases.

    .venv/bin/python bench/load/build.py                      # database ts_bench_load
    .venv/bin/python bench/load/build.py --database ts_x --lines 740000

Drops and recreates the PostgreSQL database (psql -h 127.0.0.1 -U postgres),
migrates it, and fills it:

- the marketplace: ``bench/import/generate.py`` (740,000 lines give about 50,000
  accounts, with contracts, messages, payments, feedback and identities) through
  ``manage.py import_marketplace``, as a real installation would load its history,
  then the full detection scan the import queues (so signals and cases it opens are
  there, and the scan does not run during the load test);
- 100,000 cases (every kind, source and status, 30 % open), each with one or two
  subjects and a short timeline (opened, a note, a status change), written with
  ``bulk_create``: a busy portal's history, not a detection run;
- reviewers (staff in the reviewer group) and a sample of marketplace users who
  will be logged in, a tenth of those suspended (an active restriction on a case);
- two active announcements.

The load test does not log in through the form (a password hash per user would be
the CPU the test measures): each user gets a session here, and
``bench/out/load-users.json`` lists their session keys, contracts and cases for
``bench/load/locustfile.py``.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import secrets
import subprocess
import sys
import time
from datetime import timedelta
from itertools import batched
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "bench" / "out"
PYTHON = str(ROOT / ".venv" / "bin" / "python")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database", default="ts_bench_load")
    parser.add_argument("--lines", type=int, default=740_000, help="marketplace lines to import (~50,000 accounts)")
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--users", type=int, default=400, help="marketplace users given a session")
    parser.add_argument("--reviewers", type=int, default=20)
    parser.add_argument("--seed", type=int, default=17)
    parser.add_argument(
        "--sessions-only", action="store_true", help="only make new sessions for the users in load-users.json"
    )
    args = parser.parse_args()
    env = dict(os.environ)
    env.update(
        DATABASE_URL=f"postgres://postgres@127.0.0.1:5432/{args.database}",
        DEBUG="false",
        LOG_LEVEL="WARNING",
        DJANGO_SETTINGS_MODULE="trustsafety.settings",
    )
    # Sessions are signed with the secret key, and `make serve` reads its key from
    # var/secrets/secret_key (made on its first run): use the same one, made the same way.
    key_file = ROOT / "var" / "secrets" / "secret_key"
    if not key_file.exists():
        key_file.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        key_file.write_text(secrets.token_urlsafe(50) + "\n")
        key_file.chmod(0o600)
    env.pop("SECRET_KEY", None)
    env["SECRET_KEY_FILE"] = str(key_file)
    env.setdefault("MAILER_BACKEND", "django.core.mail.backends.locmem.EmailBackend")
    os.environ.update(env)
    OUT.mkdir(parents=True, exist_ok=True)

    started = time.monotonic()
    if args.sessions_only:
        sys.path.insert(0, str(ROOT))
        import django

        django.setup()
        listing = json.loads((OUT / "load-users.json").read_text())
        for person in listing["users"] + listing["reviewers"]:
            person["session"] = session_for(person["id"])
        (OUT / "load-users.json").write_text(json.dumps(listing))
        print(f"{len(listing['users']) + len(listing['reviewers'])} new sessions", flush=True)
        return
    for sql in (f"DROP DATABASE IF EXISTS {args.database}", f"CREATE DATABASE {args.database}"):
        subprocess.run(["psql", "-h", "127.0.0.1", "-U", "postgres", "-qc", sql], check=True)
    subprocess.run([PYTHON, "manage.py", "migrate", "--noinput", "-v0"], cwd=ROOT, env=env, check=True)
    data = OUT / f"import-{args.lines}.jsonl"
    if not data.exists():
        subprocess.run(
            [PYTHON, str(ROOT / "bench" / "import" / "generate.py"), "-n", str(args.lines), "-o", str(data)], check=True
        )
    print(f"importing {data.name}", flush=True)
    subprocess.run([PYTHON, "manage.py", "import_marketplace", str(data)], cwd=ROOT, env=env, check=True)
    # The import queued a full detection scan: run it now, so the load test does not.
    print("running the detection scan the import queued", flush=True)
    worker = [PYTHON, "manage.py", "db_worker", "--batch", "--no-startup-delay", "--no-reload", "--queue-name", "*"]
    subprocess.run(worker, cwd=ROOT, env=env, check=True)

    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    fill(args, random.Random(args.seed))
    # Fresh statistics, as autovacuum would gather them in time (it is off on some
    # machines): without them PostgreSQL picks plans for empty tables, and the case page
    # took 2–3 s instead of 0.5 s here.
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    print(f"built {args.database} in {time.monotonic() - started:.0f} s", flush=True)


def fill(args, rng: random.Random) -> None:
    from django.contrib.auth.models import Group
    from django.db import connection, transaction
    from django.db.models import Q
    from django.utils import timezone

    from accounts.models import Role, User
    from announcements.models import Announcement
    from cases.models import Case, CaseEvent, CaseSubject
    from contracts.models import Contract
    from detection.kinds import Kind
    from enforcement.models import Level, Restriction

    now = timezone.now()
    accounts = list(User.objects.filter(is_staff=False).values_list("pk", flat=True))
    print(f"{len(accounts):,} accounts; writing {args.cases:,} cases", flush=True)

    reviewer_group = Group.objects.get(name=Role.REVIEWER)
    reviewers = []
    for i in range(args.reviewers):
        user = User.objects.create(email=f"reviewer{i}@load.test", name=f"Load Reviewer {i}", is_staff=True)
        user.groups.add(reviewer_group)
        reviewers.append(user)

    kinds = [k for k in Kind.values if k != Kind.USER_REPORT]
    statuses = [
        (Case.Status.NEW, 18),
        (Case.Status.IN_REVIEW, 6),
        (Case.Status.AWAITING_USER, 4),
        (Case.Status.APPEALED, 2),
        (Case.Status.DECIDED, 10),
        (Case.Status.CLOSED, 60),
    ]
    status_values, status_weights = zip(*statuses, strict=True)
    for chunk in batched(range(args.cases), 5000, strict=False):
        with transaction.atomic():
            cases = []
            for _ in chunk:
                status = rng.choices(status_values, status_weights)[0]
                created = now - timedelta(minutes=rng.randint(10, 720 * 24 * 60))
                source = rng.choices(list(Case.Source.values), [80, 15, 5])[0]
                open_ = status in Case.OPEN_STATUSES
                cases.append(
                    Case(
                        kind=Kind.USER_REPORT if source == Case.Source.REPORT else rng.choice(kinds),
                        status=status,
                        source=source,
                        title="",
                        priority=rng.choice(list(Case.Priority.values)),
                        priority_score=round(rng.uniform(5, 95), 1),
                        assignee=rng.choice(reviewers) if status != Case.Status.NEW and open_ else None,
                        created_at=created,
                        updated_at=created,
                        closed_at=None if open_ else created + timedelta(days=rng.randint(1, 20)),
                    )
                )
            cases = Case.objects.bulk_create(cases)
            subjects, events = [], []
            for case in cases:
                for account in rng.sample(accounts, rng.choice((1, 1, 2))):
                    subjects.append(CaseSubject(case=case, account_id=account))
                events.append(CaseEvent(case=case, type=CaseEvent.Type.OPENED, created_at=case.created_at))
                reviewer = rng.choice(reviewers)
                events.append(
                    CaseEvent(
                        case=case,
                        type=CaseEvent.Type.NOTE,
                        actor=reviewer,
                        body="Checked the contracts and the identities the signal names.",
                        created_at=case.created_at + timedelta(hours=2),
                    )
                )
                if case.status != Case.Status.NEW:
                    events.append(
                        CaseEvent(
                            case=case,
                            type=CaseEvent.Type.STATUS_CHANGED,
                            actor=reviewer,
                            data={"from": Case.Status.NEW, "to": case.status},
                            created_at=case.created_at + timedelta(hours=3),
                        )
                    )
            CaseSubject.objects.bulk_create(subjects)
            CaseEvent.objects.bulk_create(events)

    # Marketplace users who log in: parties to at least one contract, a tenth suspended.
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT client_id FROM contracts_contract GROUP BY client_id HAVING COUNT(*) >= 2 "
            "UNION SELECT freelancer_id FROM contracts_contract GROUP BY freelancer_id HAVING COUNT(*) >= 2"
        )
        busy = sorted(row[0] for row in cursor.fetchall())
    chosen = rng.sample(busy, min(args.users, len(busy)))
    open_case = Case.objects.filter(status=Case.Status.IN_REVIEW).order_by("pk").first()
    restricted = set(chosen[: len(chosen) // 10])
    Restriction.objects.bulk_create(
        [
            Restriction(
                account_id=pk,
                level=Level.SUSPENDED,
                reason="Load test: a suspended account",
                case=open_case,
                created_by=reviewers[0],
                starts_at=now,
            )
            for pk in restricted
        ]
    )
    # The summary on the user row that the restriction middleware reads first
    # (what enforcement.services keeps in step with the rows).
    User.objects.filter(pk__in=restricted).update(restriction_level=Level.SUSPENDED, restriction_ends_at=None)
    for i, (title, message) in enumerate(
        [
            ("Load: maintenance", "Payments are paused on Sunday 02:00-03:00 UTC for maintenance."),
            ("Load: new policy", "Our feedback policy changed: see the help centre."),
        ]
    ):
        Announcement.objects.create(title=title, message=message, created_by=reviewers[0], start=now - timedelta(i))

    users = []
    for user in User.objects.filter(pk__in=chosen).order_by("pk"):
        contracts = list(
            Contract.objects.filter(Q(client=user) | Q(freelancer=user))
            .order_by("-pk")
            .values_list("pk", flat=True)[:8]
        )
        users.append(
            {
                "id": user.pk,
                "session": session_for(user.pk),
                "restricted": user.pk in restricted,
                "contracts": contracts,
            }
        )
    open_cases = list(
        Case.objects.filter(status__in=Case.OPEN_STATUSES).order_by("?").values_list("pk", flat=True)[:2000]
    )
    listing = {
        "users": users,
        "reviewers": [{"id": r.pk, "session": session_for(r.pk)} for r in reviewers],
        "cases": open_cases,
        "counts": {
            "accounts": len(accounts),
            "cases": Case.objects.count(),
            "case_events": CaseEvent.objects.count(),
            "contracts": Contract.objects.count(),
        },
    }
    (OUT / "load-users.json").write_text(json.dumps(listing))
    print(json.dumps(listing["counts"]), flush=True)


def session_for(user_id: int) -> str:
    """A logged-in session for the user, as the log-in form would leave it."""
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.contrib.sessions.backends.db import SessionStore

    from accounts.models import User

    user = User.objects.get(pk=user_id)
    session = SessionStore()
    session[SESSION_KEY] = str(user.pk)
    session[BACKEND_SESSION_KEY] = "accounts.backends.EmailBackend"  # the one that logs people in
    session[HASH_SESSION_KEY] = user.get_session_auth_hash()
    session.set_expiry(7 * 24 * 3600)
    session.create()
    return session.session_key


if __name__ == "__main__":
    main()
