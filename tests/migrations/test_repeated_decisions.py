"""cases.0004 adds "one standing decision per subject and case": a database where a
form submitted twice left two applied decisions for one subject still migrates."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from tests.migrations.test_no_data_lost import _leaves, _migrate

BEFORE = [("cases", "0003_caseevent_append_only")]


@pytest.mark.django_db(transaction=True)
def test_a_decision_applied_twice_before_the_constraint_migrates_with_the_older_one_superseded():
    latest = _leaves()
    try:
        old = _migrate(BEFORE)
        User, Case = old.get_model("accounts", "User"), old.get_model("cases", "Case")
        Decision, Strike = old.get_model("cases", "Decision"), old.get_model("cases", "Strike")
        reviewer = User.objects.create(email="rita@test.example", is_staff=True)
        subject = User.objects.create(email="sid@test.example", kind="freelancer")
        case = Case.objects.create(kind="self_hire", status="decided")
        now = timezone.now()
        first, second = (
            Decision.objects.create(
                case=case, account=subject, rung="suspension", reason="Self-hire", decided_by=reviewer,
                status="applied", created_at=now - timedelta(seconds=seconds), applied_at=now,
            )
            for seconds in (2, 1)
        )  # fmt: skip
        for decision in (first, second):
            Strike.objects.create(
                account=subject, decision=decision, severity="major", expires_at=now + timedelta(days=365)
            )
        kept_apart = Decision.objects.create(
            case=case, account=reviewer, rung="education", reason="Other subject", decided_by=reviewer
        )

        new = _migrate(latest)

        Decision, Strike = new.get_model("cases", "Decision"), new.get_model("cases", "Strike")
        CaseEvent = new.get_model("cases", "CaseEvent")
        assert Decision.objects.get(pk=first.pk).status == "superseded"
        assert Decision.objects.get(pk=second.pk).status == "applied"
        assert Decision.objects.get(pk=kept_apart.pk).status == "applied"
        assert Strike.objects.get(decision_id=first.pk).voided_at is not None
        assert Strike.objects.get(decision_id=second.pk).voided_at is None
        note = CaseEvent.objects.get(case_id=case.pk, type="note")
        assert f"Decision #{first.pk} (suspension) was marked superseded: decision #{second.pk} repeats it" in note.body
    finally:
        _migrate(latest)
