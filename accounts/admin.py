from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin

from .models import IdentitySignal, Membership, Organization, User


class MembershipInline(admin.TabularInline):
    model = Membership
    extra = 0
    autocomplete_fields = ["organization"]


@admin.register(User)
class UserAdmin(BaseUserAdmin):
    ordering = ["email"]
    list_display = [
        "email",
        "name",
        "kind",
        "country",
        "external_id",
        "rating_average",
        "rating_count",
        "restriction_level",
        "is_staff",
    ]
    list_filter = ["kind", "is_staff", "is_active", "restriction_level", "groups", "country"]
    search_fields = ["email", "name", "external_id"]
    readonly_fields = [
        "rating_average",
        "rating_count",
        "restriction_level",
        "restriction_ends_at",
        "last_login",
        "date_joined",
    ]
    inlines = [MembershipInline]
    fieldsets = (
        (None, {"fields": ("email", "password")}),
        ("Marketplace", {"fields": ("name", "kind", "country", "external_id", "rating_average", "rating_count")}),
        ("Restriction summary", {"fields": ("restriction_level", "restriction_ends_at")}),
        ("Staff", {"fields": ("is_active", "is_staff", "is_superuser", "groups")}),
        ("Dates", {"fields": ("last_login", "date_joined")}),
    )
    add_fieldsets = ((None, {"classes": ("wide",), "fields": ("email", "name", "kind", "password1", "password2")}),)


@admin.register(Organization)
class OrganizationAdmin(admin.ModelAdmin):
    list_display = ["name", "external_id", "created_at"]
    search_fields = ["name", "external_id"]
    inlines = [MembershipInline]


@admin.register(Membership)
class MembershipAdmin(admin.ModelAdmin):
    list_display = ["account", "organization", "role"]
    list_filter = ["role"]
    search_fields = ["account__email", "organization__name"]
    list_select_related = ["account", "organization"]
    raw_id_fields = ["account", "organization"]


@admin.register(IdentitySignal)
class IdentitySignalAdmin(admin.ModelAdmin):
    list_display = ["account", "kind", "short_hash", "first_seen", "last_seen"]
    list_filter = ["kind"]
    search_fields = ["account__email", "value_hash"]
    list_select_related = ["account"]
    raw_id_fields = ["account"]

    @admin.display(description="Value hash")
    def short_hash(self, obj):
        return obj.value_hash[:16] + "…"
