"""``/healthz``: is this portal able to do its work? For monitoring and load balancers.

Two URLs, answered by the first middleware (before the HTTPS redirect, the
ALLOWED_HOSTS check, sessions, authentication and the restriction middleware: a
balancer probes each instance by its address over plain HTTP, with no cookie):

- ``/healthz`` — every check in ``HEALTH_CHECKS``: the database answers, every
  migration on disk is applied, the oldest ready task has not waited longer than
  ``HEALTH_TASK_LAG_MAX_SECONDS``, and no email has stayed unsent longer than
  ``HEALTH_EMAIL_UNSENT_MAX_SECONDS``. For monitoring and alerting.
- ``/healthz/ready`` — ``HEALTH_READY_CHECKS`` only (database and migrations): what
  a load balancer should act on. A stuck queue or an ESP outage is not cured by
  taking web servers out of rotation; doing so would turn a mail delay into an outage.

Both answer HTTP 200 or 503 with ``Cache-Control: no-store``. Anyone gets the
status only, ``{"status": "ok"|"unavailable"}``. The details,
``{"status": "ok"|"fail", "checks": {name: {"status": ..., ...}}}`` (latency,
pending migration names, queue lag, unsent emails), go only to a request from
``HEALTH_DETAIL_ALLOWED_IPS`` (client address as ``core.network.client_ip`` reads
it, behind ``PROXY_COUNT`` proxies) or from a signed-in staff session. The cost is fixed: five
queries, each reading at most SCAN_LIMIT rows whatever the size of the queue or the
outbox (the migration files are read from disk once per process). When the database does not answer the other
checks are not tried. Error details go to the log, never into the answer: the
endpoint has no authentication.

A check is a function returning a ``Check``, shown under the function's name; apps above core contribute theirs by
dotted path in settings (``notifications.health.outbox``), as with MIDDLEWARE.
"""

from __future__ import annotations

import functools
import ipaddress
import logging
import time
from dataclasses import dataclass, field
from datetime import UTC
from importlib import import_module

from django.conf import settings
from django.contrib.auth import get_user
from django.db import connection
from django.db.migrations.loader import MigrationLoader
from django.db.migrations.recorder import MigrationRecorder
from django.db.models import Case, F, QuerySet, When
from django.http import HttpResponseNotAllowed, JsonResponse
from django.tasks import task_backends
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.utils.module_loading import import_string
from django_tasks_db.backend import DatabaseBackend
from django_tasks_db.models import DBTaskResult, get_date_max

from .network import client_ip

logger = logging.getLogger(__name__)

OK, FAIL, NOT_CHECKED, UNAVAILABLE = "ok", "fail", "not_checked", "unavailable"
PATHS = {"/healthz": "HEALTH_CHECKS", "/healthz/ready": "HEALTH_READY_CHECKS"}
PENDING_NAMES_SHOWN = 5


@dataclass
class Check:
    ok: bool
    details: dict = field(default_factory=dict)

    def as_json(self) -> dict:
        return {"status": OK if self.ok else FAIL, **self.details}


# However long the queue or the outbox, a check reads at most this many rows: counts
# stop there ("10000" means at least), and the oldest is looked for among them (the
# head of the task queue in its own order; the unsent emails in storage order).
SCAN_LIMIT = 10_000


def bounded_aggregate(rows: QuerySet, column: str) -> dict:
    """Count and minimum of ``column`` over at most SCAN_LIMIT rows of ``rows`` (a
    sliced ``values(column)`` queryset), in one query."""
    sql, params = rows.query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT COUNT(*), MIN(head.{column}) FROM ({sql}) head", params)
        count, oldest = cursor.fetchone()
    if isinstance(oldest, str):  # SQLite returns a timestamp from raw SQL as text, in UTC
        oldest = parse_datetime(oldest)
        if timezone.is_naive(oldest):
            oldest = timezone.make_aware(oldest, UTC)
    return {"count": count, "oldest": oldest}


def seconds_since(moment) -> float | None:
    return None if moment is None else round(max(0.0, (timezone.now() - moment).total_seconds()), 1)


# --- the checks -------------------------------------------------------------------------


def database() -> Check:
    started = time.perf_counter()
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()
    return Check(True, {"ms": round((time.perf_counter() - started) * 1000, 1)})


@functools.cache
def _migrations_on_disk() -> frozenset[tuple[str, str]]:
    # Without a connection the loader reads the files only; a squashed migration
    # stands for the ones it replaces, as `migrate` records it.
    return frozenset(MigrationLoader(None, ignore_no_migrations=True).graph.nodes)


def migrations() -> Check:
    applied = set(MigrationRecorder(connection).migration_qs.values_list("app", "name"))
    pending = sorted(_migrations_on_disk() - applied)
    return Check(
        not pending,
        {"pending": len(pending), "pending_names": [f"{app}.{name}" for app, name in pending[:PENDING_NAMES_SHOWN]]},
    )


def tasks() -> Check:
    """Lag of the database task queue: how long the oldest task that is ready to run
    has waited (since it was enqueued, or since the time it was deferred to), among
    the first SCAN_LIMIT in the queue's own order (an index scan)."""
    backend = task_backends["default"]
    if not isinstance(backend, DatabaseBackend):
        return Check(True, {"backend": type(backend).__name__, "lag_seconds": None})
    never = get_date_max()
    due = Case(When(run_after=never, then=F("enqueued_at")), default=F("run_after"))
    head = (
        DBTaskResult.objects.ready()
        .filter(backend_name=backend.alias)
        .annotate(due=due)
        .order_by(*DBTaskResult._meta.ordering)
        .values("due")[:SCAN_LIMIT]
    )
    figures = bounded_aggregate(head, "due")
    lag = seconds_since(figures["oldest"])
    limit = settings.HEALTH_TASK_LAG_MAX_SECONDS
    return Check(
        lag is None or lag <= limit,
        {"ready": figures["count"], "lag_seconds": lag, "max_lag_seconds": limit},
    )


# --- running them -----------------------------------------------------------------------


@functools.cache
def _functions(paths: tuple[str, ...]):
    return [import_string(path) for path in paths]


def run_checks(paths: list[str]) -> tuple[bool, dict]:
    results: dict[str, dict] = {}
    healthy = True
    database_down = False
    for function in _functions(tuple(paths)):
        name = function.__name__
        if database_down:
            results[name] = {"status": NOT_CHECKED, "reason": "database unreachable"}
            continue
        try:
            check = function()
        except Exception as exc:  # the endpoint must answer whatever the failure: logged, shown as failed
            logger.warning("Health check %s failed", name, exc_info=True)
            check = Check(False, {"error": type(exc).__name__})
            database_down = function is database
        results[name] = check.as_json()
        healthy = healthy and check.ok
    return healthy, results


def may_see_details(request) -> bool:
    """From an allowed address, or a staff member's session (read here: this runs
    before the session and authentication middleware)."""
    address = client_ip(request)
    if address and _in_networks(address, tuple(settings.HEALTH_DETAIL_ALLOWED_IPS)):
        return True
    if settings.SESSION_COOKIE_NAME not in request.COOKIES:
        return False
    request.session = import_module(settings.SESSION_ENGINE).SessionStore(request.COOKIES[settings.SESSION_COOKIE_NAME])
    return bool(getattr(get_user(request), "is_staff", False))


@functools.cache
def _networks(allowed: tuple[str, ...]):
    return [ipaddress.ip_network(entry, strict=False) for entry in allowed]


def _in_networks(address: str, allowed: tuple[str, ...]) -> bool:
    ip = ipaddress.ip_address(address)
    return any(ip in network for network in _networks(allowed) if network.version == ip.version)


def health_response(request, setting_name: str):
    if request.method not in ("GET", "HEAD"):
        return HttpResponseNotAllowed(["GET", "HEAD"])
    healthy, checks = run_checks(getattr(settings, setting_name))
    if not healthy:
        failing = sorted(name for name, result in checks.items() if result["status"] == FAIL)
        logger.warning("Health check failing: %s", ", ".join(failing), extra={"health": checks})
    if may_see_details(request):
        body = {"status": OK if healthy else FAIL, "checks": checks}
    else:
        body = {"status": OK if healthy else UNAVAILABLE}
    response = JsonResponse(body, status=200 if healthy else 503)
    response["Cache-Control"] = "no-store"
    # Logged above, once, with the checks; Django's handler would add a bare
    # "Service Unavailable" error line for every probe of a balancer.
    response._has_been_logged = True
    return response


class HealthCheckMiddleware:
    """Answers the health URLs before any other middleware runs (see the module
    docstring for why); every other request passes through untouched."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        setting_name = PATHS.get(request.path_info.rstrip("/"))
        if setting_name is None:
            return self.get_response(request)
        return health_response(request, setting_name)
