from __future__ import annotations

import pytest

from helpcenter.models import Article
from helpcenter.policy import policy_articles_ensure


@pytest.fixture
def policy_articles(db):
    # The data migration creates them, but a transactional test elsewhere may have
    # flushed the database since: make sure, the same way the demo does.
    policy_articles_ensure(Article)
    return {a.slug: a for a in Article.objects.all()}


@pytest.fixture
def article(db) -> Article:
    return Article.objects.create(
        title="Getting paid on time",
        slug="getting-paid",
        category=Article.Category.GETTING_STARTED,
        body="## When money arrives\nPayments clear after **five days**.\n\n- Fixed price\n- Hourly",
    )
