"""Drop message.sender_id's own index: message_pair_idx (sender, recipient) leads with it
and serves the lookups, joins and ON DELETE checks on the column, so the single-column
copy only cost writes (bench/README.md, "Seventh round (idx)").

Contract client_id and freelancer_id keep theirs although contract_parties_idx and
contract_parties_rev_idx lead with them: without them PostgreSQL chose a full scan for
"client IN (500 ids) OR freelancer IN (500 ids)".

Only the index is dropped: Django's AlterField would also drop and re-add the foreign
key constraint on PostgreSQL (re-checking every row) and rebuild the table on SQLite,
so the database side is a plain DROP INDEX, which both accept.
"""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("contracts", "0003_one_submission_key_for_every_form"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[
                migrations.RunSQL(
                    'DROP INDEX IF EXISTS "contracts_message_sender_id_d0abf55d"',
                    reverse_sql=(
                        'CREATE INDEX IF NOT EXISTS "contracts_message_sender_id_d0abf55d" '
                        'ON "contracts_message" ("sender_id")'
                    ),
                ),
            ],
            state_operations=[
                migrations.AlterField(
                    model_name="message",
                    name="sender",
                    field=models.ForeignKey(
                        db_index=False,
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="messages_sent",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
            ],
        ),
    ]
