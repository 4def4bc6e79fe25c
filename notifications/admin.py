from django.contrib import admin

from .models import Notice


@admin.register(Notice)
class NoticeAdmin(admin.ModelAdmin):
    list_display = ["subject", "account", "kind", "case", "created_at", "read_at"]
    list_filter = ["kind"]
    search_fields = ["subject", "account__email"]
    raw_id_fields = ["account", "case", "event", "report"]
