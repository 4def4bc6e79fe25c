from django.contrib import admin

from .models import AbuseReport


@admin.register(AbuseReport)
class AbuseReportAdmin(admin.ModelAdmin):
    list_display = ["id", "reporter", "reported", "reason", "status", "created_at"]
    list_filter = ["reason", "status"]
    search_fields = ["reporter__email", "reported__email", "details"]
    raw_id_fields = ["reporter", "reported", "contract", "messages", "signal"]
