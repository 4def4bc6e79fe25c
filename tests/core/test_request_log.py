"""One structured log line per request and per task: what an operator greps or a log
shipper parses (LOG_FORMAT=json), with the timing, who, and an id to follow."""

from __future__ import annotations

import json
import logging

import pytest
from django.core.management import call_command
from django.urls import path

from core.logs import JsonFormatter, TextFormatter
from notifications.tasks import outbound_email_send_task
from tests.production import manage

pytestmark = pytest.mark.django_db


def lines(caplog, logger: str) -> list[dict]:
    """The records of one logger, as the JSON formatter writes them."""
    formatter = JsonFormatter()
    return [json.loads(formatter.format(record)) for record in caplog.records if record.name == logger]


def test_a_request_writes_one_json_line_with_timing_user_and_request_id(client, subject, caplog):
    client.force_login(subject)
    caplog.set_level(logging.INFO, logger="portal.request")

    response = client.get("/help/requests/", {"page": "2", "token": "s3cret-value", "api_key": "k-123"})

    (line,) = lines(caplog, "portal.request")
    assert line["method"] == "GET"
    assert line["path"] == "/help/requests/"
    assert line["query"] == "page=2&token=%5Bredacted%5D&api_key=%5Bredacted%5D"
    assert "s3cret-value" not in json.dumps(line) and "k-123" not in json.dumps(line)
    assert line["status"] == response.status_code
    assert isinstance(line["duration_ms"], float) and line["duration_ms"] > 0
    assert line["user_id"] == subject.pk
    assert line["request_id"] == response["X-Request-ID"] and len(line["request_id"]) == 32
    assert line["level"] == "INFO" and line["logger"] == "portal.request"


def test_the_proxys_request_id_is_kept_and_a_malformed_one_replaced(client, caplog):
    caplog.set_level(logging.INFO, logger="portal.request")

    kept = client.get("/login/", HTTP_X_REQUEST_ID="lb-7f3a9c2e-0001")
    replaced = client.get("/login/", HTTP_X_REQUEST_ID="bad id\nforged log line")

    first, second = lines(caplog, "portal.request")
    assert kept["X-Request-ID"] == first["request_id"] == "lb-7f3a9c2e-0001"
    assert replaced["X-Request-ID"] == second["request_id"] != "bad id\nforged log line"
    assert first["user_id"] is None  # anonymous


def test_everything_logged_during_a_request_carries_its_request_id(client, caplog):
    caplog.set_level(logging.INFO)
    client.get("/healthz/ready", HTTP_X_REQUEST_ID="probe-00000001")  # the health URL has no request line
    client.get("/nowhere/", HTTP_X_REQUEST_ID="trace-00000042")

    request_line = next(line for line in lines(caplog, "portal.request"))
    assert request_line["status"] == 404 and request_line["request_id"] == "trace-00000042"
    assert [line["path"] for line in lines(caplog, "portal.request")] == ["/nowhere/"]


def _broken_view(request):
    raise RuntimeError("a bug in a view")


urlpatterns = [path("broken/", _broken_view)]


@pytest.mark.urls(__name__)
def test_a_server_error_is_logged_at_error_level_with_status_500(client, caplog):
    client.raise_request_exception = False
    caplog.set_level(logging.INFO, logger="portal.request")

    response = client.get("/broken/")

    (line,) = lines(caplog, "portal.request")
    assert response.status_code == 500
    assert line["status"] == 500 and line["level"] == "ERROR" and line["route"] == "broken/"


@pytest.mark.django_db(transaction=True)
def test_a_task_writes_one_line_with_its_name_duration_and_outcome(caplog):
    caplog.set_level(logging.INFO)
    result = outbound_email_send_task.enqueue(999_999_001)  # no such email: the task fails
    # verbosity 1, as `make serve` runs it: db_worker sets django.tasks to INFO.
    call_command("db_worker", "--batch", "--no-startup-delay", "--no-reload", verbosity=1)

    (line,) = lines(caplog, "portal.task")
    assert line["task"] == "notifications.tasks.outbound_email_send_task"
    assert line["task_id"] == str(result.id)
    assert line["outcome"] == "FAILED" and line["level"] == "ERROR"
    assert line["error"].endswith("DoesNotExist")
    assert line["duration_ms"] >= 0 and line["waited_ms"] >= 0
    assert line["queue"] == "default"
    # Django's own two lines per task would repeat it: only its error (with the traceback) is kept.
    assert [r.levelname for r in caplog.records if r.name == "django.tasks"] == ["ERROR"]


def test_text_format_is_one_readable_line_with_the_fields():
    record = logging.LogRecord("portal.request", logging.INFO, __file__, 1, "GET %s 200", ("/x/",), None)
    record.status, record.duration_ms = 200, 3.5

    assert TextFormatter().format(record).endswith("INFO portal.request: GET /x/ 200 [status=200 duration_ms=3.5]")


def test_log_format_must_be_json_or_text():
    done = manage("check", env={"PATH": "/usr/bin:/bin", "LOG_FORMAT": "xml"})

    assert done.returncode != 0 and "LOG_FORMAT='xml': use json or text" in done.stderr
