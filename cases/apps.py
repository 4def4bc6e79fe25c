from django.apps import AppConfig


class CasesConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "cases"

    def ready(self) -> None:
        from detection.signals import signals_found

        from .services import signals_route

        signals_found.connect(signals_route, dispatch_uid="cases.signals_route")
