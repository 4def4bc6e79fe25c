"""/healthz tells monitoring and a load balancer whether the portal can do its work:
every failure mode turns it 503 with the failing check named, at a fixed small cost,
without a session, and whatever Host a balancer probes with."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from django.db.migrations.recorder import MigrationRecorder
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from notifications.models import OutboundEmail
from notifications.tasks import outbound_email_send_task
from tests.production import free_port, manage, production_environment

pytestmark = pytest.mark.django_db


def healthz(client, path="/healthz", **headers):
    response = client.get(path, **headers)
    return response.status_code, json.loads(response.content)


def _queued_email(account_email: str, *, created_at=None) -> OutboundEmail:
    return OutboundEmail.objects.create(
        to_email=account_email,
        from_email="trust@example.com",
        subject="Your account",
        message_id=f"<{timezone.now().timestamp()}.{account_email}@example.com>",
        created_at=created_at or timezone.now(),
        next_attempt_at=timezone.now(),
    )


def test_all_well_answers_200_with_every_check(client):
    status, body = healthz(client)

    assert status == 200
    assert body["status"] == "ok"
    assert {name: check["status"] for name, check in body["checks"].items()} == {
        "database": "ok",
        "migrations": "ok",
        "tasks": "ok",
        "outbox": "ok",
    }
    assert body["checks"]["migrations"]["pending"] == 0
    assert body["checks"]["tasks"]["lag_seconds"] is None
    assert body["checks"]["outbox"]["unsent"] == 0


def test_a_balancer_probing_by_address_over_plain_http_gets_the_answer_without_a_session(client, settings):
    settings.ALLOWED_HOSTS = ["portal.example.com"]
    settings.SECURE_SSL_REDIRECT = True

    response = client.get("/healthz", HTTP_HOST="10.0.3.17:8000")
    page = client.get("/login/", HTTP_HOST="10.0.3.17:8000")

    assert response.status_code == 200  # not 400 (unknown host) nor 301 (to HTTPS)
    assert page.status_code == 400  # the rest of the site still refuses the unknown host
    assert response["Cache-Control"] == "no-store"
    assert "Set-Cookie" not in response.headers and not response.cookies


def test_the_cost_is_the_same_few_queries_however_long_the_queue(client, django_assert_num_queries, subject):
    # database: SELECT 1; migrations: the applied list; tasks: count and oldest of the
    # head of the queue (one query); outbox: the oldest unsent (an index probe), the
    # count of unsent (stopping at SCAN_LIMIT).
    with django_assert_num_queries(5):
        client.get("/healthz")
    for n in range(30):
        outbound_email_send_task.enqueue(n)
        _queued_email(f"user{n}@test.example")

    with django_assert_num_queries(5):
        status, body = healthz(client)

    assert body["checks"]["tasks"]["ready"] == 30 and body["checks"]["outbox"]["unsent"] == 30


def test_a_pending_migration_fails_healthz_and_readiness(client):
    latest = MigrationRecorder.Migration.objects.filter(app="notifications").order_by("-name").first()
    latest.delete()  # rolled back with the test: as if the deploy had not migrated yet

    status, body = healthz(client)
    ready_status, ready = healthz(client, "/healthz/ready")

    assert status == 503 and body["status"] == "fail"
    assert body["checks"]["migrations"] == {
        "status": "fail",
        "pending": 1,
        "pending_names": [f"notifications.{latest.name}"],
    }
    assert ready_status == 503 and ready["checks"]["migrations"]["status"] == "fail"


def test_a_task_waiting_longer_than_the_limit_fails_healthz_but_not_readiness(client, settings):
    settings.HEALTH_TASK_LAG_MAX_SECONDS = 300
    result = outbound_email_send_task.enqueue(1)
    DBTaskResult.objects.filter(pk=result.id).update(enqueued_at=timezone.now() - timedelta(minutes=10))

    status, body = healthz(client)
    ready_status, _ = healthz(client, "/healthz/ready")

    assert status == 503
    assert body["checks"]["tasks"]["status"] == "fail"
    assert 590 <= body["checks"]["tasks"]["lag_seconds"] <= 700
    assert body["checks"]["tasks"]["ready"] == 1
    # A balancer must not pull the web servers for a stuck queue: that would add an outage.
    assert ready_status == 200


def test_a_retry_deferred_to_later_is_not_lag_until_it_is_due(client):
    outbound_email_send_task.using(run_after=timezone.now() + timedelta(hours=1)).enqueue(1)
    long_deferred = outbound_email_send_task.using(run_after=timezone.now() - timedelta(seconds=20)).enqueue(2)
    DBTaskResult.objects.filter(pk=long_deferred.id).update(enqueued_at=timezone.now() - timedelta(hours=2))

    status, body = healthz(client)

    # The one due 20 s ago has waited 20 s (not the 2 h since it was enqueued); the
    # one due in an hour is not ready at all.
    assert status == 200
    assert body["checks"]["tasks"]["ready"] == 1
    assert 19 <= body["checks"]["tasks"]["lag_seconds"] < 60


def test_an_email_unsent_longer_than_the_limit_fails_healthz_but_not_readiness(client, settings):
    settings.HEALTH_EMAIL_UNSENT_MAX_SECONDS = 3600
    _queued_email("recent@test.example")
    stuck = _queued_email("stuck@test.example", created_at=timezone.now() - timedelta(hours=2))
    sending = _queued_email("sending@test.example", created_at=timezone.now() - timedelta(minutes=5))
    OutboundEmail.objects.filter(pk=sending.pk).update(status=OutboundEmail.Status.SENDING)
    sent = _queued_email("sent@test.example", created_at=timezone.now() - timedelta(days=1))
    OutboundEmail.objects.filter(pk=sent.pk).update(status=OutboundEmail.Status.SENT)

    status, body = healthz(client)
    ready_status, _ = healthz(client, "/healthz/ready")

    assert status == 503
    outbox = body["checks"]["outbox"]
    assert outbox["status"] == "fail" and outbox["unsent"] == 3
    assert 7190 <= outbox["oldest_unsent_seconds"] <= 7300
    assert ready_status == 200
    # Once it goes out, the outbox is healthy again.
    OutboundEmail.objects.filter(pk=stuck.pk).update(status=OutboundEmail.Status.SENT)
    assert healthz(client)[0] == 200


def test_an_unreachable_database_answers_503_at_once_in_a_real_process():
    closed_port = free_port()  # nothing listens there
    env = production_environment(DATABASE_URL=f"postgres://postgres@127.0.0.1:{closed_port}/ts_prod_nowhere")
    probe = (
        "import json, time; from django.test import Client; started = time.monotonic(); "
        "r = Client().get('/healthz', HTTP_HOST='10.0.3.17'); "
        "print(json.dumps({'status': r.status_code, 'body': json.loads(r.content), 'seconds': time.monotonic() - started}))"
    )

    done = manage("shell", "-c", probe, env=env)

    assert done.returncode == 0, done.stderr
    answer = json.loads(done.stdout.strip().splitlines()[-1])
    assert answer["status"] == 503
    assert answer["body"] == {
        "status": "fail",
        "checks": {
            "database": {"status": "fail", "error": "OperationalError"},
            "migrations": {"status": "not_checked", "reason": "database unreachable"},
            "tasks": {"status": "not_checked", "reason": "database unreachable"},
            "outbox": {"status": "not_checked", "reason": "database unreachable"},
        },
    }
    assert answer["seconds"] < 5
    # The reason is logged for the operator, never shown to the caller.
    assert "Health check database failed" in done.stderr and "Connection refused" in done.stderr
    assert str(closed_port) not in json.dumps(answer["body"])


def test_readiness_checks_the_database_and_the_migrations_only(client):
    status, body = healthz(client, "/healthz/ready")

    assert status == 200 and set(body["checks"]) == {"database", "migrations"}


def test_only_get_and_head_are_answered(client):
    assert client.post("/healthz").status_code == 405
    assert client.head("/healthz").status_code == 200


# --- who sees the details (round 2, F7) ---------------------------------------------------


def test_anyone_gets_the_status_only_from_outside_the_allowed_addresses(client):
    for path in ("/healthz/ready", "/healthz"):
        status, body = healthz(client, path, REMOTE_ADDR="203.0.113.9")
        assert (status, body) == (200, {"status": "ok"})


def test_a_failing_portal_says_unavailable_to_anyone_without_details(client):
    MigrationRecorder.Migration.objects.filter(app="cases").delete()
    status, body = healthz(client, "/healthz/ready", REMOTE_ADDR="203.0.113.9")
    assert (status, body) == (503, {"status": "unavailable"})


def test_an_allowed_network_sees_the_details(client, settings):
    settings.HEALTH_DETAIL_ALLOWED_IPS = ["10.0.0.0/8"]
    status, body = healthz(client, "/healthz/ready", REMOTE_ADDR="10.1.2.3")
    assert status == 200 and set(body["checks"]) == {"database", "migrations"}
    assert healthz(client, "/healthz/ready", REMOTE_ADDR="127.0.0.1")[1] == {"status": "ok"}


def test_a_staff_session_sees_the_details_and_a_user_session_does_not(client, reviewer, subject):
    client.force_login(subject)
    assert healthz(client, "/healthz", REMOTE_ADDR="203.0.113.9")[1] == {"status": "ok"}
    client.force_login(reviewer)
    status, body = healthz(client, "/healthz", REMOTE_ADDR="203.0.113.9")
    assert status == 200 and "checks" in body


def test_behind_a_proxy_the_client_address_decides_not_the_proxys(client, settings):
    settings.PROXY_COUNT = 1
    status, body = healthz(client, "/healthz/ready", REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR="203.0.113.9")
    assert body == {"status": "ok"}
