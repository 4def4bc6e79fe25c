from django.urls import path

from .api import ActiveAnnouncementsView

urlpatterns = [
    path("announcements/active", ActiveAnnouncementsView.as_view(), name="api-announcements-active"),
]
