from django.apps import AppConfig


class StatementsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "statements"
    verbose_name = "Statements of reasons"

    def ready(self) -> None:
        from cases import hooks, signals

        from . import receivers

        signals.decision_taking_effect.connect(
            receivers.on_decision_taking_effect, dispatch_uid="statements.on_decision_taking_effect"
        )
        hooks.decision_preview_register(receivers.decision_preview)
