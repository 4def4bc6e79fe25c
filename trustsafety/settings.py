"""Settings for the Trust & Safety portal.

Every value that differs between a laptop and production is read from the
environment through the small typed helpers below. A value given as ``NAME_FILE``
is read from that file instead (for secrets mounted by an orchestrator). Bad values
fail loudly at start-up rather than half-working later.
"""

from __future__ import annotations

import ipaddress
import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.csp import CSP

BASE_DIR = Path(__file__).resolve().parent.parent


def env(name: str, default: str | None = None) -> str | None:
    file_path = os.environ.get(f"{name}_FILE")
    if file_path:
        try:
            return Path(file_path).read_text().strip()
        except OSError as exc:
            raise ImproperlyConfigured(f"{name}_FILE={file_path!r} cannot be read: {exc}") from exc
    return os.environ.get(name, default)


def env_bool(name: str, default: bool) -> bool:
    raw = env(name)
    if raw is None or raw == "":
        return default
    lowered = raw.strip().lower()
    if lowered in {"1", "true", "yes", "on"}:
        return True
    if lowered in {"0", "false", "no", "off"}:
        return False
    raise ImproperlyConfigured(f"{name}={raw!r} is not a boolean (use true/false)")


def env_int(name: str, default: int) -> int:
    raw = env(name)
    if raw is None or raw == "":
        return default
    try:
        return int(raw)
    except ValueError as exc:
        raise ImproperlyConfigured(f"{name}={raw!r} is not an integer") from exc


def env_float(name: str, default: float) -> float:
    raw = env(name)
    if raw is None or raw == "":
        return default
    try:
        return float(raw)
    except ValueError as exc:
        raise ImproperlyConfigured(f"{name}={raw!r} is not a number") from exc


def env_list(name: str, default: list[str]) -> list[str]:
    raw = env(name)
    if raw is None or raw.strip() == "":
        return default
    return [item.strip() for item in raw.split(",") if item.strip()]


DEBUG = env_bool("DEBUG", True)

_DEV_SECRET = "dev-only-insecure-secret-key-change-me-0123456789abcdef"
SECRET_KEY = env("SECRET_KEY", _DEV_SECRET if DEBUG else None)
if not SECRET_KEY:
    raise ImproperlyConfigured("SECRET_KEY must be set when DEBUG is off")

# Identity values (devices, cards, phones…) are stored only as an HMAC under this key.
IDENTITY_HASH_KEY = env("IDENTITY_HASH_KEY", SECRET_KEY)

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost", "testserver"] if DEBUG else [])

if not DEBUG:
    # The reply-address HMAC and the identity hashes are only as strong as these
    # keys; refuse what Django's own check W009 calls weak, not just warn about it.
    if len(SECRET_KEY) < 50 or len(set(SECRET_KEY)) < 5 or SECRET_KEY.startswith("django-insecure-"):
        raise ImproperlyConfigured(
            "SECRET_KEY is too weak for DEBUG=false: use at least 50 random characters with at least 5 different "
            "ones (e.g. python -c 'import secrets; print(secrets.token_urlsafe(50))')"
        )
    if len(IDENTITY_HASH_KEY) < 32:
        raise ImproperlyConfigured(
            "IDENTITY_HASH_KEY is too short for DEBUG=false: use at least 32 random characters (or leave it unset "
            "to use SECRET_KEY); device, card and phone hashes under a short key are easy to reverse"
        )
    if "*" in ALLOWED_HOSTS:
        raise ImproperlyConfigured(
            "ALLOWED_HOSTS must not contain '*' when DEBUG is off: name the portal's host(s), e.g. portal.example.com"
        )
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])
SITE_URL = (env("SITE_URL", "http://127.0.0.1:8000") or "").rstrip("/")
# The marketplace's name, in page titles and emails.
SITE_NAME = env("SITE_NAME", "Gigworks") or "Gigworks"

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "axes",
    "rest_framework",
    "rest_framework.authtoken",
    "django_filters",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "anymail",
    "django_tasks_db",
    "core",
    "accounts",
    "contracts",
    "feedback",
    "importer",
    "detection",
    "cases",
    "statements",
    "enforcement",
    "notifications",
    "inbound_mail",
    "my_requests",
    "helpcenter",
    "announcements",
    "reports",
    "demo",
]

MIDDLEWARE = [
    # First: /healthz answers here, before the HTTPS redirect, the ALLOWED_HOSTS check,
    # sessions and the restriction middleware (a load balancer probes by IP over HTTP).
    "core.health.HealthCheckMiddleware",
    # Second: one log line per request, timing everything below it.
    "core.request_log.RequestLogMiddleware",
    "django.middleware.security.SecurityMiddleware",
    # Content-Security-Policy on every page (SECURE_CSP below); static files are served above it.
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Cache-Control: private, no-store on what a signed-in user is shown.
    "core.private_pages.PrivateNoStoreMiddleware",
    "enforcement.middleware.RestrictionMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Last, as django-axes asks: turns a refused log-in into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "trustsafety.urls"
WSGI_APPLICATION = "trustsafety.wsgi.application"
ASGI_APPLICATION = "trustsafety.asgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "trustsafety.context_processors.site",
                # csp_nonce for the nonce="" of a <script> (SECURE_CSP).
                "django.template.context_processors.csp",
            ],
            # {% submission_key %} in every form that creates something (core.submissions).
            "builtins": ["core.templatetags.submissions"],
        },
    },
]

DATABASE_URL = env("DATABASE_URL")
if DATABASE_URL:
    # Persistent connections, checked before reuse: after a database restart the first
    # request reconnects instead of failing on the dead connection.
    DATABASES = {
        "default": dj_database_url.parse(
            DATABASE_URL, conn_max_age=env_int("DB_CONN_MAX_AGE", 60), conn_health_checks=True
        )
    }
else:
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": env("SQLITE_PATH", str(BASE_DIR / "db.sqlite3")),
            "OPTIONS": {
                # WAL lets the task worker write while the web server reads.
                "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
                "transaction_mode": "IMMEDIATE",
                "timeout": 20,
            },
        }
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "accounts.User"
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "home"

# Log-in throttling (django-axes): failed log-ins are counted per (account, client
# address) and per client address; LOGIN_FAILURE_LIMIT failures of either within
# LOGIN_COOLOFF_MINUTES refuse further log-ins from that address, even with the right
# password, until that long after the last counted failure (attempts while refused do
# not restart the wait), or until staff reset it (admin › Axes › Access attempts, or
# `manage.py axes_reset_ip ADDRESS` / `axes_reset_username EMAIL`). Never per account
# alone, or anyone could lock any known account out from anywhere; failures against
# one account from all addresses together only raise an alarm (a warning in the log,
# accounts.login_throttle.account_alarm) every LOGIN_ACCOUNT_ALARM_FAILURES. The site
# and the admin share the one log-in, by email in any case; the API has no password
# log-in (session or token only), so nothing there bypasses it.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",  # first: refuses locked-out attempts before any password check
    "accounts.backends.EmailBackend",  # Django's ModelBackend, the email compared lower-cased
]
AXES_FAILURE_LIMIT = env_int("LOGIN_FAILURE_LIMIT", 10)
_LOGIN_COOLOFF_MINUTES = env_float("LOGIN_COOLOFF_MINUTES", 15)
LOGIN_ACCOUNT_ALARM_FAILURES = env_int("LOGIN_ACCOUNT_ALARM_FAILURES", 30)
if AXES_FAILURE_LIMIT < 1 or _LOGIN_COOLOFF_MINUTES <= 0 or LOGIN_ACCOUNT_ALARM_FAILURES < 1:
    raise ImproperlyConfigured(
        "LOGIN_FAILURE_LIMIT and LOGIN_ACCOUNT_ALARM_FAILURES must be at least 1 and LOGIN_COOLOFF_MINUTES more than 0"
    )
AXES_COOLOFF_TIME = timedelta(minutes=_LOGIN_COOLOFF_MINUTES)
# One account from one address, or one address for every account: either reaching the limit locks that address.
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"], "ip_address"]
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False
AXES_USERNAME_CALLABLE = "accounts.login_throttle.username"
AXES_CLIENT_IP_CALLABLE = "core.network.client_ip"
AXES_LOCKOUT_CALLABLE = "accounts.login_throttle.lockout_response"
# A success does not wipe the count: it would let one valid account reset an address's.
AXES_RESET_ON_SUCCESS = False
AXES_VERBOSE = False  # no start-up banner on every manage.py command
# Reverse proxies in front of the portal that append to X-Forwarded-For (0: none, the
# socket's address is the client's). Only the entry the nearest proxy wrote is trusted.
PROXY_COUNT = env_int("PROXY_COUNT", 0)

LANGUAGE_CODE = "en-gb"
TIME_ZONE = env("TIME_ZONE", "UTC")
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
# Production (DEBUG off) serves hashed, compressed copies made by `collectstatic`
# (whitenoise's manifest storage: far-future cache headers, gzip); a page naming a
# file collectstatic did not see fails loudly. Development serves the files as they are.
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}

# One shared cache for every web and task process when REDIS_URL is set (e.g.
# redis://127.0.0.1:6379/0): log-in throttling, announcements. Without it each process
# has its own memory cache, which is right for one process only.
CACHES = {
    "default": (
        {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": env("REDIS_URL")}
        if env("REDIS_URL")
        else {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
    )
}

# --- Security -------------------------------------------------------------------------
# Content-Security-Policy: everything from this origin only; a script runs only from a
# file here or with the request's nonce (no inline script, no on...= handler). Inline
# style attributes stay allowed (templates use a few; CSS cannot run code).
SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF, CSP.NONCE],
    "style-src": [CSP.SELF, CSP.UNSAFE_INLINE],
    "img-src": [CSP.SELF, "data:"],
    "object-src": [CSP.NONE],
    "base-uri": [CSP.SELF],
    "form-action": [CSP.SELF],
    "frame-ancestors": [CSP.NONE],
}
# With DEBUG off the defaults are production's: HTTPS only (plain HTTP is redirected),
# HSTS for a year including subdomains and with the preload directive (sending it from
# a subdomain such as portal.example.com commits nothing: only a registrable domain
# can be submitted to the browsers' preload list), and cookies sent over HTTPS only.
# Each can be set explicitly, e.g. SECURE_HSTS_SECONDS=300 while trying HSTS out.
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", not DEBUG)
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 0 if DEBUG else 365 * 24 * 60 * 60)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", not DEBUG)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", not DEBUG)
if SECURE_HSTS_SECONDS < 0:
    raise ImproperlyConfigured("SECURE_HSTS_SECONDS must not be negative")
# Behind a reverse proxy that terminates TLS, name the header it sets and the value
# meaning HTTPS: SECURE_PROXY_SSL_HEADER=HTTP_X_FORWARDED_PROTO,https. Opt-in, because
# trusting the header without such a proxy lets any client claim HTTPS. (Set
# PROXY_COUNT too, under Authentication, so log-in throttling sees client addresses.)
_proxy_ssl_header = env_list("SECURE_PROXY_SSL_HEADER", [])
if _proxy_ssl_header and (len(_proxy_ssl_header) != 2 or not _proxy_ssl_header[0].startswith("HTTP_")):
    raise ImproperlyConfigured(
        "SECURE_PROXY_SSL_HEADER must be 'HTTP_<HEADER>,<value>', e.g. HTTP_X_FORWARDED_PROTO,https"
    )
SECURE_PROXY_SSL_HEADER = tuple(_proxy_ssl_header) if _proxy_ssl_header else None
SESSION_COOKIE_SECURE = env_bool("SESSION_COOKIE_SECURE", not DEBUG)
CSRF_COOKIE_SECURE = env_bool("CSRF_COOKIE_SECURE", not DEBUG)

# --- Background tasks (Django's tasks framework, database queue) -----------------
TASKS = {
    "default": {
        "BACKEND": env("TASKS_BACKEND", "django_tasks_db.DatabaseBackend"),
    }
}

# --- REST API ----------------------------------------------------------------------
REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "rest_framework.authentication.SessionAuthentication",
        "rest_framework.authentication.TokenAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
    "DEFAULT_FILTER_BACKENDS": ["django_filters.rest_framework.DjangoFilterBackend"],
    "DEFAULT_PAGINATION_CLASS": "trustsafety.pagination.Pagination",
    "PAGE_SIZE": 50,
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    # A service's DomainError becomes {"detail", "code"} with the status for its code.
    "EXCEPTION_HANDLER": "core.api.exception_handler",
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Trust & Safety portal API",
    "DESCRIPTION": "Cases, decisions, marketplace data and announcements.",
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    # Serve Swagger UI from the sidecar package: no CDN, works offline.
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    # <id:…> (core.converters): an integer id, 1 to 2^63-1.
    "PATH_CONVERTER_OVERRIDES": {"id": {"type": "integer", "minimum": 1, "maximum": 2**63 - 1}},
}

# --- Email ---------------------------------------------------------------------------
# Django 6.1 replaces EMAIL_BACKEND/EMAIL_FILE_PATH with MAILERS (the old settings
# cannot coexist with it), and anymail 15.2 backends accept MAILERS' alias/OPTIONS.
# Development writes one real .eml file per message to var/mail (open them in any
# mail client); production names an anymail backend, e.g.
# MAILER_BACKEND=anymail.backends.mailgun.EmailBackend, with its keys in ANYMAIL.
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", "Trust & Safety <trust@example.com>")
SERVER_EMAIL = env("SERVER_EMAIL", "portal@example.com")
MAILER_BACKEND = env("MAILER_BACKEND", "notifications.mail_backends.EmlFileBackend" if DEBUG else None)
if not MAILER_BACKEND:
    raise ImproperlyConfigured("MAILER_BACKEND must be set when DEBUG is off (e.g. an anymail backend)")
MAILERS = {
    "default": {
        "BACKEND": MAILER_BACKEND,
        "OPTIONS": (
            {"file_path": env("EMAIL_FILE_PATH", str(BASE_DIR / "var" / "mail"))}
            if MAILER_BACKEND == "notifications.mail_backends.EmlFileBackend"
            else {}
        ),
    }
}
# Webhooks (tracking and inbound) are mounted for one ESP only: ANYMAIL_ESP, or the
# ESP of an anymail MAILER_BACKEND, or "none" (no webhooks: inbound mail comes
# through `manage.py ingest_email`). Development mounts Mailgun's so they can be tried.
# With DEBUG off a mounted webhook needs basic auth (ANYMAIL_WEBHOOK_SECRET,
# "user:password", comma-separated to rotate; never the development value below),
# and an ESP that signs its webhooks needs its signing key too, in development as well
# (inbound_mail/webhooks.py refuses every request while one is missing).
WEBHOOK_ESPS = {"mailgun": "MAILGUN_WEBHOOK_SIGNING_KEY", "postmark": None}  # ESP: its signing-key setting
ANYMAIL_DEV_WEBHOOK_SECRET = "dev-webhook:dev-webhook-secret"
_backend_parts = MAILER_BACKEND.split(".")  # anymail.backends.<esp>.EmailBackend
_backend_esp = _backend_parts[2] if len(_backend_parts) == 4 and _backend_parts[:2] == ["anymail", "backends"] else ""
ANYMAIL_ESP = (
    env("ANYMAIL_ESP") or (_backend_esp if _backend_esp != "test" else "") or ("mailgun" if DEBUG else "none")
).lower()
if ANYMAIL_ESP != "none" and ANYMAIL_ESP not in WEBHOOK_ESPS:
    raise ImproperlyConfigured(
        f"ANYMAIL_ESP={ANYMAIL_ESP!r}: webhooks are supported for {', '.join(WEBHOOK_ESPS)}; "
        "set ANYMAIL_ESP=none to mount none (and pipe inbound mail into manage.py ingest_email)"
    )
ANYMAIL = {
    key: value
    for key, value in {
        # Basic auth on every anymail webhook ("user:password"; a comma-separated
        # list lets you rotate). Mailgun webhooks are also HMAC-signed.
        "WEBHOOK_SECRET": env_list("ANYMAIL_WEBHOOK_SECRET", [ANYMAIL_DEV_WEBHOOK_SECRET] if DEBUG else []),
        "MAILGUN_API_KEY": env("MAILGUN_API_KEY"),
        "MAILGUN_SENDER_DOMAIN": env("MAILGUN_SENDER_DOMAIN"),
        "MAILGUN_API_URL": env("MAILGUN_API_URL"),
        # No development default: a key written here would be public, and anyone with
        # the basic-auth password could sign webhooks with it.
        "MAILGUN_WEBHOOK_SIGNING_KEY": env("MAILGUN_WEBHOOK_SIGNING_KEY"),
        "POSTMARK_SERVER_TOKEN": env("POSTMARK_SERVER_TOKEN"),
    }.items()
    if value
}
if not DEBUG and ANYMAIL_ESP != "none":
    _secrets = ANYMAIL.get("WEBHOOK_SECRET", [])
    if not _secrets:
        raise ImproperlyConfigured(
            f"ANYMAIL_WEBHOOK_SECRET must be set when DEBUG is off: the {ANYMAIL_ESP} webhooks would accept "
            "anyone's posts. Give it as user:password (at least 16 characters of password), or set "
            "ANYMAIL_ESP=none to mount no webhooks."
        )
    if ANYMAIL_DEV_WEBHOOK_SECRET in _secrets:
        raise ImproperlyConfigured("ANYMAIL_WEBHOOK_SECRET is the published development value; choose your own")
    for _secret in _secrets:
        _user, _, _password = _secret.partition(":")
        if not _user or len(_password) < 16:
            raise ImproperlyConfigured(
                "ANYMAIL_WEBHOOK_SECRET must be user:password with a password of at least 16 characters"
            )
    _signing_setting = WEBHOOK_ESPS[ANYMAIL_ESP]
    if _signing_setting and not ANYMAIL.get(_signing_setting):
        raise ImproperlyConfigured(
            f"{_signing_setting} must be set when DEBUG is off: {ANYMAIL_ESP} signs its webhooks and we check "
            "the signature as well as the basic auth"
        )
# Replies come back to reply+<signed token>@REPLY_DOMAIN (route that domain's mail to
# the anymail inbound webhook or pipe it into `manage.py ingest_email`).
REPLY_DOMAIN = (env("REPLY_DOMAIN", "reply.example.com") or "").lower()
# Each email's envelope sender is its own signed return path, bounces+<token>@BOUNCE_DOMAIN:
# a bounce is believed only when it comes back there (or through the ESP's authenticated
# tracking webhook). Route BOUNCE_DOMAIN's mail like REPLY_DOMAIN's. Off by default for
# Mailgun and Postmark, which keep the envelope sender to themselves and report bounces
# through their tracking webhooks.
BOUNCE_DOMAIN = (env("BOUNCE_DOMAIN", REPLY_DOMAIN) or "").lower()
EMAIL_SIGNED_RETURN_PATH = env_bool("EMAIL_SIGNED_RETURN_PATH", _backend_esp not in ("mailgun", "postmark"))
# Right-hand side of the Message-IDs we generate (defaults to the sender's domain).
EMAIL_MESSAGE_ID_DOMAIN = env(
    "EMAIL_MESSAGE_ID_DOMAIN", DEFAULT_FROM_EMAIL.rpartition("@")[2].strip(" >") or "localhost"
)
# Outbox: a send failing with an ESP or network error is retried with exponential
# backoff (base × 4^(attempt-1), capped at 6 hours) and marked failed after the last try.
EMAIL_SEND_MAX_ATTEMPTS = env_int("EMAIL_SEND_MAX_ATTEMPTS", 6)
EMAIL_RETRY_BASE_SECONDS = env_int("EMAIL_RETRY_BASE_SECONDS", 60)
# Inbound: per-attachment size limit, and the authserv-ids whose
# Authentication-Results headers we trust (our own MTA's; never the sender's).
INBOUND_ATTACHMENT_MAX_BYTES = env_int("INBOUND_ATTACHMENT_MAX_BYTES", 10 * 1024 * 1024)
INBOUND_ATTACHMENT_MAX_COUNT = env_int("INBOUND_ATTACHMENT_MAX_COUNT", 20)
INBOUND_TRUSTED_AUTHSERV_IDS = [item.lower() for item in env_list("INBOUND_TRUSTED_AUTHSERV_IDS", [])]
# Whole-message limit, the same for the inbound webhook, the MTA pipe and a maildir:
# larger messages are refused (the webhook answers 413) and nothing is stored. Only
# the inbound webhook route reads request bodies this large (inbound_mail/webhooks.py);
# DATA_UPLOAD_MAX_MEMORY_SIZE stays Django's 2.5 MB for the rest of the site.
INBOUND_MESSAGE_MAX_BYTES = env_int("INBOUND_MESSAGE_MAX_BYTES", 25 * 1024 * 1024)
if (
    EMAIL_SEND_MAX_ATTEMPTS < 1
    or EMAIL_RETRY_BASE_SECONDS < 0
    or INBOUND_ATTACHMENT_MAX_BYTES < 1
    or INBOUND_MESSAGE_MAX_BYTES < 1
):
    raise ImproperlyConfigured(
        "Need EMAIL_SEND_MAX_ATTEMPTS ≥ 1, EMAIL_RETRY_BASE_SECONDS ≥ 0, INBOUND_ATTACHMENT_MAX_BYTES ≥ 1 "
        "and INBOUND_MESSAGE_MAX_BYTES ≥ 1"
    )

# --- Decisions (cases.policy) --------------------------------------------------------
# A suspension longer than this many days waits for a senior reviewer's approval (four
# eyes, like a permanent block); one longer than SUSPENSION_MAX_DAYS is refused: that
# is a permanent block, and must be proposed as one.
# Per-user limits on writes that queue work or reach other people (core.ratelimit):
# action -> (how many, per how many seconds). Counters live in the cache (Redis with REDIS_URL).
RATE_LIMITS = {
    "message": (env_int("MESSAGES_PER_HOUR", 120), 3600),
    "message_contract": (env_int("MESSAGES_PER_CONTRACT_PER_10_MINUTES", 20), 600),
    "proposal": (env_int("PROPOSALS_PER_HOUR", 30), 3600),
    "job": (env_int("JOBS_PER_HOUR", 10), 3600),
}
# A signed Mailgun webhook older or newer than this is refused (replays); tokens are remembered as long.
WEBHOOK_MAX_AGE_SECONDS = env_int("WEBHOOK_MAX_AGE_SECONDS", 15 * 60)
SUSPENSION_MAX_DAYS_WITHOUT_APPROVAL = env_int("SUSPENSION_MAX_DAYS_WITHOUT_APPROVAL", 30)
SUSPENSION_MAX_DAYS = env_int("SUSPENSION_MAX_DAYS", 365)
if not 1 <= SUSPENSION_MAX_DAYS_WITHOUT_APPROVAL <= SUSPENSION_MAX_DAYS:
    raise ImproperlyConfigured("Need 1 ≤ SUSPENSION_MAX_DAYS_WITHOUT_APPROVAL ≤ SUSPENSION_MAX_DAYS")

# --- Detection ----------------------------------------------------------------------
DETECTION_CASE_THRESHOLD = env_float("DETECTION_CASE_THRESHOLD", 0.7)
# Findings scoring below this are not stored at all (noise); between it and the
# case threshold they are kept and shown on the account.
DETECTION_MIN_SCORE = env_float("DETECTION_MIN_SCORE", 0.4)
# Identity values used by more accounts than this (public IPs…) are ignored.
DETECTION_IDENTITY_MAX_SHARE = env_int("DETECTION_IDENTITY_MAX_SHARE", 100)
# Feedback rings: what counts as a small contract (USD) and a short one (days).
DETECTION_RING_SMALL_AMOUNT = env_float("DETECTION_RING_SMALL_AMOUNT", 100.0)
DETECTION_RING_SHORT_DAYS = env_float("DETECTION_RING_SHORT_DAYS", 3.0)
# Incremental runs look this many accounts around an event at most.
DETECTION_INCREMENTAL_MAX_NEIGHBOURHOOD = env_int("DETECTION_INCREMENTAL_MAX_NEIGHBOURHOOD", 5000)
# Rows fetched per round trip during a scan.
DETECTION_CHUNK_SIZE = env_int("DETECTION_CHUNK_SIZE", 20000)
# A full scan scores message text in forked processes beside the graph detectors,
# each reading its share of the pairs of accounts (the text pass is most of a scan).
DETECTION_PARALLEL = env_bool("DETECTION_PARALLEL", True)
DETECTION_TEXT_PROCESSES = env_int("DETECTION_TEXT_PROCESSES", 2)

# --- Health (/healthz) and logs ---------------------------------------------------------
# /healthz fails (503) when a ready task has waited longer than this, or an email has
# stayed unsent (queued or sending) longer than this; /healthz/ready looks only at the
# database and the migrations (what a load balancer should act on). See docs/deploy.md.
HEALTH_TASK_LAG_MAX_SECONDS = env_int("HEALTH_TASK_LAG_MAX_SECONDS", 300)
HEALTH_EMAIL_UNSENT_MAX_SECONDS = env_int("HEALTH_EMAIL_UNSENT_MAX_SECONDS", 3600)
# The checks, in order: dotted paths of functions returning a core.health.Check.
HEALTH_CHECKS = [
    "core.health.database",
    "core.health.migrations",
    "core.health.tasks",
    "notifications.health.outbox",
]
HEALTH_READY_CHECKS = ["core.health.database", "core.health.migrations"]
# Who sees the checks' details (anyone else gets the status only): addresses or networks,
# comma-separated; signed-in staff see them too.
HEALTH_DETAIL_ALLOWED_IPS = env_list("HEALTH_DETAIL_ALLOWED_IPS", ["127.0.0.1", "::1"])
for _entry in HEALTH_DETAIL_ALLOWED_IPS:
    try:
        ipaddress.ip_network(_entry, strict=False)
    except ValueError as _exc:
        raise ImproperlyConfigured(
            f"HEALTH_DETAIL_ALLOWED_IPS: {_entry!r} is not an address or network (e.g. 10.0.0.0/8)"
        ) from _exc

# LOG_FORMAT=json: one JSON object a line (a request, a task, anything logged), for a
# log shipper; text: one readable line. Default: text in development, json in production.
LOG_FORMAT = (env("LOG_FORMAT", "text" if DEBUG else "json") or "").lower()
if LOG_FORMAT not in ("json", "text"):
    raise ImproperlyConfigured(f"LOG_FORMAT={LOG_FORMAT!r}: use json or text")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {
        # The request id (or task id) of the work in progress on every line.
        "context": {"()": "core.logs.ContextFilter"},
        # Django's own two lines per task repeat what portal.task says in one.
        "task_warnings_only": {"()": "core.logs.MinimumLevelFilter", "level": "WARNING"},
    },
    "formatters": {
        "json": {"()": "core.logs.JsonFormatter"},
        "text": {"()": "core.logs.TextFormatter"},
    },
    "handlers": {
        "console": {"class": "logging.StreamHandler", "formatter": LOG_FORMAT, "filters": ["context"]},
    },
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", "INFO")},
    "loggers": {
        "django.db.backends": {"level": "INFO"},
        # 4xx are in the request line already; 5xx keep Django's traceback.
        "django.request": {"level": "ERROR"},
        "django.tasks": {"filters": ["task_warnings_only"]},
    },
}

# --- Announcements ------------------------------------------------------------------
# Live announcements are cached this many seconds in every process (saving one clears
# the cache at once; the time bounds how late a scheduled start or end shows), and the
# announcements API tells browsers and proxies to keep its answer as long.
ANNOUNCEMENTS_CACHE_SECONDS = env_int("ANNOUNCEMENTS_CACHE_SECONDS", 60)
if ANNOUNCEMENTS_CACHE_SECONDS < 1:
    raise ImproperlyConfigured("ANNOUNCEMENTS_CACHE_SECONDS must be at least 1")

# --- DSA Transparency Database (statements app) ------------------------------------
# Submission of statements of reasons (Article 24(5)) is off unless both are set.
# DSA_TDB_URL is the base address, e.g. https://transparency.dsa.ec.europa.eu (or the
# sandbox the Commission gives you); the API paths are added to it.
DSA_TDB_URL = (env("DSA_TDB_URL", "") or "").rstrip("/")
DSA_TDB_TOKEN = env("DSA_TDB_TOKEN", "") or ""
DSA_TDB_BATCH_SIZE = min(max(env_int("DSA_TDB_BATCH_SIZE", 100), 1), 100)
DSA_TDB_TIMEOUT_SECONDS = env_int("DSA_TDB_TIMEOUT_SECONDS", 30)
DSA_TDB_RETRY_BASE_SECONDS = env_int("DSA_TDB_RETRY_BASE_SECONDS", 60)
