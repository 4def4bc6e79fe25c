"""Leaving feedback from the contract page."""

from django.urls import reverse

from feedback.models import Feedback
from tests.submissions import keyed


def test_leave_feedback_updates_the_rating_summary(client, client_user, subject, contract):
    client.force_login(client_user)
    response = client.post(
        reverse("feedback:leave", args=[contract.pk]), keyed({"rating": "4", "comment": "Solid work"})
    )
    assert response.status_code == 302
    feedback = Feedback.objects.get()
    assert (feedback.author, feedback.recipient, feedback.rating) == (client_user, subject, 4)
    subject.refresh_from_db()
    assert (subject.rating_count, float(subject.rating_average)) == (1, 4.0)
    html = client.get(reverse("contracts:detail", args=[contract.pk])).content.decode()
    assert "You rated" in html and 'data-action="leave_feedback"' not in html


def test_missing_rating_keeps_the_comment(client, client_user, contract):
    client.force_login(client_user)
    response = client.post(reverse("feedback:leave", args=[contract.pk]), keyed({"comment": "Long thoughtful comment"}))
    assert response.status_code == 400
    html = response.content.decode()
    assert "Choose a rating from 1 to 5 stars." in html
    assert "Long thoughtful comment" in html
    assert not Feedback.objects.exists()


def test_a_second_feedback_is_refused(client, client_user, contract):
    client.force_login(client_user)
    client.post(reverse("feedback:leave", args=[contract.pk]), keyed({"rating": "5"}))
    response = client.post(reverse("feedback:leave", args=[contract.pk]), keyed({"rating": "1"}), follow=True)
    assert "already left feedback" in response.content.decode()
    assert Feedback.objects.get().rating == 5


def test_outsiders_cannot_leave_feedback(client, bystander, contract):
    client.force_login(bystander)
    assert client.post(reverse("feedback:leave", args=[contract.pk]), {"rating": "5"}).status_code == 404
    assert not Feedback.objects.exists()


def test_hidden_feedback_shows_to_its_author_with_a_note_but_not_to_the_recipient(
    client, client_user, subject, contract
):
    from feedback.services import feedback_hide, feedback_leave

    feedback = feedback_leave(contract=contract, author=client_user, rating=5, comment="HIDDEN-ONE")
    feedback_hide(feedback=feedback, reason="Paid feedback")
    client.force_login(client_user)
    assert "Hidden from their profile" in client.get(reverse("contracts:detail", args=[contract.pk])).content.decode()
    client.force_login(subject)
    assert "HIDDEN-ONE" not in client.get(reverse("contracts:detail", args=[contract.pk])).content.decode()
