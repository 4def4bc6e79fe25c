"""Drop two foreign-key indexes that a composite index on the same table already leads.

feedback.contract_id leads feedback_one_per_author_per_contract (contract, author);
feedback.recipient_id leads feedback_recipient_vis_idx (recipient, visibility). Each
composite serves the lookups, joins and ON DELETE checks on that column, so the
single-column copy only cost writes (bench/README.md, "Seventh round (idx)").

Only the index is dropped: Django's AlterField would also drop and re-add the foreign
key constraint on PostgreSQL (re-checking every row) and rebuild the table on SQLite,
so the database side is a plain DROP INDEX, which both accept.
"""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


def drop_index(table, column, name):
    return migrations.RunSQL(
        f'DROP INDEX IF EXISTS "{name}"',
        reverse_sql=f'CREATE INDEX IF NOT EXISTS "{name}" ON "{table}" ("{column}")',
    )


class Migration(migrations.Migration):
    dependencies = [
        ("feedback", "0001_initial"),
        ("contracts", "0001_initial"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[
                drop_index("feedback_feedback", "contract_id", "feedback_feedback_contract_id_f98770b3"),
                drop_index("feedback_feedback", "recipient_id", "feedback_feedback_recipient_id_5722ddd8"),
            ],
            state_operations=[
                migrations.AlterField(
                    model_name="feedback",
                    name="contract",
                    field=models.ForeignKey(
                        db_index=False,
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="feedback",
                        to="contracts.contract",
                    ),
                ),
                migrations.AlterField(
                    model_name="feedback",
                    name="recipient",
                    field=models.ForeignKey(
                        db_index=False,
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="feedback_received",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
            ],
        ),
    ]
