"""A user's reply or appeal sent twice from My Requests arrives once (F4)."""

from __future__ import annotations

import pytest
from django.urls import reverse

from cases.models import Appeal, CaseEvent
from cases.services import case_user_reply
from tests.concurrency import postgres_only, race
from tests.submissions import keyed

pytestmark = pytest.mark.django_db


def test_a_my_requests_reply_sent_twice_arrives_once(client, suspended, world):
    case = world["case"]
    client.force_login(suspended)
    form = keyed({"body": "The refunds were for a cancelled order."})

    client.post(reverse("inbox:reply", args=[case.pk]), form)
    second = client.post(reverse("inbox:reply", args=[case.pk]), form, follow=True)

    assert CaseEvent.objects.filter(case=case, type=CaseEvent.Type.MESSAGE_FROM_USER).count() == 1
    assert second.redirect_chain[-1][0] == reverse("inbox:case", args=[case.pk]) + "#thread"
    assert "This reply was already sent; it was not sent again." in second.content.decode()


def test_a_reply_without_the_form_key_is_refused_and_not_added(client, suspended, world):
    client.force_login(suspended)

    response = client.post(reverse("inbox:reply", args=[world["case"].pk]), {"body": "Scripted"})

    assert response.status_code == 400
    assert "reload the page" in response.content.decode()
    assert not CaseEvent.objects.filter(type=CaseEvent.Type.MESSAGE_FROM_USER).exists()


def test_an_appeal_sent_twice_opens_once_and_the_second_answer_says_so(client, suspended, world):
    case, decision = world["case"], world["decision"]
    client.force_login(suspended)
    form = keyed({f"d{decision.pk}-statement": "The refunds were a cancelled order."})
    url = reverse("inbox:appeal", args=[case.pk, decision.pk])

    client.post(url, form)
    second = client.post(url, form, follow=True)

    assert Appeal.objects.filter(decision=decision).count() == 1
    assert "This appeal was already sent; it was not sent again." in second.content.decode()


@postgres_only
@pytest.mark.django_db(transaction=True)
def test_the_same_reply_sent_three_times_at_once_arrives_once(suspended, world):
    case = world["case"]

    def reply():
        return case_user_reply(case=case, account=suspended, body="Here is the invoice", submission_key="reply-form")

    results = race([reply] * 3)

    assert all(isinstance(r, CaseEvent) for r in results), results
    assert CaseEvent.objects.filter(case=case, type=CaseEvent.Type.MESSAGE_FROM_USER).count() == 1
