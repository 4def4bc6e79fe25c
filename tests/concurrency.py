"""Real threads against the real database, for the tests of row locks and
uniqueness rules. PostgreSQL only: SQLite serialises writers, so a race there
proves nothing."""

from __future__ import annotations

import threading
from collections.abc import Callable

import pytest
from django.db import connection, connections

postgres_only = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="row locks and parallel writers need PostgreSQL"
)


def race(targets: list[Callable]) -> list:
    """Start every target at the same moment, each in its own thread with its own
    connection; return what each returned, or the exception it raised."""
    barrier = threading.Barrier(len(targets))
    results: list = [None] * len(targets)

    def run(i, fn):
        try:
            barrier.wait()
            results[i] = fn()
        except Exception as exc:  # noqa: BLE001 - the loser's error is the point
            results[i] = exc
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run, args=(i, fn)) for i, fn in enumerate(targets)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    return results
