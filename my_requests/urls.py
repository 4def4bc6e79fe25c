from django.urls import path

from . import views

# The namespace keeps its first name so every {% url "inbox:…" %} and reverse() keeps working.
app_name = "inbox"
urlpatterns = [
    path("", views.index, name="index"),
    path("case/<int:case_id>/", views.case_detail, name="case"),
    path("case/<int:case_id>/reply/", views.reply, name="reply"),
    path("case/<int:case_id>/decisions/<int:decision_id>/appeal/", views.appeal, name="appeal"),
    path("notice/<int:notice_id>/", views.notice_detail, name="notice"),
]
