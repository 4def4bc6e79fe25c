"""Reviewers' decisions label the signals behind a case (confirmed / dismissed, per
subject, with who and when); an overturned appeal flips the label; the export and
its summary carry them, so a team can retrain and tune thresholds."""

import io
import json

import pytest
from django.core.management import call_command

from cases import services
from cases.models import Case
from detection.kinds import Kind
from detection.models import ReviewLabel, Signal
from detection.selectors import detector_feedback, precision_threshold


def _signal(fingerprint, *accounts, detector="self_hire", score=0.9, kind=Kind.SELF_HIRE):
    signal = Signal.objects.create(
        kind=kind, detector=detector, fingerprint=fingerprint, score=score, explanation=f"Found {fingerprint}"
    )
    signal.accounts.set(accounts)
    return signal


@pytest.fixture
def routed(db, subject, client_user):
    """A self-hire signal naming both parties, routed to its case."""
    signal = _signal("pair", client_user, subject)
    case = services.signal_route(signal=signal)
    signal.refresh_from_db()
    return signal, case


def test_a_violation_confirms_the_signal_for_that_subject_with_who_and_when(routed, reviewer, subject, client_user):
    signal, case = routed
    services.case_claim(case=case, reviewer=reviewer)
    decision = services.decision_make(
        case=case, account=subject, rung="suspension", reason="Self-hire.", actor=reviewer
    )

    signal.refresh_from_db()
    assert signal.review_label == ReviewLabel.CONFIRMED
    assert signal.reviewed_by == reviewer
    assert signal.reviewed_at == decision.applied_at
    assert signal.review_subjects == {
        str(subject.pk): {
            "label": "confirmed",
            "by": reviewer.pk,
            "at": decision.applied_at.isoformat(),
            "decision": decision.pk,
        }
    }

    # The other party found innocent: dismissed for them, the signal stays confirmed.
    services.decision_make(case=case, account=client_user, rung="no_violation", reason="Real client.", actor=reviewer)
    signal.refresh_from_db()
    assert signal.review_subjects[str(client_user.pk)]["label"] == "dismissed"
    assert signal.review_label == ReviewLabel.CONFIRMED


def test_no_violation_for_every_subject_dismisses_the_signal(routed, reviewer, subject, client_user):
    signal, case = routed
    services.case_claim(case=case, reviewer=reviewer)
    for account in (subject, client_user):
        services.decision_make(case=case, account=account, rung="no_violation", reason="Real work.", actor=reviewer)
    signal.refresh_from_db()
    assert signal.review_label == ReviewLabel.DISMISSED


def test_an_information_request_labels_nothing(routed, reviewer, subject):
    signal, case = routed
    services.case_claim(case=case, reviewer=reviewer)
    services.decision_make(case=case, account=subject, rung="request_info", reason="Who paid?", actor=reviewer)
    signal.refresh_from_db()
    assert signal.review_label == "" and signal.review_subjects == {}


def test_an_overturned_appeal_flips_to_dismissed_and_a_modified_one_stays_confirmed(
    db, reviewer, reviewer2, senior, subject, client_user
):
    first, second = _signal("one", subject), _signal("two", client_user, score=0.85)
    case_one, case_two = services.signal_route(signal=first), services.signal_route(signal=second)
    assert case_one.pk != case_two.pk
    decisions = {}
    for case, account in ((case_one, subject), (case_two, client_user)):
        services.case_claim(case=case, reviewer=reviewer)
        decisions[account.pk] = services.decision_make(
            case=case, account=account, rung="suspension", reason="Self-hire.", actor=reviewer
        )

    overturned = services.appeal_open(decision=decisions[subject.pk], account=subject, statement="Real work.")
    services.case_claim(case=case_one, reviewer=reviewer2)
    services.appeal_decide(appeal=overturned, actor=reviewer2, outcome="overturn", answer="You are right.")
    services.appeal_approve(appeal=overturned, approver=senior)

    modified = services.appeal_open(decision=decisions[client_user.pk], account=client_user, statement="Too harsh.")
    services.case_claim(case=case_two, reviewer=reviewer2)
    services.appeal_decide(
        appeal=modified, actor=reviewer2, outcome="modify", new_rung="education", answer="A warning instead."
    )
    services.appeal_approve(appeal=modified, approver=senior)

    first.refresh_from_db()
    second.refresh_from_db()
    assert first.review_label == ReviewLabel.DISMISSED
    assert first.reviewed_by == reviewer2  # who heard the appeal
    assert first.review_subjects[str(subject.pk)]["label"] == "dismissed"
    assert second.review_label == ReviewLabel.CONFIRMED


def export(*args) -> list[dict]:
    out = io.StringIO()
    call_command("export_signals", *args, stdout=out)
    return [json.loads(line) for line in out.getvalue().splitlines()]


def test_export_signals_carries_the_reviewers_label_for_retraining(routed, reviewer, subject, client_user):
    signal, case = routed
    client_user.external_id, subject.external_id = "c-1", "f-1"
    client_user.save(update_fields=["external_id"])
    subject.save(update_fields=["external_id"])
    undecided = _signal("later", subject, detector="paid_feedback", kind=Kind.PAID_FEEDBACK, score=0.8)
    services.signal_route(signal=undecided)
    services.case_claim(case=case, reviewer=reviewer)
    decision = services.decision_make(
        case=case, account=subject, rung="education", reason="Please read.", actor=reviewer
    )

    rows = {row["detector"]: row for row in export()}

    assert rows["self_hire"]["review"] == {
        "label": "confirmed",
        "at": decision.applied_at.isoformat(),
        "by": reviewer.pk,
        "subjects": {"f-1": {"label": "confirmed", "at": decision.applied_at.isoformat(), "by": reviewer.pk}},
    }
    assert rows["paid_feedback"]["review"] == {"label": None, "at": None, "by": None, "subjects": {}}


def test_precision_threshold_is_the_lowest_score_that_keeps_95_percent():
    # 20 confirmed above 0.8, then a dismissed one at 0.78, then confirmed again.
    scored = [(0.8 + i / 100, True) for i in range(20)] + [(0.78, False), (0.75, True), (0.72, True)]
    assert precision_threshold(scored) == 0.72  # 22 of 23 confirmed: 95.7 %
    assert precision_threshold(scored + [(0.7, False)]) == 0.72
    assert precision_threshold([(0.9, False), (0.8, True)]) is None
    assert precision_threshold([]) is None


def test_detector_feedback_counts_confirmed_dismissed_and_pending(db, reviewer, bystander, subject, client_user):
    cases = []
    for n, (account, score) in enumerate(((subject, 0.95), (client_user, 0.9), (bystander, 0.8))):
        cases.append(services.signal_route(signal=_signal(f"s{n}", account, score=score)))
    for case, rung in zip(cases[:2], ("suspension", "no_violation"), strict=True):
        services.case_claim(case=case, reviewer=reviewer)
        services.decision_make(case=case, account=case.subjects.get(), rung=rung, reason="Decided.", actor=reviewer)

    [row] = detector_feedback()

    assert row["detector"] == "self_hire" and row["label"] == "Self-hire"
    assert (row["routed"], row["confirmed"], row["dismissed"], row["pending"]) == (3, 1, 1, 1)
    assert row["confirmed_rate"] == 0.5
    assert row["threshold_95"] == 0.95  # only the strongest signal was always right
    assert sum(week["routed"] for week in row["weeks"]) == 3
    assert sum(week["confirmed"] for week in row["weeks"]) == 1

    out = io.StringIO()
    call_command("export_signals", "--summary", stdout=out)
    line = next(line for line in out.getvalue().splitlines() if line.startswith("self_hire"))
    assert line.split()[1:6] == ["3", "1", "1", "1", "50%"]
    assert "0.950 (keeps 1 of 1 confirmed)" in line
    assert Case.objects.count() == 3
