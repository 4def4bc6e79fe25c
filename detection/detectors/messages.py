"""One pass over message text shared by the paid-feedback and extortion detectors.

Messages are read in the order they were sent. Each message is read alone and,
when the same sender wrote to the same reader shortly before (``THREAD_GAP``),
together with their previous one or two messages: an offer or a threat split over
two or three messages ("I can send $20 back" · "if the review says 5*") is read as
one text. Two readers score every text, and the higher score counts:

* the lexicon (``text.features``), after its cheap English prefilter
  (``text.may_concern_feedback``), on single messages;
* the learned model (``textmodel.assess``), for texts that mention feedback in
  any of its languages (``textmodel.gate``), together with its concept rules
  (``textmodel.rule_scores``: a benefit tied to feedback by a condition; a bad
  rating or a report tied to an ultimatum). ``combined`` turns both into a score:
  the model alone counts from p = 0.9 (0.8–0.9), the rules alone give 0.55–0.75,
  and agreement adds up to 0.3. The phrases that weighed most and the concepts
  found become the message's cues (``model: …``), which the detectors quote.

Only texts that score as an offer or a threat are kept, with their features.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from django.db.models import F, Q
from django.db.models.functions import Mod

from contracts.models import Message

from .. import text, textmodel
from ..db import Epoch, rows
from .base import ScanContext

KEEP = 0.3  # keep texts scoring at least this on either axis
THREAD_GAP = 7 * 86400  # messages of one sender to one reader within this are read together (a week)
THREAD_MAX = 3  # messages read together at most
MODEL_MIN = 0.9  # model probability from which it counts on its own
EVICT_EVERY = 20000


@dataclass(frozen=True)
class ScoredMessage:
    pk: int
    sender: int
    recipient: int
    contract: int | None
    sent_at: int
    body: str
    features: text.MessageFeatures
    parts: tuple[int, ...] = ()  # earlier messages of the thread read with this one

    @property
    def message_ids(self) -> tuple[int, ...]:
        return (*self.parts, self.pk)


NOTHING = text.MessageFeatures()  # a text neither reader scores
# concepts that name a rating and a benefit but nothing linking them, and the lexicon's
# offer score such a text keeps (kept for a reviewer's search, below an offer)
UNLINKED = frozenset({"benefit", "positive", "given"})
UNLINKED_MAX = 0.35
# what a threat holds over the reader, and what an offer gives
THREAT_SIDE = frozenset(
    {"negative", "report", "harm", "hostage", "free_work", "chargeback", "rating_hit", "exposure", "low_and_demand"}
)
OFFER_SIDE = frozenset({"benefit", "more_work", "reciprocal", "gift_for_rating"})
# what makes a dispute or a report extortion: a rating in it, or something demanded
DEMANDED = frozenset({"positive", "negative", "benefit", "free_work", "harm", "hostage", "rating_hit"})


def model_score(p: float) -> float:
    """The learned model on its own: 0.8–0.9 from p = 0.9 up."""
    return 0.0 if p < MODEL_MIN else round(0.4 + (p - 0.5), 3)


def combined(p: float, rule: float) -> float:
    """The model's probability with the concept rules' score: the higher of the
    two, and more when they agree (rule + up to 0.3 as p goes from 0.5 to 1)."""
    agree = rule + 0.6 * (p - 0.5) if rule and p >= 0.5 else 0.0
    return round(min(0.9, max(model_score(p), rule, agree)), 3)


def read_text(
    body: str,
    *,
    lexicon: bool | None = None,
    gated: bool | None = None,
    prepared: str | None = None,
    key: frozenset[str] | None = None,
) -> text.MessageFeatures:
    """Both readers on one text (a message, or a thread joined by line breaks).
    ``prepared`` and ``key`` (its key concepts) when the caller has them already."""
    if lexicon is None:
        lexicon = text.may_concern_feedback(body)
    f = text.features(body) if lexicon else NOTHING
    if prepared is None:
        prepared = textmodel.prepare(body)
    if gated is None:
        gated = textmodel.gate(prepared)
    if not gated:
        return f
    rule_offer, rule_threat, named = textmodel.rule_scores(prepared, key)
    if not named:
        return f  # no benefit, bad rating or report: neither an offer nor a threat
    if f is NOTHING:
        f = text.MessageFeatures(amounts=text.money_amounts(body))
    elif "benign" in named:
        # the lexicon's reading too: the rules recognised an honest look-alike
        f = dataclasses.replace(
            f, offer_score=min(f.offer_score, rule_offer), threat_score=min(f.threat_score, rule_threat)
        )
    a = textmodel.assess(body, prepared=prepared)
    if named <= UNLINKED and f.offer_score > UNLINKED_MAX and a.offer < 0.5:
        # a top rating and money, nothing the rules read as linking them (no condition, tie,
        # request, demand or ultimatum in any language), and a model that reads no offer: a
        # thank-you tip beside a rating, whatever the English reading made of the two side
        # by side ("I can send some money back, and a 5 star review would be lovely" keeps
        # its weak offer: the model reads one)
        f = dataclasses.replace(f, offer_score=UNLINKED_MAX)
    if named & {"honest", "plea", "negated", "benign"}:
        # A plea, an honesty marker, a refusal, or an honest look-alike the rules
        # recognise (a misclick, someone else's refused offer, a discount whatever
        # the rating): only the rules may speak.
        a = dataclasses.replace(a, offer=min(a.offer, 0.5), threat=min(a.threat, 0.5))
    if not named & THREAT_SIDE:
        # nothing to threaten with (no bad rating, report, harm or withheld review):
        # the model alone does not make it a threat ("I have five more orders, rate
        # me five as a client and they're yours" is an offer from a client)
        a = dataclasses.replace(a, threat=min(a.threat, 0.5))
    if not named & OFFER_SIDE:
        a = dataclasses.replace(a, offer=min(a.offer, 0.5))
    if "chargeback" in named and not named & DEMANDED:
        # a dispute or a report over the work itself ("the checkout still fails; otherwise
        # I open a dispute"), with no rating and nothing asked for: a customer's right,
        # not extortion, whatever the model makes of the ultimatum
        a = dataclasses.replace(a, threat=min(a.threat, 0.5))
    offer = combined(a.offer, rule_offer)
    threat = combined(a.threat, rule_threat)
    cues = list(f.cues)
    changes = {}
    if offer > f.offer_score:
        changes["offer_score"] = offer
        cues = [c for c in cues if not c.startswith(("benefit:", "feedback:", "positive:", "tied by:"))]
        cues.append(
            "model (offer): "
            + _because(
                a.offer_phrases,
                named,
                prepared,
                ("benefit", "gift_for_rating", "more_work", "reciprocal", "condition", "tie", "work_tie", "positive"),
            )
        )
    if threat > f.threat_score:
        changes["threat_score"] = threat
        cues = [c for c in cues if not c.startswith(("condition:", "threatens", "demands"))]
        cues.append(
            "model (threat): "
            + _because(
                a.threat_phrases,
                named,
                prepared,
                (
                    "low_and_demand",
                    "exposure",
                    "negative",
                    "report",
                    "chargeback",
                    "harm",
                    "hostage",
                    "threat_tie",
                    "positive",
                    "benefit",
                ),
            )
        )
    if not changes:
        return f
    return dataclasses.replace(f, cues=tuple(dict.fromkeys(cues)), **changes)


CONCEPT_WORDS = {
    "benefit": "a benefit",
    "condition": "a condition",
    "tie": "a tie to the rating",
    "positive": "a top rating",
    "negative": "a bad rating",
    "report": "a report or dispute",
    "chargeback": "a chargeback or dispute threatened",
    "harm": "a harm held over them (a lawyer, an authority, their employer, a public post or leak, telling others, "
    "withheld files or passwords)",
    "hostage": "their own review made to depend on it",
    "more_work": "more work promised",
    "work_tie": "the work tied to the rating",
    "reciprocal": "a rating given in return",
    "threat_tie": "an ultimatum",
    "low_and_demand": "a low rating set beside a top rating or a demand (free work, money, an ultimatum)",
    "exposure": "an ultimatum to post about them publicly or tell their other clients",
    "gift_for_rating": "a gift sent to their address in return for a top rating",
}


def _because(phrases: tuple[str, ...], named: frozenset[str], prepared: str, wanted: tuple[str, ...]) -> str:
    parts = []
    if phrases:
        parts.append("the phrases that weighed most: " + ", ".join(f"“{p}”" for p in phrases))
    found = [c for c in wanted if c in named]
    if found:
        parts.append("it names " + " + ".join(CONCEPT_WORDS[c] for c in found))
        # the words that named them, as the rules read them (lower case, no accents, "5star"):
        # in a language the model has no examples of, these are the whole explanation
        words = [w for c in found if (w := _named_by(c, prepared))]
        if words:
            parts.append("in the words " + ", ".join(f"“{w}”" for w in list(dict.fromkeys(words))[:4]))
    return "; ".join(parts)


def _named_by(concept: str, prepared: str) -> str:
    for name in (concept, "harm_kind") if concept == "harm" else (concept,):
        rx = textmodel.CONCEPTS.get(name)
        m = rx.search(prepared) if rx is not None else None
        if m is not None and m.group(0).strip(" ,.;:!?"):
            return " ".join(m.group(0).split())[:60].strip(" ,.;:!?")
    return ""


def model_phrases(features: text.MessageFeatures, axis: str) -> str:
    """ "“a”, “b”" when the model decided this axis, else ""."""
    for cue in features.cues:
        if cue.startswith(f"model ({axis}): "):
            return cue.split(": ", 1)[1]
    return ""


# Speech quoted from someone else: a speech verb not in the first person, then a quotation
# ("he wrote me: 'pay 50 or it's 1 star'", "il m'a écrit « … »", "написал: «…»", Czech
# "napsal mi '…'").
_QUOTE = re.compile(
    r"[\"“«„]([^\"“”«»„]{3,400})[\"”»“]|(?<=:)\s*'([^']{3,400})'|"
    # single quotes read as double ones: "me escribió 'devuélveme el dinero o …'" (an opening
    # quote after no letter, a closing one before none)
    r"(?<![\w'])'([^'\n]{3,400})'(?!\w)"
)
_SPEECH = re.compile(
    r"(?:^|\W)(\w+)?\W*(?:wrote|writes|said|says|told|texted|messaged|sent|escribi\w*|dijo|dice|escreve\w*|disse|"
    r"ecrit|écrit|dit|schrieb|schreibt|sagte|sagt|написал\w*|пишет|сказал\w*|scritto|scrive|detto|napisa\w*|"
    r"powiedzia\w*|schreef|schrijft|zei|yazd\w*|dedi|skrev|sa|mandou|mand[oó]|stuurde|msg\w*|scris|pesan|bilang|"
    r"menulis|tulis|napsal\w*|řekl\w*|rekl\w*)\b(?:\W+\w+){0,2}\W*$",
    re.IGNORECASE,
)
_QUOTE_MARK = re.compile("[\"“«„]|: ?'")
# a speech verb after the quotation: "bana '…' diye yazdı"
_SPEECH_AFTER = re.compile(r"\s*(?:diye|dedi|yazd)", re.IGNORECASE)
_FIRST_PERSON = frozenset({"i", "je", "j", "ich", "я", "yo", "eu", "io", "ja", "ik", "ben", "jag", "we", "wir"})


def _quoted_from_another(match: re.Match) -> str:
    before = _SPEECH.search(match.string[max(0, match.start() - 60) : match.start()])
    if before is None and _SPEECH_AFTER.match(match.string, match.end()) is not None:
        return " (quoted) "
    if before is None or (before.group(1) or "").lower() in _FIRST_PERSON:
        return match.group(0)
    return " (quoted) "


def own_words(body: str) -> str:
    """The sender's own words: lines quoted from the other party ("> if you leave
    me five stars …", then "No thanks, I reported it") are theirs, not the sender's,
    and so is speech quoted from someone else ("he wrote me: 'pay or 1 star'. Is
    this allowed?")."""
    if ">" in body:
        body = "\n".join(line for line in body.splitlines() if not line.lstrip().startswith(">"))
    if _QUOTE_MARK.search(body) is not None or " '" in body or "\n'" in body or body[:1] == "'":
        body = _QUOTE.sub(_quoted_from_another, body)
    return body


def scored_messages(ctx: ScanContext, part: tuple[int, int] | None = None) -> list[ScoredMessage]:
    """Every message worth keeping, scored alone and with the sender's messages just
    before it to the same reader. ``part=(k, n)`` reads only the pairs of accounts
    whose id sum is k modulo n, so n processes can share a full scan: a thread never
    crosses pairs, and every pair falls in exactly one part."""
    if "messages" in ctx.cache:
        return ctx.cache["messages"]
    qs = Message.objects.all()
    if ctx.scope is not None:
        qs = qs.filter(Q(sender_id__in=ctx.scope) | Q(recipient_id__in=ctx.scope))
    if part is not None:
        k, n = part
        qs = qs.annotate(text_part=Mod(F("sender_id") + F("recipient_id"), n)).filter(text_part=k)
    kept = []
    scanned = 0
    # (sender, recipient) → their last messages: [sent_at, pk, body, gated?, key concepts or None]
    recent: dict[tuple[int, int], list[list]] = {}
    for pk, sender, recipient, contract, sent_at, body in rows(
        qs.order_by("sent_at", "pk"),
        "pk",
        "sender_id",
        "recipient_id",
        "contract_id",
        Epoch("sent_at"),
        "body",
        ordered=True,
    ):
        scanned += 1
        if scanned % EVICT_EVERY == 0:
            recent = {k: v for k, v in recent.items() if v[-1][0] >= sent_at - THREAD_GAP}
        body = own_words(body or "")
        lexicon = text.may_concern_feedback(body)
        gated = textmodel.gate(textmodel.quick(body))
        pair = (sender, recipient)
        before = [m for m in recent.get(pair, ()) if m[0] >= sent_at - THREAD_GAP]
        entry = [sent_at, pk, body, gated, None]
        recent[pair] = [*before[len(before) - (THREAD_MAX - 2) :], entry]
        best = None
        if gated:
            # prepared and searched for key concepts once, for itself and its thread
            prepared = textmodel.prepare(body)
            entry[4] = textmodel.key_concepts(prepared)
            best = (read_text(body, lexicon=lexicon, gated=True, prepared=prepared, key=entry[4]), ())
        elif lexicon:
            best = (read_text(body, lexicon=lexicon, gated=False), ())
        if before and (gated or any(m[3] for m in before)):
            # A thread is worth reading only if some part names a benefit, a bad
            # rating or a report (each message is searched once, then remembered).
            for m in (*before, entry):
                if m[4] is None:
                    m[4] = textmodel.key_concepts(textmodel.prepare(m[2]))
            # the newest message must add something a rule reads: chatter after an
            # offer was read with that offer already
            newest_adds = gated or bool(entry[4])
            for n in range(1, min(len(before), THREAD_MAX - 1) + 1) if newest_adds else ():
                window = before[-n:]
                if not any(m[4] for m in (*window, entry)):
                    continue
                joined = "\n".join([m[2] for m in window] + [body])
                # the lexicon reads one message; threads are the model's
                f = read_text(joined, lexicon=False, gated=True)
                if best is None or max(f.offer_score, f.threat_score) > max(best[0].offer_score, best[0].threat_score):
                    best = (f, tuple(m[1] for m in window))
        if best is None:
            continue
        f, parts = best
        if f.offer_score >= KEEP or f.threat_score >= KEEP:
            shown = "\n".join([m[2] for m in before[-len(parts) :]] + [body]) if parts else body
            kept.append(ScoredMessage(pk, sender, recipient, contract, sent_at, shown, f, parts))
    ctx.cache["messages"] = kept
    ctx.cache["messages_scanned"] = scanned
    return kept


def read_thread(bodies: list[str]) -> text.MessageFeatures:
    """The strongest reading of one sender's consecutive messages (to one reader),
    as ``scored_messages`` reads them when they are close in time: each message
    alone, and with the one or two before it. For tests and the red-team sets."""
    offer = threat = 0.0
    bodies = [own_words(b) for b in bodies]
    # the scan's cheap gate, on the lower-cased text (not the prepared one)
    gated = [textmodel.gate(textmodel.quick(b)) for b in bodies]
    # as the scan: a thread is read at a message that is gated or names a key concept
    adds = [g or bool(textmodel.key_concepts(textmodel.prepare(b))) for g, b in zip(gated, bodies, strict=True)]
    for i, body in enumerate(bodies):
        for n in range(1, min(i + 1, THREAD_MAX) + 1):
            window = bodies[i - n + 1 : i + 1]
            if n == 1:
                f = read_text(body, gated=gated[i]) if gated[i] or text.may_concern_feedback(body) else NOTHING
            elif adds[i] and any(gated[i - n + 1 : i + 1]):
                f = read_text("\n".join(window), lexicon=False, gated=True)
            else:
                continue
            offer, threat = max(offer, f.offer_score), max(threat, f.threat_score)
    return text.MessageFeatures(offer_score=offer, threat_score=threat)


def read_conversation(messages: list[dict]) -> tuple[float, float]:
    """The strongest offer and threat in a thread of ``{"sender_role", "body"}``
    messages, each sender's messages read together with :func:`read_thread` (the
    red-team sets' ``threads.jsonl`` shape; for tests and benchmarks)."""
    by_sender: dict[str, list[str]] = {}
    for m in messages:
        by_sender.setdefault(m["sender_role"], []).append(m["body"])
    offer = threat = 0.0
    for bodies in by_sender.values():
        f = read_thread(bodies)
        offer, threat = max(offer, f.offer_score), max(threat, f.threat_score)
    return offer, threat
