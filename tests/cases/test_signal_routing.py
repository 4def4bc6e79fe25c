"""Signals open cases, or join the open case about the same accounts and kind."""

from cases.models import Case, CaseEvent
from cases.services import signal_route
from detection.kinds import Kind
from detection.models import Signal


def make_signal(accounts, *, kind=Kind.SELF_HIRE, score=0.9, fp="fp1", evidence=()):
    s = Signal.objects.create(
        kind=kind, detector="test", fingerprint=fp, score=score, explanation="Because.", evidence=list(evidence)
    )
    s.accounts.set(accounts)
    return s


def test_a_strong_signal_opens_a_case_with_its_evidence(subject, client_user, contract):
    case = signal_route(signal=make_signal([subject, client_user], evidence=[{"type": "contract", "id": contract.pk}]))
    assert case.source == Case.Source.DETECTION and case.kind == Kind.SELF_HIRE
    assert case.evidence.filter(kind="contract", object_id=contract.pk).exists()
    assert case.events.filter(type=CaseEvent.Type.SIGNAL_ATTACHED).count() == 1


def test_a_second_signal_about_the_same_accounts_joins_the_open_case(subject, client_user, bystander):
    first = signal_route(signal=make_signal([subject, client_user], fp="a"))
    second = signal_route(signal=make_signal([client_user, bystander], fp="b", score=0.95))
    assert first.pk == second.pk
    assert set(second.subjects.values_list("pk", flat=True)) == {subject.pk, client_user.pk, bystander.pk}
    assert Case.objects.count() == 1


def test_routing_the_same_signal_twice_adds_nothing(subject, client_user):
    signal = make_signal([subject, client_user])
    signal_route(signal=signal)
    signal.refresh_from_db()
    signal_route(signal=signal)
    assert Case.objects.count() == 1
    assert CaseEvent.objects.filter(type=CaseEvent.Type.SIGNAL_ATTACHED).count() == 1


def test_a_weak_signal_stays_on_the_account(subject, client_user):
    assert signal_route(signal=make_signal([subject, client_user], score=0.3)) is None
    assert Case.objects.count() == 0


def test_a_different_kind_opens_its_own_case(subject, client_user):
    a = signal_route(signal=make_signal([subject, client_user], fp="a"))
    b = signal_route(signal=make_signal([subject, client_user], fp="b", kind=Kind.PAID_FEEDBACK))
    assert a.pk != b.pk


def test_priority_rises_with_score_and_severity(subject, client_user, bystander):
    strong = signal_route(signal=make_signal([subject, client_user], fp="a", score=0.99, kind=Kind.FEEDBACK_EXTORTION))
    weak = signal_route(signal=make_signal([bystander], fp="b", score=0.71, kind=Kind.CONFLICT_OF_INTEREST))
    assert strong.priority_score > weak.priority_score
    assert strong.priority <= weak.priority
    assert strong.due_at < weak.due_at


def test_a_routed_signal_that_grew_adds_its_new_members_to_the_case(subject, client_user, bystander):
    signal = make_signal([subject, client_user], kind=Kind.FEEDBACK_RING)
    case = signal_route(signal=signal)
    signal.refresh_from_db()
    signal.accounts.add(bystander)
    assert signal_route(signal=signal).pk == case.pk
    assert set(case.subjects.values_list("pk", flat=True)) == {subject.pk, client_user.pk, bystander.pk}


def test_identity_evidence_says_how_many_accounts_share_the_value(subject, client_user, bystander):
    from accounts.services import identity_record
    from cases.selectors import evidence_items

    mine = identity_record(account=subject, kind="device", value="laptop-1")
    identity_record(account=client_user, kind="device", value="LAPTOP-1")
    identity_record(account=bystander, kind="device", value="another")
    case = signal_route(signal=make_signal([subject, client_user], evidence=[{"type": "identity", "id": mine.pk}]))
    [item] = evidence_items(case)
    assert item["title"] == "Device used by Fred Freelancer"
    assert item["text"] == "The same device is used by 2 account(s)."
