"""Cases tells the apps above it what happened through its domain events
(cases/signals.py), inside its own transactions: what they do about a decision
commits with it or not at all."""

import pytest
from django.core import mail

from cases import services, signals
from cases.models import Case, CaseEvent, Decision
from enforcement.models import Restriction
from notifications.models import Notice


class Refused(Exception):
    pass


@pytest.fixture
def failing_reaction():
    def refuse(sender, **kwargs):
        raise Refused("a reaction to the decision failed")

    signals.decision_taking_effect.connect(refuse, dispatch_uid="test.refuse")
    yield
    signals.decision_taking_effect.disconnect(dispatch_uid="test.refuse")


def test_a_suspension_restricts_the_account_and_tells_the_user_in_one_step(case, reviewer, subject):
    services.case_claim(case=case, reviewer=reviewer)
    decision = services.decision_make(
        case=case, account=subject, rung=Decision.Rung.SUSPENSION, reason="Shared card.", actor=reviewer
    )
    restriction = Restriction.objects.get(account=subject)
    notice = Notice.objects.get(account=subject, kind=Notice.Kind.DECISION)
    assert (restriction.decision, restriction.level) == (decision, "suspended")
    assert notice.event.type == CaseEvent.Type.DECISION and "suspended" in notice.subject


def test_a_failing_reaction_to_a_decision_undoes_the_decision(case, reviewer, subject, failing_reaction):
    services.case_claim(case=case, reviewer=reviewer)
    with pytest.raises(Refused):
        services.decision_make(
            case=case, account=subject, rung=Decision.Rung.SUSPENSION, reason="Shared card.", actor=reviewer
        )
    case.refresh_from_db()
    assert case.status == Case.Status.IN_REVIEW
    assert not Decision.objects.filter(case=case).exists()
    assert not Restriction.objects.filter(account=subject).exists()
    assert not Notice.objects.filter(account=subject).exists()
    assert mail.outbox == []


def test_every_domain_event_has_a_listener_in_the_apps_above(db):
    for name in [
        "case_status_changed",
        "decision_taking_effect",
        "decision_applied",
        "decision_reversed",
        "information_requested",
        "message_to_user",
        "appeal_opened",
        "appeal_decided",
    ]:
        assert getattr(signals, name).has_listeners(), name
