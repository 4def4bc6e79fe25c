from django import forms


class ReplyForm(forms.Form):
    body = forms.CharField(
        label="Your reply",
        max_length=10000,
        widget=forms.Textarea(attrs={"rows": 5}),
        error_messages={"required": "Write your reply before sending it."},
    )


class AppealForm(forms.Form):
    statement = forms.CharField(
        label="Why do you think this decision is wrong?",
        max_length=10000,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text="Explain what happened and add anything we may not know. You can appeal a decision once.",
        error_messages={"required": "Tell us why you think the decision is wrong."},
    )
