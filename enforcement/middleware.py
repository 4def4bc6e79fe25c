from __future__ import annotations

from .gates import refuse_html
from .state import restriction_state_for


class RestrictionMiddleware:
    """Attach ``request.restriction`` (lazy; ``None`` when unrestricted) and refuse
    any view marked ``@restricted_action(name)`` whose action the restriction covers.

    Views opt in by marking the action they perform; pages that must stay reachable
    (login, logout, My Requests, help, static files, error pages) perform no
    restricted action and so are never refused. Reading is never restricted.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request._restriction_cache = _UNSET
        request.restriction = LazyRestriction(request)
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        action = getattr(view_func, "restricted_action", None)
        if not action:
            return None
        methods = getattr(view_func, "restricted_methods", None)
        if methods and request.method not in methods:
            return None
        state = request.restriction.get()
        if state is not None and state.blocks(action):
            return refuse_html(request, action, state)
        return None


_UNSET = object()


class LazyRestriction:
    """Evaluates the restriction on first use, at most once per request."""

    __slots__ = ("_request",)

    def __init__(self, request):
        self._request = request

    def get(self):
        request = self._request
        if request._restriction_cache is _UNSET:
            request._restriction_cache = restriction_state_for(request.user)
        return request._restriction_cache

    def __bool__(self) -> bool:
        return self.get() is not None

    def __getattr__(self, name):
        state = self.get()
        if state is None:
            raise AttributeError(name)
        return getattr(state, name)
