"""What we tell a user, and when: the notices for the case lifecycle's domain events
(``cases.signals``) and for a restriction lifted or ended. Each receiver runs inside
the case service's transaction and records one notice; its email goes out after
commit (``services.notice_create``). Connected in NotificationsConfig.ready.

Every notice says what happened in its subject and its first sentence, in the
user's terms and from the user's side (a user who won an appeal reads that they
won, never "overturned"); the reviewer's own words follow. The pages of My
Requests use the same headlines (``decision_headline``, ``APPEAL_HEADLINE``).
"""

from __future__ import annotations

from datetime import UTC

from django.conf import settings
from django.urls import reverse

from cases import policy
from cases.models import Appeal, Case, CaseEvent, Decision

from .models import Notice
from .services import notice_create

# The help article that explains each decision (helpcenter.policy has them).
FEEDBACK_BUILDING = "feedback-building"
AFTER_A_SUSPENSION = "after-a-suspension"
PERMANENT_BLOCKS = "permanent-blocks"
HOW_TO_APPEAL = "how-to-appeal"

ARTICLE_FOR_RUNG = {
    Decision.Rung.EDUCATION: FEEDBACK_BUILDING,
    Decision.Rung.REQUEST_INFO: FEEDBACK_BUILDING,
    Decision.Rung.HIDE_FEEDBACK: FEEDBACK_BUILDING,
    Decision.Rung.SUSPENSION: AFTER_A_SUSPENSION,
    Decision.Rung.PERMANENT_BLOCK: PERMANENT_BLOCKS,
    Decision.Rung.NO_VIOLATION: FEEDBACK_BUILDING,
}
DECISION_HEADLINE = {
    Decision.Rung.NO_VIOLATION: "We found no violation on your account",
    Decision.Rung.EDUCATION: "A reminder of our feedback policy",
    Decision.Rung.HIDE_FEEDBACK: "Some feedback on your account has been hidden",
    Decision.Rung.SUSPENSION: "Your account has been suspended",
    Decision.Rung.PERMANENT_BLOCK: "Your account has been permanently blocked",
}
# The appeal's outcome as the user who appealed reads it.
APPEAL_HEADLINE = {
    Appeal.Outcome.UPHOLD: "Your appeal was not successful: the decision stands",
    Appeal.Outcome.MODIFY: "Your appeal was partly successful: we changed the decision",
    Appeal.Outcome.OVERTURN: "Your appeal was successful: we reversed the decision",
}


def _when(moment) -> str:
    return f"{moment.astimezone(UTC):%d %B %Y at %H:%M} UTC"


def _suspension_until(until, *, applied_at=None) -> str:
    if until:
        return f"until {_when(until)}"
    latest = _when(policy.interim_suspension_end(applied_at))
    return f"until the review of your account is resolved (at the latest {latest}, unless the review closes sooner)"


def decision_headline(rung: str) -> str:
    return DECISION_HEADLINE.get(rung, "A decision about your account")


def decision_first_sentence(rung: str, *, suspension_until=None, applied_at=None) -> str:
    """What the decision does to the account, in one or two sentences."""
    site = settings.SITE_NAME
    return {
        Decision.Rung.NO_VIOLATION: (
            "We looked into activity on your account and found no violation of our feedback policy. "
            "Nothing changes on your account."
        ),
        Decision.Rung.EDUCATION: (
            "We found activity on your account that goes against our feedback policy. This time we are only "
            "explaining the rule: nothing on your account is restricted."
        ),
        Decision.Rung.HIDE_FEEDBACK: (
            "We found feedback on your account that was not earned through real work and have hidden it: it no "
            "longer shows on your profile or counts towards your rating."
        ),
        Decision.Rung.SUSPENSION: (
            f"Your account is suspended {_suspension_until(suspension_until, applied_at=applied_at)}: "
            "some actions are paused until then. "
            "You can still read everything, pay for work already done on your contracts and reply to us."
        ),
        Decision.Rung.PERMANENT_BLOCK: (
            f"Your account is permanently blocked: you can no longer offer work, hire or leave feedback on {site}. "
            "A permanent block has no end date and does not lift by itself. "
            "You can still sign in to read your requests, pay for work already done on your contracts and appeal."
        ),
    }.get(rung, "We have made a decision about your account.")


def decision_subject(decision: Decision, case: Case) -> str:
    return f"{decision_headline(decision.rung)} (case #{case.pk})"


def decision_body(decision: Decision) -> str:
    """What the decision notice says (in My Requests and in the email). How to
    appeal is said as it is: from My Requests; a reply to the email is a message."""
    lines = [
        decision_first_sentence(
            decision.rung, suspension_until=decision.suspension_until, applied_at=decision.applied_at
        ),
        decision.reason,
    ]
    if decision.rung in Decision.APPEALABLE_RUNGS and not decision.from_appeal_id:
        request = settings.SITE_URL + reverse("inbox:case", args=[decision.case_id])
        lines.append(
            "If you think this decision is wrong, you can appeal it once within "
            f"{Decision.APPEAL_WINDOW.days} days: open your request in My Requests ({request}) and choose "
            "“Appeal this decision”. A reply to this email reaches the review team as a message on your request; "
            "it does not open an appeal."
        )
    return "\n\n".join(lines)


# What the replacement decision of a modified appeal now is, in the user's terms.
_NOW_IT_IS = {
    Decision.Rung.NO_VIOLATION: "we found no violation, and nothing on your account is restricted",
    Decision.Rung.EDUCATION: "it is now a reminder of our policy, and nothing on your account is restricted",
    Decision.Rung.HIDE_FEEDBACK: "the feedback we found stays hidden, and nothing else on your account is restricted",
    Decision.Rung.PERMANENT_BLOCK: "your account is now permanently blocked",
}


def appeal_subject(appeal: Appeal, case: Case) -> str:
    return f"{APPEAL_HEADLINE[appeal.outcome]} (case #{case.pk})"


def appeal_first_sentence(appeal: Appeal) -> str:
    if appeal.outcome == Appeal.Outcome.OVERTURN:
        return (
            "You were right to appeal: we reversed our decision and undid what it did. Any restriction on your "
            "account is lifted, any feedback we hid is back on your profile, and the decision no longer counts "
            "against your account."
        )
    if appeal.outcome == Appeal.Outcome.MODIFY:
        if appeal.new_rung == Decision.Rung.SUSPENSION:
            now = f"your account is now suspended {_suspension_until(appeal.new_suspension_until)}"
        else:
            now = _NOW_IT_IS.get(appeal.new_rung, "the new decision replaces the first one")
        return f"We looked at your appeal and changed our decision: {now}."
    return "We looked at your appeal again, and the decision stays as it was."


def appeal_body(appeal: Appeal) -> str:
    return f"{appeal_first_sentence(appeal)}\n\n{appeal.answer}"


def appeal_article(appeal: Appeal) -> str:
    if appeal.outcome == Appeal.Outcome.MODIFY:
        return ARTICLE_FOR_RUNG.get(appeal.new_rung, HOW_TO_APPEAL)
    return HOW_TO_APPEAL


# --- receivers of cases.signals ----------------------------------------------------------


def on_decision_applied(sender, *, case: Case, decision: Decision, event: CaseEvent, **kwargs) -> None:
    notice_create(
        account=decision.account,
        kind=Notice.Kind.DECISION,
        subject=decision_subject(decision, case),
        body=decision_body(decision),
        case=case,
        event=event,
        article_slug=ARTICLE_FOR_RUNG.get(decision.rung, FEEDBACK_BUILDING),
    )


def on_information_requested(sender, *, case: Case, account, event: CaseEvent, **kwargs) -> None:
    notice_create(
        account=account,
        kind=Notice.Kind.INFO_REQUEST,
        subject=f"We need some information from you (case #{case.pk})",
        body=event.body,
        case=case,
        event=event,
        article_slug=FEEDBACK_BUILDING,
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
        article_slug=HOW_TO_APPEAL,
    )


def on_appeal_decided(sender, *, case: Case, appeal: Appeal, event: CaseEvent, **kwargs) -> None:
    notice_create(
        account=appeal.account,
        kind=Notice.Kind.APPEAL_DECIDED,
        subject=appeal_subject(appeal, case),
        body=appeal_body(appeal),
        case=case,
        event=event,
        article_slug=appeal_article(appeal),
    )


# --- called by enforcement (above notifications) ---------------------------------------

RESTRICTION_ARTICLE = {"blocked": PERMANENT_BLOCKS}


def restriction_lifted_notice(*, restriction, event: CaseEvent, reason: str) -> Notice:
    return notice_create(
        account=restriction.account,
        kind=Notice.Kind.RESTRICTION_LIFTED,
        subject="The restriction on your account has been lifted",
        body=(f"We lifted the restriction on your account: you can use every part of the site again.\n\nWhy: {reason}"),
        case=restriction.case,
        event=event,
        article_slug=RESTRICTION_ARTICLE.get(restriction.level, AFTER_A_SUSPENSION),
    )


def restriction_ended_notice(*, restriction, event: CaseEvent | None) -> Notice:
    """The restriction reached its end date by itself (no one lifted it)."""
    label = restriction.get_level_display().lower()
    what = "suspension" if restriction.level == "suspended" else "restriction"
    return notice_create(
        account=restriction.account,
        kind=Notice.Kind.RESTRICTION_LIFTED,
        subject=f"Your {what} has ended",
        body=(
            f"Your account is no longer {label}: the {what} ended on {_when(restriction.ends_at)}, as planned, "
            "and you can use every part of the site again.\n\n"
            "The decision stays on your account's record for a while: if feedback building happens again, the next "
            "decision is likely to be stricter."
        ),
        case=restriction.case,
        event=event,
        article_slug=AFTER_A_SUSPENSION,
    )
