"""Every app contributes its API routes here, under /api/v1/."""

from django.urls import include, path

urlpatterns = [
    path("", include("cases.api_urls")),
    path("", include("detection.api_urls")),
    path("", include("contracts.api_urls")),
    path("", include("feedback.api_urls")),
    path("", include("announcements.api_urls")),
    path("", include("reports.api_urls")),
]
