from django.urls import path

from . import views

app_name = "reports"
urlpatterns = [
    path("", views.report_index, name="index"),
    path("new/", views.report_new, name="new"),
    path("<id:pk>/", views.report_detail, name="detail"),
    path("<id:pk>/add/", views.report_note, name="note"),
    path("<id:pk>/message-reporter/", views.message_reporter, name="message_reporter"),
]
