from django.contrib import admin
from django.db.models import Count, Q
from django.utils import timezone

from .models import Article, ArticleVote


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ["title", "slug", "category", "is_published", "helpful_votes", "updated_at"]
    list_filter = ["category", "is_published"]
    search_fields = ["title", "slug", "summary", "body"]
    prepopulated_fields = {"slug": ["title"]}
    readonly_fields = ["created_at", "updated_at"]

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .annotate(_votes=Count("votes"), _helpful=Count("votes", filter=Q(votes__helpful=True)))
        )

    @admin.display(description="Helpful")
    def helpful_votes(self, obj) -> str:
        return f"{obj._helpful} of {obj._votes}"

    def save_model(self, request, obj, form, change):
        obj.updated_at = timezone.now()
        super().save_model(request, obj, form, change)


@admin.register(ArticleVote)
class ArticleVoteAdmin(admin.ModelAdmin):
    list_display = ["article", "helpful", "user", "visitor_id", "updated_at"]
    list_filter = ["helpful", "article"]
    raw_id_fields = ["user"]
