from django.contrib.admin.views.decorators import staff_member_required
from django.http import Http404
from django.shortcuts import redirect, render

from . import registry
from .gates import refuse_html, request_state
from .models import Level


def refused(request, action: str):
    """The error page a ``redirect``-mode control leads to. Someone the action is
    not restricted for (any more) goes back to their dashboard."""
    if action not in registry.ACTIONS:
        raise Http404
    state = request_state(request)
    if state is None or not state.blocks(action):
        return redirect("home")
    return refuse_html(request, action, state)


@staff_member_required
def action_table(request):
    rows = [{"action": a, "levels": [lvl.label for lvl in Level if lvl in a.levels]} for a in registry.ACTIONS.values()]
    return render(
        request,
        "enforcement/action_table.html",
        {"rows": rows, "levels": list(Level), "innocent_party": registry.INNOCENT_PARTY},
    )
