from django.contrib import admin

from .models import InboundEmail, VerifiedSenderAddress


@admin.register(InboundEmail)
class InboundEmailAdmin(admin.ModelAdmin):
    """Stored mail is evidence: read-only here; attach or discard from the quarantine."""

    list_display = ["subject", "from_email", "status", "reason", "case", "received_at"]
    list_filter = ["status", "reason", "source"]
    search_fields = ["from_email", "subject", "message_id"]
    exclude = ["raw"]
    readonly_fields = [f.name for f in InboundEmail._meta.fields if f.name != "raw"]

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(VerifiedSenderAddress)
class VerifiedSenderAddressAdmin(admin.ModelAdmin):
    list_display = ["email", "account", "verified_by", "verified_at"]
    search_fields = ["email", "account__email"]
    raw_id_fields = ["account", "verified_by"]

    def save_model(self, request, obj, form, change):
        obj.email = obj.email.strip().lower()
        if not obj.verified_by_id:
            obj.verified_by = request.user
        super().save_model(request, obj, form, change)
