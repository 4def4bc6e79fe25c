import django_filters

from detection.kinds import Kind

from . import selectors
from .models import Case


class CaseFilter(django_filters.FilterSet):
    """The queue's filters for the API. Search and "overdue" are the page's own
    (``selectors.search``, ``selectors.overdue_q``), so both find the same cases."""

    status = django_filters.MultipleChoiceFilter(choices=Case.Status.choices)
    kind = django_filters.MultipleChoiceFilter(choices=Kind.choices)
    source = django_filters.ChoiceFilter(
        choices=Case.Source.choices, method="filter_source", help_text="report: every case a user reported"
    )
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
        return qs.filter(selectors.overdue_q()) if value else qs.exclude(selectors.overdue_q())

    def filter_source(self, qs, name, value):
        return selectors.by_source(qs, value)

    def filter_q(self, qs, name, value):
        return selectors.search(qs, value)
