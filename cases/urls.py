from django.urls import path

from . import views

app_name = "cases"
urlpatterns = [
    path("", views.queue, name="queue"),
    path("claim-next/", views.claim_next, name="claim_next"),
    path("dashboard/", views.dashboard, name="dashboard"),
    path("cases/new/", views.open_case, name="open"),
    path("cases/<int:pk>/", views.detail, name="detail"),
    path("cases/<int:pk>/claim/", views.claim, name="claim"),
    path("cases/<int:pk>/release/", views.release, name="release"),
    path("cases/<int:pk>/note/", views.add_note, name="note"),
    path("cases/<int:pk>/message/", views.message, name="message"),
    path("cases/<int:pk>/decide/", views.decide, name="decide"),
    path("cases/<int:pk>/decisions/<int:decision_id>/approve/", views.approve_decision, name="approve_decision"),
    path("cases/<int:pk>/decisions/<int:decision_id>/reject/", views.reject_decision, name="reject_decision"),
    path("cases/<int:pk>/decisions/<int:decision_id>/repropose/", views.repropose_decision, name="repropose_decision"),
    path("cases/<int:pk>/appeals/<int:appeal_id>/decide/", views.decide_appeal, name="decide_appeal"),
    path("cases/<int:pk>/appeals/<int:appeal_id>/approve/", views.approve_appeal, name="approve_appeal"),
    path("cases/<int:pk>/appeals/<int:appeal_id>/reject/", views.reject_appeal, name="reject_appeal"),
    path("cases/<int:pk>/appeals/<int:appeal_id>/repropose/", views.repropose_appeal, name="repropose_appeal"),
    path("cases/<int:pk>/close/", views.close, name="close"),
    path("cases/<int:pk>/reopen/", views.reopen, name="reopen"),
]
