"""InboundEmail and VerifiedSenderAddress now belong to inbound_mail (its 0001 takes
them over in its state). State only: the tables and their rows stay as they are."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("notifications", "0003_inbound_reasons"),
        ("inbound_mail", "0001_initial"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.DeleteModel(name="InboundEmail"),
                migrations.DeleteModel(name="VerifiedSenderAddress"),
            ],
            database_operations=[],
        ),
    ]
