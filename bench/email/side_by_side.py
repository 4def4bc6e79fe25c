"""Email ingestion side by side: the portal's ``manage.py ingest_email --maildir``
against django-helpdesk 2.6.1's ``manage.py get_email``, on the same messages and
the same PostgreSQL, in one interleaved run.

    .venv/bin/python -m bench.email.side_by_side [--runs 3] [--jobs 1,2]

1. Seeds 600 conversations on each side through that system's own code, untimed:
   the portal opens 600 cases and sends each subject an information request
   (``portal_adapter.seed``); helpdesk imports one opening message from each of
   the same 600 people and sends its acknowledgement ("[support-N] … (Opened)"),
   captured as .eml. Each seeded database is kept as a template.
2. Builds one corpus of 2,000 messages (``side_by_side_mail``): 600 new questions
   from other people to the support address and 1,400 replies from the 600 people
   (two or three each), in the formats and charsets of real clients, 10 % with a
   20 KB PNG. A reply answers the email that person received from the system it is
   delivered to: To, Subject, In-Reply-To/References and the quoted email differ
   per system; words, client format, charset, attachment, From, Message-ID and Date
   are the same.
3. Runs the two commands alternately (ours with each --jobs value, then helpdesk,
   repeated --runs times), each in a fresh process on a database recreated from
   its template and a fresh copy of the mail, and measures wall time including
   start-up, the child's user+sys CPU and peak RSS (wait4 in the small launcher
   ``bench.email.measure``, so the RSS is the command's own), then start-up
   alone (the same commands on an empty mailbox), then SQL statements per message
   in one more run each with ``log_statement = 'all'`` set on that database and
   the server log's lines for it counted.
4. Checks what each system did with every message (threaded to the right
   conversation, stored as new, rejected) and prints markdown tables.

Databases (recreated; nothing else is touched): ts_email_side_ours and
ts_email_helpdesk, with templates ts_email_side_ours_seed and ts_email_helpdesk_seed
(BENCH_OURS_DB and BENCH_HELPDESK_DB rename them).
The helpdesk virtualenv is /work/scratch/helpdesk-venv (HELPDESK_VENV), made by
bench/email/helpdesk/setup.sh when missing. Files go to bench/out/email-side-by-side/.
"""

from __future__ import annotations

import argparse
import email
import glob
import json
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import time
from collections import Counter
from dataclasses import asdict, dataclass, field
from email import policy
from pathlib import Path

from bench.email import portal_adapter as portal
from bench.email import side_by_side_mail as mail

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "bench" / "out" / "email-side-by-side"
SERVER = "postgres://postgres@127.0.0.1:5432"
OURS_DB = os.environ.get("BENCH_OURS_DB", "ts_email_side_ours")
HELPDESK_DB = os.environ.get("BENCH_HELPDESK_DB", "ts_email_helpdesk")
SEED_SUFFIX = "_seed"
HELPDESK_SETTINGS = "bench.email.helpdesk.settings"
HELPDESK_SLUG = "support"
QUEUE_TITLE = "Trust & Safety"
ATTACHMENT_SHARE = 0.10
QUESTION = "Who else worked on your last three jobs?"

THREADED = "threaded to its conversation"
MISTHREADED = "threaded to another conversation"
NEW = "stored as new"
REJECTED = "rejected or set aside"
NOT_STORED = "not stored"


# --- PostgreSQL -------------------------------------------------------------------------


def _sql(*statements: str, database: str = "postgres") -> list:
    import psycopg

    with psycopg.connect(f"{SERVER}/{database}", autocommit=True) as conn:
        result = []
        for statement in statements:
            cursor = conn.execute(statement)
            result = cursor.fetchall() if cursor.description else []
        return result


def _recreate(name: str, template: str | None = None) -> None:
    _sql(
        f"DROP DATABASE IF EXISTS {name} WITH (FORCE)",
        f"CREATE DATABASE {name}" + (f" TEMPLATE {template}" if template else ""),
    )


def _keep_as_template(name: str) -> None:
    _recreate(name + SEED_SUFFIX, template=name)


def _server_log() -> Path | None:
    """The file the server writes its log to: pg_current_logfile() when the
    logging collector runs, else Debian's postgresql-<version>-<cluster>.log."""
    current, data_dir = _sql("SELECT pg_current_logfile(), current_setting('data_directory')")[0]
    if current:
        path = Path(current) if Path(current).is_absolute() else Path(data_dir) / current
        return path if os.access(path, os.R_OK) else None
    candidates = sorted(glob.glob("/var/log/postgresql/postgresql-*.log"), key=os.path.getmtime)
    return Path(candidates[-1]) if candidates and os.access(candidates[-1], os.R_OK) else None


_STATEMENT = re.compile(r"\] \S*@(?P<db>\S+) LOG:  (?:statement|execute [^:]*): (?P<sql>.*)")


def _count_statements(log: Path, offset: int, database: str) -> Counter:
    kinds: Counter[str] = Counter()
    with log.open("rb") as handle:
        handle.seek(offset)
        for raw in handle:
            match = _STATEMENT.search(raw.decode("utf-8", "replace"))
            if not match or match["db"] != database:
                continue
            word = (match["sql"].split(None, 1) or ["?"])[0].upper().rstrip(";")
            kinds["BEGIN" if word == "START" else word] += 1
    return kinds


# --- running a command ------------------------------------------------------------------


@dataclass
class Run:
    system: str
    label: str
    messages: int
    wall: float
    cpu: float
    max_rss_mb: float
    load: float
    returncode: int
    outcome: dict[str, int] = field(default_factory=dict)
    statements: dict[str, int] = field(default_factory=dict)
    summary: str = ""

    @property
    def rate(self) -> float:
        return self.messages / self.wall

    @property
    def per_cpu(self) -> float:
        return self.messages / self.cpu if self.cpu else 0.0


def _measure(command: list[str], *, env: dict, log_name: str) -> tuple[float, float, float, int, str]:
    """(wall s, user+sys CPU s, peak RSS MB, exit code, last stdout line) of one
    fresh process, started and measured by the small ``measure`` launcher (wait4:
    its own CPU and memory and its workers')."""
    logs = OUT / "logs"
    logs.mkdir(parents=True, exist_ok=True)
    stdout_path, stderr_path = logs / f"{log_name}.out", logs / f"{log_name}.err"
    result_path = logs / f"{log_name}.json"
    launcher = [sys.executable, "-m", "bench.email.measure", str(result_path), str(stdout_path), str(stderr_path), "--"]
    subprocess.run([*launcher, *map(str, command)], cwd=ROOT, env=env, check=True)
    result = json.loads(result_path.read_text())
    lines = stdout_path.read_text(errors="replace").strip().splitlines()
    errors = stderr_path.read_text(errors="replace").strip()
    if errors:
        print(f"    ({log_name}: stderr has {len(errors.splitlines())} lines, see {stderr_path})")
    return result["wall"], result["cpu"], result["max_rss_kb"] / 1024, result["returncode"], (lines or [""])[-1]


# --- the two systems -------------------------------------------------------------------


@dataclass
class Expected:
    """What a message is, and the conversation it belongs to on each side."""

    number: int
    message_id: str
    kind: str  # "opening" | "reply"
    client: str
    charset: str
    attachment: bool
    case_id: int | None = None  # ours
    ticket_id: int | None = None  # helpdesk


class Ours:
    name = "ours"

    def __init__(self) -> None:
        self.url = f"{SERVER}/{OURS_DB}"
        self.env = portal.environment(self.url)
        self.maildir = OUT / "run" / "ours-maildir"
        self.empty = OUT / "run" / "ours-empty-maildir"

    def seed(self, members: list[mail.Person]) -> dict[str, portal.SentEmail]:
        _recreate(OURS_DB)
        subprocess.run(portal.migrate_command(), cwd=ROOT, env=self.env, check=True)
        portal.setup(self.url)
        sent = portal.seed([(p.name, p.email) for p in members], question=QUESTION)
        portal.close_connections()
        _keep_as_template(OURS_DB)
        return {s.person_email: s for s in sent}

    def reset(self, corpus: Path | None) -> Path:
        portal.close_connections()
        _recreate(OURS_DB, template=OURS_DB + SEED_SUFFIX)
        target = self.maildir if corpus else self.empty
        shutil.rmtree(target, ignore_errors=True)
        for sub in ("tmp", "cur"):
            (target / sub).mkdir(parents=True)
        if corpus:
            shutil.copytree(corpus, target / "new")
        else:
            (target / "new").mkdir()
        return target

    def command(self, maildir: Path, jobs: int) -> list[str]:
        return portal.ingest_command(maildir, jobs=jobs)

    def outcome(self, expected: dict[str, Expected]) -> Counter:
        stored = portal.outcomes()
        portal.close_connections()
        counts: Counter[str] = Counter()
        for message_id, what in expected.items():
            status, reason, case_id = stored.get(message_id, (None, "", None))
            if status is None:
                label = NOT_STORED
            elif status == "threaded":
                label = THREADED if case_id == what.case_id and what.kind == "reply" else MISTHREADED
            elif status == "quarantined" and reason == "no_thread":
                label = NEW
            else:
                label = f"{REJECTED} ({status}{'/' + reason if reason else ''})"
            counts[f"{what.kind}: {label}"] += 1
        return counts


class Helpdesk:
    name = "helpdesk"

    def __init__(self, venv: Path) -> None:
        self.python = venv / "bin" / "python"
        self.inbox = OUT / "run" / "helpdesk-inbox"
        self.media = OUT / "run" / "helpdesk-media"
        self.captured = OUT / "helpdesk-acknowledgements"
        self.env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": HELPDESK_SETTINGS,
            "HELPDESK_BENCH_DATABASE_URL": f"{SERVER}/{HELPDESK_DB}",
            "HELPDESK_BENCH_MEDIA_ROOT": str(self.media),
        }
        self.seed_tickets = 0

    def seed(self, members: list[mail.Person]) -> dict[str, tuple[int, mail.Answered]]:
        """One opening message from each member, imported by get_email; returns
        person → (ticket id, the acknowledgement helpdesk sent them)."""
        _recreate(HELPDESK_DB)
        subprocess.run([self.python, "-m", "django", "migrate", "--noinput", "-v0"], cwd=ROOT, env=self.env, check=True)
        subprocess.run(
            [
                self.python, "-m", "bench.email.helpdesk.prepare",
                "--inbox", str(self.inbox), "--address", portal.SUPPORT_ADDRESS,
                "--title", QUEUE_TITLE, "--slug", HELPDESK_SLUG,
            ],
            cwd=ROOT, env=self.env, check=True,
        )  # fmt: skip
        self._fresh_dirs()
        for n, person in enumerate(members):
            (self.inbox / f"seed-{n:05d}.eml").write_bytes(_seed_opening(n, person))
        shutil.rmtree(self.captured, ignore_errors=True)
        env = {**self.env, "HELPDESK_BENCH_CAPTURE_DIR": str(self.captured)}
        subprocess.run([self.python, "-m", "django", "get_email", "--quiet"], cwd=ROOT, env=env, check=True)
        left = list(self.inbox.iterdir())
        if left:
            raise SystemExit(f"helpdesk did not import {len(left)} seed messages (left in {self.inbox})")
        tickets = dict(_sql("SELECT submitter_email, id FROM helpdesk_ticket", database=HELPDESK_DB))
        self.seed_tickets = max(tickets.values())
        acknowledgements = {}
        for path in sorted(self.captured.iterdir()):
            ack = email.message_from_bytes(path.read_bytes(), policy=policy.default)
            person = ack["To"].addresses[0].addr_spec
            acknowledgements[person] = (
                tickets[person],
                mail.Answered(
                    to=str(ack.get("Reply-To") or ack["From"]),
                    subject=str(ack["Subject"]),
                    message_id=str(ack["Message-ID"]),
                    from_header=str(ack["From"]),
                    text=ack.get_body(("plain",)).get_content(),
                ),
            )
        if len(acknowledgements) != len(members):
            raise SystemExit(f"helpdesk acknowledged {len(acknowledgements)} of {len(members)} seed messages")
        _keep_as_template(HELPDESK_DB)
        return acknowledgements

    def _fresh_dirs(self) -> None:
        for path in (self.inbox, self.media):
            shutil.rmtree(path, ignore_errors=True)
            path.mkdir(parents=True)

    def reset(self, corpus: Path | None) -> Path:
        _recreate(HELPDESK_DB, template=HELPDESK_DB + SEED_SUFFIX)
        self._fresh_dirs()
        if corpus:
            for path in corpus.iterdir():
                shutil.copyfile(path, self.inbox / path.name)
        return self.inbox

    def command(self, _inbox: Path, _jobs: int) -> list[str]:
        return [str(self.python), "-m", "django", "get_email", "--quiet"]

    def outcome(self, expected: dict[str, Expected]) -> Counter:
        rows = _sql("SELECT message_id, ticket_id FROM helpdesk_followup", database=HELPDESK_DB)
        ticket_of = dict(rows)
        left = {path.name for path in self.inbox.iterdir()}
        counts: Counter[str] = Counter()
        for message_id, what in expected.items():
            ticket = ticket_of.get(message_id)
            if ticket is None:
                label = REJECTED + (" (left in the mailbox)" if f"{what.number:05d}.eml" in left else "")
            elif ticket > self.seed_tickets:
                label = NEW
            else:
                label = THREADED if ticket == what.ticket_id and what.kind == "reply" else MISTHREADED
            counts[f"{what.kind}: {label}"] += 1
        return counts


def _seed_opening(n: int, person: mail.Person) -> bytes:
    """The first message of a seeded helpdesk conversation (plain ASCII)."""
    return (
        f"From: {person.email}\r\nTo: {portal.SUPPORT_ADDRESS}\r\nSubject: Account review\r\n"
        f"Date: Tue, 04 Mar 2025 09:00:00 +0000\r\nMessage-ID: <seed.{n:05d}@{person.client.domain}>\r\n"
        "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\n"
        "Hello,\r\n\r\nI was told my account is under review. What do you need from me?\r\n"
    ).encode("ascii")


# --- the corpus -------------------------------------------------------------------------


def build_people(seed: int, conversations: int) -> tuple[list[mail.Person], random.Random]:
    rng = random.Random(seed)
    return mail.people(conversations, rng, domain_prefix="member"), rng


def write_corpus(
    rng: random.Random,
    members: list[mail.Person],
    ours_sent: dict[str, portal.SentEmail],
    helpdesk_sent: dict[str, tuple[int, mail.Answered]],
    *,
    openings: int,
    replies: int,
) -> dict[str, Expected]:
    askers = mail.people(openings, rng, domain_prefix="asker")
    conversations = len(members)
    answered = [*range(conversations)] * (replies // conversations)
    answered += rng.sample(range(conversations), replies % conversations)
    items = [("opening", n) for n in range(openings)] + [("reply", k) for k in answered]
    rng.shuffle(items)
    png = mail.screenshot_png(rng)
    ours_dir, helpdesk_dir = OUT / "corpus" / "ours", OUT / "corpus" / "helpdesk"
    for path in (ours_dir, helpdesk_dir):
        shutil.rmtree(path, ignore_errors=True)
        path.mkdir(parents=True)
    expected: dict[str, Expected] = {}
    sizes = Counter()
    for number, (kind, index) in enumerate(items):
        person = askers[index] if kind == "opening" else members[index]
        lang = person.client.lang
        if kind == "opening":
            subject, text = rng.choice(mail.QUESTIONS[lang])
        else:
            subject, text = "", rng.choice(mail.ANSWERS[lang])
        attachment = png if rng.random() < ATTACHMENT_SHARE else None
        letter = mail.Letter(person=person, number=number, text=text, subject=subject, attachment=attachment)
        what = Expected(
            number=number,
            message_id=letter.message_id,
            kind=kind,
            client=f"{person.client.name}-{lang}",
            charset=mail.CHARSETS[person.client.name][0],
            attachment=attachment is not None,
        )
        if kind == "opening":
            ours_raw = helpdesk_raw = mail.render(letter, None, support=portal.SUPPORT_ADDRESS)
        else:
            sent = ours_sent[person.email]
            what.case_id = sent.case_id
            ours_raw = mail.render(
                letter,
                mail.Answered(
                    to=sent.to,
                    subject=sent.subject,
                    message_id=sent.message_id,
                    from_header=sent.from_header,
                    text=sent.body_text,
                ),
                support=portal.SUPPORT_ADDRESS,
            )
            what.ticket_id, acknowledgement = helpdesk_sent[person.email]
            helpdesk_raw = mail.render(letter, acknowledgement, support=portal.SUPPORT_ADDRESS)
        name = f"{number:05d}.eml"
        (ours_dir / name).write_bytes(ours_raw)
        (helpdesk_dir / name).write_bytes(helpdesk_raw)
        sizes["ours"] += len(ours_raw)
        sizes["helpdesk"] += len(helpdesk_raw)
        expected[what.message_id] = what
    (OUT / "corpus" / "manifest.json").write_text(
        json.dumps([asdict(e) for e in expected.values()], ensure_ascii=False, indent=1)
    )
    kinds = Counter(e.kind for e in expected.values())
    charsets = Counter(e.charset for e in expected.values())
    print(
        f"corpus: {len(expected)} messages ({kinds['opening']} openings, {kinds['reply']} replies), "
        f"{sum(e.attachment for e in expected.values())} with a {len(png) // 1000} KB PNG; "
        f"{sizes['ours'] / 1e6:.1f} MB as sent to ours, {sizes['helpdesk'] / 1e6:.1f} MB to helpdesk"
    )
    print("  charsets: " + ", ".join(f"{c} {n}" for c, n in charsets.most_common()))
    print("  clients: " + ", ".join(f"{c} {n}" for c, n in Counter(e.client for e in expected.values()).most_common()))
    return expected


# --- the benchmark ----------------------------------------------------------------------


def _one(system, corpus: Path | None, jobs: int, expected, *, label: str, log: Path | None = None) -> Run:
    database = OURS_DB if system.name == "ours" else HELPDESK_DB
    target = system.reset(corpus)
    offset = 0
    if log is not None:
        _sql(f"ALTER DATABASE {database} SET log_statement = 'all'")
        offset = log.stat().st_size
    load = os.getloadavg()[0]
    wall, cpu, rss, code, summary = _measure(
        system.command(target, jobs), env=system.env, log_name=f"{label.replace(' ', '-').replace(',', '')}"
    )
    run = Run(
        system=system.name,
        label=label,
        messages=len(expected) if corpus else 0,
        wall=wall,
        cpu=cpu,
        max_rss_mb=rss,
        load=load,
        returncode=code,
        summary=summary,
    )
    if log is not None:
        time.sleep(0.5)  # the server has written every line before answering; let the file catch up
        run.statements = dict(_count_statements(log, offset, database))
        _sql(f"ALTER DATABASE {database} RESET log_statement")
    if corpus:
        run.outcome = dict(system.outcome(expected))
    print(
        f"  {label}: {wall:6.1f} s wall, {cpu:6.1f} s CPU, {rss:5.0f} MB, load {load:.1f}"
        + (f" → {run.rate:5.1f} msg/s, {run.per_cpu:5.1f} msg/CPU-s" if corpus else "")
        + (f" (exit {code})" if code else "")
    )
    return run


def _table(runs: list[Run], startups: list[Run], statements: dict[str, Run], total: int) -> str:
    def rows_of(system: str, label: str | None = None) -> list[Run]:
        return [r for r in runs if r.system == system and (label is None or r.label.startswith(label))]

    keys = []
    for run in runs:
        key = (run.system, run.label.split(" #")[0])
        if key not in keys:
            keys.append(key)
    lines = [
        "| system | runs | msg/s min / median / max | msg per CPU-s (median) | CPU s (median) | "
        "statements/msg | peak RSS | start-up (median wall / CPU) |",
        "| --- | ---: | --- | ---: | ---: | ---: | ---: | --- |",
    ]
    per_cpu = {}
    for system, label in keys:
        rows = rows_of(system, label)
        rates = [r.rate for r in rows]
        per_cpu[(system, label)] = statistics.median(r.per_cpu for r in rows)
        ups = [r for r in startups if r.system == system]
        stmt = statements.get(system)
        stmt_text = f"{sum(stmt.statements.values()) / total:.1f}" if stmt and stmt.statements else "n/a"
        lines.append(
            f"| {label} | {len(rows)} | {min(rates):.1f} / {statistics.median(rates):.1f} / {max(rates):.1f} | "
            f"{per_cpu[(system, label)]:.1f} | {statistics.median(r.cpu for r in rows):.1f} | {stmt_text} | "
            f"{max(r.max_rss_mb for r in rows):.0f} MB | "
            + (
                f"{statistics.median(r.wall for r in ups):.2f} s / {statistics.median(r.cpu for r in ups):.2f} s |"
                if ups
                else "n/a |"
            )
        )
    helpdesk_key = next(k for k in keys if k[0] == "helpdesk")
    helpdesk_rate = statistics.median(r.rate for r in rows_of(*helpdesk_key))
    for key in keys:
        if key[0] == "ours":
            rate = statistics.median(r.rate for r in rows_of(*key))
            lines.append(
                f"\nRatio {key[1]} / helpdesk, messages per CPU-second: "
                f"**{per_cpu[key] / per_cpu[helpdesk_key]:.2f}×**; messages per second (median): "
                f"{rate / helpdesk_rate:.2f}×"
            )
    return "\n".join(lines)


def _statement_table(statements: dict[str, Run], startup: dict[str, Run], total: int) -> str:
    """Statements of the whole run by kind, then those of start-up alone (the same
    command on an empty mailbox), and per message."""
    kinds = sorted({k for run in statements.values() for k in run.statements})
    kinds.sort(key=lambda k: _ORDER.index(k) if k in _ORDER else len(_ORDER))
    lines = [
        "| system | " + " | ".join(kinds) + " | total | of which start-up | per message |",
        "| --- | " + " | ".join("---:" for _ in kinds) + " | ---: | ---: | ---: |",
    ]
    for system, run in statements.items():
        counts = run.statements
        at_start = sum(startup[system].statements.values()) if system in startup else 0
        lines.append(
            f"| {system} | "
            + " | ".join(str(counts.get(k, 0)) for k in kinds)
            + f" | {sum(counts.values())} | {at_start} | {sum(counts.values()) / total:.1f} |"
        )
    return "\n".join(lines)


_ORDER = ["BEGIN", "COMMIT", "ROLLBACK", "SAVEPOINT", "RELEASE", "SELECT", "INSERT", "UPDATE", "DELETE"]


def _outcome_table(runs: list[Run]) -> str:
    systems = []
    for run in runs:
        if run.outcome and run.system not in systems:
            systems.append(run.system)
    labels = sorted({label for run in runs for label in run.outcome})
    lines = ["| outcome | " + " | ".join(systems) + " |", "| --- | " + " | ".join("---:" for _ in systems) + " |"]
    for label in labels:
        cells = []
        for system in systems:
            seen = {run.outcome.get(label, 0) for run in runs if run.system == system and run.outcome}
            cells.append(" / ".join(str(v) for v in sorted(seen)))  # one value when every run agrees
        lines.append(f"| {label} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=3, help="Timed runs of each command (at least 3)")
    parser.add_argument("--jobs", default="1", help="Comma-separated --jobs values for ingest_email, e.g. 1,2")
    parser.add_argument("--startup-runs", type=int, default=5)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--conversations", type=int, default=600, help="Seeded conversations replies answer")
    parser.add_argument("--openings", type=int, default=600, help="New questions in the corpus")
    parser.add_argument("--replies", type=int, default=1400, help="Replies in the corpus")
    parser.add_argument("--helpdesk-venv", default=os.environ.get("HELPDESK_VENV", "/work/scratch/helpdesk-venv"))
    parser.add_argument("--no-statements", action="store_true", help="Skip the statement-counting runs")
    parser.add_argument(
        "--prepare", action="store_true", help="Only seed both databases and write the corpus (for profiling)"
    )
    args = parser.parse_args()
    if args.runs < 3:
        parser.error("--runs must be at least 3")
    jobs_list = [int(j) for j in args.jobs.split(",")]

    venv = Path(args.helpdesk_venv)
    if not (venv / "bin" / "python").exists():
        print(f"no helpdesk virtualenv at {venv}: running bench/email/helpdesk/setup.sh")
        subprocess.run(["bash", str(ROOT / "bench/email/helpdesk/setup.sh"), str(venv)], check=True)
    versions = subprocess.run(
        [venv / "bin" / "python", "-c", "import django, importlib.metadata as m, sys; "
         "print(sys.version.split()[0], django.get_version(), m.version('django-helpdesk'))"],
        capture_output=True, text=True, check=True,
    ).stdout.split()  # fmt: skip
    import django

    print(
        f"machine: {os.cpu_count()} CPUs; load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}\n"
        f"ours: Python {sys.version.split()[0]}, Django {django.get_version()}; "
        f"helpdesk {versions[2]}: Python {versions[0]}, Django {versions[1]}"
    )
    started = time.perf_counter()
    OUT.mkdir(parents=True, exist_ok=True)
    members, rng = build_people(args.seed, args.conversations)
    ours, helpdesk = Ours(), Helpdesk(venv)
    ours_sent = ours.seed(members)
    helpdesk_sent = helpdesk.seed(members)
    print(f"seeded {len(members)} conversations on each side in {time.perf_counter() - started:.0f} s")
    expected = write_corpus(rng, members, ours_sent, helpdesk_sent, openings=args.openings, replies=args.replies)
    corpus = {"ours": OUT / "corpus" / "ours", "helpdesk": OUT / "corpus" / "helpdesk"}
    if args.prepare:
        print(f"prepared: templates {OURS_DB}{SEED_SUFFIX}, {HELPDESK_DB}{SEED_SUFFIX}; corpus in {OUT / 'corpus'}")
        return 0

    runs: list[Run] = []
    loads = [os.getloadavg()[0]]
    print(f"\ntimed runs, alternating (ours --jobs {args.jobs}, helpdesk) × {args.runs}:")
    for n in range(1, args.runs + 1):
        for jobs in jobs_list:
            runs.append(_one(ours, corpus["ours"], jobs, expected, label=f"ours --jobs {jobs} #{n}"))
        runs.append(_one(helpdesk, corpus["helpdesk"], 1, expected, label=f"helpdesk get_email #{n}"))
        loads.append(os.getloadavg()[0])
    print("\nstart-up alone (empty mailbox), alternating:")
    startups: list[Run] = []
    for n in range(1, args.startup_runs + 1):
        startups.append(_one(ours, None, 1, expected, label=f"ours start-up #{n}"))
        startups.append(_one(helpdesk, None, 1, expected, label=f"helpdesk start-up #{n}"))
    statements: dict[str, Run] = {}
    startup_statements: dict[str, Run] = {}
    log = None if args.no_statements else _server_log()
    if log is not None:
        print(f"\nstatement count (log_statement = 'all' on the bench database; server log {log}):")
        for system in (ours, helpdesk):
            label = f"{system.name} start-up statements"
            startup_statements[system.name] = _one(system, None, 1, expected, label=label, log=log)
        # Last, so that both databases are left as these runs left them, for a look.
        statements["ours"] = _one(ours, corpus["ours"], 1, expected, label="ours statements", log=log)
        statements["helpdesk"] = _one(helpdesk, corpus["helpdesk"], 1, expected, label="helpdesk statements", log=log)
    elif not args.no_statements:
        print("\n(the server log cannot be read here: statements per message not counted)")
    loads.append(os.getloadavg()[0])

    total = len(expected)
    report = [
        f"\n## Side by side: {total} messages, same PostgreSQL, {args.runs} interleaved runs each\n",
        _table(runs, startups, statements, total),
        "\n### What each system did with the messages (every run; a/b when runs differed)\n",
        _outcome_table(runs + list(statements.values())),
    ]
    if statements:
        report += ["\n### SQL statements (one run each, counted in the server log)\n"]
        report.append(_statement_table(statements, startup_statements, total))
    report.append(
        f"\nLoad average (1 min) before and between rounds: {', '.join(f'{x:.1f}' for x in loads)} "
        f"on {os.cpu_count()} CPUs. Total time {time.perf_counter() - started:.0f} s."
    )
    text = "\n".join(report)
    print(text)
    (OUT / "report.md").write_text(text + "\n")
    (OUT / "results.json").write_text(
        json.dumps(
            {
                "runs": [asdict(r) for r in runs],
                "startups": [asdict(r) for r in startups],
                "statements": {k: asdict(v) for k, v in statements.items()},
                "loads": loads,
            },
            indent=1,
        )
    )
    failed = [r for r in runs + startups + list(statements.values()) if r.returncode]
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
