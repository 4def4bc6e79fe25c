"""Notice → email: subject, text and HTML from three templates per notice kind
(``templates/emails/<kind>/subject.txt``, ``body.txt``, ``body.html``), falling
back to ``templates/emails/notice/`` for a kind without its own."""

from __future__ import annotations

import re
from dataclasses import dataclass

from django.conf import settings
from django.template.loader import select_template
from django.urls import reverse

from helpcenter.models import Article
from statements.selectors import statement_for_notice

from .models import Notice


@dataclass(frozen=True)
class RenderedEmail:
    subject: str
    text: str
    html: str


def site_name() -> str:
    return settings.SITE_NAME


def request_url(notice: Notice) -> str:
    """Where the user reads the notice in My Requests: the case's thread, the
    report's thread for a reporter, else the list."""
    if notice.case_id:
        return settings.SITE_URL + reverse("inbox:case", args=[notice.case_id])
    if notice.report_id:
        return settings.SITE_URL + reverse("reports:detail", args=[notice.report_id])
    return settings.SITE_URL + reverse("inbox:index")


def article_url(slug: str) -> str:
    return settings.SITE_URL + reverse("helpcenter:article", args=[slug]) if slug else ""


def article_title(slug: str) -> str:
    """The help article's title when the help centre has it, else one from the slug."""
    if not slug:
        return ""
    title = Article.objects.filter(slug=slug).values_list("title", flat=True).first()
    return title or slug.replace("-", " ").capitalize()


def one_line(text: str) -> str:
    """Header-safe: no line breaks, no runs of spaces."""
    return " ".join(str(text).split())


def notice_email_render(*, notice: Notice, reply_address: str) -> RenderedEmail:
    account = notice.account
    context = {
        "notice": notice,
        "account": account,
        "name": account.display_name if hasattr(account, "display_name") else str(account),
        "case_id": notice.case_id,
        "request_url": request_url(notice),
        "article_url": article_url(notice.article_slug),
        "article_title": article_title(notice.article_slug),
        "site_name": site_name(),
        "site_url": settings.SITE_URL,
        "reply_address": reply_address,
        "attachment_limit_mb": settings.INBOUND_ATTACHMENT_MAX_BYTES // (1024 * 1024) or 1,
        "statement": statement_for_notice(notice),
        "paragraphs": [p.strip() for p in notice.body.replace("\r\n", "\n").split("\n\n") if p.strip()],
    }

    def render(name: str) -> str:
        template = select_template([f"emails/{notice.kind}/{name}", f"emails/notice/{name}"])
        return template.render(context)

    return RenderedEmail(
        subject=one_line(render("subject.txt"))[:500],
        text=re.sub(r"\n{3,}", "\n\n", render("body.txt")).strip() + "\n",
        html=render("body.html"),
    )
