"""Every restricting decision comes with a statement of reasons (DSA Article 17):
each required element, in the user's words, in My Requests and in the email; no
other account's private data; stored once and never changed."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from cases import services
from cases.models import Case, CaseError
from helpcenter.models import Article
from helpcenter.policy import policy_articles_ensure
from notifications.models import Notice
from notifications.rendering import notice_email_render
from statements.content import REQUIRED, missing_elements
from statements.models import Statement, StatementError
from tests.statements.world import REASON, decided, fake_feedback

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def articles(db):
    policy_articles_ensure(Article)


@pytest.fixture
def hidden(reviewer, subject, client_user, contract):
    feedback = fake_feedback(contract, author=client_user, recipient=subject)
    return decided(rung="hide_feedback", subject=subject, reviewer=reviewer, feedback=[feedback])


@pytest.fixture
def suspended(reviewer, subject):
    until = timezone.now() + timedelta(days=14)
    return decided(rung="suspension", subject=subject, reviewer=reviewer, suspension_until=until)


@pytest.fixture
def blocked(reviewer, senior, subject):
    return decided(rung="permanent_block", subject=subject, reviewer=reviewer, senior=senior)


@pytest.mark.parametrize(
    ("world", "restriction", "end_words"),
    [
        ("hidden", "visibility", "no end date"),
        ("suspended", "suspension", "ends by itself on"),
        ("blocked", "termination", "no end date"),
    ],
)
def test_each_restriction_type_gets_a_statement_with_every_required_element(request, world, restriction, end_words):
    case, decision = request.getfixturevalue(world)

    statement = Statement.objects.get(decision=decision)
    content = statement.content

    assert statement.restriction == restriction
    assert missing_elements(content) == []
    assert all(content[key] for key in REQUIRED)
    assert end_words in content["restriction"]["end"]
    assert content["facts"]["reason"] == REASON
    assert content["detection"]["automated_detection"] is True  # detection opened these cases
    assert content["decision_by"]["automated_decision"] is False
    assert "No automated system took this decision." in content["decision_by"]["said"]
    assert content["ground"]["policy_article"]
    assert content["ground"]["url"].endswith(reverse("helpcenter:article", args=[content["ground"]["policy_article"]]))
    assert content["redress"]["appeal"]["open"] is True
    assert content["redress"]["appeal"]["deadline"]
    assert "out-of-court" in content["redress"]["out_of_court"]
    assert "court" in content["redress"]["courts"]


def test_a_suspension_says_its_end_date_and_that_withdrawals_are_held(suspended):
    _, decision = suspended
    content = decision.statement.content

    assert content["restriction"]["ends_at"] == decision.suspension_until.isoformat()
    assert "withdrawals" in content["restriction"]["what"]
    assert "every country" in content["restriction"]["scope"]


def test_a_permanent_block_notes_the_senior_approval_and_rests_on_the_permanent_block_article(blocked):
    _, decision = blocked
    content = decision.statement.content

    assert content["ground"]["policy_article"] == "permanent-blocks"
    assert "senior reviewer checked and approved it" in content["decision_by"]["said"]


def test_the_statement_names_no_other_account(hidden, client_user, subject):
    _, decision = hidden
    text = str(decision.statement.content)

    for private in (client_user.email, client_user.display_name, subject.email):
        assert private not in text
    assert "1 feedback entry" in decision.statement.content["restriction"]["what"]


def test_a_user_report_is_named_as_the_source_and_not_as_automated_detection(reviewer, subject):
    _, decision = decided(rung="suspension", subject=subject, reviewer=reviewer, source=Case.Source.REPORT)
    detection = decision.statement.content["detection"]

    assert detection["source"] == "report"
    assert detection["automated_detection"] is False
    assert "Another user reported this" in detection["said"]


def test_a_case_a_reviewer_opened_says_no_automated_means_detected_it(reviewer, subject):
    _, decision = decided(rung="suspension", subject=subject, reviewer=reviewer, source=Case.Source.MANUAL)

    assert decision.statement.content["detection"]["automated_detection"] is False
    assert decision.statement.content["detection"]["source"] == "manual"


def test_a_legal_ground_marked_by_the_reviewer_is_stated(reviewer, subject):
    law = "Directive 2005/29/EC, Annex I point 23b"
    _, decision = decided(rung="suspension", subject=subject, reviewer=reviewer, legal_ground=law)

    assert decision.statement.content["ground"]["legal_ground"] == law


def test_decisions_that_restrict_nothing_have_no_statement(reviewer, subject):
    _, decision = decided(rung="education", subject=subject, reviewer=reviewer)

    assert not Statement.objects.filter(decision=decision).exists()


def test_a_restriction_without_a_policy_article_is_refused_and_nothing_is_written(reviewer, subject):
    case = services.case_open(kind="self_hire", accounts=[subject])
    services.case_claim(case=case, reviewer=reviewer)

    with pytest.raises(CaseError) as refused:
        services.decision_make(
            case=case, account=subject, rung="suspension", reason=REASON, actor=reviewer, policy_article=""
        )

    assert refused.value.code == "policy_article_required"
    assert "Choose the policy article" in refused.value.message
    assert not case.decisions.exists()
    assert not Statement.objects.exists()


def test_an_unknown_policy_article_is_refused(reviewer, subject):
    case = services.case_open(kind="self_hire", accounts=[subject])
    services.case_claim(case=case, reviewer=reviewer)

    with pytest.raises(CaseError) as refused:
        services.decision_make(
            case=case, account=subject, rung="suspension", reason=REASON, actor=reviewer, policy_article="nope"
        )
    assert refused.value.code == "policy_article_unknown"


def test_the_statement_cannot_be_changed_or_deleted(suspended):
    _, decision = suspended
    statement = decision.statement
    statement.content = {"restriction": "nothing"}

    with pytest.raises(StatementError):
        statement.save()
    with pytest.raises(StatementError):
        statement.delete()
    statement.refresh_from_db()
    assert statement.content["facts"]["reason"] == REASON


def test_an_appeal_that_changes_the_decision_writes_a_new_statement_pointing_at_the_first(
    suspended, subject, reviewer2, senior
):
    case, decision = suspended
    appeal = services.appeal_open(decision=decision, account=subject, statement="It was my brother's account.")
    services.case_claim(case=case, reviewer=reviewer2)
    proposal = services.appeal_decide(
        appeal=appeal, actor=reviewer2, outcome="modify", new_rung="hide_feedback", answer="We lowered it."
    )
    services.appeal_approve(appeal=proposal, approver=senior)

    first = Statement.objects.get(decision=decision)
    second = Statement.objects.exclude(pk=first.pk).get()
    assert second.replaces == first
    assert second.content["replaces"] == str(first.puid)
    assert second.content["redress"]["appeal"]["open"] is False
    assert first.content["restriction"]["type"] == "suspension"  # unchanged
    outcome = Notice.objects.get(account=subject, kind=Notice.Kind.APPEAL_DECIDED)
    assert str(second.puid) in notice_email_render(notice=outcome, reply_address="reply@example.test").text


def test_the_statement_is_in_the_decision_email_and_in_my_requests(client, suspended, subject):
    case, decision = suspended
    notice = Notice.objects.get(account=subject, kind=Notice.Kind.DECISION)

    email = notice_email_render(notice=notice, reply_address="reply@example.test")
    assert "STATEMENT OF REASONS" in email.text
    assert "What you can do:" in email.text
    assert "out-of-court dispute settlement" in email.text
    assert str(decision.statement.puid) in email.text
    assert "Statement of reasons" in email.html

    client.force_login(subject)
    page = client.get(reverse("inbox:case", args=[case.pk])).content.decode()
    assert 'data-testid="decision-statement"' in page
    assert "The rule it rests on" in page
    assert str(decision.statement.puid) in page


def test_another_subjects_name_or_any_address_in_the_reason_is_left_out(reviewer, subject, bystander):
    case = services.case_open(kind="self_hire", accounts=[subject, bystander])
    services.case_claim(case=case, reviewer=reviewer)
    reason = f"You and {bystander.display_name} ({bystander.email}) traded five-star feedback."
    decision = services.decision_make(case=case, account=subject, rung="suspension", reason=reason, actor=reviewer)

    stated = decision.statement.content["facts"]["reason"]
    assert bystander.display_name not in stated
    assert bystander.email not in stated
    assert stated == "You and another account (another account) traded five-star feedback."
