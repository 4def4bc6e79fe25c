from django.urls import path
from rest_framework.routers import SimpleRouter

from . import api

router = SimpleRouter()
router.register("contracts", api.ContractViewSet, basename="my-contract")

urlpatterns = [
    *router.urls,
    path("contracts/<int:pk>/messages/", api.ContractMessages.as_view(), name="contract-messages"),
    path("contracts/<int:pk>/payments/", api.ContractPayments.as_view(), name="contract-payments"),
    path("contracts/<int:pk>/bonuses/", api.ContractBonuses.as_view(), name="contract-bonuses"),
]
