from django.urls import path

from . import views

app_name = "inbound_mail"
urlpatterns = [
    path("quarantine/", views.quarantine_list, name="quarantine"),
    path("quarantine/<int:pk>/", views.quarantine_detail, name="quarantine_detail"),
    path("quarantine/<int:pk>/attach/", views.quarantine_attach, name="quarantine_attach"),
    path("quarantine/<int:pk>/discard/", views.quarantine_discard, name="quarantine_discard"),
    path("quarantine/<int:pk>/raw/", views.inbound_raw, name="inbound_raw"),
    path("quarantine/<int:pk>/attachments/<int:index>/", views.inbound_attachment, name="inbound_attachment"),
]
