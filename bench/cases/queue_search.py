"""The reviewers' queue at scale: p95 of the page for a number search, a name
search, an email search and the default view, on PostgreSQL.

    .venv/bin/python bench/cases/queue_search.py --cases 100000 \\
        --database-url postgres://postgres@127.0.0.1:5432/ts_wsqueue_bench

Fills the database once (cases with one to three subjects each, realistic names
and emails; kept between runs), then requests ``/portal/`` through Django's test
client as a logged-in reviewer, with DEBUG off, the four kinds interleaved round
by round so that a busy machine slows them alike. Reports wall-clock p50/p95 per
kind and the web process's CPU time; then the same name and email searches with
the trigram indexes dropped inside a transaction that is rolled back, for the
ratio the indexes buy.
"""

from __future__ import annotations

import os
import secrets
import sys
from pathlib import Path

# Run as a script, this file's folder comes first on sys.path and its name would
# hide the standard library's ``queue`` (which Django's asgiref imports).
HERE = Path(__file__).resolve().parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != HERE]

import argparse  # noqa: E402
import random  # noqa: E402
import re  # noqa: E402
import statistics  # noqa: E402
import time  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

_FIRST_WORDS = (
    "Ada Amara Ana Arjun Ayesha Bao Carlos Chen Chiara Dmitri Elif Emeka Fatima Felix Grace Hana Hugo "
    "Ines Ivan Jamal Jana Jonas Kai Kenji Lara Leila Liam Lucia Mateo Maya Mei Mohammed Nadia Noah Nora "
    "Oscar Priya Rafael Rosa Sami Sara Sofia Tariq Tomas Uma Victor Wei Yara Yusuf Zoe"
)
FIRST = tuple(_FIRST_WORDS.split())
_LAST_WORDS = (
    "Abe Adeyemi Almeida Andersen Bauer Becker Costa Cruz Dubois Eriksen Fischer Garcia Gomez Haddad "
    "Hansen Ibrahim Ivanova Jensen Kaya Khan Kim Kowalski Larsen Lopez Martin Meyer Moreau Nakamura "
    "Nguyen Novak Okafor Oliveira Park Patel Petrov Quinn Rossi Santos Schmidt Silva Singh Sato Tanaka "
    "Torres Vargas Weber Wong Yilmaz Zhang Ziegler"
)
LAST = tuple(_LAST_WORDS.split())
FOUND = re.compile(r"Page \d+ of \d+ · ([\d,]+) case")
DOMAINS = ("mail.example", "post.example", "inbox.example", "studio.example", "freelance.example")


def setup(database_url: str) -> None:
    os.environ["DATABASE_URL"] = database_url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "trustsafety.settings")
    os.environ["DEBUG"] = "0"
    os.environ.setdefault("LOG_LEVEL", "WARNING")
    os.environ.setdefault("SECRET_KEY", secrets.token_urlsafe(50))  # DEBUG off refuses a weak key
    os.environ.setdefault("ALLOWED_HOSTS", "testserver")
    os.environ.setdefault("MAILER_BACKEND", "django.core.mail.backends.locmem.EmailBackend")  # nothing is sent
    import django

    django.setup()


def progress(text: str) -> None:
    if sys.stdout.isatty():
        print(f"\r{text}", end="", flush=True)


def fill(n_cases: int) -> None:
    """Cases, accounts and subjects in bulk (no detection: the queue only reads them)."""
    from django.contrib.auth.models import Group
    from django.db import transaction

    from accounts.models import User
    from cases.models import Case, CaseSubject
    from detection.kinds import Kind

    have = Case.objects.count()
    if have >= n_cases:
        return
    rng = random.Random(have)
    kinds = list(Kind.values)
    batch = 2_000
    started = time.perf_counter()
    for start in range(have, n_cases, batch):
        size = min(batch, n_cases - start)
        with transaction.atomic():
            users = []
            per_case = [rng.choice((1, 1, 2, 2, 3)) for _ in range(size)]
            for i in range(sum(per_case)):
                first, last = rng.choice(FIRST), rng.choice(LAST)
                serial = f"{start}{i}"
                users.append(
                    User(
                        email=f"{first.lower()}.{last.lower()}{serial}@{rng.choice(DOMAINS)}",
                        name=f"{first} {last}",
                        kind=rng.choice(("client", "freelancer")),
                        password="!",
                    )
                )
            users = User.objects.bulk_create(users)
            cases = Case.objects.bulk_create(
                Case(
                    kind=rng.choice(kinds),
                    status=rng.choice(Case.OPEN_STATUSES + (Case.Status.CLOSED, Case.Status.DECIDED)),
                    priority=rng.choice(Case.Priority.values),
                    priority_score=rng.uniform(0, 100),
                )
                for _ in range(size)
            )
            links, u = [], 0
            for case, n in zip(cases, per_case, strict=True):
                links.extend(CaseSubject(case=case, account=users[u + k]) for k in range(n))
                u += n
            CaseSubject.objects.bulk_create(links)
        done = start + size
        rate = (done - have) / (time.perf_counter() - started)
        progress(f"filling: {done:,}/{n_cases:,} cases ({rate:,.0f}/s)")
    print(f"\nfilled {n_cases - have:,} cases in {time.perf_counter() - started:.0f} s")
    reviewer, _ = User.objects.get_or_create(
        email="bench-reviewer@bench.example", defaults={"name": "Bench Reviewer", "is_staff": True, "password": "!"}
    )
    reviewer.groups.add(Group.objects.get_or_create(name="reviewer")[0])
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")


TICK = os.sysconf("SC_CLK_TCK")


def backend_cpu(pid: int) -> float:
    """CPU seconds the PostgreSQL backend serving us has used so far (user + system,
    from /proc: the database runs on this machine). Coarse (one tick, 10 ms) per
    read; the means over many requests are what the table shows."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICK


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def measure(client, queries: dict[str, list[dict]], rounds: int) -> dict[str, dict]:
    """Interleaved: each round requests every kind once (its next sample)."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    wall = {kind: [] for kind in queries}
    cpu = {kind: [] for kind in queries}
    db_cpu = {kind: [] for kind in queries}
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        backend = cursor.fetchone()[0]
    counts = {kind: set() for kind in queries}
    rows = {kind: [] for kind in queries}
    for r in range(rounds):
        for kind, samples in queries.items():
            params = samples[r % len(samples)]
            d0, c0, t0 = backend_cpu(backend), time.process_time(), time.perf_counter()
            with CaptureQueriesContext(connection) as ctx:
                response = client.get("/portal/", params, secure=True)
            wall[kind].append(time.perf_counter() - t0)
            cpu[kind].append(time.process_time() - c0)
            db_cpu[kind].append(backend_cpu(backend) - d0)
            assert response.status_code == 200, response.status_code
            counts[kind].add(len(ctx.captured_queries))
            found = FOUND.search(response.content.decode())
            rows[kind].append(int(found.group(1).replace(",", "")) if found else 0)
        progress(f"round {r + 1}/{rounds}")
    if sys.stdout.isatty():
        print()
    return {
        kind: {
            "p50": statistics.median(wall[kind]) * 1000,
            "p95": percentile(wall[kind], 95) * 1000,
            "cpu": statistics.mean(cpu[kind]) * 1000,
            "db_cpu": statistics.mean(db_cpu[kind]) * 1000,
            "queries": sorted(counts[kind]),
            "found": statistics.median(rows[kind]),
        }
        for kind in queries
    }


def report(title: str, results: dict[str, dict]) -> None:
    print(f"\n{title}")
    print(f"{'view':<28}{'p50 ms':>8}{'p95 ms':>8}{'web CPU ms':>11}{'DB CPU ms':>10}{'queries':>9}{'cases found':>13}")
    for kind, r in results.items():
        queries = "/".join(str(q) for q in r["queries"])
        print(
            f"{kind:<28}{r['p50']:>8.1f}{r['p95']:>8.1f}{r['cpu']:>11.1f}{r['db_cpu']:>10.1f}"
            f"{queries:>9}{r['found']:>13,.0f}"
        )


def legacy_search(qs, text: str):
    """The search before this change, for comparison: a number also matched inside
    names and emails, through a correlated EXISTS per case."""
    from django.db.models import Exists, OuterRef, Q

    from cases.models import CaseSubject

    term = text.strip().lstrip("#").strip()
    match = Exists(
        CaseSubject.objects.filter(case=OuterRef("pk")).filter(
            Q(account__email__icontains=term) | Q(account__name__icontains=term)
        )
    )
    return qs.filter(match | Q(pk=int(term))) if term.isdigit() else qs.filter(match)


def compare_number_search(terms: list[str]) -> None:
    """The selector alone (count + first page), old and new search, interleaved."""
    from cases import selectors

    base = selectors.queue(params={"status": "all"}, user=None)
    times = {"before (EXISTS, number also in names/emails)": [], "now (exactly that case)": []}
    found = {key: [] for key in times}
    for term in terms[:20]:
        for label, qs in (
            ("before (EXISTS, number also in names/emails)", legacy_search(base, term)),
            ("now (exactly that case)", selectors.search(base, term)),
        ):
            t0 = time.perf_counter()
            n = qs.count()
            list(qs[:25])
            times[label].append(time.perf_counter() - t0)
            found[label].append(n)
    print("\nnumber search, the selector alone (count + first page), 20 numbers interleaved")
    print(f"{'search':<48}{'p50 ms':>8}{'p95 ms':>9}{'cases found (median)':>22}")
    for label, values in times.items():
        p50, p95 = statistics.median(values) * 1000, percentile(values, 95) * 1000
        print(f"{label:<48}{p50:>8.1f}{p95:>9.1f}{statistics.median(found[label]):>22,.0f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument(
        "--database-url",
        default=os.environ.get("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/ts_wsqueue_bench"),
    )
    parser.add_argument("--rounds", type=int, default=60)
    parser.add_argument("--no-compare", action="store_true", help="skip the run without the trigram indexes")
    args = parser.parse_args()
    if not args.database_url.startswith("postgres"):
        parser.error("this benchmark measures PostgreSQL: give --database-url postgres://…")
    setup(args.database_url)
    from django.core.management import call_command
    from django.db import connection, transaction
    from django.test import Client

    from accounts.models import User
    from cases.models import Case

    call_command("migrate", verbosity=0)
    call_command("collectstatic", interactive=False, verbosity=0)  # DEBUG off serves the hashed manifest
    fill(args.cases)
    rng = random.Random(7)
    top = Case.objects.order_by("-pk").values_list("pk", flat=True)[0]
    people = list(User.objects.filter(is_staff=False).order_by("?").values_list("name", "email")[: args.rounds])
    queries = {
        "default view": [{}],
        "number (#123)": [{"q": f"#{rng.randint(1, top)}", "status": "all"} for _ in range(args.rounds)],
        "name (first + last)": [{"q": name, "status": "all"} for name, _ in people],
        "email (local part)": [{"q": email.split("@")[0], "status": "all"} for _, email in people],
        "surname only (broad)": [{"q": rng.choice(LAST), "status": "all"} for _ in range(args.rounds)],
    }
    client = Client()
    client.force_login(User.objects.get(email="bench-reviewer@bench.example"))
    for samples in queries.values():  # warm up: one of each
        client.get("/portal/", samples[0], secure=True)
    total = Case.objects.count()
    print(f"PostgreSQL, {total:,} cases, {User.objects.count():,} accounts, {args.rounds} rounds interleaved")
    print("load average before: {:.1f} {:.1f} {:.1f}".format(*os.getloadavg()))
    report("with the trigram indexes (accounts migration 0004)", measure(client, queries, args.rounds))
    print("load average after: {:.1f} {:.1f} {:.1f}".format(*os.getloadavg()))
    compare_number_search([q["q"] for q in queries["number (#123)"]])
    if args.no_compare:
        return
    text = {k: v for k, v in queries.items() if k.startswith(("name", "email", "surname"))}
    with transaction.atomic():
        with connection.cursor() as cursor:
            cursor.execute("DROP INDEX accounts_user_email_trgm")
            cursor.execute("DROP INDEX accounts_user_name_trgm")
        report("without them (dropped in a transaction, rolled back)", measure(client, text, max(10, args.rounds // 4)))
        transaction.set_rollback(True)


if __name__ == "__main__":
    main()
