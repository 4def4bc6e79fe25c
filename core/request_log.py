"""One log line per request (logger ``portal.request``) and per task (``portal.task``),
with timing; the formatter (core.logs, ``LOG_FORMAT``) makes it JSON or text.

A request line: method, path (the query string only with the values of secret-looking
parameters replaced), the URL pattern, status, duration in ms, the user's id when the
request had already looked the user up (logging never costs a query), and the request
id. The request id comes from the proxy's ``X-Request-ID`` when it is a plain token,
otherwise it is made here; it goes back in the response's ``X-Request-ID`` and is on
every line logged while the request runs.

A task line: task name, task id, queue, duration in ms, the wait since it was due,
outcome (SUCCESSFUL or FAILED) and, on failure, the exception's class. Lines logged
inside a task carry its id.
"""

from __future__ import annotations

import logging
import re
import time
import uuid
from urllib.parse import parse_qsl, urlencode

from django.tasks.signals import task_finished, task_started
from django.utils.functional import empty

from .logs import request_id_var, task_id_var

request_logger = logging.getLogger("portal.request")
task_logger = logging.getLogger("portal.task")

REQUEST_ID_HEADER = "X-Request-ID"
_REQUEST_ID_OK = re.compile(r"[A-Za-z0-9._:-]{8,128}")
# Query parameters whose values never reach a log.
_SECRET_PARAMETER = re.compile(r"token|key|secret|pass|sig|auth|code|session|csrf|otp", re.IGNORECASE)
_QUERY_MAX = 512


def _request_id(request) -> str:
    given = request.META.get("HTTP_X_REQUEST_ID", "")
    if _REQUEST_ID_OK.fullmatch(given):
        return given
    return uuid.uuid4().hex


def loggable_query(query_string: str) -> str:
    """The query string with the values of secret-looking parameters redacted."""
    if not query_string:
        return ""
    pairs = parse_qsl(query_string, keep_blank_values=True)
    cleaned = [(name, "[redacted]" if _SECRET_PARAMETER.search(name) else value) for name, value in pairs]
    return urlencode(cleaned)[:_QUERY_MAX]


def _user_id(request):
    """The user's id if this request already loaded the user; never a query of its own."""
    user = request.__dict__.get("user")
    if user is None:
        return None
    wrapped = getattr(user, "_wrapped", user)  # AuthenticationMiddleware's lazy object
    if wrapped is empty or not getattr(wrapped, "is_authenticated", False):
        return None
    return wrapped.pk


class RequestLogMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request_id = _request_id(request)
        request.request_id = request_id
        token = request_id_var.set(request_id)
        started = time.perf_counter()
        status = 500
        try:
            response = self.get_response(request)
            status = response.status_code
            response.headers[REQUEST_ID_HEADER] = request_id
            return response
        finally:
            duration_ms = round((time.perf_counter() - started) * 1000, 1)
            match = getattr(request, "resolver_match", None)
            fields = {
                "method": request.method,
                "path": request.path,
                "query": loggable_query(request.META.get("QUERY_STRING", "")),
                "route": match.route if match else "",
                "status": status,
                "duration_ms": duration_ms,
                "user_id": _user_id(request),
                "request_id": request_id,
            }
            level = logging.ERROR if status >= 500 else logging.INFO
            request_logger.log(
                level, "%s %s %s %.0fms", request.method, request.path, status, duration_ms, extra=fields
            )
            request_id_var.reset(token)


def _milliseconds(start, end) -> float | None:
    if start is None or end is None:
        return None
    return round((end - start).total_seconds() * 1000, 1)


def _on_task_started(sender, task_result, **kwargs):
    task_id_var.set(str(task_result.id))


def _on_task_finished(sender, task_result, **kwargs):
    task = task_result.task
    due = max(filter(None, (task_result.enqueued_at, task.run_after)), default=None)
    failed = task_result.status == "FAILED"
    error = task_result.errors[-1].exception_class_path if failed and task_result.errors else ""
    fields = {
        "task": task.module_path,
        "task_id": str(task_result.id),
        "queue": task.queue_name,
        "outcome": str(task_result.status),
        "duration_ms": _milliseconds(task_result.started_at, task_result.finished_at),
        "waited_ms": _milliseconds(due, task_result.started_at),
        "error": error,
    }
    task_logger.log(
        logging.ERROR if failed else logging.INFO,
        "task %s %s %s",
        task.module_path,
        task_result.status,
        f"{fields['duration_ms']}ms" if fields["duration_ms"] is not None else "",
        extra=fields,
    )
    task_id_var.set(None)


def connect_task_logging() -> None:
    """Called by CoreConfig.ready: every process that runs tasks logs them."""
    task_started.connect(_on_task_started, dispatch_uid="portal.task.started")
    task_finished.connect(_on_task_finished, dispatch_uid="portal.task.finished")
