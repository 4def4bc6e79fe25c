"""Mounted at /anymail/ (trustsafety/urls.py): the webhooks of the configured ESP
only (see inbound_mail/webhooks.py)."""

from django.conf import settings

from .webhooks import webhook_urlpatterns

app_name = "anymail"
urlpatterns = webhook_urlpatterns(settings.ANYMAIL_ESP)
