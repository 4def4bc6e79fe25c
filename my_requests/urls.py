from django.urls import path

from . import views

# The namespace keeps its first name so every {% url "inbox:…" %} and reverse() keeps working.
app_name = "inbox"
urlpatterns = [
    path("", views.index, name="index"),
    path("case/<id:case_id>/", views.case_detail, name="case"),
    path("case/<id:case_id>/reply/", views.reply, name="reply"),
    path("case/<id:case_id>/decisions/<id:decision_id>/appeal/", views.appeal, name="appeal"),
    path("notice/<id:notice_id>/", views.notice_detail, name="notice"),
]
