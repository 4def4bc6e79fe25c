"""The submitter against a real HTTP server (http.server in a thread) that checks
the token and the payload shape and answers like the Transparency Database:
200 for a stored batch, 422 for a puid it already has, 500 when it is down."""

from __future__ import annotations

import json
import threading
from datetime import timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.utils import timezone

from helpcenter.models import Article
from helpcenter.policy import policy_articles_ensure
from statements.export import payload_errors
from statements.models import Statement
from statements.submit import statements_submit
from tests.statements.world import decided

pytestmark = pytest.mark.django_db
TOKEN = "X|test-token-123"


class FakeTDB(ThreadingHTTPServer):
    """Keeps the puids it stored; ``mode`` says how it answers."""

    daemon_threads = True

    def __init__(self):
        super().__init__(("127.0.0.1", 0), Handler)
        self.stored: set[str] = set()
        self.requests: list[tuple[str, int]] = []
        self.problems: list[str] = []
        self.mode = "ok"

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"


class Handler(BaseHTTPRequestHandler):
    server: FakeTDB

    def log_message(self, *args):  # keep the test output quiet
        pass

    def _answer(self, status: int, body: dict) -> None:
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_POST(self):
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        if self.headers.get("Authorization") != f"Bearer {TOKEN}":
            return self._answer(401, {"message": "Unauthenticated."})
        if self.headers.get("Content-Type") != "application/json":
            self.server.problems.append("content type")
        statements = body["statements"] if self.path == "/api/v1/statements" else [body]
        self.server.requests.append((self.path, len(statements)))
        if self.path not in ("/api/v1/statements", "/api/v1/statement") or not 1 <= len(statements) <= 100:
            self.server.problems.append(f"bad request {self.path} with {len(statements)}")
            return self._answer(400, {"message": "bad request"})
        for statement in statements:
            self.server.problems.extend(payload_errors(statement))
        if self.server.mode == "down":
            return self._answer(500, {"message": "Server Error"})
        known = [s["puid"] for s in statements if s["puid"] in self.server.stored]
        if known:
            return self._answer(422, {"message": "The puid is not unique.", "errors": {"puid": ["taken"]}})
        self.server.stored.update(s["puid"] for s in statements)
        return self._answer(200, {"statements": statements})


@pytest.fixture
def tdb(settings):
    server = FakeTDB()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    settings.DSA_TDB_URL = server.url
    settings.DSA_TDB_TOKEN = TOKEN
    settings.DSA_TDB_BATCH_SIZE = 2
    yield server
    server.shutdown()
    server.server_close()
    thread.join(timeout=5)


@pytest.fixture
def statements(db, reviewer, subject, bystander, client_user):
    policy_articles_ensure(Article)
    for account in (subject, bystander, client_user):
        decided(rung="suspension", subject=account, reviewer=reviewer)
    return list(Statement.objects.order_by("id"))


def test_pending_statements_go_in_batches_with_the_token_and_a_valid_payload(tdb, statements):
    result = statements_submit()

    assert tdb.problems == []
    assert tdb.requests == [("/api/v1/statements", 2), ("/api/v1/statements", 1)]
    assert tdb.stored == {str(s.puid) for s in statements}
    assert result.submitted == 3
    assert set(Statement.objects.values_list("submission", flat=True)) == {"submitted"}


def test_a_statement_the_database_already_has_counts_as_submitted(tdb, statements):
    tdb.stored.add(str(statements[0].puid))  # sent before; our bookkeeping lost the answer

    result = statements_submit()

    assert tdb.problems == []
    assert (result.submitted, result.already_there, result.failed) == (2, 1, 0)
    assert set(Statement.objects.values_list("submission", flat=True)) == {"submitted"}
    assert ("/api/v1/statement", 1) in tdb.requests  # the refused batch was sent one by one


def test_a_server_error_is_recorded_on_each_statement_and_retried_later(tdb, statements):
    tdb.mode = "down"
    result = statements_submit()

    assert result.failed == 3
    failed = Statement.objects.get(pk=statements[0].pk)
    assert failed.submission == "failed"
    assert failed.attempts == 1
    assert failed.last_error.startswith("HTTP 500")
    assert failed.next_attempt_at > timezone.now()

    tdb.mode = "ok"
    assert statements_submit().submitted == 0  # not due yet
    later = timezone.now() + timedelta(hours=1)
    assert statements_submit(now=later).submitted == 3
    assert Statement.objects.get(pk=statements[0].pk).last_error == ""


def test_a_wrong_token_is_a_failure_with_the_answer_kept(tdb, statements, settings):
    settings.DSA_TDB_TOKEN = "wrong"

    result = statements_submit()

    assert result.failed == 3
    assert Statement.objects.get(pk=statements[0].pk).last_error.startswith("HTTP 401")


def test_submission_is_off_unless_url_and_token_are_set(statements, settings):
    settings.DSA_TDB_URL = ""
    settings.DSA_TDB_TOKEN = ""

    result = statements_submit()

    assert result.enabled is False
    assert "off" in result.summary()
    assert set(Statement.objects.values_list("submission", flat=True)) == {"pending"}


def test_admins_see_each_failure_and_cannot_edit_a_statement(tdb, statements, admin_user, client):
    tdb.mode = "down"
    statements_submit()
    client.force_login(admin_user)

    listing = client.get("/admin/statements/statement/?submission__exact=failed").content.decode()
    assert "HTTP 500" in listing
    assert str(statements[0].puid) in listing

    page = client.get(f"/admin/statements/statement/{statements[0].pk}/change/")
    assert page.status_code == 200
    assert 'name="_save"' not in page.content.decode()
    response = client.post(f"/admin/statements/statement/{statements[0].pk}/change/", {"last_error": "hidden"})
    assert response.status_code == 403
