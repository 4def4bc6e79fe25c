"""Feedback extortion: negative feedback (or withheld work or pay) threatened
unless positive feedback — or something else — is given.

Rule
----
The text model in ``detection.text`` scores a message 0.85 when a threat condition
("unless", "or else", "otherwise", "if you do not", "no five stars = no…") ties
either the sender's promise of *negative feedback* ("I will leave you one star",
"expect a bad review") to any demand, or a threat to *withhold* work or payment
(not pay, not release, cancel, dispute, never hire again) to a demand for the
reader's positive feedback (or for removing a negative one). A complaint with no
condition ("I'll leave an honest review"), a plea ("please tell me before leaving a
bad review") and payment held back over unfinished work with no feedback in it
("I can't release the milestone otherwise") stay low.

Per (sender → reader) pair, from the best threat: + 0.05 per further threatening
message (at most + 0.1); + 0.05 when the reader then gave the sender five stars
(they gave in) or the sender then left the reader two stars or fewer (they carried
it out). Only the sender is a subject; the reader is named in the evidence.
"""

from __future__ import annotations

from collections import defaultdict

from django.conf import settings

from detection.kinds import Kind
from feedback.models import Feedback

from ..db import Epoch, chunked
from .base import Finding, ScanContext, clamp, count, date, days, quote, ref
from .messages import ScoredMessage, model_phrases, scored_messages

NAME = "feedback_extortion"
VERSION = "1"
KIND = Kind.FEEDBACK_EXTORTION

THREAT_MIN = 0.4
AFTER = 60 * 86400


def _ratings_between(pairs: set[tuple[int, int]]) -> dict[tuple[int, int], list[tuple[int, int, int]]]:
    """(author, recipient) → [(pk, rating, created)] for both directions of each pair."""
    people = sorted({x for pair in pairs for x in pair})
    wanted = pairs | {(b, a) for a, b in pairs}
    out: dict[tuple[int, int], list[tuple[int, int, int]]] = defaultdict(list)
    for batch in chunked(people, 500):
        for pk, author, recipient, rating, created in Feedback.objects.filter(
            author_id__in=batch, recipient_id__in=people
        ).values_list("pk", "author_id", "recipient_id", "rating", Epoch("created_at")):
            if (author, recipient) in wanted:
                out[(author, recipient)].append((pk, rating, created))
    return out


def detect(ctx: ScanContext) -> list[Finding]:
    threats: dict[tuple[int, int], list[ScoredMessage]] = defaultdict(list)
    for m in scored_messages(ctx):
        if m.features.threat_score >= THREAT_MIN and m.sender != m.recipient:
            threats[(m.sender, m.recipient)].append(m)
    if not threats:
        return []
    ratings = _ratings_between(set(threats))
    floor = settings.DETECTION_MIN_SCORE
    ctx.labels.load({x for pair in threats for x in pair})
    out = []
    for (sender, reader), msgs in threats.items():
        msgs.sort(key=lambda m: (-m.features.threat_score, m.sent_at))
        best = msgs[0]
        first = min(m.sent_at for m in msgs)
        gave_in = [r for r in ratings.get((reader, sender), []) if r[1] == 5 and first <= r[2] <= first + AFTER]
        carried_out = [r for r in ratings.get((sender, reader), []) if r[1] <= 2 and first <= r[2] <= first + AFTER]
        score = best.features.threat_score + min(0.1, 0.05 * (len(msgs) - 1))
        if gave_in or carried_out:
            score += 0.05
        score = clamp(score)
        if score < floor:
            continue
        name = ctx.labels
        cues = best.features.cues
        model_cue = next((c for c in cues if c.startswith("model (threat)")), "")
        if best.features.withhold and "a bad rating" not in model_cue and "threatens negative" not in " ".join(cues):
            # the lexicon read a withholding ("… or I will not send the source files") and the
            # model's reading names no bad rating: say what is held back
            what = "to withhold work or payment unless they received positive feedback"
        elif any(c.startswith(("threatens negative feedback", "model")) for c in cues):
            what = "negative feedback unless their demand was met"
        else:
            what = "to withhold work or payment unless they received positive feedback"
        text = (
            f"{name(sender)} threatened {name(reader)} with {what} "
            f"({'one message' if len(msgs) == 1 else count(len(msgs), 'message')}; "
            f"{date(best.sent_at)}: {quote(best.body)})."
        )
        text = text.replace("with to withhold", "to withhold")
        if phrases := model_phrases(best.features, "threat"):
            text += f" The text model read it as a threat ({phrases})."
        if gave_in:
            r = min(gave_in, key=lambda r: r[2])
            text += f" {name(reader)} then left {name(sender)} a five-star rating {days(r[2] - first)} later."
        if carried_out:
            r = min(carried_out, key=lambda r: r[2])
            text += f" {name(sender)} then left {name(reader)} a {r[1]}-star rating {days(r[2] - first)} later."
        evidence = [
            ref("message", pk, f"threat score {m.features.threat_score:.2f}") for m in msgs for pk in m.message_ids
        ]
        evidence += [ref("feedback", r[0], f"{r[1]}★ after the threat") for r in gave_in + carried_out]
        out.append(
            Finding(
                kind=KIND,
                detector=NAME,
                version=VERSION,
                key=f"{sender}>{reader}",
                accounts=(sender,),
                score=round(score, 4),
                evidence=evidence,
                explanation=text,
                data={
                    "sender": sender,
                    "reader": reader,
                    "text_score": best.features.threat_score,
                    "cues": list(cues),
                    "messages": len(msgs),
                    "gave_in": bool(gave_in),
                    "carried_out": bool(carried_out),
                },
            )
        )
    return out
