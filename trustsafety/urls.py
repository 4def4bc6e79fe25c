from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView

from . import views

urlpatterns = [
    path("", views.home, name="home"),
    path("login/", auth_views.LoginView.as_view(template_name="registration/login.html"), name="login"),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("admin/", admin.site.urls),
    # Marketplace pages a user acts on.
    path("", include("contracts.urls")),
    path("", include("feedback.urls")),
    path("", include("accounts.urls")),
    # Help › My Requests, help centre, reports, announcements.
    path("help/requests/", include("my_requests.urls")),
    path("help/", include("helpcenter.urls")),
    path("report/", include("reports.urls")),
    path("announcements/", include("announcements.urls")),
    # Reviewer portal.
    path("portal/", include("cases.urls")),
    path("portal/", include("statements.urls")),
    path("portal/", include("detection.urls")),
    path("", include("enforcement.urls")),
    path("portal/", include("notifications.urls")),
    path("portal/", include("inbound_mail.urls")),
    # Email webhooks: anymail's views for the configured ESP only (ANYMAIL_ESP), authenticated.
    path("anymail/", include("inbound_mail.webhook_urls")),
    # REST API.
    path("api/v1/", include("trustsafety.api_urls")),
    path("api/schema/", SpectacularAPIView.as_view(), name="api-schema"),
    path("api/docs/", SpectacularSwaggerSplitView.as_view(url_name="api-schema"), name="api-docs"),
]

handler403 = "trustsafety.views.permission_denied"
handler404 = "trustsafety.views.page_not_found"
handler500 = "trustsafety.views.server_error"
