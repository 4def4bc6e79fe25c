from django.contrib import admin, messages
from django.db.models import Q
from django.utils import timezone

from .models import Announcement, Dismissal
from .services import announcement_end


class StateFilter(admin.SimpleListFilter):
    title = "state"
    parameter_name = "state"

    def lookups(self, request, model_admin):
        return [("active", "Active now"), ("scheduled", "Scheduled"), ("ended", "Ended")]

    def queryset(self, request, queryset):
        now = timezone.now()
        started = Q(start__isnull=True) | Q(start__lte=now)
        not_ended = Q(end__isnull=True) | Q(end__gt=now)
        if self.value() == "active":
            return queryset.filter(started & not_ended)
        if self.value() == "scheduled":
            return queryset.filter(start__gt=now)
        if self.value() == "ended":
            return queryset.filter(end__lte=now)
        return queryset


@admin.register(Announcement)
class AnnouncementAdmin(admin.ModelAdmin):
    list_display = ["title", "state_label", "scope", "icon", "country", "usertype", "start", "end"]
    list_filter = [StateFilter, "scope", "icon", "usertype", "country"]
    search_fields = ["title", "message"]
    readonly_fields = ["preview", "created_by", "created_at", "updated_at"]
    fieldsets = [
        (None, {"fields": ["title", "message", "preview", "icon"]}),
        ("Audience", {"fields": ["scope", "country", "usertype"]}),
        ("When (times are in UTC; leave empty for an open end)", {"fields": ["start", "end"]}),
        ("History", {"fields": ["created_by", "created_at", "updated_at"], "classes": ["collapse"]}),
    ]
    actions = ["end_now"]

    @admin.display(description="State")
    def state_label(self, obj) -> str:
        return obj.state()

    @admin.display(description="How users see the message")
    def preview(self, obj):
        return obj.message_html if obj.pk else "—"

    def save_model(self, request, obj, form, change):
        if not change:
            obj.created_by = request.user
        obj.updated_at = timezone.now()
        super().save_model(request, obj, form, change)

    @admin.action(description="End the selected announcements now")
    def end_now(self, request, queryset):
        count = 0
        for announcement in queryset:
            if announcement.state() != "ended":
                announcement_end(announcement=announcement)
                count += 1
        self.message_user(request, f"{count} announcement(s) ended.", messages.SUCCESS)


@admin.register(Dismissal)
class DismissalAdmin(admin.ModelAdmin):
    list_display = ["announcement", "user", "created_at"]
    raw_id_fields = ["announcement", "user"]
