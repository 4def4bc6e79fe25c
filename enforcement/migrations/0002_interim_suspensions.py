"""A suspension "until resolved" is marked as interim (it ends when its case
closes). Existing open-ended suspensions are marked too; their end date is left
as it was (no restriction ends silently because of a deploy)."""

from django.db import migrations, models


def mark_interim(apps, schema_editor):
    Restriction = apps.get_model("enforcement", "Restriction")
    Restriction.objects.filter(level="suspended", ends_at__isnull=True).update(until_resolved=True)


class Migration(migrations.Migration):
    dependencies = [
        ("enforcement", "0001_initial"),
    ]

    operations = [
        migrations.AddField(
            model_name="restriction",
            name="until_resolved",
            field=models.BooleanField(
                default=False,
                help_text="Interim: ends when its case is closed, at the latest at ends_at "
                "(cases.policy.interim_suspension_end)",
            ),
        ),
        migrations.AlterField(
            model_name="restriction",
            name="ends_at",
            field=models.DateTimeField(blank=True, help_text="Empty: no end date (a permanent block)", null=True),
        ),
        migrations.RunPython(mark_interim, migrations.RunPython.noop),
    ]
