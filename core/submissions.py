"""Each submission applies once: the one mechanism behind every form that creates something.

A page draws its form with a fresh key (``{% submission_key %}``, a hidden input
named ``submission_key``, new on every render). The view reads it with
``form_key(request)`` — a POST without one is refused, never applied — and passes
it to the service, which opens its transaction with

    once = submission_begin(user=…, key=…, action="contracts.message_send", params={…})
    if once.replayed:
        return once.replay()          # the first result, marked ``replayed``
    … do the work …
    once.done(created)

``submission_begin`` inserts a ``core.Submission`` row under a unique (user, key)
inside that transaction. A second identical submission — a double click, a
retried request, two tabs — either finds the committed row or, when both run at
once, waits on the unique index until the first commits and then finds it; it
gets the first result back and applies nothing. If the first one failed, its row
rolled back with it and the second simply runs. The same key sent with different
content is refused (``key_reused``).

The API takes the same key from an optional ``Idempotency-Key`` header
(``header_key``); a replayed API request answers 200 with the first result and the
header ``Idempotent-Replayed: true`` instead of 201.
"""

from __future__ import annotations

import hashlib
import json
import re
import secrets
from dataclasses import dataclass

from django.apps import apps
from django.db import IntegrityError, models, transaction

from .errors import DomainError
from .models import Submission

FIELD = "submission_key"
HEADER = "Idempotency-Key"
REPLAYED_HEADER = "Idempotent-Replayed"
# Visible ASCII, no spaces: a UUID, a ULID or our own token all fit.
_KEY = re.compile(r"^[\x21-\x7e]{1,100}$")

RELOAD = (
    "This form was sent without its one-time key (it may be an old copy of the page). "
    "Nothing was saved: reload the page and send it again."
)


class SubmissionError(DomainError):
    """A submission refused before anything was applied."""


def new_key() -> str:
    return secrets.token_urlsafe(18)


def form_key(request) -> str:
    """The key a page's form carried. A form sent without one (an old page, a
    script) is refused: applying it could not be made safe to repeat."""
    key = request.POST.get(FIELD, "")
    if not _KEY.match(key):
        raise SubmissionError(RELOAD, "key_missing")
    return key


def header_key(request) -> str | None:
    """The API's optional ``Idempotency-Key`` header; None when absent."""
    key = request.headers.get(HEADER)
    if key is None:
        return None
    if not _KEY.match(key):
        raise SubmissionError(
            f"{HEADER} must be 1 to 100 visible ASCII characters without spaces (a UUID is a good choice).",
            "key_invalid",
        )
    return key


def fingerprint(params: dict) -> str:
    text = json.dumps(params, sort_keys=True, default=str, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass
class Once:
    """A submission claimed inside the service's transaction (see the module docstring)."""

    row: Submission | None
    replayed: bool = False

    def replay(self):
        """The first submission's result (None if it created nothing), marked ``replayed``."""
        row = self.row
        if row is None or not row.result_type or row.result_id is None:
            return None
        model = apps.get_model(row.result_type)
        result = model._default_manager.filter(pk=row.result_id).first()
        if result is None:
            raise SubmissionError(
                "This form was already sent, and what it created has since been removed. Nothing was done again.",
                "already_sent",
            )
        result.replayed = True
        return result

    def done(self, result: models.Model | None) -> None:
        """Record what the submission created, for the replays to come."""
        if self.row is None or self.replayed or result is None:
            return
        self.row.result_type = result._meta.label_lower
        self.row.result_id = result.pk
        self.row.save(update_fields=["result_type", "result_id"])


def submission_begin(*, user, key: str | None, action: str, params: dict) -> Once:
    """Claim ``key`` for this submission inside the caller's transaction. Without a
    key (a service called from code, an API request without the header) nothing is
    recorded and the work runs as usual."""
    if key is None:
        return Once(row=None)
    if not transaction.get_connection().in_atomic_block:
        raise RuntimeError("submission_begin must run inside the service's transaction")
    digest = fingerprint(params)
    try:
        with transaction.atomic():
            row = Submission.objects.create(user=user, key=key, action=action, fingerprint=digest)
    except IntegrityError:
        # The key is taken: by an earlier submission, or by a parallel one we waited
        # for on the unique index until it committed. Read its row as it is now.
        row = Submission.objects.get(user=user, key=key)
        if row.action != action or row.fingerprint != digest:
            raise SubmissionError(
                "This form was already sent with other content. Nothing more was saved: reload the page to "
                "send something new.",
                "key_reused",
            )
        return Once(row=row, replayed=True)
    return Once(row=row)
