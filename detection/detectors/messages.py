"""One pass over message text shared by the paid-feedback and extortion detectors.

A cheap prefilter (``text.may_concern_feedback``) skips messages that cannot be
about feedback; the rest go through ``text.features``. Only messages that score
as an offer or a threat are kept, with their features, for the detectors.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Q

from contracts.models import Message

from .. import text
from ..db import Epoch, rows
from .base import ScanContext

KEEP = 0.3  # keep messages scoring at least this on either axis


@dataclass(frozen=True)
class ScoredMessage:
    pk: int
    sender: int
    recipient: int
    contract: int | None
    sent_at: int
    body: str
    features: text.MessageFeatures


def scored_messages(ctx: ScanContext) -> list[ScoredMessage]:
    if "messages" in ctx.cache:
        return ctx.cache["messages"]
    qs = Message.objects.all()
    if ctx.scope is not None:
        qs = qs.filter(Q(sender_id__in=ctx.scope) | Q(recipient_id__in=ctx.scope))
    kept = []
    scanned = 0
    for pk, sender, recipient, contract, sent_at, body in rows(
        qs, "pk", "sender_id", "recipient_id", "contract_id", Epoch("sent_at"), "body"
    ):
        scanned += 1
        if not text.may_concern_feedback(body):
            continue
        f = text.features(body)
        if f.offer_score >= KEEP or f.threat_score >= KEEP:
            kept.append(ScoredMessage(pk, sender, recipient, contract, sent_at, body, f))
    ctx.cache["messages"] = kept
    ctx.cache["messages_scanned"] = scanned
    return kept
