from __future__ import annotations

from .gates import refuse_html
from .state import restriction_state_for


class RestrictionMiddleware:
    """Attach ``request.restriction`` (lazy; ``.get()`` is ``None`` when unrestricted)
    and refuse any view marked ``@restricted_action(name)`` whose action the
    restriction covers.

    Views opt in by marking the action they perform; pages that must stay reachable
    (login, logout, My Requests, help, static files, error pages) perform no
    restricted action and so are never refused. Reading is never restricted.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.restriction = LazyRestriction(request)
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        action = getattr(view_func, "restricted_action", None)
        if not action:
            return None
        methods = getattr(view_func, "restricted_methods", None)
        if methods is not None and request.method not in methods:
            return None
        state = request.restriction.get()
        if state is not None and state.blocks(action):
            return refuse_html(request, action, state)
        return None


_UNSET = object()


class LazyRestriction:
    """Evaluates the restriction on first use, at most once per request and user.

    The answer is remembered together with the user it was computed for: a view
    that logs someone in or out (or DRF authenticating a token after the
    middleware ran) gets a fresh answer for the new user, never a stale one.
    """

    __slots__ = ("_request", "_user", "_state")

    def __init__(self, request):
        self._request = request
        self._user = _UNSET
        self._state = None

    def get(self, user=None):
        if user is None:
            user = getattr(self._request, "user", None)
        if user is not self._user:
            self._state = restriction_state_for(user) if user is not None else None
            self._user = user
        return self._state

    def __bool__(self) -> bool:
        return self.get() is not None

    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        state = self.get()
        if state is None:
            raise AttributeError(name)
        return getattr(state, name)
