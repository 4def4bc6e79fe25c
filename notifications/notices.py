"""What we tell a user, and when: the notices for the case lifecycle's domain events
(``cases.signals``) and for a lifted restriction. Each receiver runs inside the
case service's transaction and records one notice; its email goes out after commit
(``services.notice_create``). Connected in NotificationsConfig.ready."""

from __future__ import annotations

from django.conf import settings
from django.urls import reverse

from cases.models import Appeal, Case, CaseEvent, Decision

from .models import Notice
from .services import notice_create

ARTICLE_FOR_RUNG = {
    Decision.Rung.EDUCATION: "feedback-building",
    Decision.Rung.REQUEST_INFO: "feedback-building",
    Decision.Rung.HIDE_FEEDBACK: "feedback-building",
    Decision.Rung.SUSPENSION: "after-a-suspension",
    Decision.Rung.PERMANENT_BLOCK: "permanent-block",
    Decision.Rung.NO_VIOLATION: "feedback-building",
}
DECISION_HEADLINE = {
    Decision.Rung.NO_VIOLATION: "We found no violation on your account",
    Decision.Rung.EDUCATION: "About our feedback policy",
    Decision.Rung.HIDE_FEEDBACK: "Some feedback on your account has been hidden",
    Decision.Rung.SUSPENSION: "Your account has been suspended",
    Decision.Rung.PERMANENT_BLOCK: "Your account has been permanently blocked",
}


def decision_subject(decision: Decision, case: Case) -> str:
    return f"{DECISION_HEADLINE.get(decision.rung, 'A decision about your account')} (case #{case.pk})"


def decision_body(decision: Decision) -> str:
    """What the decision notice says (in My Requests and in the email). How to
    appeal is said as it is: from My Requests; a reply to the email is a message."""
    lines = [decision.reason]
    if decision.rung == Decision.Rung.SUSPENSION:
        if decision.suspension_until:
            lines.append(f"The suspension ends on {decision.suspension_until:%d %B %Y at %H:%M} UTC.")
        else:
            lines.append("The suspension stays in place until the review of your account is resolved.")
    if decision.rung == Decision.Rung.PERMANENT_BLOCK:
        lines.append(
            "A permanent block has no end date and does not lift by itself. It changes only if an appeal succeeds."
        )
    if decision.rung in Decision.APPEALABLE_RUNGS and not decision.from_appeal_id:
        request = settings.SITE_URL + reverse("inbox:case", args=[decision.case_id])
        lines.append(
            "If you think this decision is wrong, you can appeal it once within "
            f"{Decision.APPEAL_WINDOW.days} days: open your request in My Requests ({request}) and choose "
            "“Appeal this decision”. A reply to this email reaches the review team as a message on your request; "
            "it does not open an appeal."
        )
    return "\n\n".join(lines)


# --- receivers of cases.signals ----------------------------------------------------------


def on_decision_applied(sender, *, case: Case, decision: Decision, event: CaseEvent, **kwargs) -> None:
    notice_create(
        account=decision.account,
        kind=Notice.Kind.DECISION,
        subject=decision_subject(decision, case),
        body=decision_body(decision),
        case=case,
        event=event,
        article_slug=ARTICLE_FOR_RUNG.get(decision.rung, "feedback-building"),
    )


def on_information_requested(sender, *, case: Case, account, event: CaseEvent, **kwargs) -> None:
    notice_create(
        account=account,
        kind=Notice.Kind.INFO_REQUEST,
        subject=f"We need some information from you (case #{case.pk})",
        body=event.body,
        case=case,
        event=event,
        article_slug="feedback-building",
    )


def on_message_to_user(sender, *, case: Case, account, event: CaseEvent, **kwargs) -> None:
    notice_create(
        account=account,
        kind=Notice.Kind.REVIEWER_MESSAGE,
        subject=f"A message from our Trust & Safety team (case #{case.pk})",
        body=event.body,
        case=case,
        event=event,
    )


def on_appeal_opened(sender, *, case: Case, appeal: Appeal, event: CaseEvent, **kwargs) -> None:
    notice_create(
        account=appeal.account,
        kind=Notice.Kind.APPEAL_RECEIVED,
        subject=f"We received your appeal (case #{case.pk})",
        body=(
            "Thank you. A reviewer who did not take the original decision will look at your appeal and "
            "write to you with the outcome."
        ),
        case=case,
        event=event,
        article_slug="how-to-appeal",
    )


def on_appeal_decided(sender, *, case: Case, appeal: Appeal, event: CaseEvent, **kwargs) -> None:
    notice_create(
        account=appeal.account,
        kind=Notice.Kind.APPEAL_DECIDED,
        subject=f"Your appeal has been {appeal.get_outcome_display().lower()} (case #{case.pk})",
        body=appeal.answer,
        case=case,
        event=event,
        article_slug="how-to-appeal",
    )


# --- called by enforcement (above notifications) ---------------------------------------


def restriction_lifted_notice(*, restriction, event: CaseEvent, reason: str) -> Notice:
    return notice_create(
        account=restriction.account,
        kind=Notice.Kind.RESTRICTION_LIFTED,
        subject="The restriction on your account has been lifted",
        body=(
            "The restriction on your account has been lifted and you can use every part of the "
            f"site again.\n\nWhy: {reason}"
        ),
        case=restriction.case,
        event=event,
        article_slug="after-a-suspension",
    )
