"""The reviewer sees the statement the user will receive before sending, and a
restriction whose statement would lack its policy article is refused."""

from __future__ import annotations

import uuid
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from cases import services
from cases.models import Decision
from helpcenter.models import Article
from helpcenter.policy import policy_articles_ensure
from statements.models import Statement

pytestmark = pytest.mark.django_db


@pytest.fixture
def case(db, reviewer, subject):
    policy_articles_ensure(Article)
    case = services.case_open(kind="self_hire", accounts=[subject], source="detection")
    services.case_claim(case=case, reviewer=reviewer)
    return case


def form(subject, *, rung="suspension", **extra):
    """The several-subjects decision form, one line filled for ``subject``."""
    until = (timezone.now() + timedelta(days=7)).strftime("%Y-%m-%dT%H:%M")
    pk = subject.pk
    return {
        f"rung_{pk}": rung,
        f"reason_{pk}": "You hired yourself through a second account.",
        f"until_{pk}": until,
        "policy_article": "feedback-building",
        "submission_key": uuid.uuid4().hex,
    } | extra


def test_the_case_page_offers_the_policy_article_with_a_sensible_default(client, case, reviewer):
    client.force_login(reviewer)

    page = client.get(reverse("cases:detail", args=[case.pk])).content.decode()

    assert 'data-testid="statement-ground"' in page
    assert 'data-testid="preview-statement"' in page
    assert '<option value="feedback-building" selected>' in page


def test_preview_shows_the_statement_and_saves_nothing(client, case, reviewer, subject):
    client.force_login(reviewer)

    response = client.post(reverse("cases:decide_subjects", args=[case.pk]), form(subject, preview="1"))

    page = response.content.decode()
    assert response.status_code == 200
    assert 'data-testid="statement-preview"' in page
    assert '<section class="statement" data-testid="statement"' in page
    assert "Preview — Statement of reasons" in page
    assert "You hired yourself through a second account." in page
    assert "It ends by itself on" in page
    assert "Our automated checks of marketplace activity flagged it" in page
    assert "out-of-court dispute settlement" in page
    assert not Decision.objects.exists()
    assert not Statement.objects.exists()
    # The form keeps what the reviewer wrote, ready to send.
    assert "You hired yourself through a second account.</textarea>" in page


def test_preview_without_a_policy_article_says_what_is_missing(client, case, reviewer, subject):
    client.force_login(reviewer)

    response = client.post(
        reverse("cases:decide_subjects", args=[case.pk]), form(subject, preview="1", policy_article="")
    )

    page = response.content.decode()
    assert 'data-testid="statement-refusal"' in page
    assert "Choose the policy article this decision rests on" in page
    assert 'data-testid="statement-preview"' not in page


def test_sending_a_suspension_without_a_policy_article_is_refused(client, case, reviewer, subject):
    client.force_login(reviewer)

    response = client.post(
        reverse("cases:decide_subjects", args=[case.pk]), form(subject, policy_article=""), follow=True
    )

    assert "Choose the policy article this decision rests on" in response.content.decode()
    assert not Decision.objects.exists()


def test_sending_the_previewed_decision_stores_the_same_statement(client, case, reviewer, subject):
    client.force_login(reviewer)

    client.post(reverse("cases:decide_subjects", args=[case.pk]), form(subject), follow=True)

    statement = Statement.objects.get()
    assert statement.decision.policy_article == "feedback-building"
    assert statement.content["facts"]["reason"] == "You hired yourself through a second account."


def test_a_decision_that_restricts_nothing_previews_as_having_no_statement(client, case, reviewer, subject):
    client.force_login(reviewer)

    response = client.post(
        reverse("cases:decide_subjects", args=[case.pk]),
        form(subject, rung="education", policy_article="", preview="1"),
    )

    assert 'data-testid="no-statement"' in response.content.decode()
