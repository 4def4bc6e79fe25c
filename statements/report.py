"""The transparency report (DSA Articles 15 and 24) for any period: decisions by
kind and by restriction type, own initiative versus notices, the share detected
by automated means, median times, appeals. A fixed number of queries whatever
the data: counts are aggregated in the database; the medians read one row of
timestamps per decision (or appeal) in the period."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from statistics import median

from django.db.models import Count, Exists, Min, OuterRef, Q, Subquery
from django.utils import timezone

from cases.models import Appeal, Case, Decision
from cases.selectors import reported_q
from detection.kinds import Kind
from detection.models import Signal
from detection.services import USER_REPORT_DETECTOR

from .models import Statement

DECIDED = (Decision.Status.APPLIED, Decision.Status.SUPERSEDED)


@dataclass
class Report:
    start: date
    end: date  # inclusive
    decisions: int = 0
    by_outcome: list[tuple[str, int]] = field(default_factory=list)
    by_kind: list[tuple[str, int]] = field(default_factory=list)
    by_restriction: list[tuple[str, int]] = field(default_factory=list)
    own_initiative: int = 0
    notices: int = 0
    automated_detection: int = 0
    median_signal_hours: float | None = None
    median_report_hours: float | None = None
    appeals_received: int = 0
    appeals_decided: int = 0
    appeals_upheld: int = 0
    appeals_modified: int = 0
    appeals_reversed: int = 0
    median_appeal_hours: float | None = None
    submissions: dict[str, int] = field(default_factory=dict)

    @property
    def automated_share(self) -> float | None:
        return round(100 * self.automated_detection / self.decisions, 1) if self.decisions else None

    def rows(self) -> list[tuple[str, str, str]]:
        """(section, item, value) for the CSV, in page order."""
        out = [("period", "from", self.start.isoformat()), ("period", "to", self.end.isoformat())]
        out.append(("decisions", "total", str(self.decisions)))
        out += [("decisions by outcome", name, str(n)) for name, n in self.by_outcome]
        out += [("decisions by kind", name, str(n)) for name, n in self.by_kind]
        out += [("restrictions by type", name, str(n)) for name, n in self.by_restriction]
        out += [
            ("source", "own initiative (detection or reviewer)", str(self.own_initiative)),
            ("source", "notices (user reports)", str(self.notices)),
            ("automated detection", "decisions detected by automated means", str(self.automated_detection)),
            ("automated detection", "share (%)", _blank(self.automated_share)),
            ("automated decision", "decisions taken by automated means", "0"),
            ("time", "median hours from first signal to decision", _blank(self.median_signal_hours)),
            ("time", "median hours from report to decision", _blank(self.median_report_hours)),
            ("appeals", "received", str(self.appeals_received)),
            ("appeals", "decided", str(self.appeals_decided)),
            ("appeals", "upheld", str(self.appeals_upheld)),
            ("appeals", "modified", str(self.appeals_modified)),
            ("appeals", "reversed", str(self.appeals_reversed)),
            ("appeals", "median hours from appeal to answer", _blank(self.median_appeal_hours)),
        ]
        out += [("transparency database", name, str(n)) for name, n in self.submissions.items()]
        return out


def _blank(value) -> str:
    return "" if value is None else str(value)


def _hours(deltas: list[timedelta]) -> float | None:
    return round(median(d.total_seconds() for d in deltas) / 3600, 1) if deltas else None


def period_bounds(start: date, end: date) -> tuple[datetime, datetime]:
    """[start 00:00, the day after end 00:00) in the current time zone."""
    tz = timezone.get_current_timezone()
    return datetime.combine(start, time.min, tz), datetime.combine(end + timedelta(days=1), time.min, tz)


def transparency_report(*, start: date, end: date) -> Report:
    since, until = period_bounds(start, end)
    report = Report(start=start, end=end)
    decisions = Decision.objects.filter(status__in=DECIDED, applied_at__gte=since, applied_at__lt=until).exclude(
        rung=Decision.Rung.REQUEST_INFO
    )
    reported = Q(Exists(Case.objects.filter(reported_q(), pk=OuterRef("case_id"))))
    detected = Q(case__source=Case.Source.DETECTION) | Q(
        Exists(Signal.objects.filter(case=OuterRef("case_id")).exclude(detector=USER_REPORT_DETECTOR))
    )
    totals = decisions.aggregate(
        n=Count("pk"), notices=Count("pk", filter=reported), detected=Count("pk", filter=detected)
    )
    report.decisions = totals["n"]
    report.notices = totals["notices"]
    report.own_initiative = report.decisions - report.notices
    report.automated_detection = totals["detected"]
    by_rung = dict(decisions.order_by().values_list("rung").annotate(n=Count("pk")))
    report.by_outcome = [
        (label, by_rung.get(value, 0)) for value, label in Decision.Rung.choices if value != "request_info"
    ]
    by_kind = dict(decisions.order_by().values_list("case__kind").annotate(n=Count("pk")))
    report.by_kind = [(label, by_kind.get(value, 0)) for value, label in Kind.choices]
    restrictions = dict(
        Statement.objects.filter(decision__in=decisions.values("pk"))
        .order_by()
        .values_list("restriction")
        .annotate(n=Count("pk"))
    )
    report.by_restriction = [(label, restrictions.get(value, 0)) for value, label in Statement.Restriction.choices]

    first_signal = Signal.objects.filter(case=OuterRef("case_id")).order_by().values("case")
    first_report = first_signal.filter(detector=USER_REPORT_DETECTOR)
    rows = decisions.annotate(
        first_signal=Subquery(first_signal.annotate(t=Min("created_at")).values("t")[:1]),
        first_report=Subquery(first_report.annotate(t=Min("created_at")).values("t")[:1]),
    ).values_list("applied_at", "first_signal", "first_report", "case__created_at", "case__source")
    to_signal, to_report = [], []
    for applied, signal_at, report_at, opened, source in rows:
        if signal_at and signal_at <= applied:
            to_signal.append(applied - signal_at)
        reported_at = report_at or (opened if source == Case.Source.REPORT else None)
        if reported_at and reported_at <= applied:
            to_report.append(applied - reported_at)
    report.median_signal_hours = _hours(to_signal)
    report.median_report_hours = _hours(to_report)

    report.appeals_received = Appeal.objects.filter(created_at__gte=since, created_at__lt=until).count()
    answered = Appeal.objects.filter(status=Appeal.Status.DECIDED, decided_at__gte=since, decided_at__lt=until)
    outcomes = dict(answered.order_by().values_list("outcome").annotate(n=Count("pk")))
    report.appeals_upheld = outcomes.get(Appeal.Outcome.UPHOLD, 0)
    report.appeals_modified = outcomes.get(Appeal.Outcome.MODIFY, 0)
    report.appeals_reversed = outcomes.get(Appeal.Outcome.OVERTURN, 0)
    report.appeals_decided = sum(outcomes.values())
    report.median_appeal_hours = _hours([d - c for c, d in answered.values_list("created_at", "decided_at")])

    by_status = dict(
        Statement.objects.filter(created_at__gte=since, created_at__lt=until)
        .order_by()
        .values_list("submission")
        .annotate(n=Count("pk"))
    )
    report.submissions = {label.lower(): by_status.get(value, 0) for value, label in Statement.Submission.choices}
    return report
