from django.urls import include, path

# helpdesk's emails link to its ticket pages, so its URLs must resolve.
urlpatterns = [path("helpdesk/", include("helpdesk.urls"))]
