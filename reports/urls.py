from django.urls import path

from . import views

app_name = "reports"
urlpatterns = [
    path("", views.report_index, name="index"),
    path("new/", views.report_new, name="new"),
    path("<int:pk>/", views.report_detail, name="detail"),
    path("<int:pk>/add/", views.report_note, name="note"),
    path("<int:pk>/message-reporter/", views.message_reporter, name="message_reporter"),
]
