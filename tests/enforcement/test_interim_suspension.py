"""A suspension "until resolved" is interim: it ends when the case closes, and
at the latest SUSPENSION_MAX_DAYS_WITHOUT_APPROVAL days after it applied.
(Round 2 finding F1: it used to outlive the closed case for ever.)"""

from datetime import timedelta

import pytest
from django.utils import timezone

from cases import services
from cases.models import Appeal, Case, CaseEvent, Decision
from enforcement.models import Level, Restriction
from enforcement.services import restrictions_expire
from enforcement.state import restriction_state_for
from notifications.models import Notice

pytestmark = pytest.mark.django_db


def _suspend_until_resolved(subject, reviewer):
    case = services.case_open(kind="self_hire", accounts=[subject])
    services.case_claim(case=case, reviewer=reviewer)
    decision = services.decision_make(
        case=case, account=subject, rung=Decision.Rung.SUSPENSION, reason="Same card on both sides.", actor=reviewer
    )
    return case, decision


def test_closing_the_case_lifts_a_suspension_until_resolved_and_tells_the_user(subject, reviewer, client):
    case, decision = _suspend_until_resolved(subject, reviewer)
    assert decision.status == Decision.Status.APPLIED
    subject.refresh_from_db()
    assert restriction_state_for(subject).level == Level.SUSPENDED

    services.case_close(case=case, actor=reviewer, reason="Done")

    subject.refresh_from_db()
    assert restriction_state_for(subject) is None
    assert subject.restriction_level == ""
    restriction = Restriction.objects.get(account=subject)
    assert restriction.lifted_at is not None and restriction.lifted_by == reviewer
    assert case.events.filter(type=CaseEvent.Type.RESTRICTION_LIFTED, visible_to_user=True).exists()
    lifted = Notice.objects.get(account=subject, kind=Notice.Kind.RESTRICTION_LIFTED)
    assert "closed" in lifted.body
    client.force_login(subject)
    page = client.get("/dashboard/")
    assert b"restriction-banner" not in page.content


def test_closing_keeps_a_suspension_with_a_fixed_end(subject, reviewer):
    case = services.case_open(kind="self_hire", accounts=[subject])
    services.case_claim(case=case, reviewer=reviewer)
    services.decision_make(
        case=case,
        account=subject,
        rung=Decision.Rung.SUSPENSION,
        reason="Same card on both sides.",
        actor=reviewer,
        suspension_until=timezone.now() + timedelta(days=7),
    )
    services.case_close(case=case, actor=reviewer, reason="Done")
    subject.refresh_from_db()
    assert restriction_state_for(subject).level == Level.SUSPENDED


def test_a_suspension_until_resolved_has_a_hard_end_without_four_eyes(subject, reviewer, settings):
    settings.SUSPENSION_MAX_DAYS_WITHOUT_APPROVAL = 30
    _case, decision = _suspend_until_resolved(subject, reviewer)
    restriction = Restriction.objects.get(account=subject)
    assert restriction.until_resolved
    assert restriction.ends_at == decision.applied_at + timedelta(days=30)
    subject.refresh_from_db()
    state = restriction_state_for(subject)
    assert state.until_text.startswith("until the review of your account is resolved, at the latest ")
    notice = Notice.objects.get(account=subject, kind=Notice.Kind.DECISION)
    assert "at the latest" in notice.body


def test_a_forgotten_case_cannot_keep_the_suspension_past_its_hard_end(subject, reviewer):
    _suspend_until_resolved(subject, reviewer)
    later = timezone.now() + timedelta(days=31)
    assert restrictions_expire(now=later) == 1
    subject.refresh_from_db()
    assert subject.restriction_level == ""
    assert restriction_state_for(subject, now=later) is None


def test_the_banner_never_promises_a_review_that_is_closed(subject, reviewer):
    """A legacy open-ended suspension (no hard end) on a case closed before the fix."""
    case, _decision = _suspend_until_resolved(subject, reviewer)
    Restriction.objects.filter(account=subject).update(ends_at=None)
    Case.objects.filter(pk=case.pk).update(status=Case.Status.CLOSED)
    subject.refresh_from_db()
    subject.restriction_ends_at = None
    state = restriction_state_for(subject)
    assert "resolved" not in state.until_text


def test_appeal_modified_to_a_suspension_without_end_is_interim_too(subject, reviewer, senior, admin_user):
    case = services.case_open(kind="self_hire", accounts=[subject])
    services.case_claim(case=case, reviewer=reviewer)
    decision = services.decision_make(
        case=case,
        account=subject,
        rung=Decision.Rung.EDUCATION,
        reason="Fake reviews.",
        actor=reviewer,
    )
    appeal = services.appeal_open(decision=decision, account=subject, statement="Not me.")
    services.appeal_decide(
        appeal=appeal, actor=senior, outcome=Appeal.Outcome.MODIFY, answer="Suspended.", new_rung="suspension"
    )
    appeal.refresh_from_db()
    services.appeal_approve(appeal=appeal, approver=admin_user)
    restriction = Restriction.objects.get(account=subject, lifted_at__isnull=True)
    assert restriction.until_resolved and restriction.ends_at is not None

    services.case_close(case=case, actor=senior, reason="Appeal heard")
    restriction.refresh_from_db()
    assert restriction.lifted_at is not None


def test_bulk_close_as_duplicate_lifts_a_suspension_until_resolved(subject, reviewer):
    case, _decision = _suspend_until_resolved(subject, reviewer)
    outcomes = services.cases_bulk(actor=reviewer, case_ids=[case.pk], action="close_duplicate", reason="Same as #1")
    assert [o.done for o in outcomes] == [True]
    subject.refresh_from_db()
    assert restriction_state_for(subject) is None
    assert Notice.objects.filter(account=subject, kind=Notice.Kind.RESTRICTION_LIFTED).count() == 1
