"""Structured logs with Python's logging: a JSON formatter (one object a line), a
text formatter, and the id of the request or task in progress on every line.

Standard library only, so gunicorn's master process can use the same formatters
before Django is loaded (trustsafety/gunicorn_conf.py). No library for this: the
formatter is the few lines below and its fields are ours.

A log call adds fields with ``extra``: ``logger.info("...", extra={"status": 200})``;
every attribute that is not one of logging's own becomes a field.
"""

from __future__ import annotations

import json
import logging
from contextvars import ContextVar
from datetime import UTC, datetime

# The request or task being worked on in this thread (set by core.request_log).
request_id_var: ContextVar[str | None] = ContextVar("request_id", default=None)
task_id_var: ContextVar[str | None] = ContextVar("task_id", default=None)

# What every LogRecord has; anything else on a record came from ``extra``.
_RECORD_ATTRIBUTES = frozenset(vars(logging.LogRecord("name", logging.INFO, "path", 1, "msg", None, None))) | {
    "message",
    "asctime",
    "taskName",
}


def extra_fields(record: logging.LogRecord) -> dict:
    return {key: value for key, value in vars(record).items() if key not in _RECORD_ATTRIBUTES}


class ContextFilter(logging.Filter):
    """Puts the current request id and task id on the record (when there is one)."""

    def filter(self, record: logging.LogRecord) -> bool:
        if not hasattr(record, "request_id") and (request_id := request_id_var.get()):
            record.request_id = request_id
        if not hasattr(record, "task_id") and (task_id := task_id_var.get()):
            record.task_id = task_id
        return True


class MinimumLevelFilter(logging.Filter):
    """Drops a logger's records below ``level`` even when its own level is lower
    (db_worker sets django.tasks to INFO whatever the configuration says)."""

    def __init__(self, level: str | int = logging.WARNING):
        super().__init__()
        self.level = logging.getLevelName(level) if isinstance(level, str) else level

    def filter(self, record: logging.LogRecord) -> bool:
        return record.levelno >= self.level


class JsonFormatter(logging.Formatter):
    """One JSON object a line: time (UTC, ISO 8601), level, logger, message, the
    fields given with ``extra``, and the traceback of an exception as one string."""

    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
            **extra_fields(record),
        }
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        if record.stack_info:
            entry["stack"] = self.formatStack(record.stack_info)
        # default=str: a stray datetime or Decimal in ``extra`` never loses the line.
        return json.dumps(entry, ensure_ascii=False, default=str)


class TextFormatter(logging.Formatter):
    """One readable line: time, level, logger, message, then the extra fields as
    key=value (a traceback follows on its own lines)."""

    def __init__(self):
        super().__init__("%(asctime)s %(levelname)s %(name)s: %(message)s")

    def format(self, record: logging.LogRecord) -> str:
        line = super().format(record)
        fields = extra_fields(record)
        if not fields:
            return line
        head, newline, rest = line.partition("\n")
        pairs = " ".join(f"{key}={value}" for key, value in fields.items() if value not in (None, ""))
        return f"{head} [{pairs}]{newline}{rest}"
