from django.urls import path

from . import views

app_name = "notifications"
urlpatterns = [
    path("email/undelivered/", views.undelivered_list, name="undelivered"),
    path("email/<int:pk>/", views.outbound_detail, name="outbound_detail"),
    path("email/<int:pk>/retry/", views.outbound_retry, name="outbound_retry"),
]
