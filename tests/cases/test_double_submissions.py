"""Reviewer forms sent twice apply once: a message to the user, an information
request, an internal note, "Claim next case", opening a case (F4, F5)."""

from __future__ import annotations

import pytest
from django.urls import reverse

from cases import services
from cases.models import Case, CaseEvent
from detection.kinds import Kind
from notifications.models import Notice
from tests.concurrency import postgres_only, race
from tests.submissions import keyed

pytestmark = pytest.mark.django_db


@pytest.fixture
def reviewing(client, reviewer, case):
    services.case_claim(case=case, reviewer=reviewer)
    client.force_login(reviewer)
    return case


def _events(case, type_) -> int:
    return CaseEvent.objects.filter(case=case, type=type_).count()


def test_a_message_to_the_user_sent_twice_is_written_and_emailed_once(client, reviewing, subject):
    form = keyed({"kind": "message", "account": subject.pk, "body": "Please send the invoice."})
    url = reverse("cases:message", args=[reviewing.pk])

    client.post(url, form)
    second = client.post(url, form, follow=True)

    assert _events(reviewing, CaseEvent.Type.MESSAGE_TO_USER) == 1
    assert Notice.objects.filter(account=subject, kind=Notice.Kind.REVIEWER_MESSAGE).count() == 1
    assert "This message was already recorded; nothing was applied again." in second.content.decode()


def test_an_information_request_sent_twice_asks_once(client, reviewing, subject):
    form = keyed({"kind": "request_info", "account": subject.pk, "body": "Who else uses the card?"})
    url = reverse("cases:message", args=[reviewing.pk])

    client.post(url, form)
    client.post(url, form)

    assert _events(reviewing, CaseEvent.Type.INFO_REQUESTED) == 1
    assert Notice.objects.filter(account=subject, kind=Notice.Kind.INFO_REQUEST).count() == 1


def test_an_internal_note_sent_twice_is_added_once(client, reviewing):
    form = keyed({"body": "Card shared with the client."})

    for _ in range(3):
        client.post(reverse("cases:note", args=[reviewing.pk]), form)

    assert _events(reviewing, CaseEvent.Type.NOTE) == 1


def test_claim_next_clicked_twice_claims_one_case_and_the_second_click_opens_it(client, reviewer, subject, bystander):
    first_case = services.case_open(kind=Kind.SELF_HIRE, accounts=[subject])
    services.case_open(kind=Kind.SELF_HIRE, accounts=[bystander])
    client.force_login(reviewer)
    form = keyed()

    client.post(reverse("cases:claim_next"), form)
    second = client.post(reverse("cases:claim_next"), form, follow=True)

    assert Case.objects.filter(assignee=reviewer).count() == 1
    claimed = Case.objects.get(assignee=reviewer)
    assert claimed == first_case
    assert second.redirect_chain[-1][0] == reverse("cases:detail", args=[claimed.pk])
    assert f"That click already claimed case #{claimed.pk}; no other case was claimed." in second.content.decode()


def test_claim_next_without_the_form_key_claims_nothing(client, reviewer, subject):
    services.case_open(kind=Kind.SELF_HIRE, accounts=[subject])
    client.force_login(reviewer)

    response = client.post(reverse("cases:claim_next"), follow=True)

    assert "reload the page" in response.content.decode()
    assert not Case.objects.filter(assignee=reviewer).exists()


def test_opening_a_case_twice_from_one_form_opens_one(client, reviewer, subject):
    client.force_login(reviewer)
    form = keyed({"kind": Kind.SELF_HIRE, "emails": subject.email, "note": "Seen in a report"})

    client.post(reverse("cases:open"), form)
    client.post(reverse("cases:open"), form)

    assert Case.objects.count() == 1


# --- at the same moment, on PostgreSQL ---------------------------------------------------


@postgres_only
@pytest.mark.django_db(transaction=True)
def test_claim_next_double_clicked_at_once_claims_one_case(reviewer, subject, bystander, client_user):
    for account in (subject, bystander, client_user):
        services.case_open(kind=Kind.SELF_HIRE, accounts=[account])

    results = race([lambda: services.case_claim_next(reviewer=reviewer, submission_key="one-click")] * 2)

    assert all(isinstance(r, Case) for r in results), results
    assert results[0].pk == results[1].pk
    assert Case.objects.filter(assignee=reviewer).count() == 1
    assert CaseEvent.objects.filter(type=CaseEvent.Type.CLAIMED).count() == 1


@postgres_only
@pytest.mark.django_db(transaction=True)
def test_a_message_to_the_user_sent_three_times_at_once_is_written_and_emailed_once(reviewer, subject, client_user):
    case = services.case_open(kind=Kind.SELF_HIRE, accounts=[subject, client_user])

    def send():
        return services.case_message_user(
            case=case, actor=reviewer, account=subject, body="Send the invoice", submission_key="msg-form"
        )

    results = race([send] * 3)

    assert all(isinstance(r, CaseEvent) for r in results), results
    assert CaseEvent.objects.filter(case=case, type=CaseEvent.Type.MESSAGE_TO_USER).count() == 1
    assert Notice.objects.filter(account=subject, kind=Notice.Kind.REVIEWER_MESSAGE).count() == 1
