from django.urls import path

from . import views

app_name = "inbound_mail"
urlpatterns = [
    path("quarantine/", views.quarantine_list, name="quarantine"),
    path("quarantine/<id:pk>/", views.quarantine_detail, name="quarantine_detail"),
    path("quarantine/<id:pk>/attach/", views.quarantine_attach, name="quarantine_attach"),
    path("quarantine/<id:pk>/discard/", views.quarantine_discard, name="quarantine_discard"),
    path("quarantine/<id:pk>/raw/", views.inbound_raw, name="inbound_raw"),
    path("quarantine/<id:pk>/attachments/<int:index>/", views.inbound_attachment, name="inbound_attachment"),
]
