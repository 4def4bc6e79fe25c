from django.contrib import admin

from .models import Statement


@admin.register(Statement)
class StatementAdmin(admin.ModelAdmin):
    """Read-only: a statement is what the user was told and never changes. The
    submission columns show how the Transparency Database export stands."""

    list_display = ("puid", "restriction", "case", "created_at", "submission", "attempts", "short_error")
    list_filter = ("restriction", "submission")
    search_fields = ("puid", "case__id")
    date_hierarchy = "created_at"
    readonly_fields = [f.name for f in Statement._meta.fields]

    @admin.display(description="last error")
    def short_error(self, obj: Statement) -> str:
        return obj.last_error[:80]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
