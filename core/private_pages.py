"""Pages for a signed-in user hold their data (a case, their requests, their
contracts): no cache may keep them, neither a shared one nor the browser's disk
(a shared computer, the back button after logging out)."""

from __future__ import annotations

from django.utils.cache import patch_cache_control


class PrivateNoStoreMiddleware:
    """``Cache-Control: private, no-store`` on every response to a signed-in user,
    unless the view chose its own caching (the announcements API caches the
    site-wide banners privately for a minute)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated and not response.has_header("Cache-Control"):
            patch_cache_control(response, private=True, no_store=True)
        return response
