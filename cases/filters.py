import django_filters
from django.db.models import Exists, OuterRef, Q
from django.utils import timezone

from detection.kinds import Kind

from .models import Case, CaseSubject


class CaseFilter(django_filters.FilterSet):
    """The queue's filters, for the API."""

    status = django_filters.MultipleChoiceFilter(choices=Case.Status.choices)
    kind = django_filters.MultipleChoiceFilter(choices=Kind.choices)
    priority = django_filters.MultipleChoiceFilter(choices=Case.Priority.choices)
    assignee = django_filters.NumberFilter(field_name="assignee_id")
    unassigned = django_filters.BooleanFilter(field_name="assignee", lookup_expr="isnull")
    open = django_filters.BooleanFilter(method="filter_open")
    overdue = django_filters.BooleanFilter(method="filter_overdue")
    user_replied = django_filters.BooleanFilter(field_name="has_new_user_reply")
    appeal = django_filters.BooleanFilter(field_name="is_appeal")
    q = django_filters.CharFilter(method="filter_q", label="Subject email/name or case number")
    ordering = django_filters.OrderingFilter(fields=["priority", "due_at", "created_at", "updated_at", "id"])

    class Meta:
        model = Case
        fields = ["status", "kind", "priority", "assignee"]

    def filter_open(self, qs, name, value):
        return qs.filter(status__in=Case.OPEN_STATUSES) if value else qs.exclude(status__in=Case.OPEN_STATUSES)

    def filter_overdue(self, qs, name, value):
        overdue = Q(due_at__lt=timezone.now(), status__in=Case.OPEN_STATUSES)
        return qs.filter(overdue) if value else qs.exclude(overdue)

    def filter_q(self, qs, name, value):
        term = value.strip().lstrip("#")
        if not term:
            return qs
        match = Exists(
            CaseSubject.objects.filter(case=OuterRef("pk")).filter(
                Q(account__email__icontains=term) | Q(account__name__icontains=term)
            )
        )
        if term.isdigit():
            return qs.filter(match | Q(pk=int(term)))
        return qs.filter(match)
