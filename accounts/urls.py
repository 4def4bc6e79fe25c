from django.urls import path

from . import views

app_name = "accounts"
urlpatterns = [
    path("profile/edit/", views.profile_edit, name="profile_edit"),
    path("profile/<id:pk>/", views.profile, name="profile"),
]
