"""Enforcement records — restrictions, decisions, strikes, appeals — are read-only
in the admin: an enforcement ends by an audited event, it never vanishes or
changes silently. Even a superuser cannot delete or edit one there."""

import pytest
from django.urls import reverse

from cases import services
from cases.models import Appeal, Decision, Strike
from detection.kinds import Kind
from enforcement.models import Restriction


@pytest.fixture
def records(reviewer, subject):
    case = services.case_open(kind=Kind.SELF_HIRE, accounts=[subject])
    decision = services.decision_make(case=case, account=subject, rung="suspension", reason="x", actor=reviewer)
    appeal = services.appeal_open(decision=decision, account=subject, statement="Please.")
    return {
        Restriction: Restriction.objects.get(decision=decision),
        Decision: decision,
        Strike: Strike.objects.get(decision=decision),
        Appeal: appeal,
    }


@pytest.mark.parametrize("model", [Restriction, Decision, Strike, Appeal], ids=lambda m: m.__name__)
def test_the_admin_refuses_to_delete_or_change_an_enforcement_record(client, admin_user, records, model):
    obj = records[model]
    meta = model._meta
    client.force_login(admin_user)

    delete_url = reverse(f"admin:{meta.app_label}_{meta.model_name}_delete", args=[obj.pk])
    assert client.post(delete_url, {"post": "yes"}).status_code == 403

    changelist = reverse(f"admin:{meta.app_label}_{meta.model_name}_changelist")
    client.post(changelist, {"action": "delete_selected", "_selected_action": [obj.pk], "post": "yes"})

    change_url = reverse(f"admin:{meta.app_label}_{meta.model_name}_change", args=[obj.pk])
    page = client.get(change_url)
    assert page.status_code == 200 and b'type="submit"' not in page.content.split(b'id="content-main"')[1]
    assert client.post(change_url, {"reason": "edited"}).status_code == 403

    assert model.objects.filter(pk=obj.pk).exists()
