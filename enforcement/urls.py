from django.urls import path

from . import views

app_name = "enforcement"
urlpatterns = [
    path("portal/actions/", views.action_table, name="actions"),
    path("restricted/<str:action>/", views.refused, name="refused"),
]
