"""Each control is drawn as the registry says, and every page carries the banner."""

import re

import pytest
from django.urls import reverse

from enforcement import registry
from enforcement.models import Level
from tests.enforcement.world import restrict_only


def control_pages(world):
    """Where each action's control lives for the suspended freelancer."""
    return {
        "leave_feedback": f"/contracts/{world['ended'].pk}/",
        "send_message": f"/contracts/{world['active'].pk}/",
        "submit_proposal": f"/jobs/{world['open_job'].pk}/",
        "hire": f"/jobs/{world['own_job'].pk}/",
        "post_job": "/jobs/",
        "request_withdrawal": "/withdrawals/",
        "edit_profile": f"/profile/{world['user'].pk}/",
        "release_payment": f"/contracts/{world['subcontract'].pk}/",
        "pay_bonus": f"/contracts/{world['subcontract'].pk}/",
        "end_contract": f"/contracts/{world['active'].pk}/",
    }


def control_tags(html, name):
    return re.findall(rf'<(?:button|a)\b[^>]*data-action="{name}"[^>]*>', html)


def test_every_registry_action_has_a_page_here(world):
    assert set(control_pages(world)) == set(registry.ACTIONS)


@pytest.mark.parametrize("level", [None, Level.LIMITED, Level.SUSPENDED, Level.BLOCKED])
def test_controls_degrade_as_the_registry_says(client, world, level):
    user = restrict_only(world["user"], level)
    client.force_login(user)
    for name, path in control_pages(world).items():
        action = registry.get(name)
        html = client.get(path).content.decode()
        tags = control_tags(html, name)
        if level is None or not action.restricted_for(level):
            assert tags, f"{name}: no control on {path}"
            assert all('data-state="enabled"' in t and "disabled" not in t for t in tags), (name, tags)
        elif action.mode == registry.HIDDEN:
            assert tags == [], f"{name} should be hidden on {path}"
        elif action.mode == registry.DISABLED:
            assert tags and all('data-state="disabled"' in t and " disabled" in t for t in tags), (name, tags)
            dom_id = re.search(r'aria-describedby="([^"]+)"', html).group(1)
            assert f'id="{dom_id}"' in html
            assert f"You can’t {action.phrase} while your account is" in html
        elif action.mode == registry.REDIRECT:
            assert tags and all(f'href="/restricted/{name}/"' in t for t in tags), (name, tags)


def test_disabled_composer_keeps_the_thread_readable(client, suspended, world):
    client.force_login(suspended)
    html = client.get(f"/contracts/{world['active'].pk}/").content.decode()
    assert "Could you send the first draft by Thursday?" in html
    assert re.search(r"<fieldset[^>]*disabled", html)


PAGES = [
    "/dashboard/",
    "/contracts/",
    "/jobs/",
    "/jobs/new/",
    "/withdrawals/",
    "/withdrawals/new/",
    "/help/requests/",
    "/restricted/hire/",
]


@pytest.mark.parametrize("path", PAGES)
def test_banner_on_every_page_links_to_the_request(client, suspended, world, path):
    client.force_login(suspended)
    html = client.get(path).content.decode()
    assert 'data-testid="restriction-banner"' in html
    assert "Your account is suspended." in html
    assert f'href="/help/requests/case/{world["case"].pk}/" data-testid="restriction-banner-link"' in html


def test_banner_on_pages_with_ids_and_the_404_page(client, suspended, world):
    client.force_login(suspended)
    for path in [
        f"/contracts/{world['active'].pk}/",
        f"/profile/{suspended.pk}/",
        f"/help/requests/case/{world['case'].pk}/",
        "/contracts/999999/",
    ]:
        assert b'data-testid="restriction-banner"' in client.get(path).content, path


def test_no_banner_for_an_unrestricted_user(client, subject):
    client.force_login(subject)
    assert b"restriction-banner" not in client.get("/dashboard/").content


def test_banner_without_a_case_links_to_my_requests(client, subject):
    restrict_only(subject, Level.LIMITED)
    client.force_login(subject)
    html = client.get("/dashboard/").content.decode()
    assert "Your account is limited." in html
    assert 'href="/help/requests/" data-testid="restriction-banner-link"' in html


def test_action_table_for_staff_only(client, reviewer, subject):
    client.force_login(subject)
    assert client.get(reverse("enforcement:actions")).status_code == 302
    client.force_login(reviewer)
    html = client.get(reverse("enforcement:actions")).content.decode()
    for action in registry.ACTIONS.values():
        assert f"<code>{action.name}</code>" in html
