"""The transparency report: a staff page with charts and its CSV."""

from __future__ import annotations

import csv

from django.http import HttpResponse
from django.shortcuts import render

from cases.dashboard import bar_chart
from core.permissions import reviewer_required

from .forms import PeriodForm
from .report import transparency_report


def _period(request):
    form = PeriodForm(request.GET if ("from" in request.GET or "to" in request.GET) else None)
    if form.is_bound and form.is_valid():
        return form, form.cleaned_data["start"], form.cleaned_data["end"]
    fallback = PeriodForm({})
    fallback.is_valid()
    return form, fallback.cleaned_data["start"], fallback.cleaned_data["end"]


@reviewer_required
def report_page(request):
    form, start, end = _period(request)
    report = transparency_report(start=start, end=end)
    charts = {
        "outcome": bar_chart(report.by_outcome, label="Decisions by outcome"),
        "kind": bar_chart(report.by_kind, label="Decisions by kind of behaviour", color="#1c4f9c"),
        "restriction": bar_chart(report.by_restriction, label="Restrictions by type", color="#8a4b08"),
        "source": bar_chart(
            [("Own initiative", report.own_initiative), ("Notices (user reports)", report.notices)],
            label="What brought the decisions about",
            color="#5b3f99",
        ),
        "appeals": bar_chart(
            [
                ("Received", report.appeals_received),
                ("Upheld (decision stands)", report.appeals_upheld),
                ("Modified", report.appeals_modified),
                ("Reversed", report.appeals_reversed),
            ],
            label="Appeals",
            color="#0a58a8",
        ),
    }
    query = f"from={start.isoformat()}&to={end.isoformat()}"
    return render(
        request,
        "statements/report.html",
        {"form": form, "report": report, "charts": charts, "query": query, "start": start, "end": end},
    )


@reviewer_required
def report_csv(request):
    form, start, end = _period(request)
    report = transparency_report(start=start, end=end)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="transparency-{start}-{end}.csv"'
    writer = csv.writer(response)
    writer.writerow(["section", "item", "value"])
    writer.writerows(report.rows())
    return response
