"""Queue health at a glance, with small server-rendered SVG charts."""

from __future__ import annotations

from datetime import timedelta
from statistics import median

from django.db.models import Count
from django.db.models.functions import TruncDate
from django.utils import timezone
from django.utils.html import escape
from django.utils.safestring import mark_safe

from detection.kinds import Kind

from .models import Appeal, Case


def bar_chart(rows: list[tuple[str, int]], *, width: int = 460, bar_height: int = 22, color: str = "#0b6e4f") -> str:
    """Horizontal bars with labels and values; accessible via <title> and role."""
    label_w, gap = 170, 6
    height = max(1, len(rows)) * (bar_height + gap) + gap
    top = max([v for _, v in rows] + [1])
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" class="chart">'
    ]
    for i, (label, value) in enumerate(rows):
        y = gap + i * (bar_height + gap)
        w = int((width - label_w - 50) * value / top)
        parts.append(
            f"<g><title>{escape(label)}: {value}</title>"
            f'<text x="{label_w - 8}" y="{y + bar_height * 0.7:.0f}" text-anchor="end" font-size="13" fill="#1f2933">'
            f"{escape(label)}</text>"
            f'<rect x="{label_w}" y="{y}" width="{max(w, 1)}" height="{bar_height}" rx="3" fill="{color}"/>'
            f'<text x="{label_w + max(w, 1) + 6}" y="{y + bar_height * 0.7:.0f}" font-size="13" fill="#1f2933">'
            f"{value}</text></g>"
        )
    parts.append("</svg>")
    return mark_safe("".join(parts))


def column_chart(rows: list[tuple[str, int]], *, width: int = 460, height: int = 160, color: str = "#1c4f9c") -> str:
    n = max(1, len(rows))
    top = max([v for _, v in rows] + [1])
    slot = (width - 20) / n
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" width="{width}" height="{height + 30}" '
        f'viewBox="0 0 {width} {height + 30}" class="chart">'
    ]
    for i, (label, value) in enumerate(rows):
        h = int((height - 20) * value / top)
        x = 10 + i * slot
        parts.append(
            f"<g><title>{escape(label)}: {value}</title>"
            f'<rect x="{x + 2:.0f}" y="{height - h}" width="{max(slot - 4, 2):.0f}" height="{h}" '
            f'fill="{color}" rx="2"/>'
            + (
                f'<text x="{x + slot / 2:.0f}" y="{height - h - 4}" text-anchor="middle" font-size="11">{value}</text>'
                if value
                else ""
            )
            + (
                f'<text x="{x + slot / 2:.0f}" y="{height + 16}" text-anchor="middle" font-size="10" fill="#52606d">'
                f"{escape(label)}</text>"
                if i % 2 == 0
                else ""
            )
            + "</g>"
        )
    parts.append("</svg>")
    return mark_safe("".join(parts))


def queue_health(now=None) -> dict:
    now = now or timezone.now()
    open_qs = Case.objects.filter(status__in=Case.OPEN_STATUSES)
    by_kind = dict(open_qs.values_list("kind").annotate(n=Count("id")).values_list("kind", "n"))
    by_status = dict(Case.objects.values_list("status").annotate(n=Count("id")).values_list("status", "n"))
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
    return {
        "open_total": sum(by_kind.values()),
        "overdue": overdue,
        "median_hours": round(median(durations), 1) if durations else None,
        "decided_count": len(durations),
        "appeals_total": appeals_total,
        "appeals_open": appeals_total - appeals_decided,
        "overturn_rate": round(100 * overturned / appeals_decided) if appeals_decided else None,
        "kind_chart": bar_chart([(label, by_kind.get(value, 0)) for value, label in Kind.choices]),
        "status_chart": bar_chart(
            [(label, by_status.get(value, 0)) for value, label in Case.Status.choices], color="#5b2a9c"
        ),
        "opened_chart": column_chart([(d.strftime("%d %b"), opened.get(d, 0)) for d in days]),
    }
