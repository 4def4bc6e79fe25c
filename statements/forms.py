from __future__ import annotations

from datetime import timedelta

from django import forms
from django.utils import timezone


class PeriodForm(forms.Form):
    """?from=&to= (dates, both included). Empty: the last 30 days."""

    start = forms.DateField(required=False, label="From", widget=forms.DateInput(attrs={"type": "date"}))
    end = forms.DateField(required=False, label="To", widget=forms.DateInput(attrs={"type": "date"}))

    def __init__(self, data=None, **kwargs):
        if data is not None:
            data = {"start": data.get("from", ""), "end": data.get("to", "")}
        super().__init__(data, **kwargs)

    def clean(self):
        cleaned = super().clean()
        today = timezone.localdate()
        end = cleaned.get("end") or today
        start = cleaned.get("start") or end - timedelta(days=29)
        if start > end:
            raise forms.ValidationError("The period starts after it ends: put the earlier date in “From”.")
        if (end - start).days > 3660:
            raise forms.ValidationError("Choose a period of ten years or less.")
        cleaned["start"], cleaned["end"] = start, end
        return cleaned
