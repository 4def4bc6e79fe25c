"""Queue health at a glance, with small server-rendered SVG charts.

Every chart is a responsive SVG: a ``viewBox`` and no fixed width, so it takes its
card's width (``static/css/charts.css``) at any window size. The drawing units are
chosen close to the narrowest card (about 300 px at 1024 px wide), so the text
never shrinks much below its nominal size, and every number sits inside the
drawing (room is kept above the tallest column and beside the longest bar).
"""

from __future__ import annotations

from datetime import timedelta
from statistics import median

from django.db.models import Count
from django.db.models.functions import TruncDate
from django.utils import timezone
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from detection.kinds import Kind
from detection.selectors import PRECISION_TARGET, detector_feedback

from .models import Appeal, Case
from .selectors import reported_q

WIDTH = 280  # drawing units of a chart in a third of the page; the SVG scales to its card
WIDE = 560  # a chart across the page
INK, MUTED, GRID = "#1f2933", "#52606d", "#d9e2ec"
CONFIRMED, DISMISSED, PENDING = "#17663a", "#a61b1b", "#9aa5b1"


def _svg(height: float, body: list[str], *, label: str, width: int = WIDTH) -> SafeString:
    return mark_safe(
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="{escape(label)}" '
        f'viewBox="0 0 {width} {height:.0f}" preserveAspectRatio="xMidYMin meet" class="chart">'
        + "".join(body)
        + "</svg>"
    )


def _value_width(value) -> float:
    """Room a number takes at 12 units (about 7 units a digit)."""
    return 7 * len(str(value)) + 6


def bar_chart(rows: list[tuple[str, int]], *, label: str, color: str = "#0b6e4f") -> SafeString:
    """Horizontal bars, the name above each bar and its number at its end. The
    longest bar leaves room for its number, so no number is ever cut off."""
    row_h, bar_h, top = 36, 14, 4
    height = top + max(1, len(rows)) * row_h
    peak = max([v for _, v in rows] + [1])
    room = _value_width(peak)
    body = []
    for i, (name, value) in enumerate(rows):
        y = top + i * row_h
        w = (WIDTH - room) * value / peak
        body.append(
            f"<g><title>{escape(name)}: {value}</title>"
            f'<text x="0" y="{y + 12}" font-size="12" fill="{INK}">{escape(name)}</text>'
            f'<rect x="0" y="{y + 17}" width="{WIDTH - room:.1f}" height="{bar_h}" rx="2" fill="#eef2f6"/>'
            f'<rect x="0" y="{y + 17}" width="{max(w, 1):.1f}" height="{bar_h}" rx="2" fill="{color}"/>'
            f'<text x="{max(w, 1) + 4:.1f}" y="{y + 28}" font-size="12" fill="{INK}" '
            f'data-value="{value}">{value}</text>'
            "</g>"
        )
    return _svg(height, body, label=label)


def column_chart(rows: list[tuple[str, int]], *, label: str, color: str = "#1c4f9c", width: int = WIDE) -> SafeString:
    """Vertical columns with their number above (room is kept above the tallest),
    and every other date below. Drawn across the page: fourteen four-digit
    numbers side by side need the room."""
    top, plot, bottom = 18, 110, 22
    n = max(1, len(rows))
    slot = width / n
    peak = max([v for _, v in rows] + [1])
    body = [f'<line x1="0" y1="{top + plot}" x2="{width}" y2="{top + plot}" stroke="{GRID}"/>']
    for i, (name, value) in enumerate(rows):
        h = plot * value / peak
        x = i * slot
        body.append(
            f"<g><title>{escape(name)}: {value}</title>"
            f'<rect x="{x + 2:.1f}" y="{top + plot - h:.1f}" width="{max(slot - 4, 2):.1f}" height="{h:.1f}" '
            f'fill="{color}" rx="2"/>'
            + (
                f'<text x="{x + slot / 2:.1f}" y="{top + plot - h - 4:.1f}" text-anchor="middle" font-size="11" '
                f'fill="{INK}" data-value="{value}">{value}</text>'
                if value
                else ""
            )
            + (
                f'<text x="{x + slot / 2:.1f}" y="{top + plot + 15}" text-anchor="middle" font-size="10" '
                f'fill="{MUTED}">{escape(name)}</text>'
                if i % 2 == 0
                else ""
            )
            + "</g>"
        )
    return _svg(top + plot + bottom, body, label=label, width=width)


def feedback_chart(row: dict) -> SafeString:
    """One detector's signals per week: a column per week split into confirmed,
    dismissed and still pending, with the week's count above."""
    weeks = row["weeks"]
    top, plot, bottom = 16, 70, 20
    slot = WIDTH / max(1, len(weeks))
    peak = max([w["routed"] for w in weeks] + [1])
    body = [f'<line x1="0" y1="{top + plot}" x2="{WIDTH}" y2="{top + plot}" stroke="{GRID}"/>']
    for i, week in enumerate(weeks):
        x, y = i * slot, top + plot
        when = week["week"].strftime("%d %b")
        parts = []
        for key, color in (("confirmed", CONFIRMED), ("dismissed", DISMISSED), ("pending", PENDING)):
            h = plot * week[key] / peak
            if h:
                y -= h
                parts.append(
                    f'<rect x="{x + 3:.1f}" y="{y:.1f}" width="{max(slot - 6, 2):.1f}" height="{h:.1f}" '
                    f'fill="{color}"/>'
                )
        title = (
            f"Week of {when}: {week['routed']} routed, {week['confirmed']} confirmed, "
            f"{week['dismissed']} dismissed, {week['pending']} pending"
        )
        body.append(
            f"<g><title>{escape(title)}</title>"
            + "".join(parts)
            + (
                f'<text x="{x + slot / 2:.1f}" y="{y - 3:.1f}" text-anchor="middle" font-size="10" fill="{INK}" '
                f'data-value="{week["routed"]}">{week["routed"]}</text>'
                if week["routed"]
                else ""
            )
            + (
                f'<text x="{x + slot / 2:.1f}" y="{top + plot + 14}" text-anchor="middle" font-size="10" '
                f'fill="{MUTED}">{when}</text>'
                if i % 2 == len(weeks) % 2
                else ""
            )
            + "</g>"
        )
    return _svg(top + plot + bottom, body, label=f"{row['label']}: signals per week by reviewers' verdict")


def _percent(value: float | None) -> str | None:
    return None if value is None else f"{100 * value:.0f}%"


def queue_health(now=None) -> dict:
    now = now or timezone.now()
    open_qs = Case.objects.filter(status__in=Case.OPEN_STATUSES)
    by_kind = dict(open_qs.values_list("kind").annotate(n=Count("id")).values_list("kind", "n"))
    by_status = dict(Case.objects.values_list("status").annotate(n=Count("id")).values_list("status", "n"))
    by_source = dict(open_qs.values_list("source").annotate(n=Count("id")).values_list("source", "n"))
    # A case a user reported: opened by the report, or a detected case the report joined.
    reported = open_qs.filter(reported_q()).count()
    overdue = open_qs.filter(due_at__lt=now).count()
    durations = [
        (decided - created).total_seconds() / 3600
        for created, decided in Case.objects.filter(first_decided_at__isnull=False).values_list(
            "created_at", "first_decided_at"
        )
    ]
    appeals_total = Appeal.objects.count()
    appeals_decided = Appeal.objects.filter(status=Appeal.Status.DECIDED).count()
    overturned = Appeal.objects.filter(status=Appeal.Status.DECIDED, outcome=Appeal.Outcome.OVERTURN).count()
    since = now - timedelta(days=13)
    opened = dict(
        Case.objects.filter(created_at__gte=since.replace(hour=0, minute=0, second=0, microsecond=0))
        .annotate(day=TruncDate("created_at"))
        .values_list("day")
        .annotate(n=Count("id"))
        .values_list("day", "n")
    )
    days = [(since + timedelta(days=i)).date() for i in range(14)]
    feedback = detector_feedback(now=now)
    for row in feedback:
        row["chart"] = feedback_chart(row)
        row["confirmed_percent"] = _percent(row["confirmed_rate"])
        row["dismissed_percent"] = _percent(row["dismissed_rate"])
    return {
        "open_total": sum(by_kind.values()),
        "overdue": overdue,
        "reported_open": reported,
        "median_hours": round(median(durations), 1) if durations else None,
        "decided_count": len(durations),
        "appeals_total": appeals_total,
        "appeals_open": appeals_total - appeals_decided,
        "overturn_rate": round(100 * overturned / appeals_decided) if appeals_decided else None,
        "kind_chart": bar_chart(
            [(name, by_kind.get(value, 0)) for value, name in Kind.choices], label="Open cases by kind"
        ),
        "source_chart": bar_chart(
            [
                ("Detection", by_source.get(Case.Source.DETECTION, 0)),
                ("User report (opened or joined by one)", reported),
                ("Opened by a reviewer", by_source.get(Case.Source.MANUAL, 0)),
            ],
            label="Open cases by source",
            color="#8a4b00",
        ),
        "status_chart": bar_chart(
            [(name, by_status.get(value, 0)) for value, name in Case.Status.choices],
            label="All cases by status",
            color="#5b2a9c",
        ),
        "opened_chart": column_chart(
            [(d.strftime("%d %b"), opened.get(d, 0)) for d in days], label="Cases opened in the last 14 days"
        ),
        "detector_feedback": feedback,
        "precision_target": f"{100 * PRECISION_TARGET:.0f}%",
        "colors": {"confirmed": CONFIRMED, "dismissed": DISMISSED, "pending": PENDING},
    }
