from django.apps import AppConfig


class EnforcementConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "enforcement"

    def ready(self) -> None:
        from core import actions

        from . import checks, receivers  # noqa: F401  (system checks; receivers of cases' signals)
        from .gates import api_gate, html_gate

        actions.gates_register(html=html_gate, api=api_gate)
