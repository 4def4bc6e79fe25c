from django.urls import path

from . import views

app_name = "detection"
urlpatterns = [
    path("signals/", views.signal_list, name="signal_list"),
    path("accounts/<int:pk>/signals/", views.account_signals, name="account_signals"),
]
