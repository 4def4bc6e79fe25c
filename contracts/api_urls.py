from django.urls import path
from rest_framework.routers import SimpleRouter

from . import api

router = SimpleRouter()
router.register("contracts", api.ContractViewSet, basename="my-contract")

urlpatterns = [
    *router.urls,
    path("contracts/<int:pk>/messages/", api.ContractMessages.as_view(), name="contract-messages"),
]
