"""What detection tells the layers above it, without naming them.

``signals_found``
    Sent by ``services.scan_run`` after a scan stored its findings, with
    ``signals``: the new or changed ``Signal`` rows scoring at least
    ``DETECTION_CASE_THRESHOLD`` (one send per scan, the whole batch). Not inside a
    transaction: a receiver opens its own, a few signals at a time. Each receiver
    returns the cases it opened or updated; the scan report counts them. Cases'
    ``AppConfig.ready`` connects ``cases.services.signals_route``.
"""

from __future__ import annotations

from django.dispatch import Signal

signals_found = Signal()  # kwargs: signals (list[detection.models.Signal]); receivers return list[Case]
