from __future__ import annotations

from django import forms


class FeedbackForm(forms.Form):
    RATING_CHOICES = [(5, "5 — excellent"), (4, "4 — good"), (3, "3 — fair"), (2, "2 — poor"), (1, "1 — very poor")]
    rating = forms.TypedChoiceField(
        label="Rating",
        choices=RATING_CHOICES,
        coerce=int,
        widget=forms.RadioSelect,
        error_messages={"required": "Choose a rating from 1 to 5 stars."},
    )
    comment = forms.CharField(
        label="Comment (public on their profile)",
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
