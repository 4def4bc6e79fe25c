from django.contrib.admin.views.decorators import staff_member_required
from django.http import Http404
from django.shortcuts import redirect, render

from . import registry


def refused(request, action: str):
    """The error page a ``redirect``-mode control leads to."""
    if action not in registry.ACTIONS:
        raise Http404
    state = request.restriction.get() if hasattr(request, "restriction") else None
    if state is None or not state.blocks(action):
        return redirect("home")
    from .gates import refuse_html

    return refuse_html(request, action, state)


@staff_member_required
def action_table(request):
    from .models import Level

    rows = [
        {"action": a, "levels": [lvl.label for lvl in Level if lvl in a.levels]} for a in registry.ACTIONS.values()
    ]
    return render(request, "enforcement/action_table.html", {"rows": rows, "levels": list(Level)})
