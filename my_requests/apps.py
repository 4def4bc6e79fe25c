from django.apps import AppConfig


class MyRequestsConfig(AppConfig):
    """Help › My Requests: where a user reads every notice about their account,
    replies to it and appeals a decision."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "my_requests"
