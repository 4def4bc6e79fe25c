from django.contrib import admin

from core.admin import ReadOnlyAdmin

from .models import Contract, Job, Message, Payment, Proposal, WithdrawalRequest


@admin.register(Contract)
class ContractAdmin(admin.ModelAdmin):
    list_display = [
        "__str__",
        "external_id",
        "client",
        "freelancer",
        "client_org",
        "amount",
        "currency",
        "status",
        "started_at",
    ]
    list_filter = ["status", "currency"]
    search_fields = ["title", "external_id", "client__email", "freelancer__email"]
    list_select_related = ["client", "freelancer", "client_org"]
    raw_id_fields = ["client", "freelancer", "client_org", "job"]
    date_hierarchy = "started_at"


@admin.register(Payment)
class PaymentAdmin(ReadOnlyAdmin):
    """Money moves through contracts.services (under the contract's lock, within its
    amount and the payer's balance); the admin only shows it."""

    list_display = ["external_id", "contract", "payer", "payee", "kind", "amount", "created_at"]
    list_filter = ["kind"]
    search_fields = ["external_id", "payer__email", "payee__email"]
    list_select_related = ["contract", "payer", "payee"]
    raw_id_fields = ["contract", "payer", "payee"]


@admin.register(Message)
class MessageAdmin(admin.ModelAdmin):
    list_display = ["external_id", "sender", "recipient", "contract", "sent_at"]
    search_fields = ["external_id", "body", "sender__email", "recipient__email"]
    list_select_related = ["sender", "recipient", "contract"]
    raw_id_fields = ["sender", "recipient", "contract"]


@admin.register(Job)
class JobAdmin(admin.ModelAdmin):
    list_display = ["title", "client", "budget", "status", "created_at"]
    list_filter = ["status"]
    search_fields = ["title", "client__email"]
    raw_id_fields = ["client"]


@admin.register(Proposal)
class ProposalAdmin(admin.ModelAdmin):
    list_display = ["job", "freelancer", "rate", "status", "created_at"]
    list_filter = ["status"]
    search_fields = ["job__title", "freelancer__email"]
    raw_id_fields = ["job", "freelancer"]


@admin.register(WithdrawalRequest)
class WithdrawalRequestAdmin(ReadOnlyAdmin):
    """Withdrawals are requested through contracts.services (under the account's lock,
    within its balance); the admin only shows them."""

    list_display = ["account", "amount", "status", "created_at"]
    list_filter = ["status"]
    search_fields = ["account__email"]
    raw_id_fields = ["account"]
