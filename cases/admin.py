from django.contrib import admin

from core.admin import ReadOnlyAdmin  # moderation records change only through services that write the timeline

from .models import Appeal, Case, CaseEvent, CaseSubject, Decision, Evidence, Macro, Strike


class CaseSubjectInline(admin.TabularInline):
    model = CaseSubject
    extra = 0
    raw_id_fields = ["account"]
    can_delete = False


@admin.register(Case)
class CaseAdmin(ReadOnlyAdmin):
    list_display = ["id", "kind", "status", "priority", "assignee", "due_at", "has_new_user_reply", "created_at"]
    list_filter = ["status", "kind", "priority", "source", "has_new_user_reply", "is_appeal"]
    search_fields = ["=id", "title", "subjects__email"]
    list_select_related = ["assignee"]
    inlines = [CaseSubjectInline]


@admin.register(CaseEvent)
class CaseEventAdmin(ReadOnlyAdmin):
    list_display = ["case", "type", "actor", "account", "visible_to_user", "created_at"]
    list_filter = ["type", "visible_to_user"]
    search_fields = ["=case__id", "body"]
    list_select_related = ["case", "actor", "account"]


@admin.register(Evidence)
class EvidenceAdmin(ReadOnlyAdmin):
    list_display = ["case", "kind", "object_id", "note", "created_at"]
    list_filter = ["kind"]


@admin.register(Decision)
class DecisionAdmin(ReadOnlyAdmin):
    list_display = ["case", "account", "rung", "status", "decided_by", "approved_by", "created_at"]
    list_filter = ["rung", "status"]
    search_fields = ["=case__id", "account__email"]
    list_select_related = ["case", "account", "decided_by", "approved_by"]


@admin.register(Strike)
class StrikeAdmin(ReadOnlyAdmin):
    list_display = ["account", "severity", "created_at", "expires_at", "voided_at"]
    list_filter = ["severity"]
    search_fields = ["account__email"]


@admin.register(Appeal)
class AppealAdmin(ReadOnlyAdmin):
    list_display = ["decision", "account", "status", "outcome", "decided_by", "created_at"]
    list_filter = ["status", "outcome"]
    search_fields = ["account__email"]


@admin.register(Macro)
class MacroAdmin(admin.ModelAdmin):
    """Reason and message templates; saving one with an unknown placeholder is
    refused with the list of the known ones (``Macro.clean``)."""

    list_display = ["title", "use", "kind", "rung", "is_active", "updated_at"]
    list_filter = ["use", "kind", "rung", "is_active"]
    search_fields = ["title", "body"]
