from django.apps import AppConfig
from django.contrib.auth.signals import user_login_failed


class AccountsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "accounts"

    def ready(self) -> None:
        from .login_throttle import account_alarm

        user_login_failed.connect(account_alarm, dispatch_uid="accounts.login_throttle.account_alarm")
