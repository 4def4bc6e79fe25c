from django.contrib import admin

from .models import Feedback


@admin.register(Feedback)
class FeedbackAdmin(admin.ModelAdmin):
    list_display = ["external_id", "author", "recipient", "rating", "visibility", "created_at"]
    list_filter = ["visibility", "rating"]
    search_fields = ["external_id", "comment", "author__email", "recipient__email"]
    list_select_related = ["author", "recipient"]
    raw_id_fields = ["contract", "author", "recipient", "hidden_by_case"]
    readonly_fields = ["visibility", "hidden_reason", "hidden_at", "hidden_by_case"]
