from django.urls import path

from . import views

app_name = "helpcenter"
urlpatterns = [
    path("", views.index, name="index"),
    path("articles/<slug:slug>/", views.article_detail, name="article"),
    path("articles/<slug:slug>/vote/", views.article_vote_view, name="vote"),
]
