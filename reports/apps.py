from django.apps import AppConfig


class ReportsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "reports"

    def ready(self) -> None:
        from cases.signals import case_status_changed, cases_status_changed

        from .services import on_case_status_changed, on_cases_status_changed

        case_status_changed.connect(on_case_status_changed, dispatch_uid="reports.sync")
        cases_status_changed.connect(on_cases_status_changed, dispatch_uid="reports.sync_many")
