"""Submitting statements to the DSA Transparency Database (Article 24(5)).

Off unless ``DSA_TDB_URL`` and ``DSA_TDB_TOKEN`` are both set. Due statements
(pending, or failed and past their retry time) go in batches of at most 100 to
``POST {DSA_TDB_URL}/api/v1/statements`` with ``Authorization: Bearer <token>``.
The batch endpoint stores all or nothing, so a refused batch (422) is sent again
one statement at a time to ``/api/v1/statement``: a 422 about the ``puid`` means
the database already holds that statement (we sent it before and lost the
answer) and counts as submitted; any other refusal, a 5xx or a network error is
recorded on the statement (``last_error``, ``attempts``) and retried with
exponential backoff. The statement's content never changes; only this
bookkeeping does. Nothing here runs inside a request's transaction.
"""

from __future__ import annotations

import json
import logging
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.conf import settings
from django.db.models import Q
from django.utils import timezone
from jsonschema.exceptions import ValidationError

from .export import validated_payload
from .models import Statement

logger = logging.getLogger(__name__)

BATCH_PATH = "/api/v1/statements"
SINGLE_PATH = "/api/v1/statement"
MAX_BACKOFF = timedelta(hours=12)


@dataclass
class SubmitResult:
    enabled: bool = True
    submitted: int = 0
    already_there: int = 0
    failed: int = 0
    batches: int = 0
    errors: list[str] = field(default_factory=list)

    def summary(self) -> str:
        if not self.enabled:
            return "Submission to the Transparency Database is off (set DSA_TDB_URL and DSA_TDB_TOKEN)."
        return (
            f"{self.submitted} submitted, {self.already_there} already in the database, {self.failed} failed "
            f"({self.batches} batch{'es' if self.batches != 1 else ''})."
        )


def enabled() -> bool:
    return bool(settings.DSA_TDB_URL and settings.DSA_TDB_TOKEN)


def due(now: datetime | None = None):
    now = now or timezone.now()
    return Statement.objects.filter(
        Q(submission=Statement.Submission.PENDING)
        | Q(submission=Statement.Submission.FAILED, next_attempt_at__lte=now)
        | Q(submission=Statement.Submission.FAILED, next_attempt_at__isnull=True)
    ).order_by("id")


def _post(path: str, body: dict) -> tuple[int, str]:
    """POST JSON; (status, response text). A network failure is status 0."""
    request = urllib.request.Request(
        settings.DSA_TDB_URL + path,
        data=json.dumps(body).encode(),
        method="POST",
        headers={
            "Authorization": f"Bearer {settings.DSA_TDB_TOKEN}",
            "Accept": "application/json",
            "Content-Type": "application/json",
        },
    )
    try:
        with urllib.request.urlopen(request, timeout=settings.DSA_TDB_TIMEOUT_SECONDS) as response:
            return response.status, response.read().decode(errors="replace")
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode(errors="replace")
    except (urllib.error.URLError, TimeoutError, OSError) as exc:
        return 0, f"{type(exc).__name__}: {exc}"


def _is_duplicate(text: str) -> bool:
    """A 422 that names the puid: the database already has this statement."""
    try:
        errors = json.loads(text).get("errors", {})
    except (ValueError, AttributeError):
        return False
    return isinstance(errors, dict) and set(errors) == {"puid"}


def _mark_submitted(ids: list[int], now: datetime) -> None:
    Statement.objects.filter(pk__in=ids).update(
        submission=Statement.Submission.SUBMITTED, submitted_at=now, last_error="", next_attempt_at=None
    )


def _mark_failed(statement: Statement, error: str, now: datetime) -> None:
    statement.attempts += 1
    backoff = timedelta(seconds=settings.DSA_TDB_RETRY_BASE_SECONDS * 2 ** (statement.attempts - 1))
    statement.submission = Statement.Submission.FAILED
    statement.last_error = error[:2000]
    statement.next_attempt_at = now + min(backoff, MAX_BACKOFF)
    statement.save(update_fields=["submission", "attempts", "last_error", "next_attempt_at"])
    logger.warning("TDB submission of statement %s failed: %s", statement.puid, error[:300])


def _one_by_one(statements: list[Statement], payloads: list[dict], result: SubmitResult, now: datetime) -> None:
    for statement, payload in zip(statements, payloads, strict=True):
        status, text = _post(SINGLE_PATH, payload)
        if status in (200, 201):
            _mark_submitted([statement.pk], now)
            result.submitted += 1
        elif status == 422 and _is_duplicate(text):
            _mark_submitted([statement.pk], now)
            result.already_there += 1
        else:
            _mark_failed(statement, f"HTTP {status}: {text}", now)
            result.failed += 1
            result.errors.append(f"{statement.puid}: HTTP {status}")


def statements_submit(*, now: datetime | None = None, max_batches: int | None = None) -> SubmitResult:
    """Submit every due statement; return what happened (never raises for the
    database's answers: they are recorded on the statements)."""
    if not enabled():
        return SubmitResult(enabled=False)
    now = now or timezone.now()
    result = SubmitResult()
    ids = list(due(now).values_list("pk", flat=True))
    size = settings.DSA_TDB_BATCH_SIZE
    for start in range(0, len(ids), size):
        if max_batches is not None and result.batches >= max_batches:
            break
        batch = list(Statement.objects.filter(pk__in=ids[start : start + size]).select_related("account"))
        statements, payloads = [], []
        for statement in batch:
            try:
                payloads.append(validated_payload(statement))
                statements.append(statement)
            except ValidationError as exc:
                _mark_failed(statement, exc.message, now)
                result.failed += 1
                result.errors.append(exc.message)
        if not statements:
            continue
        result.batches += 1
        status, text = _post(BATCH_PATH, {"statements": payloads})
        if status in (200, 201):
            _mark_submitted([s.pk for s in statements], now)
            result.submitted += len(statements)
        elif status == 422:
            _one_by_one(statements, payloads, result, now)
        else:
            for statement in statements:
                _mark_failed(statement, f"HTTP {status}: {text}", now)
            result.failed += len(statements)
            result.errors.append(f"batch of {len(statements)}: HTTP {status}")
    return result
