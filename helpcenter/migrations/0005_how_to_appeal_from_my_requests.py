""" "How to appeal" saying the truth: an
appeal is sent from My Requests (a reply to the decision email is a message).

The new article is created where missing. The appeal article is rewritten only
where it still holds the words the first migration wrote (editors own it after
that); its summary likewise."""

import hashlib

from django.db import migrations

# The body and summary of "how-to-appeal" as 0002_policy_articles created them.
FIRST_BODY_SHA256 = "57a63776497de079f79a7a1694aa35774bb6661ca91fabd402806606675254d5"
FIRST_SUMMARY = "You have 30 days and one appeal per decision. Send it from My Requests or by replying to our email."


def forwards(apps, schema_editor):
    from helpcenter.policy import HOW_TO_APPEAL, POLICY_ARTICLES, policy_articles_ensure

    Article = apps.get_model("helpcenter", "Article")
    policy_articles_ensure(Article)
    now = next(a for a in POLICY_ARTICLES if a["slug"] == HOW_TO_APPEAL)
    article = Article.objects.filter(slug=HOW_TO_APPEAL).first()
    if article is None:
        return
    fields = []
    if hashlib.sha256(article.body.encode()).hexdigest() == FIRST_BODY_SHA256:
        article.body = now["body"]
        fields.append("body")
    if article.summary == FIRST_SUMMARY:
        article.summary = now["summary"]
        fields.append("summary")
    if fields:
        article.save(update_fields=fields)


class Migration(migrations.Migration):
    dependencies = [("helpcenter", "0004_permanent_blocks_article")]

    # Reversing keeps the articles as they are: editors may have changed them since.
    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
