"""Drop three foreign-key indexes that a composite index on the same table already leads.

contract.client_id leads contract_parties_idx (client, freelancer), contract.freelancer_id
leads contract_parties_rev_idx (freelancer, client), message.sender_id leads
message_pair_idx (sender, recipient). Each composite serves the lookups, joins and
ON DELETE checks on that column, so the single-column copy only cost writes
(bench/README.md, "Seventh round (idx)").

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
        ("contracts", "0003_one_submission_key_for_every_form"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[
                drop_index("contracts_contract", "client_id", "contracts_contract_client_id_14fe7bca"),
                drop_index("contracts_contract", "freelancer_id", "contracts_contract_freelancer_id_ce480582"),
                drop_index("contracts_message", "sender_id", "contracts_message_sender_id_d0abf55d"),
            ],
            state_operations=[
                migrations.AlterField(
                    model_name="contract",
                    name="client",
                    field=models.ForeignKey(
                        db_index=False,
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="contracts_as_client",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
                migrations.AlterField(
                    model_name="contract",
                    name="freelancer",
                    field=models.ForeignKey(
                        db_index=False,
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="contracts_as_freelancer",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
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
