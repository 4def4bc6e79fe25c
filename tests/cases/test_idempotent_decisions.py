"""A decision, an approval, an appeal or an appeal answer submitted twice (double
click, two tabs, a retried request) is applied once: the second submission shows
the first result. One standing decision per case subject, backed by the database."""

import pytest
from django.db import IntegrityError, transaction
from rest_framework.test import APIClient

from cases import services
from cases.models import Appeal, CaseError, CaseEvent, Decision, Strike
from enforcement.models import Restriction
from notifications.models import Notice


def post_decision(client, case, subject, rung="suspension", reason="You hired yourself."):
    return client.post(
        f"/portal/cases/{case.pk}/decide/",
        {"account": subject.pk, "rung": rung, "reason": reason, "policy_article": "feedback-building"},
        follow=True,
    )


def test_second_submission_of_a_decision_applies_it_once(client, case, reviewer, subject):
    services.case_claim(case=case, reviewer=reviewer)
    client.force_login(reviewer)
    post_decision(client, case, subject)
    second = post_decision(client, case, subject)
    assert "already recorded" in second.content.decode()
    assert Decision.objects.filter(case=case, account=subject).count() == 1
    assert Strike.objects.filter(account=subject).count() == 1
    assert Restriction.objects.filter(account=subject).count() == 1
    assert Notice.objects.filter(account=subject, kind="decision").count() == 1
    assert case.events.filter(type=CaseEvent.Type.DECISION).count() == 1


def test_a_different_decision_for_a_decided_subject_is_refused_naming_the_first(case, reviewer, subject):
    services.case_claim(case=case, reviewer=reviewer)
    services.decision_make(case=case, account=subject, rung="education", reason="Read this.", actor=reviewer)
    with pytest.raises(CaseError) as err:
        services.decision_make(case=case, account=subject, rung="suspension", reason="Worse.", actor=reviewer)
    assert err.value.code == "already_decided" and "Education" in err.value.message
    assert Strike.objects.filter(account=subject).count() == 1


def test_a_pending_block_cannot_be_doubled_by_a_second_tab(case, reviewer, subject):
    services.case_claim(case=case, reviewer=reviewer)
    first = services.decision_make(case=case, account=subject, rung="permanent_block", reason="x", actor=reviewer)
    again = services.decision_make(case=case, account=subject, rung="permanent_block", reason="x", actor=reviewer)
    assert again == first and again.replayed
    assert case.events.filter(type=CaseEvent.Type.DECISION_PROPOSED).count() == 1


def test_the_database_refuses_a_second_standing_decision_for_a_case_subject(case, reviewer, subject):
    services.decision_make(case=case, account=subject, rung="education", reason="x", actor=reviewer)
    with pytest.raises(IntegrityError), transaction.atomic():
        Decision.objects.create(case=case, account=subject, rung="suspension", reason="y", decided_by=reviewer)


def test_a_repeated_information_request_is_sent_once(case, reviewer, subject):
    services.case_claim(case=case, reviewer=reviewer)
    for _ in range(2):
        services.decision_make(case=case, account=subject, rung="request_info", reason="Whose card?", actor=reviewer)
    assert case.events.filter(type=CaseEvent.Type.INFO_REQUESTED).count() == 1
    assert Notice.objects.filter(account=subject, kind="info_request").count() == 1


def test_second_approval_click_shows_the_first_result(case, reviewer, senior, subject):
    services.case_claim(case=case, reviewer=reviewer)
    block = services.decision_make(case=case, account=subject, rung="permanent_block", reason="x", actor=reviewer)
    services.decision_approve(decision=block, approver=senior)
    again = services.decision_approve(decision=block, approver=senior)
    assert again.replayed and again.status == Decision.Status.APPLIED
    assert Restriction.objects.filter(account=subject).count() == 1
    assert Notice.objects.filter(account=subject, kind="decision").count() == 1


def test_approval_after_another_senior_approved_names_them(case, reviewer, senior, admin_user, subject):
    services.case_claim(case=case, reviewer=reviewer)
    block = services.decision_make(case=case, account=subject, rung="permanent_block", reason="x", actor=reviewer)
    services.decision_approve(decision=block, approver=senior)
    with pytest.raises(CaseError) as err:
        services.decision_approve(decision=block, approver=admin_user)
    assert err.value.code == "not_pending" and "Sam Senior" in err.value.message


def test_second_appeal_submission_shows_the_first(case, reviewer, client_user):
    decision = services.decision_make(case=case, account=client_user, rung="education", reason="x", actor=reviewer)
    first = services.appeal_open(decision=decision, account=client_user, statement="Real work.")
    second = services.appeal_open(decision=decision, account=client_user, statement="Real work.")
    assert second == first and second.replayed
    assert Notice.objects.filter(account=client_user, kind="appeal_received").count() == 1
    assert case.events.filter(type=CaseEvent.Type.APPEAL_OPENED).count() == 1


def test_second_appeal_answer_is_not_applied_twice(case, reviewer, reviewer2, client_user):
    decision = services.decision_make(case=case, account=client_user, rung="education", reason="x", actor=reviewer)
    appeal = services.appeal_open(decision=decision, account=client_user, statement="Real work.")
    services.appeal_decide(appeal=appeal, actor=reviewer2, outcome="uphold", answer="It stands.")
    again = services.appeal_decide(appeal=appeal, actor=reviewer2, outcome="uphold", answer="It stands.")
    assert again.replayed and again.status == Appeal.Status.DECIDED
    assert case.events.filter(type=CaseEvent.Type.APPEAL_DECIDED).count() == 1
    assert Notice.objects.filter(account=client_user, kind="appeal_decided").count() == 1


def test_the_api_answers_a_repeated_decision_with_the_first(reviewer, case, subject):
    api = APIClient()
    api.force_authenticate(reviewer)
    body = {"account": subject.pk, "rung": "education", "reason": "Read the policy."}
    first = api.post(f"/api/v1/cases/{case.pk}/decisions/", body, format="json")
    second = api.post(f"/api/v1/cases/{case.pk}/decisions/", body, format="json")
    assert (first.status_code, second.status_code) == (201, 200)
    assert first.json()["id"] == second.json()["id"]
    body["rung"] = "suspension"
    third = api.post(f"/api/v1/cases/{case.pk}/decisions/", body, format="json")
    assert third.status_code == 409 and third.json()["code"] == "already_decided"
