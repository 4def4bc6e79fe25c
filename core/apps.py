from django.apps import AppConfig

from .request_log import connect_task_logging


class CoreConfig(AppConfig):
    """The bottom layer: what every app shares (domain errors, permissions, the
    restricted-action names, the API's error handler). It imports no other app."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "core"

    def ready(self):
        connect_task_logging()
