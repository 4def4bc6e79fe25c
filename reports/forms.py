from django import forms

from .models import AbuseReport
from .services import DETAILS_MAX, NOTE_MAX

REASON_HELP = {
    AbuseReport.Reason.PAID_FEEDBACK: "Money, a refund, a bonus or extra work in exchange for a good rating.",
    AbuseReport.Reason.FEEDBACK_EXTORTION: "A bad rating, or no more work, unless you promise a good one.",
    AbuseReport.Reason.FAKE_JOB: "A job with no real work, a rating swap, or hiring an account they also control.",
    AbuseReport.Reason.OTHER: "Anything else about feedback that doesn’t look right.",
}


class ReportForm(forms.Form):
    reason = forms.ChoiceField(
        label="What happened?",
        choices=AbuseReport.Reason.choices,
        widget=forms.RadioSelect,
        error_messages={"required": "Choose what happened."},
    )
    details = forms.CharField(
        label="Tell us in your own words",
        max_length=DETAILS_MAX,
        widget=forms.Textarea(attrs={"rows": 6, "placeholder": "What was said or offered, and when?"}),
        error_messages={"required": "Tell us what happened in a sentence or two."},
    )


class ReportNoteForm(forms.Form):
    body = forms.CharField(
        label="Add more information",
        max_length=NOTE_MAX,
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"required": "Write something to add."},
    )


class ReporterMessageForm(forms.Form):
    """A reviewer's message to the person who filed a report."""

    body = forms.CharField(
        label="Message to the reporter",
        max_length=NOTE_MAX,
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"required": "Write the message before sending it."},
    )
