"""Create the policy articles that notices and the restriction page link to."""

from django.db import migrations


def create_policy_articles(apps, schema_editor):
    from helpcenter.policy import policy_articles_ensure

    policy_articles_ensure(apps.get_model("helpcenter", "Article"))


class Migration(migrations.Migration):
    dependencies = [("helpcenter", "0001_articles")]

    # Reversing keeps the articles: editors may have changed them since.
    operations = [migrations.RunPython(create_policy_articles, migrations.RunPython.noop)]
