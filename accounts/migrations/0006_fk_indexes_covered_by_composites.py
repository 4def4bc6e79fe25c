"""Drop two foreign-key indexes that a composite index on the same table already leads.

identitysignal.account_id leads identity_unique_per_account (account, kind, value_hash);
membership.organization_id leads membership_unique_account_per_org (organization,
account). Each composite serves the lookups, joins and ON DELETE checks on that column,
so the single-column copy only cost writes (bench/README.md, "Seventh round (idx)").

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
        ("accounts", "0005_identity_building_hash"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[
                drop_index("accounts_identitysignal", "account_id", "accounts_identitysignal_account_id_e37b307e"),
                drop_index("accounts_membership", "organization_id", "accounts_membership_organization_id_936776de"),
            ],
            state_operations=[
                migrations.AlterField(
                    model_name="identitysignal",
                    name="account",
                    field=models.ForeignKey(
                        db_index=False,
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="identity_signals",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
                migrations.AlterField(
                    model_name="membership",
                    name="organization",
                    field=models.ForeignKey(
                        db_index=False,
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="memberships",
                        to="accounts.organization",
                    ),
                ),
            ],
        ),
    ]
