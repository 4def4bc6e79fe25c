"""Per-user rate limits for writes that queue work (a message queues a detection
scan, a proposal or a job reaches other people). Counters live in the cache —
Redis when ``REDIS_URL`` is set, so every web process counts together — in fixed
windows; limits come from settings (``RATE_LIMITS``: action -> (count, seconds)).
A refusal is a ``DomainError`` with code ``rate_limited`` (429 in the API, a form
error on the page)."""

from __future__ import annotations

import math
import time

from django.conf import settings
from django.core.cache import cache

from .errors import DomainError


class RateLimited(DomainError):
    def __init__(self, message: str, *, retry_after: int):
        super().__init__(message, "rate_limited")
        self.retry_after = retry_after


def _minutes(seconds: int) -> str:
    minutes = max(1, math.ceil(seconds / 60))
    return "a minute" if minutes == 1 else f"{minutes} minutes"


def _key(user_id: int, action: str, scope: str, bucket: int) -> str:
    return f"ratelimit:{action}:{user_id}:{scope}:{bucket}"


def rate_limit_reset(*, user, action: str, scope: str = "") -> None:
    """Forget ``user``'s count for ``action`` in the current window (support, tests)."""
    window = settings.RATE_LIMITS[action][1]
    cache.delete(_key(user.pk, action, scope, int(time.time() // window)))


def rate_limit_count(*, user, action: str, scope: str = "", what: str = "") -> None:
    """Count one ``action`` by ``user`` (within ``scope``, e.g. one contract) and
    refuse it when that makes more than the setting allows in the current window."""
    limit, window = settings.RATE_LIMITS[action]
    now = time.time()
    bucket = int(now // window)
    key = _key(user.pk, action, scope, bucket)
    cache.add(key, 0, timeout=window + 5)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr: this is the first of a new window
        cache.set(key, 1, timeout=window + 5)
        count = 1
    if count > limit:
        wait = int((bucket + 1) * window - now) + 1
        raise RateLimited(
            f"You have sent {limit} {what or 'of these'} in a short time; please wait {_minutes(wait)} and try "
            "again. Nothing was sent.",
            retry_after=wait,
        )
