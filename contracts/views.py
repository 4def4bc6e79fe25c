"""The marketplace pages a user works on: dashboard, contracts, jobs, withdrawals.

Every view that performs a restricted action carries ``@restricted_action(name)``
(the server refuses it whatever the page shows) and its control is drawn through
the registry in the template (``action_state`` / ``action_control``).
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import Count, Q
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from core.actions import restricted_action
from core.errors import DomainError
from core.submissions import form_key

from .forms import BonusForm, JobForm, MessageForm, PaymentForm, ProposalForm, WithdrawalForm
from .models import Contract, Job, Payment, Proposal, WithdrawalRequest
from .selectors import ZERO, balance_for, contracts_for, party_contract_or_404
from .services import (
    ContractError,
    contract_end,
    job_post,
    message_send,
    payment_create,
    proposal_hire,
    proposal_submit,
    withdrawal_request,
)

# --- reads ---------------------------------------------------------------------------


def contract_page(request, contract: Contract, *, status: int = 200, **forms):
    """Draw the contract page; a view whose form failed passes it back bound, so
    the user sees the error next to what they typed."""
    user = request.user
    is_client = contract.client_id == user.pk
    payments = list(contract.payments.select_related("payer"))
    context = {
        "contract": contract,
        "is_client": is_client,
        "other": contract.freelancer if is_client else contract.client,
        "thread": list(contract.messages.select_related("sender")),
        "payments": payments,
        "paid_total": sum((p.amount for p in payments if p.kind != Payment.Kind.REFUND), ZERO),
        "message_form": forms.get("message_form") or MessageForm(),
        "payment_form": forms.get("payment_form") or PaymentForm(),
        "bonus_form": forms.get("bonus_form") or BonusForm(),
        # The feedback panel (feedback's template tag) shows a bound form passed back here.
        "feedback_form": forms.get("feedback_form"),
    }
    return render(request, "contracts/contract_detail.html", context, status=status)


# --- pages ---------------------------------------------------------------------------


@login_required
def dashboard(request):
    user = request.user
    contracts = list(contracts_for(user)[:8])
    context = {
        "contracts": contracts,
        "active_count": contracts_for(user).filter(status=Contract.Status.ACTIVE).count(),
        "balance": balance_for(user),
        "proposals": list(Proposal.objects.filter(freelancer=user).select_related("job", "job__client")[:5]),
        "jobs": list(
            Job.objects.filter(client=user, status=Job.Status.OPEN)
            .annotate(waiting=Count("proposals", filter=Q(proposals__status=Proposal.Status.SUBMITTED)))
            .order_by("-created_at")[:5]
        ),
    }
    return render(request, "contracts/dashboard.html", context)


@login_required
def contract_list(request):
    status = request.GET.get("status", "")
    qs = contracts_for(request.user)
    if status in Contract.Status.values:
        qs = qs.filter(status=status)
    return render(
        request,
        "contracts/contract_list.html",
        {"contracts": qs, "status": status, "statuses": Contract.Status.choices},
    )


@login_required
def contract_detail(request, pk: int):
    return contract_page(request, party_contract_or_404(request.user, pk))


@login_required
@require_POST
@restricted_action("send_message")
def send_message(request, pk: int):
    contract = party_contract_or_404(request.user, pk)
    form = MessageForm(request.POST)
    if form.is_valid():
        try:
            message = message_send(
                sender=request.user,
                contract=contract,
                body=form.cleaned_data["body"],
                submission_key=form_key(request),
            )
        except DomainError as exc:
            form.add_error(None, exc.message)
            if exc.code == "rate_limited":
                return contract_page(request, contract, message_form=form, status=429)
        else:
            if message.replayed:
                messages.info(
                    request, f"This message was already sent at {message.sent_at:%H:%M}; it was not sent again."
                )
            else:
                messages.success(request, "Message sent.")
            return redirect(reverse("contracts:detail", args=[contract.pk]) + "#messages")
    return contract_page(request, contract, message_form=form, status=400)


def _pay(request, pk: int, form_class, *, form_name: str, kind: str | None = None):
    """Pay on a contract as its client, with the form the page drew."""
    contract = party_contract_or_404(request.user, pk)
    if contract.client_id != request.user.pk:
        messages.error(request, "Only the client of this contract can release payments.")
        return redirect("contracts:detail", pk=contract.pk)
    form = form_class(request.POST)
    if form.is_valid():
        data = form.cleaned_data
        try:
            payment = payment_create(
                contract=contract,
                payer=request.user,
                kind=kind or data["kind"],
                amount=data["amount"],
                submission_key=form_key(request),
            )
        except DomainError as exc:
            form.add_error(None, exc.message)
        else:
            sent = f"{payment.get_kind_display()} of {payment.amount} {contract.currency}"
            if payment.replayed:
                messages.info(request, f"{sent} was already sent at {payment.created_at:%H:%M}; it was not sent again.")
            else:
                messages.success(request, f"{sent} sent to {contract.freelancer}.")
            return redirect(reverse("contracts:detail", args=[contract.pk]) + "#payments")
    return contract_page(request, contract, status=400, **{form_name: form})


@login_required
@require_POST
@restricted_action("release_payment")
def release_payment(request, pk: int):
    """Pay for work on an existing contract (milestone, fixed-price, hourly). The
    registry never refuses it: a restriction on the client must not keep the
    freelancer from being paid for work already done."""
    return _pay(request, pk, PaymentForm, form_name="payment_form")


@login_required
@require_POST
@restricted_action("pay_bonus")
def pay_bonus(request, pk: int):
    """A bonus on top of the contract: refused from a suspension upwards."""
    return _pay(request, pk, BonusForm, form_name="bonus_form", kind=Payment.Kind.BONUS)


@login_required
@require_POST
@restricted_action("end_contract")
def end_contract(request, pk: int):
    contract = party_contract_or_404(request.user, pk)
    try:
        contract_end(contract=contract, actor=request.user)
    except ContractError as exc:
        messages.error(request, exc.message)
    else:
        messages.success(request, "The contract has ended. You can now leave feedback if you haven’t yet.")
    return redirect("contracts:detail", pk=contract.pk)


# --- jobs and proposals --------------------------------------------------------------


@login_required
def job_list(request):
    user = request.user
    open_jobs = (
        Job.objects.filter(status=Job.Status.OPEN)
        .exclude(client=user)
        .select_related("client")
        .annotate(applied=Count("proposals", filter=Q(proposals__freelancer=user)))
        .order_by("-created_at")
    )
    my_jobs = (
        Job.objects.filter(client=user)
        .annotate(waiting=Count("proposals", filter=Q(proposals__status=Proposal.Status.SUBMITTED)))
        .order_by("-created_at")
    )
    return render(request, "contracts/job_list.html", {"open_jobs": open_jobs, "my_jobs": my_jobs})


def _job_page(request, job: Job, *, proposal_form=None, status: int = 200):
    user = request.user
    is_owner = job.client_id == user.pk
    context = {
        "job": job,
        "is_owner": is_owner,
        "proposals": list(job.proposals.select_related("freelancer")) if is_owner else [],
        "my_proposal": None if is_owner else job.proposals.filter(freelancer=user).first(),
        "proposal_form": proposal_form or ProposalForm(initial={"rate": job.budget}),
    }
    return render(request, "contracts/job_detail.html", context, status=status)


def _visible_job_or_404(user, pk: int) -> Job:
    """Open jobs are public to users; a filled or closed one only to its client and
    the freelancers who applied."""
    job = get_object_or_404(Job.objects.select_related("client"), pk=pk)
    if job.status == Job.Status.OPEN or job.client_id == user.pk:
        return job
    if not job.proposals.filter(freelancer=user).exists():
        raise Http404
    return job


@login_required
def job_detail(request, pk: int):
    return _job_page(request, _visible_job_or_404(request.user, pk))


@login_required
@restricted_action("post_job", methods=None)
def job_new(request):
    form = JobForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            job = job_post(client=request.user, **form.cleaned_data, submission_key=form_key(request))
        except DomainError as exc:
            form.add_error(None, exc.message)
        else:
            if job.replayed:
                messages.info(
                    request, f"This job was already posted at {job.created_at:%H:%M}; it was not posted again."
                )
            else:
                messages.success(request, "Your job is posted. Freelancers can now send proposals.")
            return redirect("contracts:job", pk=job.pk)
    return render(request, "contracts/job_form.html", {"form": form}, status=400 if form.errors else 200)


@login_required
@require_POST
@restricted_action("submit_proposal")
def submit_proposal(request, pk: int):
    job = _visible_job_or_404(request.user, pk)
    form = ProposalForm(request.POST)
    if form.is_valid():
        try:
            proposal_submit(job=job, freelancer=request.user, **form.cleaned_data)
        except DomainError as exc:
            form.add_error(None, exc.message)
        else:
            messages.success(request, "Proposal sent. The client will see it with your profile.")
            return redirect("contracts:job", pk=job.pk)
    return _job_page(request, job, proposal_form=form, status=400)


@login_required
@require_POST
@restricted_action("hire")
def hire(request, pk: int):
    proposal = get_object_or_404(Proposal.objects.select_related("job", "freelancer"), pk=pk, job__client=request.user)
    try:
        contract = proposal_hire(proposal=proposal, client=request.user)
    except ContractError as exc:
        messages.error(request, exc.message)
        return redirect("contracts:job", pk=proposal.job_id)
    messages.success(request, f"You hired {proposal.freelancer}. Your contract has started.")
    return redirect("contracts:detail", pk=contract.pk)


# --- withdrawals ---------------------------------------------------------------------


@login_required
def withdrawal_list(request):
    return render(
        request,
        "contracts/withdrawal_list.html",
        {"balance": balance_for(request.user), "withdrawals": WithdrawalRequest.objects.filter(account=request.user)},
    )


@login_required
@restricted_action("request_withdrawal", methods=None)
def withdrawal_new(request):
    form = WithdrawalForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            withdrawal = withdrawal_request(account=request.user, **form.cleaned_data, submission_key=form_key(request))
        except DomainError as exc:
            form.add_error("amount" if isinstance(exc, ContractError) else None, exc.message)
        else:
            if withdrawal.replayed:
                messages.info(
                    request,
                    f"A withdrawal of {withdrawal.amount} USD was already requested at {withdrawal.created_at:%H:%M}; "
                    "it was not requested again.",
                )
            else:
                messages.success(
                    request, f"Withdrawal of {withdrawal.amount} USD requested. It usually arrives in 3 days."
                )
            return redirect("contracts:withdrawals")
    balance = balance_for(request.user)
    status = 400 if form.errors else 200
    return render(request, "contracts/withdrawal_form.html", {"form": form, "balance": balance}, status=status)
