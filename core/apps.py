from django.apps import AppConfig


class CoreConfig(AppConfig):
    """The bottom layer: what every app shares (domain errors, permissions, the
    restricted-action names, the API's error handler). It imports no other app."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "core"
