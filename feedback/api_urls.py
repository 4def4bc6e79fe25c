from django.urls import path

from . import api

urlpatterns = [
    path("contracts/<id:pk>/feedback/", api.ContractFeedback.as_view(), name="contract-feedback"),
]
