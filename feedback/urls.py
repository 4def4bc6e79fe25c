from django.urls import path

from . import views

app_name = "feedback"
urlpatterns = [
    path("contracts/<id:contract_id>/feedback/", views.leave, name="leave"),
]
