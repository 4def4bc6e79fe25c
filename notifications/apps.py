from django.apps import AppConfig


class NotificationsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "notifications"

    def ready(self) -> None:
        from cases import signals

        from . import (
            notices,
            receivers,  # noqa: F401  (connects anymail's tracking signal)
        )

        for signal, receiver in [
            (signals.decision_applied, notices.on_decision_applied),
            (signals.information_requested, notices.on_information_requested),
            (signals.message_to_user, notices.on_message_to_user),
            (signals.appeal_opened, notices.on_appeal_opened),
            (signals.appeal_decided, notices.on_appeal_decided),
        ]:
            signal.connect(receiver, dispatch_uid=f"notifications.{receiver.__name__}")
