from django.contrib import admin

from .models import AbuseReport, ReportNote


class ReportNoteInline(admin.TabularInline):
    model = ReportNote
    extra = 0
    readonly_fields = ["author", "body", "created_at"]
    can_delete = False


@admin.register(AbuseReport)
class AbuseReportAdmin(admin.ModelAdmin):
    list_display = ["id", "reporter", "reported", "reason", "status", "progress_label", "created_at"]
    list_filter = ["reason", "status"]
    search_fields = ["reporter__email", "reported__email", "details"]
    raw_id_fields = ["reporter", "reported", "contract", "messages", "signal"]
    list_select_related = ["reporter", "reported", "signal__case"]
    inlines = [ReportNoteInline]

    @admin.display(description="Reporter sees")
    def progress_label(self, obj) -> str:
        return obj.progress_label
