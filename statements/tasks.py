"""Background work (Django's tasks framework; the worker is ``manage.py db_worker``)."""

from __future__ import annotations

from django.db.models import Min
from django.tasks import task

from .models import Statement
from .submit import statements_submit


@task(queue_name="default")
def statements_submit_task() -> str:
    """Submit the due statements to the Transparency Database; when some failed,
    queue the next round for the earliest retry time."""
    result = statements_submit()
    if result.failed:
        retry_at = Statement.objects.filter(submission=Statement.Submission.FAILED).aggregate(
            first=Min("next_attempt_at")
        )["first"]
        queued = statements_submit_task
        if retry_at is not None and queued.get_backend().supports_defer:
            queued = queued.using(run_after=retry_at)
        queued.enqueue()
    return result.summary()
