"""The reports demo step is idempotent and defensive; staff see reports in the admin."""

from __future__ import annotations

import io
from decimal import Decimal

from contracts.services import contract_create
from demo import reports as reports_demo
from reports.models import AbuseReport
from tests.conftest import make_user


def test_the_demo_files_one_report_by_the_demo_client(db):
    client = make_user("client@example.com", kind="client")
    freelancer = make_user("freelancer@example.com", kind="freelancer")
    contract_create(client=client, freelancer=freelancer, amount=Decimal("100"), title="Demo logo")
    out = io.StringIO()
    reports_demo.seed(stdout=out)
    reports_demo.seed(stdout=out)
    report = AbuseReport.objects.get()
    assert (report.reporter, report.reported) == (client, freelancer)
    assert report.signal.case is not None


def test_the_reports_demo_is_safe_without_demo_accounts(db):
    out = io.StringIO()
    reports_demo.seed(stdout=out)
    assert "skipped" in out.getvalue()
    assert not AbuseReport.objects.exists()


def test_the_admin_lists_reports(client, admin_user, file_report, client_user, subject):
    file_report(client_user, subject)
    client.force_login(admin_user)
    assert client.get("/admin/reports/abusereport/").status_code == 200
