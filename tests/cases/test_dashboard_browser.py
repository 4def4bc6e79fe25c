"""The dashboard's charts fit their cards at every common desktop width, and every
number stays readable, the tallest bars' included (Chromium, real layout)."""

import os
from datetime import timedelta

import pytest
from django.utils import timezone

from cases.models import Case
from detection.kinds import Kind
from detection.models import ReviewLabel, Signal
from tests.conftest import login

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
SHOTS = os.environ.get("SCREENSHOT_DIR")

# For each chart card: the card's box, the SVG's, and every text's, in page pixels.
MEASURE = """() => [...document.querySelectorAll('[data-testid=chart-card]')].map(card => {
  const box = r => { const b = r.getBoundingClientRect(); return {l: b.left, r: b.right, t: b.top, b: b.bottom, h: b.height}; };
  const svg = card.querySelector('svg');
  return {
    title: card.querySelector('h2, h3').textContent.trim(),
    card: box(card),
    svg: svg ? box(svg) : null,
    texts: svg ? [...svg.querySelectorAll('text')].map(t => ({text: t.textContent, value: t.dataset.value || null, ...box(t)})) : [],
  };
})"""


@pytest.fixture
def busy_portal(db):
    """Numbers in the thousands, so the longest bar and the tallest column carry
    four-digit labels, and detector feedback over several weeks."""
    now = timezone.now()
    cases = [
        Case(kind=kind, status=Case.Status.NEW, source=source, created_at=now - timedelta(days=i % 14))
        for i in range(1500)
        for kind, source in [(Kind.FEEDBACK_RING if i % 3 else Kind.SELF_HIRE, Case.Source.DETECTION)]
    ] + [Case(kind=Kind.PAID_FEEDBACK, source=Case.Source.REPORT, created_at=now) for _ in range(40)]
    made = Case.objects.bulk_create(cases)
    signals = []
    for i, case in enumerate(made[:600]):
        label = ReviewLabel.CONFIRMED if i % 5 else ReviewLabel.DISMISSED
        signals.append(
            Signal(
                kind=case.kind,
                detector="feedback_ring" if case.kind == Kind.FEEDBACK_RING else "self_hire",
                fingerprint=f"busy-{i}",
                score=0.7 + (i % 30) / 100,
                explanation="Busy",
                case=case,
                review_label=label if i % 7 else "",
                created_at=now - timedelta(days=(i * 3) % 50),
            )
        )
    Signal.objects.bulk_create(signals)


@pytest.mark.parametrize("width", [1024, 1366, 1920])
def test_no_chart_overflows_its_card_and_every_number_is_readable(page, reviewer, busy_portal, width):
    page.set_viewport_size({"width": width, "height": 900})
    login(page, reviewer.email)
    page.goto("/portal/dashboard/")
    if SHOTS:
        page.screenshot(path=os.path.join(SHOTS, f"dashboard-{width}.png"), full_page=True)

    cards = page.evaluate(MEASURE)

    titles = [c["title"] for c in cards]
    assert {"Open cases by kind", "Open cases by source", "All cases by status", "Cases opened, last 14 days"} <= set(
        titles
    )
    assert any(t.startswith("Fake jobs / feedback ring") for t in titles)  # a detector feedback chart
    assert page.evaluate("document.documentElement.scrollWidth") <= width  # no sideways scrolling
    for c in cards:
        card, svg = c["card"], c["svg"]
        assert svg, c["title"]
        assert card["l"] <= svg["l"] and svg["r"] <= card["r"], f"{c['title']} overflows its card at {width}px"
        for t in c["texts"]:
            inside = card["l"] <= t["l"] and t["r"] <= card["r"] and svg["t"] - 1 <= t["t"] and t["b"] <= svg["b"] + 1
            assert inside, f"{c['title']}: “{t['text']}” is outside its chart at {width}px"
            assert t["h"] >= 10, f"{c['title']}: “{t['text']}” is {t['h']:.1f}px tall at {width}px"
    by_title = {c["title"]: c for c in cards}
    kind_values = [int(t["value"]) for t in by_title["Open cases by kind"]["texts"] if t["value"]]
    assert max(kind_values) == 1000  # the longest bar keeps its number
    opened = [int(t["value"]) for t in by_title["Cases opened, last 14 days"]["texts"] if t["value"]]
    assert len(opened) == 14 and max(opened) > 100  # every column, the tallest included, has its number
