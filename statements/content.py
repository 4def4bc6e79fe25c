"""What a statement of reasons says (DSA Article 17(3)), element by element, in
words the user can act on. Built once from the decision and frozen in
``Statement.content``; the decision form builds the same thing for its preview.

Elements (keys of the dict):

- ``restriction``: what is restricted (``what``), how far (``scope``), until when
  (``ends_at``, ISO or None, and ``end`` in words);
- ``facts``: the reviewer's reason and a summary of the frozen evidence — counts
  and behaviours only, never another account's name or address;
- ``detection``: what brought it to us (``source``: a user's report, our
  automated detection, or a reviewer) and whether automated means detected it;
- ``decision_by``: who decided (always people here: ``automated_decision`` false);
- ``ground``: the policy article (slug, title, absolute link) and, where a
  reviewer marked one, the legal ground;
- ``redress``: the appeal (where, until when), out-of-court dispute settlement,
  the courts;
- ``dates``: when it applies and when the content concerned was created.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import UTC, datetime

from django.conf import settings
from django.urls import reverse

from cases.models import Case, Decision
from cases.selectors import reported_q
from detection.kinds import Kind
from detection.services import USER_REPORT_DETECTOR
from helpcenter.models import Article

# What each restricting outcome is, for the model and the export.
RESTRICTION_FOR_RUNG = {
    Decision.Rung.HIDE_FEEDBACK: "visibility",
    Decision.Rung.SUSPENSION: "suspension",
    Decision.Rung.PERMANENT_BLOCK: "termination",
}


def restriction_type(decision: Decision, feedback_count: int) -> str | None:
    """What a decision restricts, by its effect: its rung's restriction, or —
    for an outcome that restricts nothing by itself (an education, say) but hides
    feedback as its remedy — a visibility restriction. None: no statement."""
    if decision.rung in RESTRICTION_FOR_RUNG:
        return RESTRICTION_FOR_RUNG[decision.rung]
    return "visibility" if feedback_count else None


# Element keys every statement has; a test checks each restriction type has them all.
REQUIRED = ("restriction", "facts", "detection", "decision_by", "ground", "redress", "dates")


_EVIDENCE_WORDS = {
    "feedback": ("feedback entry", "feedback entries"),
    "contract": ("contract", "contracts"),
    "message": ("message", "messages"),
    "payment": ("payment", "payments"),
    "identity": (
        "shared identity signal (such as a device or card)",
        "shared identity signals (such as devices or cards)",
    ),
    "account": ("related account", "related accounts"),
}


def _when(moment: datetime | None) -> str:
    return f"{moment.astimezone(UTC):%d %B %Y at %H:%M} UTC" if moment else ""


def _absolute(path: str) -> str:
    return settings.SITE_URL + path


def _hidden_entries(feedback_count: int) -> str:
    return f"{feedback_count} feedback entr{'y' if feedback_count == 1 else 'ies'}"


def _restriction(decision: Decision, feedback_count: int) -> dict:
    kind, until = restriction_type(decision, feedback_count), decision.suspension_until
    if kind == "visibility":
        entries = _hidden_entries(feedback_count)
        return {
            "type": "visibility",
            "what": f"We hid {entries} connected to your account: hidden feedback no longer shows on profiles "
            "and no longer counts towards anyone's rating.",
            "scope": "Only that feedback. Everything else on your account works as before, on every part of the "
            "site and in every country.",
            "ends_at": None,
            "end": "It has no end date: the feedback stays hidden unless your appeal succeeds.",
        }
    account_wide = _account_restriction(kind, until)
    if feedback_count:
        # The remedy that came with it: a visibility restriction too (DSA Art. 17(1)(a)).
        account_wide["what"] += (
            f" We also hid {_hidden_entries(feedback_count)} connected to your account: hidden feedback no longer "
            "shows on profiles and no longer counts towards anyone's rating, and it stays hidden unless your "
            "appeal succeeds."
        )
        account_wide["feedback_hidden"] = feedback_count
    return account_wide


def _account_restriction(kind: str, until) -> dict:
    if kind == "suspension":
        return {
            "type": "suspension",
            "what": "Your account is suspended: you cannot post jobs, hire, send proposals or messages, leave "
            "feedback, edit your profile, pay bonuses or request withdrawals of your earnings (your balance is "
            "held, not taken).",
            "scope": "The whole marketplace, in every country. You can still sign in, read everything, pay for "
            "work already done on your existing contracts, reply to us and appeal.",
            "ends_at": until.isoformat() if until else None,
            "end": f"It ends by itself on {_when(until)}."
            if until
            else "It has no fixed end date: it lasts until "
            "the review of your account is resolved, and we will tell you when it is lifted.",
        }
    return {
        "type": "termination",
        "what": "Your account is permanently blocked: you can no longer offer work, hire, send messages, leave "
        "feedback or request withdrawals on the marketplace.",
        "scope": "The whole marketplace, in every country. You can still sign in to read your requests, pay for "
        "work already done on your existing contracts and appeal.",
        "ends_at": None,
        "end": "It has no end date and does not lift by itself; it changes only if your appeal succeeds.",
    }


def _evidence_summary(snapshot: dict) -> list[str]:
    """Counts of the evidence and the behaviours detected — no names, no addresses."""
    counts = Counter(item.get("type", "") for item in snapshot.get("evidence", []))
    lines = []
    for kind, (one, many) in _EVIDENCE_WORDS.items():
        if n := counts.get(kind):
            lines.append(f"{n} {one if n == 1 else many}")
    kinds = sorted(
        {Kind(s["kind"]).label for s in snapshot.get("signals", []) if s.get("kind") in Kind.values}
        - {Kind.USER_REPORT.label}
    )
    summary = []
    if lines:
        summary.append("We looked at " + ", ".join(lines) + ".")
    if kinds:
        summary.append("What we found: " + ", ".join(k.lower() for k in kinds) + ".")
    return summary


def _detection(case: Case, snapshot: dict) -> dict:
    detectors = {s.get("detector", "") for s in snapshot.get("signals", [])}
    # Detection opened the case, or a detector's signal is part of the evidence.
    automated = case.source == Case.Source.DETECTION or bool(detectors - {USER_REPORT_DETECTOR, ""})
    reported = case.pk is not None and Case.objects.filter(reported_q(), pk=case.pk).exists()
    if reported:
        source = "report"
        said = "Another user reported this to us."
        if automated:
            said += " Our automated checks had also flagged it."
    elif automated:
        source = "detection"
        said = "Our automated checks of marketplace activity flagged it; no one reported it."
    else:
        source = "manual"
        said = "A member of our Trust & Safety team noticed it; no automated check and no report was involved."
    return {"source": source, "automated_detection": automated, "said": said}


def _decision_by(decision: Decision) -> dict:
    said = "A person on our Trust & Safety team reviewed the evidence and took this decision"
    if decision.approved_by_id:
        said += "; a second, senior reviewer checked and approved it"
    if decision.from_appeal_id:
        said += ". A reviewer who had no part in the first decision decided your appeal"
    return {"automated_decision": False, "said": said + ". No automated system took this decision."}


def _ground(decision: Decision) -> dict:
    slug = decision.policy_article
    title = Article.objects.filter(slug=slug).values_list("title", flat=True).first() or slug
    return {
        "policy_article": slug,
        "title": title,
        "url": _absolute(reverse("helpcenter:article", args=[slug])) if slug else "",
        "legal_ground": decision.legal_ground,
    }


def _redress(decision: Decision) -> dict:
    request = _absolute(reverse("inbox:case", args=[decision.case_id])) if decision.case_id else ""
    if decision.from_appeal_id:
        appeal = {
            "open": False,
            "deadline": None,
            "said": "This decision was taken on your appeal, so our internal appeal is used up for it.",
        }
    else:
        deadline = (decision.applied_at or decision.created_at) + Decision.APPEAL_WINDOW
        appeal = {
            "open": True,
            "deadline": deadline.isoformat(),
            "said": f"You can appeal once, free of charge, until {_when(deadline)}: open your request in My "
            "Requests and choose “Appeal this decision”. A reviewer who did not take this decision will answer.",
        }
    return {
        "request_url": request,
        "appeal": appeal,
        "out_of_court": "You can take this decision to a certified out-of-court dispute settlement body (Article 21 "
        "of the Digital Services Act); the European Commission publishes the list of certified bodies. We will "
        "take part in good faith.",
        "courts": "You can also go to court in your country at any time; none of these steps takes that right away.",
    }


_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def _redacted(text: str, *, case: Case, account) -> str:
    """The reviewer's reason without other accounts' private data: any email
    address, and the names of the case's other subjects, become "another account"."""
    text = _EMAIL.sub("another account", text)
    if case.pk is None:
        return text
    others = case.subjects.exclude(pk=account.pk).values_list("name", flat=True)
    for name in sorted({n.strip() for n in others if n and len(n.strip()) >= 3}, key=len, reverse=True):
        text = re.sub(re.escape(name), "another account", text, flags=re.IGNORECASE)
    return text


def statement_content(
    *,
    decision: Decision,
    case: Case,
    snapshot: dict,
    feedback_count: int,
    content_date: datetime | None,
    replaces_puid: str = "",
) -> dict:
    """The statement of reasons for ``decision`` (saved or not), as a JSON-safe dict."""
    applied = decision.applied_at or decision.created_at
    return {
        "version": 1,
        "headline": {
            "visibility": "Why we hid feedback connected to your account",
            "suspension": "Why we suspended your account",
            "termination": "Why we permanently blocked your account",
        }[restriction_type(decision, feedback_count)],
        "restriction": _restriction(decision, feedback_count),
        "facts": {
            "reason": _redacted(decision.reason, case=case, account=decision.account),
            "evidence": _evidence_summary(snapshot),
            "kind": case.kind,
        },
        "detection": _detection(case, snapshot),
        "decision_by": _decision_by(decision),
        "ground": _ground(decision),
        "redress": _redress(decision),
        "dates": {
            "applied": applied.isoformat(),
            "content": (content_date or applied).isoformat(),
        },
        "replaces": replaces_puid,
    }


def missing_elements(content: dict) -> list[str]:
    """The required elements a statement lacks (empty: it is complete)."""
    missing = [key for key in REQUIRED if not content.get(key)]
    if content.get("ground") and not content["ground"].get("policy_article"):
        missing.append("ground.policy_article")
    if content.get("facts") and not content["facts"].get("reason"):
        missing.append("facts.reason")
    if content.get("restriction") and not content["restriction"].get("end"):
        missing.append("restriction.end")
    return missing
