"""An id no database row can have — 25 digits, beyond any integer column — is a 404
like any missing object on every page and API route, and a 400 naming the field
in a request body; never a 500 (F8)."""

from __future__ import annotations

import re

import pytest
from django.urls import URLPattern, URLResolver, get_resolver
from django.urls.converters import IntConverter
from django.urls.resolvers import RegexPattern, RoutePattern
from rest_framework.test import APIClient

from cases import services
from core.converters import IdConverter
from detection.kinds import Kind

pytestmark = pytest.mark.django_db

HUGE = "9" * 25
_ROUTE_PARAM = re.compile(r"<(?:(?P<converter>[^>:]+):)?(?P<name>[^>]+)>")
_REGEX_GROUP = re.compile(r"\(\?P<(?P<name>\w+)>(?P<body>[^)]*)\)")
_DIGITS = {"[0-9]+", r"\d+", "[0-9]{1,19}"}


def _route_part(pattern) -> tuple[str, bool]:
    """One piece of a URL with its parameters filled in, and whether one is an id."""
    if isinstance(pattern, RoutePattern):
        has_id = any(isinstance(c, IntConverter | IdConverter) for c in pattern.converters.values())

        def fill(match):
            converter = pattern.converters.get(match["name"])
            return HUGE if isinstance(converter, IntConverter | IdConverter) else "x"

        return _ROUTE_PARAM.sub(fill, str(pattern)), has_id
    assert isinstance(pattern, RegexPattern)
    text = str(pattern).lstrip("^").rstrip("$").replace("\\.", ".")
    has_id = any(m["body"] in _DIGITS for m in _REGEX_GROUP.finditer(text))
    return _REGEX_GROUP.sub(lambda m: HUGE if m["body"] in _DIGITS else "x", text), has_id


def _urls_with_an_id(patterns, prefix: str = "", has_id: bool = False):
    for entry in patterns:
        part, part_has_id = _route_part(entry.pattern)
        if isinstance(entry, URLResolver):
            yield from _urls_with_an_id(entry.url_patterns, prefix + part, has_id or part_has_id)
        elif isinstance(entry, URLPattern) and (has_id or part_has_id):
            yield "/" + prefix + part


URLS = sorted(set(_urls_with_an_id(get_resolver().url_patterns)))


def test_the_walk_finds_the_routes_with_ids():
    assert len(URLS) > 40
    for expected in (f"/help/requests/case/{HUGE}/", f"/api/v1/cases/{HUGE}/decisions/{HUGE}/approve/"):
        assert expected in URLS


@pytest.mark.parametrize("url", URLS)
def test_a_25_digit_id_is_a_404_on_every_route_never_a_500(client, admin_user, url):
    client.force_login(admin_user)  # staff, senior reviewer and superuser: every view is open to it

    assert client.get(url).status_code == 404
    assert client.post(url, {"body": "x", "reason": "x"}).status_code == 404


@pytest.fixture
def held_case(reviewer, subject):
    case = services.case_open(kind=Kind.SELF_HIRE, accounts=[subject])
    services.case_claim(case=case, reviewer=reviewer)
    return case


@pytest.mark.parametrize(
    "body,field",
    [
        ({"account": int(HUGE), "rung": "education", "reason": "x"}, "account"),
        ({"account": 0, "rung": "education", "reason": "x"}, "account"),
    ],
)
def test_the_decisions_api_answers_400_naming_an_out_of_range_account(reviewer, held_case, body, field):
    api = APIClient()
    api.force_authenticate(reviewer)

    response = api.post(f"/api/v1/cases/{held_case.pk}/decisions/", body, format="json")

    assert response.status_code == 400
    assert field in response.json()


def test_the_decisions_api_answers_400_for_an_out_of_range_feedback_id(reviewer, held_case, subject):
    api = APIClient()
    api.force_authenticate(reviewer)
    body = {"account": subject.pk, "rung": "hide_feedback", "reason": "x", "feedback": [int(HUGE)]}

    response = api.post(f"/api/v1/cases/{held_case.pk}/decisions/", body, format="json")

    assert response.status_code == 400
    assert "feedback" in response.json()


def test_the_reports_api_answers_400_for_an_out_of_range_account(client, client_user):
    client.force_login(client_user)
    body = {"reported": int(HUGE), "reason": "paid_feedback", "details": "Money for stars, twice."}

    response = client.post("/api/v1/reports/", body, content_type="application/json")

    assert response.status_code == 400 and "reported" in response.json()
