"""Sensible 403, 404 and 500 pages."""

from django.core.exceptions import PermissionDenied
from django.test import RequestFactory

from trustsafety import views


def test_404_page_is_ours_and_keeps_the_banner(client, suspended):
    client.force_login(suspended)
    response = client.get("/contracts/987654/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "We couldn’t find that page" in html
    assert 'data-testid="restriction-banner"' in html


def test_403_page_points_a_user_to_my_requests(client, subject):
    client.force_login(subject)
    request = RequestFactory().get("/somewhere/")
    request.user = subject
    response = views.permission_denied(request, PermissionDenied("no"))
    assert response.status_code == 403
    assert b'href="/help/requests/"' in response.content


def test_500_page_renders_without_the_database():
    response = views.server_error(RequestFactory().get("/"))
    assert response.status_code == 500
    assert b"Something went wrong on our side" in response.content
