from __future__ import annotations

from django import forms
from django.contrib.auth import get_user_model
from django.db.models import Q

from accounts.models import Role
from detection.kinds import Kind
from helpcenter import policy as help_policy
from helpcenter.models import Article

from .models import Appeal, Case, Decision
from .services import SubjectDecision


def policy_article_choices(blank: str) -> list[tuple[str, str]]:
    """The published help-centre articles a decision can rest on, after ``blank``."""
    articles = Article.objects.filter(is_published=True).order_by("category", "position", "title")
    return [("", blank)] + [(a.slug, a.title) for a in articles.only("slug", "title")]


class QueueFilterForm(forms.Form):
    q = forms.CharField(
        required=False, label="Search", widget=forms.TextInput(attrs={"placeholder": "Email, name or #case"})
    )
    status = forms.ChoiceField(
        required=False,
        choices=[("open", "Open"), ("all", "All")] + list(Case.Status.choices),
    )
    kind = forms.ChoiceField(required=False, choices=[("", "Any kind")] + list(Kind.choices))
    source = forms.ChoiceField(required=False, choices=[("", "Any source")] + list(Case.Source.choices))
    priority = forms.ChoiceField(required=False, choices=[("", "Any priority")] + list(Case.Priority.choices))
    assignee = forms.ChoiceField(required=False, choices=[("", "Anyone"), ("me", "Me"), ("none", "Unassigned")])
    overdue = forms.BooleanField(required=False, label="Overdue")
    user_replied = forms.BooleanField(required=False, label="User replied")
    sort = forms.ChoiceField(
        required=False,
        choices=[
            ("priority", "Priority"),
            ("due", "Due soonest"),
            ("newest", "Newest"),
            ("oldest", "Oldest"),
            ("updated", "Recently updated"),
        ],
    )


class BulkForm(forms.Form):
    """The queue's bulk bar: what to do with the selected cases."""

    action = forms.ChoiceField(
        choices=[("assign", "Assign to"), ("release", "Release"), ("close_duplicate", "Close as duplicate")],
        error_messages={"required": "Choose what to do with the selected cases."},
    )
    assignee = forms.ModelChoiceField(queryset=None, required=False, empty_label="me")
    reason = forms.CharField(required=False, max_length=1000)

    def __init__(self, *args, reviewers=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["assignee"].queryset = reviewers if reviewers is not None else get_user_model().objects.none()


def reviewers_queryset():
    """Who can be given a case: staff with a reviewer role, by name."""
    return (
        get_user_model()
        .objects.filter(is_staff=True, is_active=True)
        .filter(Q(groups__name__in=(Role.REVIEWER, Role.SENIOR_REVIEWER, Role.ADMIN)) | Q(is_superuser=True))
        .distinct()
        .order_by("name", "email")
    )


class SavedViewForm(forms.Form):
    name = forms.CharField(max_length=80, error_messages={"required": "Give the view a name."})


class NoteForm(forms.Form):
    body = forms.CharField(widget=forms.Textarea(attrs={"rows": 3}), label="Internal note (reviewers only)")


class MessageForm(forms.Form):
    KIND_CHOICES = [
        ("message", "Message to the user"),
        ("request_info", "Request information (case waits on the user)"),
    ]
    kind = forms.ChoiceField(choices=KIND_CHOICES, widget=forms.RadioSelect, initial="message")
    account = forms.ModelChoiceField(queryset=get_user_model().objects.none(), label="To")
    macro = forms.ChoiceField(required=False, label="Macro", choices=[("", "— macro —")])
    body = forms.CharField(widget=forms.Textarea(attrs={"rows": 4}), label="What the user will read", required=False)

    def __init__(self, *args, case: Case, macros: list[dict] = (), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["account"].queryset = case.subjects.all()
        self.macros = list(macros)
        self.fields["macro"].choices = [("", "— macro —")] + [(str(m["id"]), m["title"]) for m in self.macros]

    def clean(self):
        data = super().clean()
        body = (data.get("body") or "").strip()
        if not body and data.get("macro") and data.get("account"):
            texts = {str(m["id"]): m["texts"] for m in self.macros}  # without JavaScript: the macro's text
            body = texts.get(data["macro"], {}).get(data["account"].pk, "")
        if not body:
            self.add_error("body", "Write the message, or choose a macro.")
        data["body"] = body
        return data


class DecisionForm(forms.Form):
    account = forms.ModelChoiceField(queryset=get_user_model().objects.none(), label="Account")
    rung = forms.ChoiceField(choices=Decision.Rung.choices, label="Decision")
    reason = forms.CharField(widget=forms.Textarea(attrs={"rows": 4}), label="Reason (the user reads this)")
    internal_note = forms.CharField(widget=forms.Textarea(attrs={"rows": 2}), required=False, label="Internal note")
    suspension_until = forms.DateTimeField(
        required=False,
        label="Suspended until (empty: until resolved)",
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}),
        input_formats=["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M", "%Y-%m-%d"],
    )
    feedback = forms.MultipleChoiceField(required=False, label="Feedback to hide", widget=forms.CheckboxSelectMultiple)
    policy_article = forms.ChoiceField(
        required=False,
        label="Policy article it rests on (the user gets a link)",
        help_text="Required for hidden feedback, a suspension or a permanent block.",
    )
    legal_ground = forms.CharField(
        required=False,
        max_length=500,
        label="Legal ground (optional: only when the behaviour also breaks a law)",
        widget=forms.TextInput(attrs={"placeholder": "e.g. Directive 2005/29/EC, Annex I point 23b (fake reviews)"}),
    )

    def __init__(self, *args, case: Case, feedback_choices=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["account"].queryset = case.subjects.all()
        self.fields["feedback"].choices = list(feedback_choices)
        self.fields["policy_article"].choices = policy_article_choices("— choose the rule —")


class AppealDecisionForm(forms.Form):
    outcome = forms.ChoiceField(choices=Appeal.Outcome.choices, widget=forms.RadioSelect)
    new_rung = forms.ChoiceField(
        required=False, choices=[("", "—")] + list(Decision.Rung.choices), label="New decision (if modified)"
    )
    suspension_until = forms.DateTimeField(
        required=False,
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}),
        input_formats=["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M", "%Y-%m-%d"],
        label="Suspended until (if modified to a suspension)",
    )
    answer = forms.CharField(widget=forms.Textarea(attrs={"rows": 4}), label="Answer (the user reads this)")


class ReasonForm(forms.Form):
    reason = forms.CharField(widget=forms.Textarea(attrs={"rows": 2}))


class OpenCaseForm(forms.Form):
    kind = forms.ChoiceField(choices=Kind.choices)
    emails = forms.CharField(
        label="Accounts (emails, one per line or comma-separated)", widget=forms.Textarea(attrs={"rows": 3})
    )
    note = forms.CharField(widget=forms.Textarea(attrs={"rows": 3}), label="Why you are opening it")

    def clean_emails(self):
        raw = self.cleaned_data["emails"].replace(",", "\n")
        emails = [e.strip().lower() for e in raw.splitlines() if e.strip()]
        users = list(get_user_model().objects.filter(email__in=emails, is_staff=False))
        missing = sorted(set(emails) - {u.email for u in users})
        if missing:
            raise forms.ValidationError(f"No marketplace account with: {', '.join(missing)}")
        if not users:
            raise forms.ValidationError("Name at least one account.")
        return users


class DecideSubjectsForm(forms.Form):
    """One line per undecided subject: a rung (blank: not now), the reason the user
    reads (or a macro's text when left blank), a suspension's end, and the feedback
    remedy. ``lines`` holds the subjects decided, for ``services.decisions_make``."""

    internal_note = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 1}), required=False, label="Internal note (all these decisions)"
    )
    policy_article = forms.ChoiceField(
        required=False,
        label="Policy article (linked in the statement)",
        help_text="Required for hidden feedback, a suspension or a permanent block.",
    )
    legal_ground = forms.CharField(
        required=False,
        max_length=500,
        label="Legal ground (optional)",
        widget=forms.TextInput(attrs={"placeholder": "Legal ground (optional: only when a law is broken too)"}),
    )

    def __init__(self, *args, rows: list[dict], macros: list[dict], remedy: bool, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["policy_article"].choices = policy_article_choices(
            "Statement of reasons: choose the policy article"
        )
        self.fields["policy_article"].initial = help_policy.FEEDBACK_BUILDING
        self.rows, self.macros = rows, macros
        self.lines: list[SubjectDecision] = []
        macro_choices = [("", "— macro —")] + [(str(m["id"]), m["title"]) for m in macros]
        for row in rows:
            account = row["account"]
            pk, name = account.pk, account.display_name
            self.fields[f"rung_{pk}"] = forms.ChoiceField(
                choices=[("", "— not now —")] + list(Decision.Rung.choices),
                required=False,
                initial=row["proposal"].rung,
                label=f"Decision for {name}",
            )
            self.fields[f"macro_{pk}"] = forms.ChoiceField(
                choices=macro_choices, required=False, label=f"Macro for {name}"
            )
            self.fields[f"reason_{pk}"] = forms.CharField(
                widget=forms.Textarea(attrs={"rows": 1}), required=False, label=f"Reason {name} reads"
            )
            self.fields[f"until_{pk}"] = forms.DateTimeField(
                required=False,
                label=f"Suspended until (empty: until resolved) for {name}",
                widget=forms.DateTimeInput(attrs={"type": "datetime-local"}),
                input_formats=["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M", "%Y-%m-%d"],
            )
            self.fields[f"hide_{pk}"] = forms.BooleanField(
                required=False, initial=remedy, label=f"Hide {name}'s manipulated feedback"
            )

    def line_fields(self):
        """The bound fields per row, for the template."""
        for row in self.rows:
            pk = row["account"].pk
            chosen = str(self[f"macro_{pk}"].value() or "")
            yield {
                "row": row,
                "macro_options": [
                    {
                        "id": m["id"],
                        "title": m["title"],
                        "text": m["texts"].get(pk, ""),
                        "selected": str(m["id"]) == chosen,
                    }
                    for m in self.macros
                ],
                "rung": self[f"rung_{pk}"],
                "macro": self[f"macro_{pk}"],
                "reason": self[f"reason_{pk}"],
                "until": self[f"until_{pk}"],
                "hide": self[f"hide_{pk}"],
            }

    def clean(self):
        data = super().clean()
        texts = {str(m["id"]): m["texts"] for m in self.macros}
        for row in self.rows:
            account = row["account"]
            pk = account.pk
            rung = data.get(f"rung_{pk}")
            if not rung:
                continue
            reason = (data.get(f"reason_{pk}") or "").strip()
            if not reason and data.get(f"macro_{pk}"):
                reason = texts.get(data[f"macro_{pk}"], {}).get(pk, "")  # without JavaScript: the macro's text
            if not reason:
                self.add_error(f"reason_{pk}", f"Write the reason {account.display_name} will read, or choose a macro.")
                continue
            self.lines.append(
                SubjectDecision(
                    account=account,
                    rung=rung,
                    reason=reason,
                    suspension_until=data.get(f"until_{pk}"),
                    hide_feedback=bool(data.get(f"hide_{pk}")),
                )
            )
        if not self.errors and not self.lines:
            raise forms.ValidationError("Choose a decision for at least one subject.")
        return data
