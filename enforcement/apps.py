from django.apps import AppConfig


class EnforcementConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "enforcement"

    def ready(self) -> None:
        from cases import signals
        from core import actions

        from . import checks, receivers  # noqa: F401  (system checks)
        from .gates import api_gate, html_gate

        actions.gates_register(html=html_gate, api=api_gate)
        signals.decision_taking_effect.connect(receivers.on_decision_taking_effect, dispatch_uid="enforcement.apply")
        signals.case_status_changed.connect(receivers.on_case_status_changed, dispatch_uid="enforcement.close")
        signals.decision_reversed.connect(receivers.on_decision_reversed, dispatch_uid="enforcement.lift")
