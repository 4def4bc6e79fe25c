"""The approvals page: a senior reviewer sees what waits for them (what, about whom,
on which case, by whom, since when), stale proposals say what changed, approval and
send-back work from the page, a send-back needs a reason the proposer reads, and
the page costs the same number of queries whatever the number of proposals."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from rest_framework.test import APIClient

from cases import services
from cases.models import CaseError, CaseEvent, Decision
from detection.kinds import Kind
from tests.conftest import make_user


def propose_block(account, reviewer, kind=Kind.SELF_HIRE):
    case = services.case_open(kind=kind, accounts=[account])
    services.case_claim(case=case, reviewer=reviewer)
    decision = services.decision_make(
        case=case, account=account, rung="permanent_block", reason="A ring of fake accounts.", actor=reviewer
    )
    assert decision.status == Decision.Status.PENDING_APPROVAL
    return decision


def test_a_senior_sees_what_waits_for_them_and_the_nav_counts_it(client, senior, reviewer, subject):
    decision = propose_block(subject, reviewer)
    client.force_login(senior)
    page = client.get("/portal/approvals/").content.decode()
    assert 'data-testid="approval-row"' in page
    assert "Permanent block" in page and subject.display_name in page and reviewer.display_name in page
    assert f"#{decision.case_id}" in page and "ago" in page
    assert 'data-testid="approvals-badge" aria-label="1 awaiting your approval"' in page


def test_the_proposer_sees_it_as_theirs_not_as_one_to_approve(client, reviewer, subject):
    propose_block(subject, reviewer)
    client.force_login(reviewer)
    page = client.get("/portal/approvals/").content.decode()
    assert 'data-testid="approval-row"' not in page
    assert 'data-testid="my-proposals"' in page
    assert 'data-testid="approvals-badge"' not in page


def test_a_senior_never_approves_their_own_proposal(senior, subject):
    decision = propose_block(subject, senior)
    with pytest.raises(CaseError) as refused:
        services.decision_approve(decision=decision, approver=senior)
    assert refused.value.code == "own_decision"


def test_approve_from_the_page_returns_to_the_page_and_applies(client, senior, reviewer, subject):
    decision = propose_block(subject, reviewer)
    client.force_login(senior)
    response = client.post(
        f"/portal/cases/{decision.case_id}/decisions/{decision.pk}/approve/", {"next": "approvals"}, follow=True
    )
    assert response.redirect_chain[-1][0] == "/portal/approvals/"
    decision.refresh_from_db()
    assert decision.status == Decision.Status.APPLIED
    assert "Nothing waits for your approval." in response.content.decode()


def test_send_back_without_a_reason_is_refused_and_changes_nothing(client, senior, reviewer, subject):
    decision = propose_block(subject, reviewer)
    client.force_login(senior)
    response = client.post(
        f"/portal/cases/{decision.case_id}/decisions/{decision.pk}/reject/",
        {"reason": "  ", "next": "approvals"},
        follow=True,
    )
    assert "Say why you send it back" in response.content.decode()
    decision.refresh_from_db()
    assert decision.status == Decision.Status.PENDING_APPROVAL
    api = APIClient()
    api.force_authenticate(senior)
    answer = api.post(f"/api/v1/cases/{decision.case_id}/decisions/{decision.pk}/reject/", {}, format="json")
    assert answer.status_code == 400
    decision.refresh_from_db()
    assert decision.status == Decision.Status.PENDING_APPROVAL


def test_the_proposer_reads_why_it_was_sent_back(client, senior, reviewer, subject):
    decision = propose_block(subject, reviewer)
    client.force_login(senior)
    client.post(
        f"/portal/cases/{decision.case_id}/decisions/{decision.pk}/reject/",
        {"reason": "Only one shared card: a suspension fits better.", "next": "approvals"},
    )
    event = CaseEvent.objects.get(case_id=decision.case_id, type=CaseEvent.Type.DECISION_REJECTED)
    assert event.body == "Only one shared card: a suspension fits better."
    client.force_login(reviewer)
    approvals = client.get("/portal/approvals/").content.decode()
    assert 'data-testid="sent-back"' in approvals and "Only one shared card: a suspension fits better." in approvals
    timeline = client.get(f"/portal/cases/{decision.case_id}/").content.decode()
    assert "Only one shared card: a suspension fits better." in timeline


def test_a_stale_proposal_says_what_changed_and_offers_no_approve_button(client, senior, reviewer, subject):
    decision = propose_block(subject, reviewer)
    other = services.case_open(kind=Kind.PAID_FEEDBACK, accounts=[subject])
    services.decision_make(case=other, account=subject, rung="suspension", reason="Paid.", actor=reviewer)
    client.force_login(senior)
    page = client.get("/portal/approvals/").content.decode()
    assert 'data-testid="stale-proposal"' in page
    assert f"case #{other.pk}" in page
    assert f"/decisions/{decision.pk}/approve/" not in page
    assert f"/decisions/{decision.pk}/reject/" in page


def test_an_appeal_answer_waits_for_a_senior_who_took_no_part(client, senior, reviewer, reviewer2, subject):
    case = services.case_open(kind=Kind.SELF_HIRE, accounts=[subject])
    services.case_claim(case=case, reviewer=reviewer)
    decision = services.decision_make(case=case, account=subject, rung="suspension", reason="r", actor=reviewer)
    appeal = services.appeal_open(decision=decision, account=subject, statement="It was real work.")
    services.case_claim(case=case, reviewer=reviewer2)
    services.appeal_decide(appeal=appeal, actor=reviewer2, outcome="overturn", answer="You were right.")
    client.force_login(senior)
    page = client.get("/portal/approvals/").content.decode()
    assert "Appeal answer: Overturned" in page
    assert f"/appeals/{appeal.pk}/approve/" in page


def test_the_approvals_page_does_not_grow_with_proposals(client, senior, reviewer):
    for i in range(2):
        propose_block(make_user(f"few{i}@test.example"), reviewer)
    client.force_login(senior)
    client.get("/portal/approvals/")

    def queries():
        with CaptureQueriesContext(connection) as ctx:
            assert client.get("/portal/approvals/").status_code == 200
        return len(ctx.captured_queries)

    few = queries()
    for i in range(10):
        propose_block(make_user(f"many{i}@test.example"), reviewer)
    assert queries() == few
