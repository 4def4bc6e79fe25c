from __future__ import annotations

from django.conf import settings
from django.utils.cache import patch_cache_control, patch_vary_headers
from drf_spectacular.utils import extend_schema
from rest_framework.permissions import AllowAny
from rest_framework.response import Response
from rest_framework.views import APIView

from .selectors import Audience, announcements_active
from .serializers import ActiveAnnouncementsSerializer


class ActiveAnnouncementsView(APIView):
    """The announcements active now for the caller: anonymous callers get the
    untargeted ones, signed-in users also those aimed at their country and type.
    Served from the server-side cache; clients may cache it for a minute."""

    permission_classes = [AllowAny]
    pagination_class = None

    @extend_schema(responses=ActiveAnnouncementsSerializer, operation_id="announcements_active")
    def get(self, request):
        payload = announcements_active(Audience.for_user(request.user)).as_json()
        response = Response(payload)
        if request.user.is_authenticated:
            patch_cache_control(response, private=True, max_age=settings.ANNOUNCEMENTS_CACHE_SECONDS)
        else:
            patch_cache_control(response, public=True, max_age=settings.ANNOUNCEMENTS_CACHE_SECONDS)
        patch_vary_headers(response, ["Cookie", "Authorization"])
        return response
