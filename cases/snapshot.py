"""Freeze the evidence as it stood when a decision was taken, so an appeal
reviewer sees it even after feedback was hidden or messages changed."""

from __future__ import annotations

from django.utils import timezone

from .models import Case
from .selectors import evidence_items


def evidence_snapshot(case: Case) -> dict:
    signals = [
        {"kind": s.kind, "score": round(s.score, 3), "detector": s.detector, "explanation": s.explanation}
        for s in case.signals.all()
    ]
    return {"taken_at": timezone.now().isoformat(), "evidence": evidence_items(case), "signals": signals}
