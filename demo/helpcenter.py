"""Demo data for the help centre: the policy articles (idempotent)."""

from __future__ import annotations

from helpcenter.models import Article
from helpcenter.policy import policy_articles_ensure


def seed(*, stdout) -> None:
    created = policy_articles_ensure(Article)
    stdout.write(f"  help centre: {created} policy article(s) created, {Article.objects.count()} in total")
