"""A display name is one clean line of text (F9): refused by the profile form, the
model's validation and the service; shown as one line even when stored before."""

from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from accounts.models import User
from accounts.services import account_profile_update
from core.errors import DomainError

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "name,problem",
    [
        ("Clara\r\nBcc: attacker@evil.example", "A name cannot contain a line break."),
        ("Clara\tClient", "A name cannot contain a tab."),
        ("Clara\u202eClient", "A name cannot contain an invisible control character (U+202E)."),
        ("C" * 201, "at most 200 characters"),
    ],
)
def test_the_profile_form_refuses_a_name_that_is_not_one_clean_line(client, subject, name, problem):
    client.force_login(subject)

    response = client.post(reverse("accounts:profile_edit"), {"name": name, "country": "GB"})

    assert response.status_code == 400
    assert problem in response.content.decode()
    subject.refresh_from_db()
    assert subject.name == "Fred Freelancer"


def test_the_profile_form_trims_the_name(client, subject):
    client.force_login(subject)

    client.post(reverse("accounts:profile_edit"), {"name": "  Fred F.  ", "country": "GB"})

    subject.refresh_from_db()
    assert subject.name == "Fred F."


def test_the_model_refuses_a_name_with_a_line_break(subject):
    subject.name = "Fred\nFreelancer"

    with pytest.raises(ValidationError) as err:
        subject.full_clean()

    assert err.value.message_dict["name"] == ["A name cannot contain a line break."]


def test_the_service_refuses_a_name_with_a_line_break(subject):
    with pytest.raises(DomainError) as err:
        account_profile_update(account=subject, name="Fred\r\nX-Injected: yes", country="GB")

    assert err.value.code == "name"
    assert User.objects.get(pk=subject.pk).name == "Fred Freelancer"


def test_a_name_stored_before_validation_is_shown_and_served_as_one_line(client, subject, contract, client_user):
    User.objects.filter(pk=subject.pk).update(name="Fred\r\nBcc: x@evil.example")
    subject.refresh_from_db()
    api_client = client
    api_client.force_login(client_user)

    contract_json = api_client.get(f"/api/v1/contracts/{contract.pk}/").json()

    assert subject.display_name == "Fred Bcc: x@evil.example"
    assert contract_json["freelancer"] == "Fred Bcc: x@evil.example"
