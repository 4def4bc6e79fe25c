"""The restricted actions are named in core and ruled in enforcement; start-up
checks say when the two disagree or a view names an action nobody knows."""

import pytest
from django.core import checks
from django.test import override_settings
from django.urls import path
from rest_framework.views import APIView

from core import actions
from core.actions import ActionAllowed, restricted_action
from enforcement import registry


class TypoView(APIView):
    permission_classes = [ActionAllowed]
    restricted_actions = {"POST": "leave_feedbak"}


class TypoUrls:
    urlpatterns = [path("typo/", TypoView.as_view())]


def enforcement_errors():
    return [e for e in checks.run_checks() if e.id and e.id.startswith("enforcement.")]


def test_the_project_passes_the_action_checks(db):
    assert enforcement_errors() == []


@override_settings(ROOT_URLCONF=TypoUrls)
def test_an_api_view_naming_an_unknown_action_fails_the_checks(db):
    assert [e.id for e in enforcement_errors()] == ["enforcement.E003"]


def test_an_action_without_a_rule_fails_the_checks(db, monkeypatch):
    monkeypatch.setitem(actions.ACTIONS, "give_gift", actions.Action("give_gift", "Give a gift", "A new action."))
    assert [e.id for e in enforcement_errors()] == ["enforcement.E001"]


def test_a_typo_in_a_tagged_view_fails_at_import():
    with pytest.raises(KeyError, match="leave_feedbak"):
        restricted_action("leave_feedbak")


def test_enforcement_rules_every_named_action():
    assert set(registry.ACTIONS) == set(actions.ACTIONS)
