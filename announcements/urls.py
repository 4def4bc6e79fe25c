from django.urls import path

from . import views

app_name = "announcements"
urlpatterns = [
    path("<id:pk>/dismiss/", views.dismiss, name="dismiss"),
]
