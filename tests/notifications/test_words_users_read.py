"""The words a user reads: each notice's subject and first sentence per outcome, the
help article it links to, and where its links point (the address `make run` serves)."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest
from django.urls import reverse
from django.utils import timezone

from cases import services
from cases.models import Case, Decision
from enforcement.models import Restriction
from enforcement.services import restrictions_expire
from helpcenter.models import Article
from helpcenter.policy import policy_articles_ensure
from notifications.models import Notice
from notifications.rendering import notice_email_render
from tests.mail import email_settings  # noqa: F401 - the email world's settings

ROOT = Path(__file__).resolve().parents[2]


def first_sentence(notice: Notice) -> str:
    return notice.body.split("\n\n")[0]


@pytest.fixture
def case(db, subject, reviewer):
    case = services.case_open(kind="self_hire", accounts=[subject], note="Shared card")
    services.case_claim(case=case, reviewer=reviewer)
    return case


def decide(case, subject, reviewer, senior, rung, **kw):
    decision = services.decision_make(
        case=case, account=subject, rung=rung, reason="Our reasons.", actor=reviewer, **kw
    )
    if decision.status == Decision.Status.PENDING_APPROVAL:
        services.decision_approve(decision=decision, approver=senior)
    return decision


UNTIL = timezone.now().replace(microsecond=0) + timedelta(days=10)

DECISIONS = [
    (
        "no_violation",
        {},
        "We found no violation on your account",
        "We looked into activity on your account and found no violation of our feedback policy.",
        "feedback-building",
    ),
    (
        "education",
        {},
        "A reminder of our feedback policy",
        "We found activity on your account that goes against our feedback policy. This time we are only explaining "
        "the rule: nothing on your account is restricted.",
        "feedback-building",
    ),
    (
        "suspension",
        {"suspension_until": UNTIL},
        "Your account has been suspended",
        f"Your account is suspended until {UNTIL:%d %B %Y at %H:%M} UTC: some actions are paused until then.",
        "after-a-suspension",
    ),
    (
        "suspension",
        {},
        "Your account has been suspended",
        "Your account is suspended until the review of your account is resolved (at the latest ",
        "after-a-suspension",
    ),
    (
        "permanent_block",
        {},
        "Your account has been permanently blocked",
        "Your account is permanently blocked: you can no longer offer work, hire or leave feedback on Gigworks.",
        "permanent-blocks",
    ),
]


# Ids that do not carry the date: the suspension's end is computed at import, and pytest-xdist
# refuses to run when two workers collect different test names (a minute boundary between them).
@pytest.mark.parametrize(
    ("rung", "extra", "headline", "opening", "article"),
    DECISIONS,
    ids=["no_violation", "education", "suspension_until_date", "suspension_open_ended", "permanent_block"],
)
def test_each_decision_says_what_it_does_first_and_links_its_own_article(
    case, subject, reviewer, senior, rung, extra, headline, opening, article, settings
):
    settings.SITE_NAME = "Gigworks"
    decide(case, subject, reviewer, senior, rung, **extra)
    notice = subject.notices.get(kind="decision")
    assert notice.subject == f"{headline} (case #{case.pk})"
    assert first_sentence(notice).startswith(opening)
    assert "Our reasons." in notice.body
    assert notice.article_slug == article
    rendered = notice_email_render(notice=notice, reply_address="r@reply.example.com")
    assert rendered.subject == notice.subject
    assert f"/help/articles/{article}/" in rendered.text and f"/help/articles/{article}/" in rendered.html


def test_a_permanent_block_never_links_the_suspension_article(client, case, subject, reviewer, senior):
    decide(case, subject, reviewer, senior, "permanent_block")
    notice = subject.notices.get(kind="decision")
    rendered = notice_email_render(notice=notice, reply_address="r@reply.example.com")
    assert "after-a-suspension" not in rendered.text + rendered.html
    policy_articles_ensure(Article)  # a transactional test elsewhere may have flushed the migration's rows
    article = client.get(reverse("helpcenter:article", args=["permanent-blocks"]))
    assert article.status_code == 200
    assert "Paying for work already done keeps working" in article.content.decode()


def test_hidden_feedback_says_so_first(case, subject, reviewer, senior, five_star):
    decide(case, subject, reviewer, senior, "hide_feedback", feedback_ids=[five_star.pk])
    notice = subject.notices.get(kind="decision")
    assert notice.subject == f"Some feedback on your account has been hidden (case #{case.pk})"
    assert first_sentence(notice).startswith("We found feedback on your account that was not earned")


@pytest.fixture
def five_star(db, contract, client_user):
    from feedback.services import feedback_leave

    return feedback_leave(contract=contract, author=client_user, rating=5, comment="Perfect")


APPEALS = [
    (
        "uphold",
        "",
        "Your appeal was not successful: the decision stands",
        "We looked at your appeal again, and the decision stays as it was.",
    ),
    (
        "modify",
        "education",
        "Your appeal was partly successful: we changed the decision",
        "We looked at your appeal and changed our decision: it is now a reminder of our policy, and nothing on your "
        "account is restricted.",
    ),
    (
        "overturn",
        "",
        "Your appeal was successful: we reversed the decision",
        "You were right to appeal: we reversed our decision and undid what it did.",
    ),
]


@pytest.mark.parametrize(("outcome", "new_rung", "headline", "opening"), APPEALS)
def test_the_appeal_outcome_is_told_from_the_users_side_on_page_and_by_email(
    client, case, subject, reviewer, reviewer2, senior, outcome, new_rung, headline, opening
):
    decision = decide(case, subject, reviewer, senior, "suspension")
    appeal = services.appeal_open(decision=decision, account=subject, statement="It was real work.")
    services.case_claim(case=Case.objects.get(pk=case.pk), reviewer=reviewer2)
    answered = services.appeal_decide(
        appeal=appeal, actor=reviewer2, outcome=outcome, new_rung=new_rung, answer="Our answer."
    )
    if answered.status != "decided":
        services.appeal_approve(appeal=appeal, approver=senior)

    notice = subject.notices.get(kind="appeal_decided")
    assert notice.subject == f"{headline} (case #{case.pk})"
    assert first_sentence(notice).startswith(opening)
    assert "overturned" not in notice.subject.lower() + notice.body.lower()
    rendered = notice_email_render(notice=notice, reply_address="r@reply.example.com")
    assert rendered.subject == notice.subject

    client.force_login(subject)
    page = client.get(reverse("inbox:case", args=[case.pk])).content.decode()
    assert headline in page
    assert "overturned" not in page.lower()


def test_lifted_and_ended_restrictions_say_so(case, subject, reviewer, senior):
    from enforcement.services import restriction_lift

    decide(case, subject, reviewer, senior, "suspension", suspension_until=UNTIL)
    restriction = Restriction.objects.get(account=subject)
    restriction_lift(restriction=restriction, actor=senior, reason="We found the invoices.")
    lifted = subject.notices.get(kind="restriction_lifted")
    assert lifted.subject == "The restriction on your account has been lifted"
    assert (
        first_sentence(lifted) == "We lifted the restriction on your account: you can use every part of the site again."
    )
    assert lifted.article_slug == "after-a-suspension"


def test_a_suspension_that_reaches_its_end_tells_the_user_once(client, case, subject, reviewer, senior):
    decide(case, subject, reviewer, senior, "suspension", suspension_until=UNTIL)
    assert restrictions_expire(now=UNTIL - timedelta(minutes=1)) == 0

    assert restrictions_expire(now=UNTIL + timedelta(minutes=1)) == 1
    assert restrictions_expire(now=UNTIL + timedelta(minutes=2)) == 0  # told once

    ended = subject.notices.get(kind="restriction_lifted")
    assert ended.subject == "Your suspension has ended"
    assert first_sentence(ended) == (
        f"Your account is no longer suspended: the suspension ended on {UNTIL:%d %B %Y at %H:%M} UTC, as planned, "
        "and you can use every part of the site again."
    )
    client.force_login(subject)
    assert "Restriction ended" in client.get(reverse("inbox:case", args=[case.pk])).content.decode()


def test_information_requests_and_reviewer_messages(case, subject, reviewer):
    services.case_request_info(case=case, actor=reviewer, account=subject, body="Who paid for the work?")
    services.case_message_user(case=case, actor=reviewer, account=subject, body="Thanks, we have it.")
    info = subject.notices.get(kind="info_request")
    message = subject.notices.get(kind="reviewer_message")
    assert info.subject == f"We need some information from you (case #{case.pk})"
    assert message.subject == f"A message from our Trust & Safety team (case #{case.pk})"
    info_email = notice_email_render(notice=info, reply_address="r@reply.example.com")
    assert "need a few details from you before we decide anything" in info_email.text.split("Who paid")[0]
    message_email = notice_email_render(notice=message, reply_address="r@reply.example.com")
    assert "A member of our Trust & Safety team wrote to you:" in message_email.text


def test_report_received_names_the_report_and_promises_the_outcome(db, client_user, subject):
    from reports.services import report_file

    report = report_file(reporter=client_user, reported=subject, reason="paid_feedback", details="Refund for stars.")
    notice = report.notices.get(kind="report_received")
    assert notice.subject == f"We received your report about {subject.display_name}"
    assert first_sentence(notice).startswith(f"Thank you for telling us. Your report #{report.pk}")
    assert "we tell you whether we took action" in notice.body


# --- the address in emails is the one `make run` serves -------------------------------


def _make_run(*args: str) -> str:
    if shutil.which("make") is None:
        pytest.skip("make is not installed")
    return subprocess.run(
        ["make", "-n", "run", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
        env={"PATH": "/usr/bin:/bin"},
    ).stdout


def _site_url_in(command_line: str) -> str:
    return re.search(r"SITE_URL='([^']*)'", command_line).group(1)


def test_make_run_on_another_port_writes_that_port_into_emails(case, subject, reviewer, senior, settings):
    commands = _make_run("PORT=8100")
    server = next(line for line in commands.splitlines() if "runserver" in line)
    worker = next(line for line in commands.splitlines() if "db_worker" in line)
    seed = next(line for line in commands.splitlines() if "seed_demo" in line)
    assert "127.0.0.1:8100" in server
    assert {_site_url_in(server), _site_url_in(worker), _site_url_in(seed)} == {"http://127.0.0.1:8100"}

    # The settings read that environment as the server starts.
    started = subprocess.run(
        [
            sys.executable,
            "-c",
            "import django; django.setup(); from django.conf import settings; print(settings.SITE_URL)",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
        env={
            "PATH": "/usr/bin:/bin",
            "DJANGO_SETTINGS_MODULE": "trustsafety.settings",
            "SITE_URL": _site_url_in(server),
        },
    )
    settings.SITE_URL = started.stdout.strip()

    decide(case, subject, reviewer, senior, "education")
    rendered = notice_email_render(notice=subject.notices.get(kind="decision"), reply_address="r@reply.example.com")
    assert f"http://127.0.0.1:8100/help/requests/case/{case.pk}/" in rendered.text
    assert 'href="http://127.0.0.1:8100/help/articles/feedback-building/"' in rendered.html
    assert "127.0.0.1:8000" not in rendered.text + rendered.html


def test_an_explicit_site_url_wins_over_the_port():
    server = next(
        line
        for line in _make_run("PORT=8100", "SITE_URL=https://t-and-s.example.com").splitlines()
        if "runserver" in line
    )
    assert _site_url_in(server) == "https://t-and-s.example.com"
