"""Reviewer pages: an account's signals with its neighbourhood, and the signals
kept below the case threshold. Reviewers only."""

from django.urls import reverse

from accounts.models import Membership
from detection import services


def weak_signal(market):
    owner = market.account("Owner", kind="client")
    org = market.org("Org", owner)
    manager = market.account("Manager Mo")
    market.member(org, manager, Membership.Role.HIRING_MANAGER)
    market.job(owner, manager, org=org, ratings=(None, None))
    services.scan_full()
    return manager


def test_a_reviewer_sees_an_accounts_signals_and_its_neighbourhood(client, reviewer, market):
    manager = weak_signal(market)
    client.force_login(reviewer)
    response = client.get(reverse("detection:account_signals", args=[manager.pk]))
    assert response.status_code == 200
    body = response.content.decode()
    assert "Conflict of interest" in body and "kept on the account" in body
    assert "Manager Mo is a hiring manager of Org" in body
    assert '<svg xmlns="http://www.w3.org/2000/svg" class="neighbourhood"' in body


def test_the_list_of_signals_kept_on_accounts(client, reviewer, market):
    manager = weak_signal(market)
    client.force_login(reviewer)
    response = client.get(reverse("detection:signal_list"), {"kind": "conflict_of_interest"})
    assert response.status_code == 200
    assert reverse("detection:account_signals", args=[manager.pk]) in response.content.decode()


def test_marketplace_users_cannot_see_detection(client, subject, market):
    client.force_login(subject)
    assert client.get(reverse("detection:signal_list")).status_code == 403
    assert client.get(reverse("detection:account_signals", args=[subject.pk])).status_code == 403
    client.logout()
    assert client.get(reverse("detection:signal_list")).status_code == 302
