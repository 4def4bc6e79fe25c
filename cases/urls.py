from django.urls import path

from . import views

app_name = "cases"
urlpatterns = [
    path("", views.queue, name="queue"),
    path("claim-next/", views.claim_next, name="claim_next"),
    path("dashboard/", views.dashboard, name="dashboard"),
    path("approvals/", views.approvals, name="approvals"),
    path("bulk/", views.bulk, name="bulk"),
    path("views/", views.saved_view_save, name="saved_view_save"),
    path("views/<id:view_id>/delete/", views.saved_view_delete, name="saved_view_delete"),
    path("cases/new/", views.open_case, name="open"),
    path("cases/<id:pk>/", views.detail, name="detail"),
    path("cases/<id:pk>/claim/", views.claim, name="claim"),
    path("cases/<id:pk>/release/", views.release, name="release"),
    path("cases/<id:pk>/note/", views.add_note, name="note"),
    path("cases/<id:pk>/message/", views.message, name="message"),
    path("cases/<id:pk>/decide/", views.decide, name="decide"),
    path("cases/<id:pk>/decide-subjects/", views.decide_subjects, name="decide_subjects"),
    path("cases/<id:pk>/evidence/", views.evidence, name="evidence"),
    path("cases/<id:pk>/timeline/", views.timeline, name="timeline"),
    path("cases/<id:pk>/decisions/<id:decision_id>/approve/", views.approve_decision, name="approve_decision"),
    path("cases/<id:pk>/decisions/<id:decision_id>/reject/", views.reject_decision, name="reject_decision"),
    path("cases/<id:pk>/decisions/<id:decision_id>/repropose/", views.repropose_decision, name="repropose_decision"),
    path("cases/<id:pk>/appeals/<id:appeal_id>/decide/", views.decide_appeal, name="decide_appeal"),
    path("cases/<id:pk>/appeals/<id:appeal_id>/approve/", views.approve_appeal, name="approve_appeal"),
    path("cases/<id:pk>/appeals/<id:appeal_id>/reject/", views.reject_appeal, name="reject_appeal"),
    path("cases/<id:pk>/appeals/<id:appeal_id>/repropose/", views.repropose_appeal, name="repropose_appeal"),
    path(
        "cases/<id:pk>/replies/<id:event_id>/open-appeal/",
        views.open_appeal_from_reply,
        name="open_appeal_from_reply",
    ),
    path("cases/<id:pk>/close/", views.close, name="close"),
    path("cases/<id:pk>/reopen/", views.reopen, name="reopen"),
]
