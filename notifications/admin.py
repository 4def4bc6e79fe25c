from django.contrib import admin

from .models import Notice, OutboundEmail


@admin.register(Notice)
class NoticeAdmin(admin.ModelAdmin):
    list_display = ["subject", "account", "kind", "case", "created_at", "read_at"]
    list_filter = ["kind"]
    search_fields = ["subject", "account__email"]
    raw_id_fields = ["account", "case", "event", "report"]


@admin.register(OutboundEmail)
class OutboundEmailAdmin(admin.ModelAdmin):
    """The outbox is written by services; the admin only reads it (retry a failed
    send from the portal's undelivered-email page)."""

    list_display = ["subject", "to_email", "status", "attempts", "case", "created_at", "status_changed_at"]
    list_filter = ["status"]
    search_fields = ["to_email", "subject", "message_id", "esp_message_id"]
    raw_id_fields = ["notice", "account", "case"]
    readonly_fields = [f.name for f in OutboundEmail._meta.fields]

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
