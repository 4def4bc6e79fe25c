"""Where a request comes from, as far as the portal can tell."""

from __future__ import annotations

import ipaddress

from django.conf import settings
from django.http import HttpRequest


def _address(value: str | None) -> str | None:
    if not value:
        return None
    try:
        return str(ipaddress.ip_address(value.strip()))
    except ValueError:
        return None


def client_ip(request: HttpRequest) -> str | None:
    """The client's address. Behind ``PROXY_COUNT`` reverse proxies that each append the
    address they saw to X-Forwarded-For, it is that many entries from the right (what the
    client itself wrote there is never trusted); otherwise the socket's address."""
    count = settings.PROXY_COUNT
    if count:
        forwarded = [part for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()]
        if len(forwarded) >= count and (address := _address(forwarded[-count])):
            return address
    return _address(request.META.get("REMOTE_ADDR"))
