"""My Requests shows a user their own threads and nothing else."""

import pytest
from django.urls import reverse

from cases.models import Case, CaseEvent
from cases.services import case_open, decision_make
from detection.kinds import Kind


def test_another_users_case_is_404_everywhere(client, bystander, world):
    client.force_login(bystander)
    case = world["case"]
    decision = world["decision"]
    assert client.get(reverse("inbox:case", args=[case.pk])).status_code == 404
    assert client.post(reverse("inbox:reply", args=[case.pk]), {"body": "hi"}).status_code == 404
    assert (
        client.post(
            reverse("inbox:appeal", args=[case.pk, decision.pk]), {f"d{decision.pk}-statement": "x"}
        ).status_code
        == 404
    )
    assert not CaseEvent.objects.filter(case=case, actor=bystander).exists()
    assert b"Request #" not in client.get(reverse("inbox:index")).content


def test_a_case_the_user_was_never_told_about_stays_out_of_sight(client, bystander):
    """Detection opened a case; no reviewer has written to the user yet."""
    case = case_open(
        kind=Kind.FEEDBACK_RING, accounts=[bystander], note="detector thinks so", source=Case.Source.DETECTION
    )
    client.force_login(bystander)
    assert client.get(reverse("inbox:case", args=[case.pk])).status_code == 404
    assert f"Request #{case.pk}".encode() not in client.get(reverse("inbox:index")).content


def test_internal_notes_and_other_subjects_are_never_shown(client, subject, shared_case):
    client.force_login(subject)
    html = client.get(reverse("inbox:case", args=[shared_case.pk])).content.decode()
    assert "Message for the freelancer only" in html
    assert "INTERNAL-NOTE-TEXT" not in html
    assert "INTERNAL-OPEN-NOTE" not in html
    assert "SECRET-FOR-CLIENT" not in html
    assert "Cleo Client" not in html  # the other subject, named in the case's internal title
    assert shared_case.title not in html


def test_the_other_subject_sees_only_their_own_message(client, client_user, shared_case):
    client.force_login(client_user)
    html = client.get(reverse("inbox:case", args=[shared_case.pk])).content.decode()
    assert "SECRET-FOR-CLIENT" in html
    assert "Message for the freelancer only" not in html


def test_decision_internals_and_signals_are_never_shown(client, suspended, world):
    from detection.models import Signal

    signal = Signal.objects.create(
        kind=Kind.FEEDBACK_RING,
        detector="ring_v2",
        fingerprint="test-ring-1",
        score=0.93,
        explanation="DETECTOR-EXPLANATION four accounts",
        data={"feature": "DETECTOR-FEATURE-WEIGHT"},
        case=world["case"],
    )
    CaseEvent.objects.create(
        case=world["case"], type=CaseEvent.Type.SIGNAL_ATTACHED, body=signal.explanation, data=signal.data
    )
    client.force_login(suspended)
    html = client.get(reverse("inbox:case", args=[world["case"].pk])).content.decode()
    assert "DETECTOR-" not in html
    assert world["decision"].internal_note not in html
    assert "Internal: the refund pattern" not in html
    assert "Reciprocal five-star reviews with three clients" not in html  # the opening note
    assert world["decision"].reason in html


def test_even_a_mistakenly_visible_internal_note_is_not_shown(client, suspended, world, reviewer):
    CaseEvent.objects.create(
        case=world["case"], type=CaseEvent.Type.NOTE, actor=reviewer, body="OOPS-INTERNAL", visible_to_user=True
    )
    client.force_login(suspended)
    assert b"OOPS-INTERNAL" not in client.get(reverse("inbox:case", args=[world["case"].pk])).content


def test_a_decision_waiting_for_approval_is_not_shown(client, subject, shared_case, reviewer):
    decision_make(
        case=shared_case, account=subject, rung="permanent_block", reason="PENDING-BLOCK reason", actor=reviewer
    )
    client.force_login(subject)
    html = client.get(reverse("inbox:case", args=[shared_case.pk])).content.decode()
    assert "PENDING-BLOCK" not in html


@pytest.mark.parametrize("method", ["get", "post"])
def test_anonymous_users_are_sent_to_log_in(client, world, method):
    response = getattr(client, method)(reverse("inbox:case", args=[world["case"].pk]))
    assert response.status_code == 302 and "/login/" in response["Location"]
