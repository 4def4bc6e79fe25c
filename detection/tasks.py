"""Background detection through Django's tasks framework (database queue).

``enqueue_incremental(event, object_id)`` is called after commit by the services
that write marketplace events (contracts, feedback; the importer for identity);
``enqueue_after_import()`` by the importer once a file is loaded. Both only queue
work: the tasks call ``detection.services``, which upserts signals by fingerprint,
so a task that runs twice (or a burst of events about the same accounts) adds no
duplicate signal.
"""

from __future__ import annotations

import logging

from django.tasks import task

from . import services

logger = logging.getLogger(__name__)


@task(queue_name="default")
def detect_incremental(event: str, object_id: int) -> dict:
    report = services.scan_incremental(event=event, object_id=object_id)
    logger.info(report.summary())
    return {"findings": report.findings, "created": report.created, "updated": report.updated, "routed": report.routed}


@task(queue_name="default", priority=-10)
def detect_full_scan() -> dict:
    report = services.scan_full()
    logger.info(report.summary())
    return {"findings": report.findings, "created": report.created, "updated": report.updated, "routed": report.routed}


def enqueue_incremental(event: str, object_id: int):
    """Queue incremental detection for a new feedback, message, payment, contract or identity signal."""
    if event not in services.EVENTS:
        raise services.DetectionError(f"Unknown detection event {event!r}.", "event")
    try:
        return detect_incremental.enqueue(event, int(object_id))
    except Exception:  # the queue being down must never break the user's action
        logger.exception("Could not queue incremental detection for %s %s", event, object_id)
        return None


def enqueue_after_import():
    """Queue a full scan (after a bulk import)."""
    try:
        return detect_full_scan.enqueue()
    except Exception:
        logger.exception("Could not queue a full detection scan")
        return None


def on_marketplace_activity(sender, *, event: str, object_id: int, **kwargs) -> None:
    """Receiver of ``core.signals.marketplace_activity`` (connected in DetectionConfig.ready)."""
    enqueue_incremental(event, object_id)
