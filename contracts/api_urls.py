from django.urls import path
from rest_framework.routers import SimpleRouter

from . import api

router = SimpleRouter(use_regex_path=False)  # path converters: <id:pk> (core.converters)
router.register("contracts", api.ContractViewSet, basename="my-contract")

urlpatterns = [
    *router.urls,
    path("contracts/<id:pk>/messages/", api.ContractMessages.as_view(), name="contract-messages"),
    path("contracts/<id:pk>/payments/", api.ContractPayments.as_view(), name="contract-payments"),
    path("contracts/<id:pk>/bonuses/", api.ContractBonuses.as_view(), name="contract-bonuses"),
]
