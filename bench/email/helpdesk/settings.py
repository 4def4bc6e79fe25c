"""Settings for running django-helpdesk's ``get_email`` against its own PostgreSQL
database. Only what helpdesk needs to import mail: its app and the contrib apps it
uses, templates for the emails it sends, a media folder for the attachments it
stores, and a mail backend that renders each message and keeps it off the network.

Production-like: DEBUG off (no query log in memory), one connection per process.

Environment: HELPDESK_BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/ts_email_helpdesk),
HELPDESK_BENCH_MEDIA_ROOT (where helpdesk writes attachments), HELPDESK_BENCH_CAPTURE_DIR
(if set, every email helpdesk sends is also written there as an .eml file).
"""

import os
from pathlib import Path
from urllib.parse import urlsplit

BASE_DIR = Path(__file__).resolve().parents[3]
OUT = BASE_DIR / "bench" / "out" / "email-side-by-side"

DEBUG = False
SECRET_KEY = "bench-only-helpdesk-secret-key-not-for-production-0123456789"
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
SITE_ID = 1

_db = urlsplit(os.environ.get("HELPDESK_BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/ts_email_helpdesk"))
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": _db.path.lstrip("/"),
        "USER": _db.username or "postgres",
        "PASSWORD": _db.password or "",
        "HOST": _db.hostname or "127.0.0.1",
        "PORT": _db.port or 5432,
    }
}

INSTALLED_APPS = [
    "django.contrib.admin",  # helpdesk's docs require it (admin registrations, templates)
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.sites",  # the domain in the links of the emails helpdesk sends
    "django.contrib.humanize",
    "rest_framework",  # helpdesk's API (serializers are imported by its webhooks)
    "helpdesk",
]
# Teams mode needs pinax-teams; the mail path does not use it.
HELPDESK_TEAMS_MODE_ENABLED = False

MIDDLEWARE = [
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
]
ROOT_URLCONF = "bench.email.helpdesk.urls"
TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ]
        },
    }
]
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
USE_TZ = True
TIME_ZONE = "UTC"
STATIC_URL = "/static/"
MEDIA_URL = "/media/"
MEDIA_ROOT = os.environ.get("HELPDESK_BENCH_MEDIA_ROOT", str(OUT / "helpdesk-media"))

DEFAULT_FROM_EMAIL = "Support <support@helpdesk.example>"
MAILERS = {
    "default": {
        "BACKEND": "bench.email.helpdesk.mail.RenderOnlyBackend",
        "OPTIONS": {"capture_dir": os.environ.get("HELPDESK_BENCH_CAPTURE_DIR", "")},
    }
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
}
