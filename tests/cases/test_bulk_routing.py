"""Routing a scan's signals in bulk gives the cases that routing them one by one gives."""

import random

import pytest

from cases.models import Case, CaseEvent, Evidence
from cases.services import signal_route, signals_route
from detection.kinds import Kind
from detection.models import Signal
from tests.conftest import make_user

KINDS = [Kind.SELF_HIRE, Kind.FEEDBACK_RING, Kind.PAID_FEEDBACK]


def _signals(people, seed: int, n: int = 60) -> list[Signal]:
    rnd = random.Random(seed)
    out = []
    for i in range(n):
        s = Signal.objects.create(
            kind=rnd.choice(KINDS),
            detector="test",
            fingerprint=f"s{seed}-{i}",
            score=rnd.choice([0.3, 0.75, 0.8, 0.95]),
            explanation=f"Finding {i}",
            evidence=[{"type": "contract", "id": rnd.randrange(5)}, {"type": "bogus", "id": 1}],
        )
        s.accounts.set(rnd.sample(people, rnd.randint(1, 3)))
        out.append(s)
    return out


def _picture():
    """What a reviewer sees: each case's kind, source, subjects, signals, evidence."""
    rows = []
    for case in Case.objects.order_by("pk"):
        rows.append(
            (
                case.kind,
                case.source,
                case.title,
                case.priority,
                case.priority_score,
                sorted(case.subjects.values_list("email", flat=True)),
                sorted(case.signals.values_list("fingerprint", flat=True)),
                sorted(Evidence.objects.filter(case=case).values_list("kind", "object_id")),
                sorted(case.events.values_list("type", "body")),
            )
        )
    return rows


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_bulk_routing_opens_the_same_cases_as_routing_one_by_one(db, seed, settings, caplog):
    people = [make_user(f"p{i}@test.example") for i in range(12)]
    signals = _signals(people, seed)
    # One by one first, in a savepoint we roll back...
    from django.db import transaction

    with transaction.atomic():
        for s in signals:
            signal_route(signal=s)
        one_by_one = _picture()
        transaction.set_rollback(True)
    for s in signals:
        s.refresh_from_db()
    assert Case.objects.count() == 0
    # ...then the whole list in bulk, and again (which adds nothing).
    signals_route(signals=signals)
    bulk = _picture()
    assert [r[:2] + r[3:] for r in bulk] == [r[:2] + r[3:] for r in one_by_one]
    signals_route(signals=[Signal.objects.get(pk=s.pk) for s in signals])
    assert _picture() == bulk
    assert "one by one" not in caplog.text  # the bulk path did it, not the fallback
    attached = CaseEvent.objects.filter(type=CaseEvent.Type.SIGNAL_ATTACHED).count()
    assert attached == sum(1 for s in signals if s.score >= settings.DETECTION_CASE_THRESHOLD)


def test_a_signal_joins_a_case_opened_earlier_in_the_same_batch_and_an_older_open_case(db):
    a, b, c, d = (make_user(f"{x}@test.example") for x in "abcd")
    old = Case.objects.create(kind=Kind.SELF_HIRE, title="old")
    old.case_subjects.create(account=d)
    first = Signal.objects.create(kind=Kind.SELF_HIRE, detector="t", fingerprint="1", score=0.9)
    first.accounts.set([a, b])
    second = Signal.objects.create(kind=Kind.SELF_HIRE, detector="t", fingerprint="2", score=0.9)
    second.accounts.set([b, c])
    third = Signal.objects.create(kind=Kind.SELF_HIRE, detector="t", fingerprint="3", score=0.9)
    third.accounts.set([c, d])  # c is on the new case, d on the older one: the older wins
    cases = signals_route(signals=[first, second, third])
    assert cases[0] == cases[1] != old and cases[2] == old
    assert set(cases[0].subjects.all()) == {a, b, c}
    assert set(old.subjects.all()) == {c, d}


def test_bulk_routing_reads_and_writes_a_fixed_number_of_times(db, django_assert_max_num_queries):
    people = [make_user(f"q{i}@test.example") for i in range(40)]
    signals = _signals(people, 9, n=200)
    with django_assert_max_num_queries(20):
        signals_route(signals=signals)
