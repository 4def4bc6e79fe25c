"""seed_demo builds the demo, can be rerun harmlessly, and refuses without DEBUG."""

import io

import pytest
from django.core.management import CommandError, call_command

from accounts.models import User
from contracts.models import Contract
from feedback.models import Feedback

LOGINS = [
    "reviewer@example.com",
    "senior@example.com",
    "admin@example.com",
    "client@example.com",
    "freelancer@example.com",
    "suspended@example.com",
]


def test_demo_seeds_logins_and_a_marketplace_and_reruns_harmlessly(db, settings):
    settings.DEBUG = True
    call_command("seed_demo", "--only", "accounts", stdout=io.StringIO())
    counts = (User.objects.count(), Contract.objects.count(), Feedback.objects.count())
    assert counts[0] > 250 and counts[1] > 500 and counts[2] > 400
    for email in LOGINS:
        assert User.objects.get(email=email).check_password("correct-horse-demo"), email
    assert User.objects.get(email="senior@example.com").is_senior_reviewer
    call_command("seed_demo", "--only", "accounts", stdout=io.StringIO())
    assert (User.objects.count(), Contract.objects.count(), Feedback.objects.count()) == counts


def test_demo_refuses_to_seed_with_debug_off(db, settings):
    settings.DEBUG = False
    with pytest.raises(CommandError, match="DEBUG off"):
        call_command("seed_demo", stdout=io.StringIO())
    assert not User.objects.filter(email="reviewer@example.com").exists()


def test_the_full_demo_shows_every_feature_and_reruns_harmlessly(db, settings, tmp_path):
    from cases.models import Case
    from detection.kinds import Kind
    from detection.models import Signal

    settings.DEBUG = True
    call_command("seed_demo", stdout=io.StringIO())
    statuses = set(Case.objects.values_list("status", flat=True))
    assert statuses >= {"new", "in_review", "awaiting_user", "decided", "appealed", "closed"}
    # The planted schemes were found by detection, one kind at a time.
    detected = set(Case.objects.filter(source="detection").values_list("kind", flat=True))
    assert detected >= {
        Kind.SELF_HIRE,
        Kind.FEEDBACK_RING,
        Kind.CONFLICT_OF_INTEREST,
        Kind.PAID_FEEDBACK,
        Kind.FEEDBACK_EXTORTION,
    }
    assert not Case.objects.filter(source="manual").exists()
    sid = User.objects.get(email="suspended@example.com")
    assert sid.restriction_level == "suspended"
    assert Case.objects.filter(has_new_user_reply=True).exists()
    assert Case.objects.filter(source="report").exists()
    _assert_the_reviewers_workspace_part_b_is_shown()

    before = (Case.objects.count(), Signal.objects.count(), User.objects.count())
    call_command("seed_demo", stdout=io.StringIO())
    assert (Case.objects.count(), Signal.objects.count(), User.objects.count()) == before


def _assert_the_reviewers_workspace_part_b_is_shown():
    """What `make run` shows of the reviewer's workspace, part B: a pending approval
    for the senior, cases users reported (opened by a report or joined by one), a
    reporter thread with a reviewer's message, and signals reviewers labelled over
    several weeks for the detector-feedback chart."""
    from cases.dashboard import queue_health
    from cases.models import Case, Decision
    from cases.selectors import reported_q
    from detection.models import Signal
    from reports.models import AbuseReport

    assert Decision.objects.filter(status=Decision.Status.PENDING_APPROVAL, rung="permanent_block").exists()
    reported = Case.objects.filter(reported_q(), status__in=Case.OPEN_STATUSES)
    assert set(reported.values_list("source", flat=True)) == {"report", "detection"}
    report = AbuseReport.objects.get(reporter__email="client@example.com")
    thread = list(report.notices.values_list("subject", flat=True))
    assert f"A message from our review team about your report #{report.pk}" in thread
    assert report.notes.exists()
    labelled = Signal.objects.exclude(review_label="")
    assert set(labelled.values_list("review_label", flat=True)) == {"confirmed", "dismissed"}
    feedback = {row["detector"]: row for row in queue_health()["detector_feedback"]}
    assert {"self_hire", "feedback_ring", "paid_feedback"} <= set(feedback)
    weeks_with_data = [w for w in feedback["self_hire"]["weeks"] if w["confirmed"] + w["dismissed"]]
    assert len(weeks_with_data) >= 4


def test_demo_has_a_ten_member_ring_a_block_for_the_senior_and_macros(db, settings):
    from cases.models import Decision, Macro

    settings.DEBUG = True
    call_command("seed_demo", "--only", "accounts", "--only", "workspace", stdout=io.StringIO())
    block = Decision.objects.get(status="pending_approval", account__email="ring0@ring.example")
    case = block.case
    assert case.subjects.count() == 10 and case.evidence.count() == 300
    assert case.assignee.email == "reviewer@example.com"
    assert block.rung == "permanent_block" and block.hidden_feedback.exists()
    assert "{" not in block.reason and "/help/articles/permanent-blocks/" in block.reason
    assert Macro.objects.filter(use="reason").count() >= 5 and Macro.objects.filter(use="message").exists()
    for macro in Macro.objects.all():
        macro.full_clean()  # every demo macro uses known placeholders only
    call_command("seed_demo", "--only", "workspace", stdout=io.StringIO())
    assert Decision.objects.filter(case__subjects__email="ring0@ring.example").count() == 1
    assert Macro.objects.count() == 6
