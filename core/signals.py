"""Signals a lower layer sends so that a higher one can react without being named.

``marketplace_activity``
    Sent by accounts (``identity``: a new shared identity value), contracts
    (``contract``, ``message``, ``payment``) and feedback (``feedback``) **after the
    transaction that recorded it commits**, with ``event`` (one of those names) and
    ``object_id``. Detection's ``AppConfig.ready`` connects the receiver that queues
    incremental detection. Nothing the receiver does can undo the user's action.
"""

from __future__ import annotations

from django.db import transaction
from django.dispatch import Signal

marketplace_activity = Signal()  # kwargs: event (str), object_id (int)


def marketplace_activity_recorded(*, sender, event: str, object_id: int) -> None:
    """Call inside the transaction that records the activity: listeners hear of it
    once it has committed (and never if it rolls back)."""
    transaction.on_commit(lambda: marketplace_activity.send(sender=sender, event=event, object_id=object_id))
