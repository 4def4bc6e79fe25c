from django.conf import settings


def site(request):
    return {"SITE_NAME": "Gigworks", "DEBUG": settings.DEBUG}
