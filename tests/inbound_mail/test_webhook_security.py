"""ESP webhooks authenticate every caller: production refuses to start without it,
only the configured ESP's routes exist, and a signing ESP's signature is required
in development too."""

import importlib.util
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.urls import Resolver404, resolve

from cases.models import Case
from notifications.models import OutboundEmail
from tests.mail import SIGNING_KEY, basic_auth, mailgun_signature

ROOT = Path(__file__).resolve().parents[2]
STRONG_SECRET = "mailgun-hooks:Wq8r3VtY6pL1zN5sK0aB"
DEVELOPMENT_SECRET = "dev-webhook:dev-webhook-secret"  # published in settings.py
# What a production deployment sets besides the webhooks (the settings' other checks).
PRODUCTION = {
    "DEBUG": "false",
    "SECRET_KEY": "production-secret-key-for-this-test-0123456789abcdefghij",
    "ALLOWED_HOSTS": "portal.example.com",
    "CSRF_TRUSTED_ORIGINS": "https://portal.example.com",
    "SITE_URL": "https://portal.example.com",
    "MAILER_BACKEND": "anymail.backends.mailgun.EmailBackend",
    "MAILGUN_API_KEY": "key-for-this-test",
    "MAILGUN_SENDER_DOMAIN": "mg.example.com",
}
_EMAIL_ENV = [
    "DEBUG",
    "MAILER_BACKEND",
    "ANYMAIL_ESP",
    "ANYMAIL_WEBHOOK_SECRET",
    "MAILGUN_API_KEY",
    "MAILGUN_SENDER_DOMAIN",
    "MAILGUN_WEBHOOK_SIGNING_KEY",
    "POSTMARK_SERVER_TOKEN",
]


def load_settings(monkeypatch, **env):
    """trustsafety/settings.py evaluated afresh under ``env``: what start-up does."""
    for name in _EMAIL_ENV:
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(f"{name}_FILE", raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    spec = importlib.util.spec_from_file_location("settings_under_test", ROOT / "trustsafety" / "settings.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({}, "ANYMAIL_WEBHOOK_SECRET must be set when DEBUG is off"),
        ({"ANYMAIL_WEBHOOK_SECRET": "dev-webhook:dev-webhook-secret"}, "published development value"),
        ({"ANYMAIL_WEBHOOK_SECRET": "hooks:short"}, "at least 16 characters"),
        ({"ANYMAIL_WEBHOOK_SECRET": STRONG_SECRET}, "MAILGUN_WEBHOOK_SIGNING_KEY must be set"),
        ({"ANYMAIL_ESP": "sendgrid", "ANYMAIL_WEBHOOK_SECRET": STRONG_SECRET}, "ANYMAIL_ESP='sendgrid'"),
    ],
    ids=["no-basic-auth", "development-secret", "weak-secret", "no-signing-key", "unsupported-esp"],
)
def test_production_start_up_refuses_webhooks_it_cannot_authenticate(monkeypatch, env, message):
    with pytest.raises(ImproperlyConfigured, match=message):
        load_settings(monkeypatch, **PRODUCTION, **env)


def test_production_start_up_with_webhook_authentication_mounts_only_the_senders_esp(monkeypatch):
    from inbound_mail.webhooks import webhook_urlpatterns

    probe = load_settings(
        monkeypatch, **PRODUCTION, ANYMAIL_WEBHOOK_SECRET=STRONG_SECRET, MAILGUN_WEBHOOK_SIGNING_KEY="key-1"
    )
    assert probe.ANYMAIL_ESP == "mailgun"  # derived from MAILER_BACKEND
    assert probe.ANYMAIL["WEBHOOK_SECRET"] == [STRONG_SECRET]
    names = sorted(pattern.name for pattern in webhook_urlpatterns(probe.ANYMAIL_ESP))
    assert names == ["mailgun_inbound_webhook", "mailgun_tracking_webhook"]


def test_without_an_esp_production_mounts_no_webhooks_and_needs_no_secret(monkeypatch):
    from inbound_mail.webhooks import webhook_urlpatterns

    env = {**PRODUCTION, "MAILER_BACKEND": "django.core.mail.backends.smtp.EmailBackend"}
    probe = load_settings(monkeypatch, **env)
    assert probe.ANYMAIL_ESP == "none" and webhook_urlpatterns(probe.ANYMAIL_ESP) == []
    assert probe.EMAIL_SIGNED_RETURN_PATH  # our own MTA: bounces come back to the signed return path


def test_manage_py_refuses_to_start_in_production_without_webhook_authentication():
    env = {key: value for key, value in os.environ.items() if key not in _EMAIL_ENV}
    result = subprocess.run(
        [sys.executable, "manage.py", "check"],
        cwd=ROOT,
        env={**env, **PRODUCTION},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode != 0
    assert "ImproperlyConfigured: ANYMAIL_WEBHOOK_SECRET must be set when DEBUG is off" in result.stderr


# --- at request time ---------------------------------------------------------------------


def _bounce_event(outbound) -> dict:
    return {
        "event": "failed",
        "severity": "permanent",
        "reason": "bounce",
        "timestamp": time.time(),
        "id": f"evt-{outbound.pk}",
        "recipient": outbound.to_email,
        "message": {"headers": {"message-id": outbound.message_id.strip("<>")}},
        "user-variables": {"outbound_email": str(outbound.pk)},
    }


def _post_tracking(client, url, payload, *, auth=None):
    headers = {"HTTP_AUTHORIZATION": auth} if auth else {}
    return client.post(url, data=payload, content_type="application/json", **headers)


def _still_sent(outbound, case) -> bool:
    outbound.refresh_from_db()
    return outbound.status == OutboundEmail.Status.SENT and not Case.objects.get(pk=case.pk).notice_undeliverable


def test_only_the_configured_esps_webhooks_are_mounted(client, sent_email, case):
    for url in ("/anymail/postmark/tracking/", "/anymail/sendgrid/tracking/", "/anymail/mandrill/"):
        with pytest.raises(Resolver404):
            resolve(url)
        assert _post_tracking(client, url, {"RecordType": "Bounce"}, auth=basic_auth()).status_code == 404
    assert resolve("/anymail/mailgun/tracking/").url_name == "mailgun_tracking_webhook"
    assert _still_sent(sent_email, case)


def test_an_unauthenticated_tracking_post_never_marks_an_email_bounced(client, settings, sent_email, case):
    """DEBUG off and no basic auth configured: what the attacker found open."""
    settings.DEBUG = False
    settings.ANYMAIL = {"MAILGUN_WEBHOOK_SIGNING_KEY": SIGNING_KEY}  # no WEBHOOK_SECRET
    payload = {"signature": mailgun_signature(), "event-data": _bounce_event(sent_email)}
    response = _post_tracking(client, "/anymail/mailgun/tracking/", payload)
    assert response.status_code == 403
    assert _still_sent(sent_email, case)


def test_the_development_webhook_secret_is_refused_when_debug_is_off(client, settings, sent_email, case):
    settings.DEBUG = False
    settings.ANYMAIL = {
        "WEBHOOK_SECRET": [DEVELOPMENT_SECRET],
        "MAILGUN_WEBHOOK_SIGNING_KEY": SIGNING_KEY,
    }
    payload = {"signature": mailgun_signature(), "event-data": _bounce_event(sent_email)}
    response = _post_tracking(client, "/anymail/mailgun/tracking/", payload, auth=basic_auth(DEVELOPMENT_SECRET))
    assert response.status_code == 403
    assert _still_sent(sent_email, case)


def test_in_development_basic_auth_alone_cannot_pass_mailguns_signature_check(
    client, settings, monkeypatch, sent_email, case
):
    """The development defaults used to include a signing key written in the code:
    anyone with the (equally public) basic-auth password could sign with it."""
    development = load_settings(monkeypatch, DEBUG="true")
    settings.DEBUG, settings.ANYMAIL = True, development.ANYMAIL
    payload = {
        "signature": mailgun_signature("dev-mailgun-webhook-signing-key"),
        "event-data": _bounce_event(sent_email),
    }
    response = _post_tracking(client, "/anymail/mailgun/tracking/", payload, auth=basic_auth(DEVELOPMENT_SECRET))
    assert response.status_code == 403
    assert _still_sent(sent_email, case)
    assert b"MAILGUN_WEBHOOK_SIGNING_KEY is not set" in response.content
    assert "MAILGUN_WEBHOOK_SIGNING_KEY" not in development.ANYMAIL


def test_with_both_basic_auth_and_the_signature_a_tracking_post_is_accepted(client, sent_email, case):
    payload = {"signature": mailgun_signature(), "event-data": _bounce_event(sent_email)}
    assert _post_tracking(client, "/anymail/mailgun/tracking/", payload).status_code == 400  # no basic auth
    assert _post_tracking(client, "/anymail/mailgun/tracking/", payload, auth=basic_auth()).status_code == 200
    sent_email.refresh_from_db()
    assert sent_email.status == OutboundEmail.Status.BOUNCED
