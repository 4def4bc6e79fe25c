"""Hiding feedback is a visibility restriction whatever rung carries it: an
education with the feedback remedy gets a statement of reasons, and a suspension
that also hides feedback says so to the user and in the Transparency Database
export; the form refuses either without a policy article."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from cases import services
from cases.models import CaseError
from helpcenter.models import Article
from helpcenter.policy import policy_articles_ensure
from statements.content import missing_elements
from statements.export import payload_errors, tdb_payload
from statements.models import Statement
from tests.statements.world import decided, fake_feedback

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def articles(db):
    policy_articles_ensure(Article)


def test_an_education_that_hides_feedback_gets_a_visibility_statement(reviewer, subject, client_user, contract):
    feedback = fake_feedback(contract, author=client_user, recipient=subject)

    _, decision = decided(rung="education", subject=subject, reviewer=reviewer, feedback=[feedback])

    statement = Statement.objects.get(decision=decision)
    assert statement.restriction == Statement.Restriction.VISIBILITY
    assert statement.content["restriction"]["what"].startswith("We hid 1 feedback entry connected to your account")
    assert missing_elements(statement.content) == []
    payload = tdb_payload(statement)
    assert payload["decision_visibility"] == ["DECISION_VISIBILITY_CONTENT_DISABLED"]
    assert payload_errors(payload) == []


def test_an_education_without_hidden_feedback_still_has_no_statement(reviewer, subject):
    _, decision = decided(rung="education", subject=subject, reviewer=reviewer)

    assert not Statement.objects.filter(decision=decision).exists()


def test_a_suspension_that_also_hides_feedback_says_so_and_exports_both_restrictions(
    reviewer, subject, client_user, contract
):
    feedback = [fake_feedback(contract, author=client_user, recipient=subject)]
    until = timezone.now() + timedelta(days=14)

    _, decision = decided(
        rung="suspension", subject=subject, reviewer=reviewer, feedback=feedback, suspension_until=until
    )

    statement = Statement.objects.get(decision=decision)
    assert statement.restriction == Statement.Restriction.SUSPENSION
    assert "We also hid 1 feedback entry connected to your account" in statement.content["restriction"]["what"]
    payload = tdb_payload(statement)
    assert payload["decision_account"] == "DECISION_ACCOUNT_SUSPENDED"
    assert payload["decision_visibility"] == ["DECISION_VISIBILITY_CONTENT_DISABLED"]
    assert payload["end_date_visibility_restriction"] is None
    assert "also hidden" in payload["decision_facts"]
    assert payload_errors(payload) == []


def test_hiding_feedback_with_an_education_needs_a_policy_article(reviewer, subject, client_user, contract):
    feedback = fake_feedback(contract, author=client_user, recipient=subject)
    case = services.case_open(kind="self_hire", accounts=[subject])
    services.case_claim(case=case, reviewer=reviewer)

    with pytest.raises(CaseError) as refused:
        services.decision_make(
            case=case,
            account=subject,
            rung="education",
            reason="Please read the feedback policy.",
            actor=reviewer,
            feedback_ids=[feedback.pk],
            policy_article="",
        )

    assert refused.value.code == "policy_article_required"
    assert "hiding feedback restricts the user" in refused.value.message
    assert not Statement.objects.exists()
