"""Log-in by email, however it is typed.

Accounts store their email lower-cased (``UserManager``, the import); people type
``Fred@Example.com``. The backend compares the trimmed, lower-cased form, the same
one login throttling counts attempts under (``login_throttle.username``)."""

from __future__ import annotations

from django.contrib.auth.backends import ModelBackend


def normalise_login(value: str | None) -> str | None:
    return value.strip().lower() if isinstance(value, str) else value


class EmailBackend(ModelBackend):
    def authenticate(self, request, username=None, password=None, **kwargs):
        return super().authenticate(request, username=normalise_login(username), password=password, **kwargs)
