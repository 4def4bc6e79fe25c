"""Two submissions of the same report at the same moment: the row lock on the
reporter lets exactly one through (PostgreSQL; SQLite serialises writes anyway)."""

from __future__ import annotations

import threading

import pytest
from django.db import connection, connections

from reports.models import AbuseReport
from reports.services import ReportRefused, report_file


@pytest.mark.django_db(transaction=True)
def test_a_double_submit_files_one_report(client_user, subject):
    if connection.vendor != "postgresql":
        pytest.skip("needs real row locks and concurrent connections (PostgreSQL)")
    barrier = threading.Barrier(2)
    outcomes: list[str] = []

    def submit():
        try:
            barrier.wait()
            report_file(
                reporter=client_user, reported=subject, reason="paid_feedback", details="Money offered for stars."
            )
            outcomes.append("filed")
        except ReportRefused as exc:
            outcomes.append(exc.code)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=submit) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(outcomes) == ["duplicate", "filed"]
    assert AbuseReport.objects.count() == 1
