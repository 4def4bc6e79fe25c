from django.apps import AppConfig


class DetectionConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "detection"

    def ready(self) -> None:
        from core.signals import marketplace_activity

        from .tasks import on_marketplace_activity

        marketplace_activity.connect(on_marketplace_activity, dispatch_uid="detection.incremental")
