from rest_framework.routers import SimpleRouter

from .api import CaseViewSet

router = SimpleRouter(use_regex_path=False)  # path converters: <id:pk> (core.converters)
router.register("cases", CaseViewSet, basename="case")
urlpatterns = router.urls
