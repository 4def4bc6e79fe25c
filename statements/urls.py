from django.urls import path

from . import views

app_name = "statements"

urlpatterns = [
    path("transparency/", views.report_page, name="report"),
    path("transparency.csv", views.report_csv, name="report_csv"),
]
