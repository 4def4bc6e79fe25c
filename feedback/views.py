from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect
from django.urls import reverse
from django.views.decorators.http import require_POST

from contracts.selectors import party_contract_or_404
from contracts.views import contract_page
from core.actions import restricted_action
from core.errors import DomainError
from core.submissions import form_key

from .forms import FeedbackForm
from .services import feedback_leave


@login_required
@require_POST
@restricted_action("leave_feedback")
def leave(request, contract_id: int):
    contract = party_contract_or_404(request.user, contract_id)
    form = FeedbackForm(request.POST)
    if form.is_valid():
        try:
            feedback = feedback_leave(
                contract=contract, author=request.user, **form.cleaned_data, submission_key=form_key(request)
            )
        except DomainError as exc:
            if exc.code != "duplicate":
                form.add_error(None, exc.message)
            else:  # the page no longer shows a form: say it at the top
                messages.error(request, exc.message)
                return redirect(reverse("contracts:detail", args=[contract.pk]) + "#feedback")
        else:
            if feedback.replayed:
                messages.info(request, "Your feedback was already sent; it was not sent again.")
            else:
                messages.success(request, "Thank you. Your feedback is on their profile.")
            return redirect(reverse("contracts:detail", args=[contract.pk]) + "#feedback")
    return contract_page(request, contract, feedback_form=form, status=400)
