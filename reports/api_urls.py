from rest_framework.routers import SimpleRouter

from .api import ReportViewSet

router = SimpleRouter(use_regex_path=False)  # path converters: <id:pk> (core.converters)
router.register("reports", ReportViewSet, basename="api-reports")

urlpatterns = router.urls
