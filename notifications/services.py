from __future__ import annotations

from django.db import transaction

from .models import Notice


def notice_create(
    *,
    account,
    kind: str,
    subject: str,
    body: str,
    case=None,
    event=None,
    report=None,
    article_slug: str = "",
) -> Notice:
    """Record a notice for the user. Call inside the business transaction; the
    email goes out after commit."""
    notice = Notice.objects.create(
        account=account,
        kind=kind,
        subject=subject,
        body=body,
        case=case,
        event=event,
        report=report,
        article_slug=article_slug,
    )
    transaction.on_commit(lambda: _after_commit(notice.pk))
    return notice


def _after_commit(notice_id: int) -> None:
    """Hook for outbound email (the email work fills this in)."""
    return None
