"""InboundEmail and VerifiedSenderAddress move here from notifications.

State only: the models are created in this app's state over the tables they
already have (notifications_inboundemail, notifications_verifiedsenderaddress),
and notifications 0004 deletes them from its state. No row is touched. Migration
0002 then renames the tables to this app's names."""

import django.db.models.deletion
import django.utils.timezone
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("cases", "0004_four_eyes_and_one_standing_decision"),
        ("notifications", "0003_inbound_reasons"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="InboundEmail",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                            ),
                        ),
                        ("raw", models.BinaryField(help_text="The message exactly as received (RFC 822 bytes)")),
                        ("raw_size", models.PositiveIntegerField(default=0)),
                        ("raw_sha256", models.CharField(max_length=64)),
                        ("message_id", models.CharField(max_length=255, unique=True)),
                        (
                            "source",
                            models.CharField(
                                choices=[
                                    ("webhook", "ESP inbound webhook"),
                                    ("mta", "MTA pipe (stdin)"),
                                    ("maildir", "Maildir import"),
                                    ("demo", "Demo data"),
                                ],
                                max_length=16,
                            ),
                        ),
                        ("esp_name", models.CharField(blank=True, max_length=32)),
                        (
                            "status",
                            models.CharField(
                                choices=[
                                    ("received", "Received (not processed yet)"),
                                    ("threaded", "Added to a case"),
                                    ("quarantined", "Quarantined"),
                                    ("auto_reply", "Automatic message"),
                                    ("discarded", "Discarded"),
                                    ("error", "Processing failed"),
                                ],
                                db_index=True,
                                default="received",
                                max_length=16,
                            ),
                        ),
                        (
                            "reason",
                            models.CharField(
                                blank=True,
                                choices=[
                                    ("no_thread", "No recognisable thread"),
                                    ("token_invalid", "Forged or damaged reply address"),
                                    ("sender_mismatch", "Sender is not the person we wrote to"),
                                    ("spam", "Flagged as spam by the ESP"),
                                    ("auth_failed", "Failed sender authentication (SPF/DKIM/DMARC)"),
                                    ("no_case", "Reply to an email that belongs to no case"),
                                    ("refused_by_case", "The case refused the reply"),
                                    ("empty", "No new text and no attachments"),
                                    ("auto_reply", "Auto-reply or out-of-office"),
                                    ("bounce", "Delivery status notification (bounce)"),
                                    ("receipt", "Read receipt"),
                                    ("mailing_list", "Mailing-list or bulk mail"),
                                    ("from_forged", "Ambiguous or disguised sender (From header)"),
                                    ("bounce_untrusted", "Bounce that did not come back to our signed return path"),
                                    ("unreadable", "Could not be read (malformed or nested too deeply)"),
                                    ("error", "Processing error"),
                                ],
                                max_length=24,
                            ),
                        ),
                        ("detail", models.CharField(blank=True, max_length=500)),
                        ("from_email", models.CharField(blank=True, max_length=320)),
                        ("from_name", models.CharField(blank=True, max_length=200)),
                        ("to_addresses", models.TextField(blank=True)),
                        ("subject", models.CharField(blank=True, max_length=500)),
                        ("sent_at", models.DateTimeField(blank=True, help_text="The message's Date header", null=True)),
                        ("in_reply_to", models.TextField(blank=True)),
                        ("references", models.TextField(blank=True)),
                        ("text", models.TextField(blank=True, help_text="The whole message as text (HTML converted)")),
                        (
                            "html",
                            models.TextField(
                                blank=True, help_text="The HTML part as received; only ever shown sanitised"
                            ),
                        ),
                        (
                            "reply_text",
                            models.TextField(blank=True, help_text="The new text, quotes and signature removed"),
                        ),
                        ("attachments", models.JSONField(blank=True, default=list)),
                        ("spam_detected", models.BooleanField(blank=True, null=True)),
                        ("spam_score", models.FloatField(blank=True, null=True)),
                        ("auth_results", models.JSONField(blank=True, default=dict)),
                        ("received_at", models.DateTimeField(db_index=True, default=django.utils.timezone.now)),
                        ("processed_at", models.DateTimeField(blank=True, null=True)),
                        ("reviewed_at", models.DateTimeField(blank=True, null=True)),
                        ("review_note", models.TextField(blank=True)),
                        (
                            "account",
                            models.ForeignKey(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                related_name="inbound_emails",
                                to=settings.AUTH_USER_MODEL,
                            ),
                        ),
                        (
                            "case",
                            models.ForeignKey(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.PROTECT,
                                related_name="inbound_emails",
                                to="cases.case",
                            ),
                        ),
                        (
                            "event",
                            models.OneToOneField(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.PROTECT,
                                related_name="inbound_email",
                                to="cases.caseevent",
                            ),
                        ),
                        (
                            "outbound",
                            models.ForeignKey(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                related_name="replies",
                                to="notifications.outboundemail",
                            ),
                        ),
                        (
                            "reviewed_by",
                            models.ForeignKey(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.PROTECT,
                                related_name="+",
                                to=settings.AUTH_USER_MODEL,
                            ),
                        ),
                    ],
                    options={
                        "db_table": "notifications_inboundemail",
                        "ordering": ["-received_at", "-id"],
                    },
                ),
                migrations.CreateModel(
                    name="VerifiedSenderAddress",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                            ),
                        ),
                        ("email", models.CharField(help_text="Stored lower-case", max_length=320)),
                        ("verified_at", models.DateTimeField(default=django.utils.timezone.now)),
                        ("note", models.CharField(blank=True, max_length=300)),
                        (
                            "account",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="verified_sender_addresses",
                                to=settings.AUTH_USER_MODEL,
                            ),
                        ),
                        (
                            "verified_by",
                            models.ForeignKey(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.PROTECT,
                                related_name="+",
                                to=settings.AUTH_USER_MODEL,
                            ),
                        ),
                    ],
                    options={
                        "db_table": "notifications_verifiedsenderaddress",
                        "constraints": [
                            models.UniqueConstraint(fields=("account", "email"), name="verified_sender_unique")
                        ],
                    },
                ),
            ],
            database_operations=[],
        ),
    ]
