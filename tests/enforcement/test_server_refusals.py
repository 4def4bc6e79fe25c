"""A crafted POST to a restricted endpoint is refused whatever the page showed."""

import pytest
from django.urls import get_resolver

from enforcement import registry
from enforcement.models import Level
from tests.enforcement.world import marketplace_snapshot, restrict_only


def _marked_views():
    found = {}

    def walk(patterns):
        for p in patterns:
            if hasattr(p, "url_patterns"):
                walk(p.url_patterns)
            elif getattr(p.callback, "restricted_action", None):
                found.setdefault(p.callback.restricted_action, []).append(p.callback)

    walk(get_resolver().url_patterns)
    return found


def test_every_registry_action_has_a_view_the_server_guards():
    marked = _marked_views()
    assert set(marked) == set(registry.ACTIONS), "each action needs a view marked @restricted_action(name)"


def test_every_registry_action_has_an_endpoint_in_these_tests(endpoints):
    assert set(endpoints) == set(registry.ACTIONS)


@pytest.mark.parametrize("level", [Level.LIMITED, Level.SUSPENDED, Level.BLOCKED])
@pytest.mark.parametrize("action_name", sorted(registry.ACTIONS))
def test_crafted_post_is_refused_exactly_when_the_level_restricts_the_action(
    client, suspended, endpoints, action_name, level
):
    restrict_only(suspended, level)
    client.force_login(suspended)
    url, data = endpoints[action_name]
    before = marketplace_snapshot(suspended)

    response = client.post(url, data)

    if registry.get(action_name).restricted_for(level):
        assert response.status_code == 403
        assert response.templates[0].name == "enforcement/restricted.html"
        assert response.context["action"].name == action_name
        assert marketplace_snapshot(suspended) == before, "a refused action must change nothing"
    else:
        assert response.status_code in (200, 302), response.content.decode()[:500]
        assert marketplace_snapshot(suspended) != before, f"{action_name} should have gone through"


@pytest.mark.parametrize("action_name", sorted(registry.ACTIONS))
def test_unrestricted_user_can_perform_every_action(client, suspended, endpoints, action_name):
    restrict_only(suspended, None)
    client.force_login(suspended)
    url, data = endpoints[action_name]
    before = marketplace_snapshot(suspended)

    response = client.post(url, data)

    assert response.status_code == 302, response.content.decode()[:800]
    assert marketplace_snapshot(suspended) != before


def test_other_unsafe_methods_are_refused_too(client, suspended, endpoints):
    client.force_login(suspended)
    url, _ = endpoints["send_message"]
    assert client.put(url, "body=x", content_type="application/x-www-form-urlencoded").status_code == 403
    assert client.delete(url).status_code == 403


def test_form_pages_of_redirect_actions_are_refused_on_get(client, suspended, endpoints):
    """The form page whose only purpose is the action shows the error page, not a
    form that cannot be sent."""
    client.force_login(suspended)
    for name in ("post_job", "request_withdrawal", "edit_profile"):
        response = client.get(endpoints[name][0])
        assert response.status_code == 403
        assert b'data-testid="restricted-error"' in response.content


def test_error_page_explains_and_links_to_my_requests_and_the_article(client, suspended, world, endpoints):
    client.force_login(suspended)
    response = client.post(*endpoints["send_message"])
    html = response.content.decode()
    assert "You can’t send a message right now" in html
    assert f'href="/help/requests/case/{world["case"].pk}/"' in html
    assert 'href="/help/articles/after-a-suspension/"' in html
    assert "lifts by itself" in html  # the suspension has an end date


def test_decorator_refuses_even_without_the_middleware(client, suspended, endpoints, settings):
    settings.MIDDLEWARE = [m for m in settings.MIDDLEWARE if m != "enforcement.middleware.RestrictionMiddleware"]
    client.force_login(suspended)
    response = client.post(*endpoints["send_message"])
    assert response.status_code == 403


def test_error_page_for_redirect_controls(client, suspended):
    client.force_login(suspended)
    response = client.get("/restricted/hire/")
    assert response.status_code == 403
    assert "You can’t hire a freelancer right now".encode() in response.content


def test_error_page_sends_an_unrestricted_user_home(client, subject):
    client.force_login(subject)
    response = client.get("/restricted/hire/")
    assert response.status_code == 302


def test_error_page_for_an_unknown_action_is_404(client, suspended):
    client.force_login(suspended)
    assert client.get("/restricted/nonsense/").status_code == 404
