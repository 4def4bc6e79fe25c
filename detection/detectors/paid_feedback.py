"""Paid feedback: money, a refund, a bonus or free work offered for positive feedback.

Rule
----
Every message goes through the text model in ``detection.text``: a benefit (bonus,
refund, discount, money back, free work, an amount of money) and a request for the
reader's feedback, tied together by a condition or an exchange ("if you leave five
stars", "in return for", "and I will refund"), scores 0.85–0.9; without a positive
qualifier but tied and clearly requested, 0.75–0.8; untied, about 0.5. Honesty
markers ("an honest review", "no pressure", "if you were happy") and the sender
promising their *own* feedback lower the score. Spelling and abbreviations are
normalised first ("pls leave 5* fb n ill refund ur $20").

Per (offerer → reader) pair, starting from the best offer message:

* + 0.12 when the offerer then paid the reader a bonus or refund of the amount the
  message named (+ 0.08 for a bonus or refund of another amount), from three days
  before the offer to thirty days after;
* + 0.1 when the reader then left the offerer a five-star rating (within sixty days),
  + 0.05 more when that rating came after the payment (the deal went through);
* + 0.03 per further offer message (at most + 0.06).

An explicit offer opens a case on its own; an ambiguous one needs the payment and
the rating to follow. The reader becomes a subject too when they took the deal
(payment and five-star rating both followed).
"""

from __future__ import annotations

from collections import defaultdict

from django.conf import settings

from contracts.models import Payment
from detection.kinds import Kind
from feedback.models import Feedback

from ..db import AsFloat, Epoch, chunked
from .base import Finding, ScanContext, clamp, count, date, days, join_words, money, quote, ref
from .messages import ScoredMessage, model_phrases, scored_messages

NAME = "paid_feedback"
VERSION = "1"
KIND = Kind.PAID_FEEDBACK

OFFER_MIN = 0.4
PAY_BEFORE = 3 * 86400
PAY_AFTER = 30 * 86400
RATE_AFTER = 60 * 86400


BENEFIT_WORDS = {
    "bonus": "a bonus",
    "bonuses": "a bonus",
    "refund": "a refund",
    "refunds": "a refund",
    "refunded": "a refund",
    "discount": "a discount",
    "discounts": "a discount",
    "a discount": "a discount",
    "tip": "a tip",
    "reward": "a reward",
    "cashback": "cashback",
    "voucher": "a voucher",
    "gift": "a gift",
    "money back": "money back",
    "part of your money": "part of their money back",
    "give back": "money back",
    "send back": "money back",
    "pay back": "money back",
    "return the money": "money back",
    "return your money": "money back",
    "for free": "free work",
    "free work": "free work",
    "free revision": "free revisions",
    "free revisions": "free revisions",
    "free of charge": "free work",
    "no charge": "free work",
    "at no cost": "free work",
    "pay you extra": "extra pay",
    "pay extra": "extra pay",
    "extra money": "extra pay",
    "send you extra": "extra pay",
    "extra payment": "extra pay",
}


def describe_benefit(terms: tuple[str, ...], amounts: tuple[float, ...]) -> str:
    """ "a refund ($20)", "free work", "money ($30)"."""
    words = [BENEFIT_WORDS[t] for t in terms if t in BENEFIT_WORDS]
    what = words[0] if words else ("money" if amounts or "money" in terms else "a benefit")
    if amounts:
        what += f" ({money(amounts[0])})"
    return what


def follow_ups(pairs: set[tuple[int, int]], kinds=(Payment.Kind.BONUS, Payment.Kind.REFUND)):
    """Bonus/refund payments and ratings between the given (offerer, reader) pairs."""
    payers = sorted({a for a, _ in pairs})
    readers = sorted({b for _, b in pairs})
    payments: dict[tuple[int, int], list[tuple[int, str, float, int]]] = defaultdict(list)
    ratings: dict[tuple[int, int], list[tuple[int, int, int]]] = defaultdict(list)
    for batch in chunked(payers, 500):
        for pk, payer, payee, kind, amount, created in Payment.objects.filter(
            payer_id__in=batch, payee_id__in=readers, kind__in=kinds
        ).values_list("pk", "payer_id", "payee_id", "kind", AsFloat("amount"), Epoch("created_at")):
            if (payer, payee) in pairs:
                payments[(payer, payee)].append((pk, kind, amount, created))
    for batch in chunked(payers, 500):
        for pk, author, recipient, rating, created in Feedback.objects.filter(
            recipient_id__in=batch, author_id__in=readers
        ).values_list("pk", "author_id", "recipient_id", "rating", Epoch("created_at")):
            if (recipient, author) in pairs:
                ratings[(recipient, author)].append((pk, rating, created))
    return payments, ratings


def detect(ctx: ScanContext) -> list[Finding]:
    offers: dict[tuple[int, int], list[ScoredMessage]] = defaultdict(list)
    for m in scored_messages(ctx):
        if m.features.offer_score >= OFFER_MIN and m.sender != m.recipient:
            offers[(m.sender, m.recipient)].append(m)
    if not offers:
        return []
    payments, ratings = follow_ups(set(offers))
    floor = settings.DETECTION_MIN_SCORE
    ctx.labels.load({x for pair in offers for x in pair})
    out = []
    for (offerer, reader), msgs in offers.items():
        msgs.sort(key=lambda m: (-m.features.offer_score, m.sent_at))
        best = msgs[0]
        first = min(m.sent_at for m in msgs)
        mentioned = {round(a, 2) for m in msgs for a in m.features.amounts}
        paid = [p for p in payments.get((offerer, reader), []) if first - PAY_BEFORE <= p[3] <= first + PAY_AFTER]
        matching = [p for p in paid if round(p[2], 2) in mentioned]
        five = [r for r in ratings.get((offerer, reader), []) if r[1] == 5 and first <= r[2] <= first + RATE_AFTER]
        score = best.features.offer_score
        if matching:
            score += 0.12
        elif paid:
            score += 0.08
        if five:
            score += 0.1
            if paid and min(p[3] for p in paid) <= min(r[2] for r in five):
                score += 0.05  # offer → payment → five stars: the deal went through
        score += min(0.06, 0.03 * (len(msgs) - 1))
        score = clamp(score)
        if score < floor:
            continue
        took_deal = bool(paid and five)
        name = ctx.labels
        benefit = describe_benefit(best.features.benefit_terms, best.features.amounts)
        tied = any(c.startswith(("tied by", "model")) for c in best.features.cues)
        text = (
            f"{name(offerer)} offered {name(reader)} {benefit} "
            + ("in exchange for feedback " if tied else "alongside a request for positive feedback ")
            + f"({'one message' if len(msgs) == 1 else count(len(msgs), 'message')}; "
            f"{date(best.sent_at)}: {quote(best.body)})."
        )
        if phrases := model_phrases(best.features, "offer"):
            text += f" The text model read it as an offer for feedback ({phrases})."
        follow = []
        if paid:
            p = (matching or paid)[0]
            lag = p[3] - best.sent_at
            when = f"{days(abs(lag))} {'later' if lag >= 0 else 'earlier'}"
            kind = "bonus" if p[1] == Payment.Kind.BONUS else "refund"
            same = " — the amount the message named" if matching else ""
            follow.append(f"{name(offerer)} paid {name(reader)} a {money(p[2])} {kind} {when}{same}")
        if five:
            r = min(five, key=lambda r: r[2])
            follow.append(
                f"{name(reader)} left {name(offerer)} a five-star rating {days(r[2] - first)} after the offer"
            )
        text += " " + (join_words(follow) + "." if follow else "No bonus, refund or five-star rating has followed yet.")
        if took_deal:
            text += f" Both sides took part: {name(reader)} is a subject too."
        evidence = [
            ref("message", pk, f"offer score {m.features.offer_score:.2f}") for m in msgs for pk in m.message_ids
        ]
        evidence += [ref("payment", p[0], f"{p[1]} {money(p[2])}") for p in paid]
        evidence += [ref("feedback", r[0], "5★ after the offer") for r in five]
        accounts = tuple(sorted({offerer, reader})) if took_deal else (offerer,)
        out.append(
            Finding(
                kind=KIND,
                detector=NAME,
                version=VERSION,
                key=f"{offerer}>{reader}",
                accounts=accounts,
                score=round(score, 4),
                evidence=evidence,
                explanation=text,
                data={
                    "offerer": offerer,
                    "reader": reader,
                    "text_score": best.features.offer_score,
                    "cues": list(best.features.cues),
                    "messages": len(msgs),
                    "payment": bool(paid),
                    "matching_payment": bool(matching),
                    "five_star_after": bool(five),
                },
            )
        )
    return out
