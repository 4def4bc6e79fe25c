"""The demo: every restricting decision has a complete statement of reasons, shown
in My Requests and in its email, and its export validates against the schema."""

from __future__ import annotations

import io
import json

import pytest
from django.core.management import call_command
from django.urls import reverse

from cases.models import Decision
from notifications.models import Notice
from notifications.rendering import notice_email_render
from statements.content import missing_elements
from statements.export import payload_errors
from statements.models import Statement

pytestmark = pytest.mark.django_db


def test_every_restricting_demo_decision_has_a_complete_statement_that_exports(settings, client, tmp_path):
    settings.DEBUG = True
    call_command("seed_demo", stdout=io.StringIO())

    restricting = Decision.objects.filter(
        rung__in=Decision.RESTRICTING_RUNGS, status__in=(Decision.Status.APPLIED, Decision.Status.SUPERSEDED)
    )
    assert restricting.count() >= 3
    assert set(restricting.values_list("rung", flat=True)) >= {"hide_feedback", "suspension"}
    for decision in restricting.select_related("statement"):
        statement = Statement.objects.filter(decision=decision).first()
        assert statement is not None, decision
        assert missing_elements(statement.content) == [], decision

    target = tmp_path / "demo.jsonl"
    call_command("export_statements", output=str(target), stdout=io.StringIO())
    lines = [json.loads(line) for line in target.read_text().splitlines()]
    assert len(lines) == Statement.objects.count()
    assert all(payload_errors(line) == [] for line in lines)

    notice = Notice.objects.filter(kind=Notice.Kind.DECISION, event__data__rung="suspension").first()
    assert notice is not None
    assert "STATEMENT OF REASONS" in notice_email_render(notice=notice, reply_address="r@example.test").text
    client.force_login(notice.account)
    page = client.get(reverse("inbox:case", args=[notice.case_id])).content.decode()
    assert 'data-testid="decision-statement"' in page
