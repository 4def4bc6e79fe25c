"""The moved tables take this app's names, and the content types (and with them
the admin permissions granted on these models) follow the models."""

from django.db import migrations

MOVED = ("inboundemail", "verifiedsenderaddress")


def content_types_follow(apps, schema_editor, *, old: str, new: str) -> None:
    ContentType = apps.get_model("contenttypes", "ContentType")
    db = schema_editor.connection.alias
    for model in MOVED:
        if ContentType.objects.using(db).filter(app_label=new, model=model).exists():
            continue  # already there (created by a later post_migrate): keep it
        ContentType.objects.using(db).filter(app_label=old, model=model).update(app_label=new)


def forwards(apps, schema_editor):
    content_types_follow(apps, schema_editor, old="notifications", new="inbound_mail")


def backwards(apps, schema_editor):
    content_types_follow(apps, schema_editor, old="inbound_mail", new="notifications")


class Migration(migrations.Migration):
    dependencies = [
        ("inbound_mail", "0001_initial"),
        ("notifications", "0004_inbound_mail_moved"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.AlterModelTable(name="inboundemail", table=None),
        migrations.AlterModelTable(name="verifiedsenderaddress", table=None),
        migrations.RunPython(forwards, backwards),
    ]
