from django.apps import AppConfig
from django.urls import register_converter
from django.urls.converters import get_converters

from .converters import IdConverter
from .request_log import connect_task_logging


class CoreConfig(AppConfig):
    """The bottom layer: what every app shares (domain errors, permissions, the
    restricted-action names, the API's error handler, the ``<id:…>`` URL converter,
    one-time submission keys, /healthz, structured request and task logs). It
    imports no other app."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "core"

    def ready(self) -> None:
        if "id" not in get_converters():
            register_converter(IdConverter, "id")
        connect_task_logging()
