from django.urls import path

from . import views

app_name = "notifications"
urlpatterns = [
    path("email/undelivered/", views.undelivered_list, name="undelivered"),
    path("email/<id:pk>/", views.outbound_detail, name="outbound_detail"),
    path("email/<id:pk>/retry/", views.outbound_retry, name="outbound_retry"),
]
