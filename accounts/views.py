"""Public profile (rating summary; the feedback list comes from the feedback app) and editing one's own."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect, render

from accounts.services import account_profile_update
from core.actions import restricted_action

from .models import User


class ProfileForm(forms.ModelForm):
    # Wider than the column so a full name ("Germany") gets the helpful message below.
    country = forms.CharField(label="Country (two-letter code, e.g. GB)", required=False, max_length=60)

    class Meta:
        model = User
        fields = ["name", "country"]
        labels = {"name": "Display name"}

    def clean_name(self):
        # The field's own validators (accounts.validators) refuse control characters and overlong names.
        name = self.cleaned_data["name"].strip()
        if not name:
            raise forms.ValidationError("Enter the name other people see.")
        return name

    def clean_country(self):
        country = self.cleaned_data["country"].strip().upper()
        if country and (len(country) != 2 or not country.isalpha()):
            raise forms.ValidationError("Use the two-letter country code, e.g. GB, US or DE.")
        return country


@login_required
def profile(request, pk: int):
    """A member's public profile. The feedback they received is drawn by feedback's
    ``profile_feedback`` tag (accounts sits below feedback and does not import it)."""
    person = get_object_or_404(User, pk=pk, is_staff=False, is_active=True)
    return render(request, "accounts/profile.html", {"person": person, "is_me": person.pk == request.user.pk})


@login_required
@restricted_action("edit_profile", methods=None)
def profile_edit(request):
    form = ProfileForm(request.POST or None, instance=request.user)
    if request.method == "POST" and form.is_valid():
        account_profile_update(
            account=request.user, name=form.cleaned_data["name"], country=form.cleaned_data["country"]
        )
        messages.success(request, "Your profile is updated.")
        return redirect("accounts:profile", pk=request.user.pk)
    return render(request, "accounts/profile_form.html", {"form": form}, status=400 if form.errors else 200)
