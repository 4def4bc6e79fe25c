"""Who may log in how often: failures are counted per (account, address) and per address
(django-axes), never per account alone; an account guessed at from many addresses raises an alarm."""

from __future__ import annotations

import logging
from datetime import timedelta

import pytest
from axes.models import AccessAttempt
from django.conf import settings
from django.core.management import call_command
from django.db.models import F
from django.test import Client
from django.utils import timezone

from tests.conftest import PASSWORD

pytestmark = pytest.mark.django_db


def log_in(client: Client, email: str, password: str, *, address: str = "203.0.113.7", path: str = "/login/", **extra):
    return client.post(path, {"username": email, "password": password}, REMOTE_ADDR=address, **extra)


def logged_in(client: Client) -> bool:
    return "_auth_user_id" in client.session


def fail(client: Client, email: str, times: int, **kwargs) -> None:
    for _ in range(times):
        log_in(client, email, "wrong-password", **kwargs)


def test_forty_wrong_passwords_then_the_right_one_is_refused_with_a_clear_message(client, subject):
    fail(client, subject.email, 40)

    response = log_in(client, subject.email, PASSWORD)

    assert response.status_code == 429
    assert not logged_in(client)
    body = response.content.decode()
    assert "Too many failed log-ins from your network" in body
    assert "Try again in 15 minutes" in body
    assert 'name="username"' in body  # still the log-in page


def test_a_few_typos_then_the_right_password_logs_in(client, subject):
    fail(client, subject.email, settings.AXES_FAILURE_LIMIT - 1)

    response = log_in(client, subject.email, PASSWORD)

    assert response.status_code == 302
    assert logged_in(client)


def test_wrong_passwords_from_one_address_do_not_stop_the_right_password_from_another(subject):
    attacker = Client()
    fail(attacker, subject.email, 40, address="198.51.100.66")
    assert log_in(attacker, subject.email, PASSWORD, address="198.51.100.66").status_code == 429

    victim = Client()
    response = log_in(victim, subject.email, PASSWORD, address="192.0.2.200")

    assert response.status_code == 302
    assert logged_in(victim)


def test_failures_from_many_addresses_raise_an_alarm_but_lock_nobody_out(subject, caplog, settings):
    settings.LOGIN_ACCOUNT_ALARM_FAILURES = 12
    with caplog.at_level(logging.WARNING, logger="accounts.login"):
        for n in range(12):
            fail(Client(), subject.email.upper(), 1, address=f"198.51.100.{n + 1}")

    alarms = [r.getMessage() for r in caplog.records if r.name == "accounts.login"]
    assert alarms == [
        f"Possible password guessing against {subject.email}: 12 failed log-ins from 12 addresses in the last "
        "15 minutes (each address is throttled; the account is not locked)."
    ]
    assert log_in(Client(), subject.email, PASSWORD, address="192.0.2.200").status_code == 302


def test_attempts_while_refused_do_not_restart_the_wait(client, subject):
    fail(client, subject.email, settings.AXES_FAILURE_LIMIT)
    # Ten minutes later the attacker is still trying; the wait runs from the last failure that counted.
    AccessAttempt.objects.update(attempt_time=timezone.now() - timedelta(minutes=10))
    fail(client, subject.email, 5)
    AccessAttempt.objects.update(attempt_time=F("attempt_time") - timedelta(minutes=6))

    assert log_in(client, subject.email, PASSWORD).status_code == 302


def test_the_email_logs_in_however_it_is_capitalised(client, subject):
    response = log_in(client, "  " + subject.email.title() + " ", PASSWORD)

    assert subject.email != subject.email.title()
    assert response.status_code == 302
    assert logged_in(client)


def test_failures_from_one_address_across_accounts_lock_that_address(subject, bystander):
    attacker = Client()
    for n in range(settings.AXES_FAILURE_LIMIT):
        fail(attacker, f"guess{n}@test.example", 1, address="198.51.100.66")

    assert log_in(Client(), bystander.email, PASSWORD, address="198.51.100.66").status_code == 429
    other = Client()
    assert log_in(other, bystander.email, PASSWORD, address="192.0.2.9").status_code == 302


def test_changing_the_case_of_the_email_does_not_start_a_new_count(client, subject):
    upper = subject.email.upper()
    for n in range(settings.AXES_FAILURE_LIMIT):
        email = upper if n % 2 else f"  {subject.email.title()} "
        fail(client, email, 1, address="198.51.100.1")

    assert log_in(Client(), subject.email, PASSWORD, address="198.51.100.1").status_code == 429


def test_admin_log_in_is_throttled_too(client, admin_user):
    fail(client, admin_user.email, 40, path="/admin/login/")

    response = log_in(client, admin_user.email, PASSWORD, path="/admin/login/")

    assert response.status_code == 429
    assert not logged_in(client)


def test_account_logs_in_again_once_the_cool_off_has_passed_since_the_last_failure(client, subject):
    fail(client, subject.email, 40)
    assert log_in(client, subject.email, PASSWORD).status_code == 429

    # The cool-off runs from the last attempt; let it pass (an hour-old attempt).
    AccessAttempt.objects.update(attempt_time=timezone.now() - settings.AXES_COOLOFF_TIME - timedelta(seconds=1))

    assert log_in(client, subject.email, PASSWORD).status_code == 302
    assert logged_in(client)


def test_staff_unlock_an_account_by_deleting_its_attempts_in_the_admin(client, subject, admin_user):
    fail(client, subject.email, 40)
    staff = Client()
    staff.force_login(admin_user)
    listing = staff.get("/admin/axes/accessattempt/", {"q": subject.email})
    assert listing.status_code == 200 and "Locked Out" in listing.content.decode()
    ids = list(AccessAttempt.objects.filter(username=subject.email).values_list("pk", flat=True))

    response = staff.post(
        "/admin/axes/accessattempt/",
        {"action": "delete_selected", "_selected_action": ids, "post": "yes"},
    )

    assert response.status_code == 302
    assert log_in(client, subject.email, PASSWORD).status_code == 302


def test_axes_reset_command_unlocks_every_account_and_address(client, subject):
    fail(client, subject.email, 40)

    call_command("axes_reset", verbosity=0)

    assert log_in(client, subject.email, PASSWORD).status_code == 302


def test_forwarded_address_counts_only_behind_a_configured_proxy(subject, settings):
    # Without a proxy, X-Forwarded-For is the client's own claim: ignored.
    for n in range(settings.AXES_FAILURE_LIMIT):
        fail(Client(), f"guess{n}@test.example", 1, address="10.0.0.1", HTTP_X_FORWARDED_FOR=f"192.0.2.{n}")
    assert log_in(Client(), subject.email, PASSWORD, address="10.0.0.1").status_code == 429

    AccessAttempt.objects.all().delete()
    settings.PROXY_COUNT = 1
    # Behind one proxy: the entry the proxy appended is the client, whatever came before it.
    for n in range(settings.AXES_FAILURE_LIMIT):
        forwarded = f"192.0.2.{n}, 198.51.100.5"
        fail(Client(), f"guess{n}@test.example", 1, address="10.0.0.1", HTTP_X_FORWARDED_FOR=forwarded)
    assert (
        log_in(Client(), subject.email, PASSWORD, address="10.0.0.1", HTTP_X_FORWARDED_FOR="198.51.100.5").status_code
        == 429
    )
    assert (
        log_in(Client(), subject.email, PASSWORD, address="10.0.0.1", HTTP_X_FORWARDED_FOR="198.51.100.6").status_code
        == 302
    )


def test_axes_reset_username_unlocks_one_account_by_its_email(client, subject):
    fail(client, subject.email.upper(), 40, address="198.51.100.1")

    call_command("axes_reset_username", subject.email, verbosity=0)

    assert log_in(client, subject.email, PASSWORD, address="198.51.100.2").status_code == 302
