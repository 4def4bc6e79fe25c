from django.contrib import admin

from .models import Restriction


@admin.register(Restriction)
class RestrictionAdmin(admin.ModelAdmin):
    list_display = ["account", "level", "starts_at", "ends_at", "lifted_at", "case"]
    list_filter = ["level"]
    search_fields = ["account__email", "reason"]
    list_select_related = ["account"]
    raw_id_fields = ["account", "case", "decision", "created_by", "lifted_by"]

    # Restrictions change only through the services (audited); the admin reads.
    # An enforcement ends by an event (lifted, expired), it never vanishes.
    def has_change_permission(self, request, obj=None):
        return False

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
