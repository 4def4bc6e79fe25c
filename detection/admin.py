from django.contrib import admin

from .models import Signal


@admin.register(Signal)
class SignalAdmin(admin.ModelAdmin):
    list_display = ["kind", "detector", "detector_version", "score", "case", "created_at"]
    list_filter = ["kind", "detector"]
    search_fields = ["explanation", "fingerprint", "accounts__email"]
    raw_id_fields = ["accounts", "case"]
