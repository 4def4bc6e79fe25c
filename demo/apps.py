from django.apps import AppConfig


class DemoConfig(AppConfig):
    """Demo data for a first run (``manage.py seed_demo``): not product code. It sits
    on top of every other app and nothing imports it."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "demo"
