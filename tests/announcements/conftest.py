from __future__ import annotations

from datetime import timedelta

import pytest
from django.core.cache import cache
from django.utils import timezone

from announcements.models import Announcement


@pytest.fixture(autouse=True)
def fresh_cache():
    """The active set lives in the cache: every test starts and ends without it."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def make_announcement(db):
    def make(message="Heads up", *, scope=Announcement.Scope.RESPONSIVE, **fields) -> Announcement:
        return Announcement.objects.create(title=message[:40], message=message, scope=scope, **fields)

    return make


@pytest.fixture
def now():
    return timezone.now()


@pytest.fixture
def hour():
    return timedelta(hours=1)
