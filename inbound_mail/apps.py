from django.apps import AppConfig


class InboundMailConfig(AppConfig):
    """Mail that reaches us: replies threaded into cases, bounces, the quarantine."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "inbound_mail"

    def ready(self) -> None:
        from . import receivers  # noqa: F401  (connects anymail's inbound signal)
