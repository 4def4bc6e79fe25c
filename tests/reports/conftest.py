from __future__ import annotations

import pytest
from django.core.cache import cache

from contracts.services import message_send


@pytest.fixture(autouse=True)
def fresh_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def bribe(db, contract, subject):
    """The freelancer (subject) offers the client a refund for five stars."""
    return message_send(sender=subject, contract=contract, body="I'll refund $50 if you leave me five stars.")


@pytest.fixture
def file_report(db):
    from reports.services import report_file

    def file(reporter, reported, *, reason="paid_feedback", details="They offered me money for a review.", **kw):
        return report_file(reporter=reporter, reported=reported, reason=reason, details=details, **kw)

    return file
