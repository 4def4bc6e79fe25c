"""A restriction never harms the other side of an existing contract: a restricted
client still pays for work already done there (page and API, checked by the
server); new bonuses and new contracts stay blocked. The rule is said on the
registry page, in the banner and beside the controls."""

import re

import pytest
from django.urls import reverse
from rest_framework.test import APIClient

from contracts.models import Payment
from enforcement.models import Level
from tests.enforcement.world import restrict_only
from tests.submissions import keyed


def payments_to(world):
    return list(
        Payment.objects.filter(contract=world["subcontract"]).order_by("pk").values_list("kind", "amount", "payee")
    )


@pytest.mark.parametrize("level", [Level.SUSPENDED, Level.BLOCKED])
def test_a_restricted_client_still_pays_for_work_done_but_no_bonus(client, world, level):
    user = restrict_only(world["user"], level)
    sub = world["subcontract"]
    client.force_login(user)

    page = client.get(reverse("contracts:detail", args=[sub.pk])).content.decode()
    pay = re.search(r'<button[^>]*data-action="release_payment"[^>]*>', page).group(0)
    bonus = re.search(r'<button[^>]*data-action="pay_bonus"[^>]*>', page).group(0)
    assert 'data-state="enabled"' in pay and "disabled" not in pay
    assert 'data-state="disabled"' in bonus
    assert f"You can’t pay a bonus while your account is {Level(level).label.lower()}." in page
    assert "a restriction never harms the other side of an existing contract" in page

    paid = client.post(
        reverse("contracts:release_payment", args=[sub.pk]), keyed({"kind": "milestone", "amount": "30"})
    )
    assert paid.status_code == 302
    refused = client.post(reverse("contracts:pay_bonus", args=[sub.pk]), keyed({"amount": "10"}))
    assert refused.status_code == 403 and refused.context["action"].name == "pay_bonus"
    # A bonus slipped into the work-payment form is not a payment for work.
    crafted = client.post(reverse("contracts:release_payment", args=[sub.pk]), keyed({"kind": "bonus", "amount": "10"}))
    assert crafted.status_code == 400
    # A new contract stays blocked.
    hire = client.post(reverse("contracts:hire", args=[world["waiting_proposal"].pk]))
    assert hire.status_code == 403

    assert [(kind, int(amount)) for kind, amount, _ in payments_to(world)] == [("milestone", 30)]
    assert {payee for *_, payee in payments_to(world)} == {sub.freelancer_id}


def test_the_api_pays_for_work_and_refuses_a_bonus_for_a_suspended_client(world):
    user = restrict_only(world["user"], Level.SUSPENDED)
    sub = world["subcontract"]
    api = APIClient()
    api.force_login(user)

    paid = api.post(f"/api/v1/contracts/{sub.pk}/payments/", {"kind": "hourly", "amount": "20.00"}, format="json")
    assert paid.status_code == 201, paid.content
    assert paid.json()["kind"] == "hourly"

    bonus = api.post(f"/api/v1/contracts/{sub.pk}/bonuses/", {"amount": "5.00"}, format="json")
    assert bonus.status_code == 403
    assert bonus.json()["code"] == "account_restricted" and bonus.json()["action"] == "pay_bonus"

    crafted = api.post(f"/api/v1/contracts/{sub.pk}/payments/", {"kind": "bonus", "amount": "5.00"}, format="json")
    assert crafted.status_code == 400

    assert [kind for kind, *_ in payments_to(world)] == ["hourly"]
    listed = api.get(f"/api/v1/contracts/{sub.pk}/payments/").json()
    rows = listed["results"] if isinstance(listed, dict) else listed
    assert [row["kind"] for row in rows] == ["hourly"]


def test_an_unrestricted_client_pays_bonuses_through_the_api(world):
    user = restrict_only(world["user"], None)
    api = APIClient()
    api.force_login(user)
    response = api.post(f"/api/v1/contracts/{world['subcontract'].pk}/bonuses/", {"amount": "5.00"}, format="json")
    assert response.status_code == 201 and response.json()["kind"] == "bonus"


def test_the_rule_is_on_the_registry_page_and_in_the_banner(client, admin_user, suspended, world):
    client.force_login(admin_user)
    registry = client.get(reverse("enforcement:actions")).content.decode()
    assert 'data-testid="innocent-party-rule"' in registry
    assert "a restricted client can still pay for work already done on their existing contracts" in registry
    row = re.search(r"<tr><td>Pay for work on a contract</td>.*?</tr>", registry, re.S).group(0)
    assert "never" in row
    assert re.search(r"<tr><td>Pay a bonus</td>.*?Suspended, Permanently blocked", registry, re.S)

    client.force_login(suspended)
    banner = client.get("/dashboard/").content.decode()
    assert "pay for work already done on your existing contracts" in banner
