"""Closing a closed case changes nothing and writes nothing (F6): the append-only
timeline gets one "Closed" however often, or however fast, the button is pressed."""

from __future__ import annotations

import pytest
from django.urls import reverse

from cases import services
from cases.models import Case, CaseEvent
from detection.kinds import Kind
from tests.concurrency import postgres_only, race

pytestmark = pytest.mark.django_db


def _closing_events(case) -> tuple[int, int]:
    closed = CaseEvent.objects.filter(case=case, type=CaseEvent.Type.CLOSED).count()
    status = CaseEvent.objects.filter(case=case, type=CaseEvent.Type.STATUS_CHANGED, data__to="closed").count()
    return closed, status


def test_closing_a_closed_case_again_adds_no_timeline_event(case, reviewer):
    services.case_claim(case=case, reviewer=reviewer)
    services.case_close(case=case, actor=reviewer, reason="a")

    again = services.case_close(case=case, actor=reviewer, reason="b")

    assert again.replayed
    assert _closing_events(case) == (1, 1)
    assert CaseEvent.objects.get(case=case, type=CaseEvent.Type.CLOSED).body == "a"


def test_the_close_button_pressed_on_a_closed_case_says_nothing_changed(client, case, reviewer):
    services.case_claim(case=case, reviewer=reviewer)
    client.force_login(reviewer)
    client.post(reverse("cases:close", args=[case.pk]), {"reason": "a"})

    response = client.post(reverse("cases:close", args=[case.pk]), {"reason": "b"}, follow=True)

    assert f"Case #{case.pk} was already closed; nothing changed." in response.content.decode()
    assert _closing_events(case) == (1, 1)


@postgres_only
@pytest.mark.django_db(transaction=True)
def test_ten_closes_at_once_close_the_case_once(reviewer, subject):
    case = services.case_open(kind=Kind.SELF_HIRE, accounts=[subject])

    results = race([lambda: services.case_close(case=case, actor=reviewer, reason="done")] * 10)

    assert all(isinstance(r, Case) for r in results), results
    assert sum(not r.replayed for r in results) == 1
    assert _closing_events(case) == (1, 1)
