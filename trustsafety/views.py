from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET


@require_GET
def home(request):
    """Staff land in the reviewer portal; marketplace users on their dashboard."""
    user = request.user
    if user.is_authenticated:
        if user.is_staff:
            return redirect("cases:queue")
        return redirect("contracts:dashboard")
    return render(request, "home.html")


def permission_denied(request, exception=None):
    return render(request, "errors/403.html", {"reason": str(exception or "")}, status=403)


def page_not_found(request, exception=None):
    return render(request, "errors/404.html", status=404)


def server_error(request):
    # No context processors that touch the database: the database may be the problem.
    from django.http import HttpResponseServerError
    from django.template import loader

    return HttpResponseServerError(loader.get_template("errors/500.html").render())
