"""The ESP webhooks we mount: anymail's views for one ESP (``settings.ANYMAIL_ESP``),
behind three guards of our own.

1. **Authentication is configured, or nothing runs.** Every request first checks
   that basic auth is set (and, with DEBUG off, is not the published development
   value) and, for an ESP that signs its webhooks, that its signing key is set. A
   webhook that could not authenticate its caller answers 403 instead of trusting
   it. (settings.py refuses to start in production in that state; this covers
   development and any later change of settings.)
2. **Inbound mail up to INBOUND_MESSAGE_MAX_BYTES is read, only on the inbound
   route.** Django's DATA_UPLOAD_MAX_MEMORY_SIZE (2.5 MB) stays in force for every
   other URL; the inbound views parse their own request body with the message
   limit plus a little room for the form's other fields, and answer 413 (with a log
   line, storing nothing) beyond it. The raw message comes back byte for byte:
   form fields are decoded with surrogateescape, so 8-bit mail in an unlabelled
   charset is stored exactly as it was sent.
3. **Mailgun's signature is fresh and used once.** Besides anymail's check of the
   signature, a timestamp more than ``WEBHOOK_MAX_AGE_SECONDS`` (15 minutes) from
   now, or a token already seen within that window (the cache holds them), is
   refused with a 400 and a log line: a captured request cannot be replayed. An
   authenticated request we cannot make sense of is a 400 with a log line too
   (never a 5xx, which the ESP would retry for ever); only a failure to store
   answers 5xx, and then the token is forgotten so that the ESP's retry is taken.
4. **Nothing parses the message before it is stored.** anymail's views parse the
   whole MIME tree to build the signal's message (deeply nested MIME raised
   RecursionError there, before anything was stored, and the ESP got a 500). Here
   the signal's message carries the headers only; ``inbound.inbound_email_receive``
   stores the raw bytes first and reads them afterwards, so any message is kept.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import json
import logging
from datetime import UTC, datetime
from email.parser import Parser as HeaderOnlyParser
from email.utils import unquote
from functools import wraps
from urllib.parse import parse_qsl

from anymail.exceptions import AnymailWebhookValidationFailure
from anymail.inbound import AnymailInboundMessage
from anymail.signals import AnymailInboundEvent, EventType
from anymail.utils import get_anymail_setting
from anymail.webhooks.mailgun import MailgunInboundWebhookView, MailgunTrackingWebhookView
from anymail.webhooks.postmark import PostmarkInboundWebhookView, PostmarkTrackingWebhookView
from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import TooManyFieldsSent
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import DatabaseError
from django.http import HttpResponse, HttpResponseForbidden, QueryDict
from django.http.multipartparser import FIELD, FILE, ChunkIter, LazyStream, MultiPartParser, Parser, exhaust
from django.urls import path, re_path
from django.utils.datastructures import MultiValueDict

logger = logging.getLogger(__name__)

# Room for the webhook's other form fields (envelope, signature, Mailgun's parsed
# copies of the headers) around the message itself.
FORM_OVERHEAD_BYTES = 1024 * 1024
# Postmark's JSON carries the raw message and, again, its parts (attachments in base64).
POSTMARK_JSON_FACTOR = 3
# Signing keys that were ever published with this code: never a real key.
_PUBLISHED_SIGNING_KEYS = {"dev-mailgun-webhook-signing-key"}


# --- 1. authentication must be configured ------------------------------------------------


def webhook_auth_problem(esp: str) -> str:
    """Why webhooks for ``esp`` cannot authenticate their callers now, or ''."""
    secrets = get_anymail_setting("webhook_secret", default=[])
    if isinstance(secrets, str):
        secrets = [secrets] if secrets else []
    if not secrets:
        return "ANYMAIL_WEBHOOK_SECRET (basic auth) is not set"
    if not settings.DEBUG and settings.ANYMAIL_DEV_WEBHOOK_SECRET in secrets:
        return "the development ANYMAIL_WEBHOOK_SECRET is never accepted with DEBUG off"
    signing_setting = settings.WEBHOOK_ESPS.get(esp)
    if signing_setting:
        anymail_settings = getattr(settings, "ANYMAIL", {}) or {}
        key = anymail_settings.get(signing_setting) or getattr(settings, f"ANYMAIL_{signing_setting}", None)
        if not key:
            return f"{signing_setting} is not set: {esp} signs its webhooks and the signature is required"
        if key in _PUBLISHED_SIGNING_KEYS:
            return f"{signing_setting} is a published development value"
    return ""


def _guarded(view, esp: str):
    @wraps(view)  # keeps csrf_exempt and login_not_required from anymail's view
    def guarded(request, *args, **kwargs):
        if problem := webhook_auth_problem(esp):
            logger.error("Refused a %s webhook from %s: %s", esp, request.META.get("REMOTE_ADDR", "?"), problem)
            return HttpResponseForbidden(f"Webhook authentication is not configured: {problem}.")
        return view(request, *args, **kwargs)

    return guarded


# --- 2. the inbound body limit, on the inbound route only --------------------------------


class InboundTooLarge(Exception):
    def __init__(self, size: int, limit: int):
        super().__init__(f"{size} bytes is more than {limit}")
        self.size, self.limit = size, limit


def _too_large(esp: str, exc: InboundTooLarge) -> HttpResponse:
    logger.warning(
        "Refused an inbound %s webhook: the message is %s bytes or more, over INBOUND_MESSAGE_MAX_BYTES (%s); "
        "nothing was stored",
        esp,
        exc.size,
        settings.INBOUND_MESSAGE_MAX_BYTES,
    )
    return HttpResponse(
        f"Message too large: {exc.size} bytes or more; the limit is {settings.INBOUND_MESSAGE_MAX_BYTES} bytes.\n",
        status=413,
        content_type="text/plain; charset=utf-8",
    )


def _check_declared_length(request, limit: int) -> None:
    try:
        declared = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        declared = 0
    if declared > limit:
        raise InboundTooLarge(declared, limit)


def _read_body(request, limit: int) -> bytes:
    """The request body, refusing (before reading it all) one over ``limit``."""
    _check_declared_length(request, limit)
    chunks, size = [], 0
    while chunk := request.read(64 * 1024):
        size += len(chunk)
        if size > limit:
            raise InboundTooLarge(size, limit)
        chunks.append(chunk)
    return b"".join(chunks)


def _decode_field(data: bytes) -> str:
    # surrogateescape: bytes that are not UTF-8 survive the trip through a str and
    # come back exact with .encode("utf-8", "surrogateescape").
    return data.decode("utf-8", errors="surrogateescape")


class InboundMultiPartParser(MultiPartParser):
    """multipart/form-data with the whole-message limit instead of
    DATA_UPLOAD_MAX_MEMORY_SIZE; installed per request (``request.multipart_parser_class``)
    by the inbound views only. Fields and files share one byte budget."""

    def _parse(self):
        budget = settings.INBOUND_MESSAGE_MAX_BYTES + FORM_OVERHEAD_BYTES
        post, files = QueryDict(mutable=True), MultiValueDict()
        parts = 0
        stream = LazyStream(ChunkIter(self._input_data, self._chunk_size))
        for item_type, meta, part in Parser(stream, self._boundary):
            if item_type not in (FIELD, FILE):
                exhaust(part)
                continue
            parts += 1
            if settings.DATA_UPLOAD_MAX_NUMBER_FIELDS is not None and parts > settings.DATA_UPLOAD_MAX_NUMBER_FIELDS:
                raise TooManyFieldsSent("Too many fields in an inbound webhook")
            try:
                disposition = meta["content-disposition"][1]
                name = disposition["name"].decode("utf-8", errors="replace").strip()
            except (KeyError, IndexError, AttributeError):
                exhaust(part)
                continue
            data = part.read(budget + 1)
            if len(data) > budget or (name == "body-mime" and len(data) > settings.INBOUND_MESSAGE_MAX_BYTES):
                raise InboundTooLarge(max(self._content_length, len(data)), settings.INBOUND_MESSAGE_MAX_BYTES)
            budget -= len(data)
            encoding = meta.get("content-transfer-encoding", ("", {}))[0].strip().lower()
            if encoding == "base64":
                with contextlib.suppress(binascii.Error):
                    data = base64.b64decode(data)
            if item_type == FILE:
                filename = disposition.get("filename", b"").decode("utf-8", errors="replace")
                content_type = meta.get("content-type", ("application/octet-stream", {}))[0]
                files.appendlist(name, SimpleUploadedFile(filename or "attachment", data, content_type))
            else:
                post.appendlist(name, _decode_field(data))
        post._mutable = False
        return post, files


def _read_form(request) -> None:
    """Parse the inbound form now, within the message limit (raises InboundTooLarge)."""
    limit = settings.INBOUND_MESSAGE_MAX_BYTES
    if request.content_type == "multipart/form-data":
        _check_declared_length(request, limit + FORM_OVERHEAD_BYTES)
        request.multipart_parser_class = InboundMultiPartParser
        request.POST  # noqa: B018 (parse it here, where the limit applies)
    elif request.content_type == "application/x-www-form-urlencoded":
        # Mailgun posts mail without attachments urlencoded. Django would read it
        # through request.body under DATA_UPLOAD_MAX_MEMORY_SIZE; read it ourselves.
        body = _read_body(request, limit * 3 + FORM_OVERHEAD_BYTES)  # percent-encoding triples 8-bit bytes
        form = QueryDict(mutable=True)
        try:
            pairs = parse_qsl(
                body.decode("ascii", errors="surrogateescape"),
                keep_blank_values=True,
                encoding="utf-8",
                errors="surrogateescape",
                max_num_fields=settings.DATA_UPLOAD_MAX_NUMBER_FIELDS,
            )
        except ValueError as exc:  # more fields than allowed
            raise TooManyFieldsSent("Too many fields in an inbound webhook") from exc
        for key, value in pairs:
            form.appendlist(key, value)
        form._mutable = False
        request.POST = form  # nothing on this route reads FILES (there are none in a urlencoded form)
        if (message := form.get("body-mime")) is not None:
            size = len(message.encode("utf-8", errors="surrogateescape"))
            if size > limit:
                raise InboundTooLarge(size, limit)


def _headers_only(raw: str) -> AnymailInboundMessage:
    """The message's headers as an AnymailInboundMessage, without parsing its body
    (which the inbound service does after storing the bytes). Never raises."""
    try:
        ends = [end for end in (raw.find("\r\n\r\n"), raw.find("\n\n")) if end >= 0]
        head = raw[: min(ends) + 4] if ends else raw  # the body is not fed to the parser at all
        return HeaderOnlyParser(AnymailInboundMessage).parsestr(head, headersonly=True)
    except Exception:
        return AnymailInboundMessage()


def _header(message: AnymailInboundMessage, name: str) -> str:
    try:
        return str(message.get(name) or "").strip()
    except Exception:
        return ""


def _spam_score(message: AnymailInboundMessage, name: str) -> float | None:
    try:
        return float(_header(message, name))
    except ValueError:
        return None


# --- 3. Mailgun: fresh signatures, each used once; malformed is a 4xx ---------------------

TOKEN_CACHE_PREFIX = "mailgun-webhook-token:"


def _mailgun_signature_fields(request) -> tuple[str, str]:
    """The signed token and timestamp (anymail has already checked the signature)."""
    if request.content_type == "application/json":
        block = json.loads(request.body.decode("utf-8"))["signature"]
        return str(block["token"]), str(block["timestamp"])
    return request.POST["token"], request.POST["timestamp"]


class MailgunGuards:
    """Mixed into both Mailgun views, before anymail's view."""

    def validate_request(self, request):
        super().validate_request(request)  # basic auth, then Mailgun's signature
        token, timestamp = _mailgun_signature_fields(request)
        window = settings.WEBHOOK_MAX_AGE_SECONDS
        remote = request.META.get("REMOTE_ADDR", "?")
        try:
            age = datetime.now(UTC).timestamp() - int(timestamp)
        except ValueError:
            age = float("inf")
        if abs(age) > window:
            logger.warning(
                "Refused a Mailgun webhook from %s: its timestamp %r is not within %ss", remote, timestamp, window
            )
            raise AnymailWebhookValidationFailure("Mailgun webhook timestamp is outside the accepted window")
        key = TOKEN_CACHE_PREFIX + token
        if not cache.add(key, 1, timeout=2 * window):
            logger.warning("Refused a Mailgun webhook from %s: its token was already used (a replay)", remote)
            raise AnymailWebhookValidationFailure("Mailgun webhook token was already used")
        request.mailgun_token_key = key

    def post(self, request, *args, **kwargs):
        try:
            return super().post(request, *args, **kwargs)
        except (AnymailWebhookValidationFailure, InboundTooLarge):
            raise
        except DatabaseError:
            # Nothing stored: forget the token so that the ESP's retry is accepted.
            if key := getattr(request, "mailgun_token_key", None):
                cache.delete(key)
            raise
        except Exception:  # authenticated but malformed: a retry would fail the same way
            if not hasattr(request, "mailgun_token_key"):
                raise
            logger.warning(
                "Refused an authenticated Mailgun webhook that could not be read (%s)", request.path, exc_info=True
            )
            return HttpResponse(
                "Malformed webhook: nothing was stored.\n", status=400, content_type="text/plain; charset=utf-8"
            )


class MailgunInboundView(MailgunGuards, MailgunInboundWebhookView):
    """anymail's Mailgun inbound view with our body limit, and the raw MIME left
    unparsed until it is stored."""

    def post(self, request, *args, **kwargs):
        try:
            _read_form(request)
        except InboundTooLarge as exc:
            return _too_large(self.esp_name, exc)
        return super().post(request, *args, **kwargs)

    def esp_to_anymail_event(self, request):
        form = request.POST
        if "body-mime" not in form or form.get("event", "inbound") != "inbound" or "attachments" in form:
            return super().esp_to_anymail_event(request)  # the parsed route, or a misconfiguration anymail explains
        message = _headers_only(form["body-mime"])
        message.envelope_sender = form.get("sender")
        message.envelope_recipient = form.get("recipient")
        message.spam_detected = _header(message, "X-Mailgun-Sflag").lower() == "yes"
        message.spam_score = _spam_score(message, "X-Mailgun-Sscore")
        try:
            timestamp = datetime.fromtimestamp(int(form.get("timestamp", "")), tz=UTC)
        except (ValueError, OverflowError, OSError):
            timestamp = None
        return AnymailInboundEvent(
            event_type=EventType.INBOUND,
            timestamp=timestamp,
            event_id=form.get("token"),
            esp_event=request,
            message=message,
        )


class MailgunTrackingView(MailgunGuards, MailgunTrackingWebhookView):
    """anymail's Mailgun tracking view, fresh and used once."""


class PostmarkInboundView(PostmarkInboundWebhookView):
    """anymail's Postmark inbound view with our body limit, and RawEmail (turn on
    "Include raw email content in JSON payload") left unparsed until it is stored."""

    def post(self, request, *args, **kwargs):
        limit = settings.INBOUND_MESSAGE_MAX_BYTES
        try:
            self.payload = _read_body(request, limit * POSTMARK_JSON_FACTOR + FORM_OVERHEAD_BYTES)
            return super().post(request, *args, **kwargs)
        except InboundTooLarge as exc:
            return _too_large(self.esp_name, exc)

    def parse_events(self, request):
        esp_event = json.loads(self.payload.decode("utf-8"))
        raw = esp_event.get("RawEmail") if isinstance(esp_event, dict) else None
        if isinstance(raw, str):
            size = len(raw.encode("utf-8", errors="surrogateescape"))
            if size > settings.INBOUND_MESSAGE_MAX_BYTES:
                raise InboundTooLarge(size, settings.INBOUND_MESSAGE_MAX_BYTES)
        return [self.esp_to_anymail_event(esp_event)]

    def esp_to_anymail_event(self, esp_event):
        if not isinstance(esp_event.get("RawEmail"), str) or esp_event.get("RecordType", "Inbound") != "Inbound":
            return super().esp_to_anymail_event(esp_event)
        message = _headers_only(esp_event["RawEmail"])
        headers = esp_event.get("Headers") or []
        first = headers[0] if headers and isinstance(headers[0], dict) else {}
        if str(first.get("Name", "")).lower() == "return-path":  # Postmark puts the envelope sender first
            message.envelope_sender = unquote(str(first.get("Value", "")))
        message.envelope_recipient = esp_event.get("OriginalRecipient")
        message.spam_detected = _header(message, "X-Spam-Status").lower().startswith("yes")
        message.spam_score = _spam_score(message, "X-Spam-Score")
        return AnymailInboundEvent(
            event_type=EventType.INBOUND,
            timestamp=None,
            event_id=esp_event.get("MessageID"),
            esp_event=esp_event,
            message=message,
        )


# --- the routes --------------------------------------------------------------------------


def webhook_urlpatterns(esp: str) -> list:
    """The tracking and inbound routes of ``esp`` only ('none': no routes at all),
    named as anymail names them."""
    if esp == "mailgun":
        return [
            # Mailgun posts raw MIME when the URL contains "mime": use inbound_mime/.
            re_path(
                r"^mailgun/inbound(_mime)?/$",
                _guarded(MailgunInboundView.as_view(), esp),
                name="mailgun_inbound_webhook",
            ),
            path(
                "mailgun/tracking/",
                _guarded(MailgunTrackingView.as_view(), esp),
                name="mailgun_tracking_webhook",
            ),
        ]
    if esp == "postmark":
        return [
            path(
                "postmark/inbound/",
                _guarded(PostmarkInboundView.as_view(), esp),
                name="postmark_inbound_webhook",
            ),
            path(
                "postmark/tracking/",
                _guarded(PostmarkTrackingWebhookView.as_view(), esp),
                name="postmark_tracking_webhook",
            ),
        ]
    return []
