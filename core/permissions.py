"""Who is a reviewer, and the one way views, the API and services ask it.

The roles themselves live on the user model (``accounts``): ``is_reviewer`` and
``is_senior_reviewer``. Everything here reads those two properties only.
"""

from __future__ import annotations

from functools import wraps

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from rest_framework import permissions

from .errors import DomainError


def is_reviewer(user) -> bool:
    return bool(user is not None and user.is_authenticated and user.is_reviewer)


def is_senior(user) -> bool:
    return is_reviewer(user) and bool(user.is_senior_reviewer)


def require_reviewer(user) -> None:
    if not is_reviewer(user):
        raise DomainError("Only reviewers can do this.", "not_reviewer")


def require_senior(user, doing: str = "do this") -> None:
    require_reviewer(user)
    if not is_senior(user):
        raise DomainError(f"Only a senior reviewer can {doing}.", "not_senior")


def _role_required(check, refusal: str):
    def decorator(view):
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            if not request.user.is_authenticated:
                return redirect_to_login(request.get_full_path())
            if not check(request.user):
                raise PermissionDenied(refusal)
            return view(request, *args, **kwargs)

        return wrapped

    return decorator


reviewer_required = _role_required(is_reviewer, "Reviewers only")
senior_required = _role_required(is_senior, "Senior reviewers only")


class IsReviewer(permissions.BasePermission):
    message = "Reviewers only."

    def has_permission(self, request, view) -> bool:
        return is_reviewer(request.user)


class IsSeniorReviewer(permissions.BasePermission):
    message = "Senior reviewers only."

    def has_permission(self, request, view) -> bool:
        return is_senior(request.user)
