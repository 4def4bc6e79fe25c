from __future__ import annotations

from django import forms

from cases.models import Case, CaseSubject

from .models import InboundEmail


class QuarantineFilterForm(forms.Form):
    show = forms.ChoiceField(
        required=False,
        choices=[("held", "Held for review"), ("automatic", "Automatic mail"), ("reviewed", "Already reviewed")],
    )
    reason = forms.ChoiceField(required=False, choices=[("", "Any reason"), *InboundEmail.Reason.choices])


class AttachForm(forms.Form):
    case = forms.IntegerField(label="Case number", min_value=1)
    account = forms.EmailField(
        label="Sent on behalf of (a subject of the case)",
        required=False,
        help_text="Leave empty when the case has one subject.",
    )
    trust_sender = forms.BooleanField(label="Trust this sender address for that person from now on", required=False)

    def clean(self):
        data = super().clean()
        case_id = data.get("case")
        if not case_id:
            return data
        case = Case.objects.filter(pk=case_id).first()
        if case is None:
            raise forms.ValidationError(f"There is no case #{case_id}.")
        subjects = list(CaseSubject.objects.filter(case=case).select_related("account"))
        wanted = (data.get("account") or "").lower()
        if wanted:
            matches = [s.account for s in subjects if s.account.email.lower() == wanted]
        else:
            matches = [s.account for s in subjects] if len(subjects) == 1 else []
        if len(matches) != 1:
            choices = ", ".join(s.account.email for s in subjects) or "none"
            raise forms.ValidationError(f"Say which subject of case #{case.pk} sent it ({choices}).")
        data["case_obj"], data["account_obj"] = case, matches[0]
        return data


class DiscardForm(forms.Form):
    note = forms.CharField(label="Why discard it?", widget=forms.Textarea(attrs={"rows": 2}), max_length=1000)
