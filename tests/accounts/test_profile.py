"""The profile page: rating summary and visible feedback only; editing one's own."""

from datetime import timedelta
from decimal import Decimal

from django.urls import reverse
from django.utils import timezone

from contracts.services import contract_create
from enforcement.models import Level
from enforcement.services import restriction_apply
from feedback.services import feedback_hide, feedback_leave


def test_profile_shows_only_visible_feedback_and_the_summary(client, subject, client_user, bystander, contract):
    feedback_leave(contract=contract, author=client_user, rating=5, comment="VISIBLE-PRAISE")
    other = contract_create(client=client_user, freelancer=subject, amount=Decimal("10"), title="Second")
    hidden = feedback_leave(contract=other, author=client_user, rating=5, comment="BOUGHT-PRAISE")
    feedback_hide(feedback=hidden, reason="Paid feedback")

    client.force_login(bystander)
    html = client.get(reverse("accounts:profile", args=[subject.pk])).content.decode()
    assert "VISIBLE-PRAISE" in html
    assert "BOUGHT-PRAISE" not in html
    assert "5.00" in html and "from 1 review" in html
    assert f'href="/report/new/?user={subject.pk}"' in html
    assert 'data-action="edit_profile"' not in html  # not their profile


def test_staff_have_no_public_profile(client, subject, reviewer):
    client.force_login(subject)
    assert client.get(reverse("accounts:profile", args=[reviewer.pk])).status_code == 404


def test_edit_profile_keeps_input_on_error_and_saves(client, subject):
    client.force_login(subject)
    response = client.post(reverse("accounts:profile_edit"), {"name": "Fred F.", "country": "Germany"})
    assert response.status_code == 400
    html = response.content.decode()
    assert "two-letter country code" in html and 'value="Fred F."' in html
    assert client.post(reverse("accounts:profile_edit"), {"name": "Fred F.", "country": "de"}).status_code == 302
    subject.refresh_from_db()
    assert (subject.name, subject.country) == ("Fred F.", "DE")


def test_edit_profile_never_overwrites_the_restriction_summary(client, subject, reviewer):
    """A profile save racing a restriction must not write the old summary back."""
    client.force_login(subject)
    client.get(reverse("accounts:profile_edit"))  # the user loaded the form while unrestricted …
    ends = timezone.now() + timedelta(days=3)
    restriction_apply(account=subject, level=Level.LIMITED, reason="Limited", actor=reviewer, ends_at=ends)
    # … limited doesn't restrict editing, so the save goes through, and only touches its fields.
    assert client.post(reverse("accounts:profile_edit"), {"name": "New", "country": "GB"}).status_code == 302
    subject.refresh_from_db()
    assert subject.restriction_level == Level.LIMITED
    assert subject.rating_count == 0
