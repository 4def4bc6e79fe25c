"""Create the policy articles added since 0002 (the permanent-block article that
decision notices link to); existing articles are left as their editors keep them."""

from django.db import migrations


def create_missing_policy_articles(apps, schema_editor):
    from helpcenter.policy import policy_articles_ensure

    policy_articles_ensure(apps.get_model("helpcenter", "Article"))


class Migration(migrations.Migration):
    dependencies = [("helpcenter", "0003_vote_address_hash")]

    # Reversing keeps the articles: editors may have changed them since.
    operations = [migrations.RunPython(create_missing_policy_articles, migrations.RunPython.noop)]
