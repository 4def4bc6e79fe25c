"""System checks: every restricted action has a rule, and every view tagged with
one names an action that exists."""

from __future__ import annotations

from django.core import checks
from django.urls import URLPattern, URLResolver, get_resolver

from core import actions

from . import registry


def _views(patterns, prefix=""):
    for entry in patterns:
        if isinstance(entry, URLResolver):
            yield from _views(entry.url_patterns, prefix + str(entry.pattern))
        elif isinstance(entry, URLPattern):
            yield prefix + str(entry.pattern), entry.callback


@checks.register()
def restricted_actions_have_rules(app_configs=None, **kwargs):
    errors = []
    for name in sorted(set(actions.ACTIONS) - set(registry.RULES)):
        errors.append(
            checks.Error(
                f"Restricted action {name!r} has no rule in enforcement.registry.RULES.", id="enforcement.E001"
            )
        )
    for name in sorted(set(registry.RULES) - set(actions.ACTIONS)):
        errors.append(
            checks.Error(
                f"enforcement.registry.RULES names {name!r}, which core.actions does not.", id="enforcement.E002"
            )
        )
    return errors


@checks.register(checks.Tags.urls)
def tagged_views_name_registered_actions(app_configs=None, **kwargs):
    errors = []
    for route, view in _views(get_resolver().url_patterns):
        names = [getattr(view, "restricted_action", None)]
        view_class = getattr(view, "cls", None)  # DRF views
        names += list((getattr(view_class, "restricted_actions", None) or {}).values())
        for name in filter(None, names):
            if name not in registry.ACTIONS:
                errors.append(
                    checks.Error(
                        f"The view at {route!r} performs {name!r}, which is not a registered restricted action.",
                        id="enforcement.E003",
                    )
                )
    return errors
