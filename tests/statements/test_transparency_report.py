"""The transparency report: its CSV adds up to the decisions in the database, it
counts notices and own initiative, appeals by outcome; the page draws its charts
with a number of queries that does not grow with the data."""

from __future__ import annotations

import csv
import io
from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from cases import services
from cases.models import Case, Decision
from helpcenter.models import Article
from helpcenter.policy import policy_articles_ensure
from tests.conftest import make_user
from tests.statements.world import decided

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def articles(db):
    policy_articles_ensure(Article)


def world(reviewer, reviewer2, senior, n: int):
    """n suspensions (every other one reported), one education, one appeal reversed."""
    for i in range(n):
        account = make_user(f"user{i}-{Decision.objects.count()}@example.com")
        source = Case.Source.REPORT if i % 2 else Case.Source.DETECTION
        decided(rung="suspension", subject=account, reviewer=reviewer, source=source)
    learner = make_user(f"learner{Decision.objects.count()}@example.com")
    decided(rung="education", subject=learner, reviewer=reviewer)
    case, decision = decided(rung="suspension", subject=make_user(f"app{n}@example.com"), reviewer=reviewer)
    appeal = services.appeal_open(decision=decision, account=decision.account, statement="Not me.")
    services.case_claim(case=case, reviewer=reviewer2)
    proposal = services.appeal_decide(appeal=appeal, actor=reviewer2, outcome="overturn", answer="You are right.")
    services.appeal_approve(appeal=proposal, approver=senior)


def csv_rows(client) -> dict[tuple[str, str], str]:
    today = timezone.localdate()
    response = client.get(reverse("statements:report_csv"), {"from": today - timedelta(days=1), "to": today})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    return {(r["section"], r["item"]): r["value"] for r in csv.DictReader(io.StringIO(response.content.decode()))}


def test_the_csv_adds_up_to_the_decisions_in_the_database(client, reviewer, reviewer2, senior):
    world(reviewer, reviewer2, senior, 4)
    client.force_login(reviewer)

    rows = csv_rows(client)

    in_db = Decision.objects.filter(status__in=("applied", "superseded")).exclude(rung="request_info").count()
    total = int(rows[("decisions", "total")])
    assert total == in_db == 6
    assert sum(int(v) for (section, _), v in rows.items() if section == "decisions by outcome") == total
    assert sum(int(v) for (section, _), v in rows.items() if section == "decisions by kind") == total
    assert (
        int(rows[("source", "own initiative (detection or reviewer)")])
        + int(rows[("source", "notices (user reports)")])
        == total
    )
    assert rows[("source", "notices (user reports)")] == "2"
    assert rows[("restrictions by type", "Account suspended (withdrawals held)")] == "5"
    assert (rows[("appeals", "received")], rows[("appeals", "decided")], rows[("appeals", "reversed")]) == (
        "1",
        "1",
        "1",
    )
    assert rows[("automated decision", "decisions taken by automated means")] == "0"
    assert rows[("appeals", "median hours from appeal to answer")] != ""


def test_a_period_without_decisions_is_all_zeros(client, reviewer, reviewer2, senior):
    world(reviewer, reviewer2, senior, 1)
    client.force_login(reviewer)

    response = client.get(reverse("statements:report_csv"), {"from": "2020-01-01", "to": "2020-01-31"})

    rows = {(r["section"], r["item"]): r["value"] for r in csv.DictReader(io.StringIO(response.content.decode()))}
    assert rows[("decisions", "total")] == "0"
    assert rows[("automated detection", "share (%)")] == ""


def test_the_page_draws_responsive_charts_and_refuses_a_backwards_period(client, reviewer, reviewer2, senior):
    world(reviewer, reviewer2, senior, 2)
    client.force_login(reviewer)

    page = client.get(reverse("statements:report")).content.decode()
    assert page.count('<svg xmlns="http://www.w3.org/2000/svg" role="img"') == 5
    assert 'viewBox="0 0' in page
    assert 'data-testid="total">4<' in page

    backwards = client.get(reverse("statements:report"), {"from": "2026-02-01", "to": "2026-01-01"}).content.decode()
    assert "The period starts after it ends" in backwards


def test_users_cannot_read_the_report(client, subject):
    client.force_login(subject)

    assert client.get(reverse("statements:report")).status_code in (302, 403)
    assert client.get(reverse("statements:report_csv")).status_code in (302, 403)


def test_the_query_count_does_not_grow_with_the_data(client, reviewer, reviewer2, senior):
    world(reviewer, reviewer2, senior, 2)
    client.force_login(reviewer)
    client.get(reverse("statements:report"))  # warm the caches the layout reads (banners, counts)
    with CaptureQueriesContext(connection) as few:
        client.get(reverse("statements:report"))
    world(reviewer, reviewer2, senior, 8)
    client.get(reverse("statements:report"))
    with CaptureQueriesContext(connection) as more:
        client.get(reverse("statements:report"))
    assert 0 < len(few.captured_queries) <= 30
    assert len(more.captured_queries) <= len(few.captured_queries)
