"""The Transparency Database export: every statement maps to the API's fields and
validates against our JSON Schema; a payload that breaks it is named with each
problem; export_statements writes JSON Lines."""

from __future__ import annotations

import io
import json
from datetime import timedelta

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone

from helpcenter.models import Article
from helpcenter.policy import policy_articles_ensure
from statements.export import EEA, payload_errors, tdb_payload, validated_payload
from statements.models import Statement
from tests.statements.world import REASON, decided, fake_feedback

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def articles(db):
    policy_articles_ensure(Article)


@pytest.fixture
def three(reviewer, senior, subject, bystander, client_user, contract):
    feedback = fake_feedback(contract, author=client_user, recipient=subject)
    decided(rung="hide_feedback", subject=subject, reviewer=reviewer, feedback=[feedback])
    until = timezone.now() + timedelta(days=10)
    decided(rung="suspension", subject=bystander, reviewer=reviewer, suspension_until=until)
    decided(rung="permanent_block", subject=client_user, reviewer=reviewer, senior=senior)
    return {s.restriction: s for s in Statement.objects.select_related("account")}


def test_every_restriction_type_validates_and_sets_its_decision_fields(three):
    hidden, suspended, blocked = three["visibility"], three["suspension"], three["termination"]

    for statement in three.values():
        payload = validated_payload(statement)
        assert payload["puid"] == str(statement.puid)
        assert payload["category"] == "STATEMENT_CATEGORY_SCAMS_AND_FRAUD"
        assert payload["category_specification"] == ["KEYWORD_INAUTHENTIC_USER_REVIEWS"]
        assert payload["automated_decision"] == "AUTOMATED_DECISION_NOT_AUTOMATED"
        assert payload["automated_detection"] == "Yes"
        assert payload["source_type"] == "SOURCE_VOLUNTARY"
        assert payload["territorial_scope"] == EEA
        assert payload["decision_ground"] == "DECISION_GROUND_INCOMPATIBLE_CONTENT"
        assert payload["decision_ground_reference_url"].startswith("http")

    assert tdb_payload(hidden)["decision_visibility"] == ["DECISION_VISIBILITY_CONTENT_DISABLED"]
    assert tdb_payload(hidden)["end_date_visibility_restriction"] is None
    sus = tdb_payload(suspended)
    assert (sus["decision_account"], sus["decision_monetary"]) == (
        "DECISION_ACCOUNT_SUSPENDED",
        "DECISION_MONETARY_SUSPENSION",
    )
    assert sus["end_date_account_restriction"] == suspended.decision.suspension_until.date().isoformat()
    blk = tdb_payload(blocked)
    assert blk["decision_account"] == "DECISION_ACCOUNT_TERMINATED"
    assert blk["end_date_account_restriction"] is None


def test_no_personal_data_reaches_the_payload(three):
    for statement in three.values():
        text = json.dumps(tdb_payload(statement))
        assert statement.account.email not in text
        assert statement.account.display_name not in text
        assert REASON not in text  # the reviewer's free text may name people: not exported


def test_a_payload_that_breaks_the_schema_is_named_with_each_problem(three):
    payload = tdb_payload(three["suspension"])
    payload["decision_account"] = "DECISION_ACCOUNT_BANISHED"
    payload["puid"] = "someone@example.com"
    del payload["decision_facts"]
    payload["territorial_scope"] = ["US"]

    errors = payload_errors(payload)

    assert any(e.startswith("decision_account:") for e in errors)
    assert any(e.startswith("puid:") for e in errors)
    assert any("decision_facts" in e for e in errors)
    assert any(e.startswith("territorial_scope/0:") for e in errors)


def test_an_incompatible_content_ground_needs_its_explanation(three):
    payload = tdb_payload(three["visibility"])
    del payload["incompatible_content_explanation"]

    assert any("incompatible_content_explanation" in e for e in payload_errors(payload))


def test_export_statements_writes_one_valid_json_line_per_statement(three, tmp_path):
    target = tmp_path / "statements.jsonl"
    out = io.StringIO()

    call_command("export_statements", output=str(target), stdout=out)

    lines = [json.loads(line) for line in target.read_text().splitlines()]
    assert sorted(line["puid"] for line in lines) == sorted(str(s.puid) for s in three.values())
    assert all(payload_errors(line) == [] for line in lines)
    assert out.getvalue().strip() == f"Exported 3 of 3 statements to {target}."


def test_export_since_a_date_leaves_out_older_statements(three, tmp_path):
    target = tmp_path / "recent.jsonl"
    tomorrow = (timezone.now() + timedelta(days=1)).date().isoformat()

    call_command("export_statements", since=tomorrow, output=str(target), stdout=io.StringIO())

    assert target.read_text() == ""


def test_a_bad_since_is_refused_clearly(three):
    with pytest.raises(CommandError, match="is not a date"):
        call_command("export_statements", since="last tuesday", stdout=io.StringIO())
