"""Use the second core during a full scan: message text is scored in a forked
child process while the parent runs the graph detectors.

Only for full scans outside a transaction (a management command, the bench, a
task worker): the parent closes its database connections before forking so the
child opens its own, and a test's transaction is never touched — inside an atomic
block, on an in-memory SQLite database, where ``fork`` is unavailable, or with
``DETECTION_PARALLEL`` off, the messages are simply scored in-process. If the
child fails for any reason, the parent scores them itself.
"""

from __future__ import annotations

import logging
import multiprocessing
import time

from django.conf import settings
from django.db import connection, connections

from .detectors.base import ScanContext
from .detectors.messages import scored_messages

logger = logging.getLogger(__name__)


def _worker(conn) -> None:
    try:
        started = time.perf_counter()
        ctx = ScanContext()
        messages = scored_messages(ctx)
        conn.send(("ok", messages, ctx.cache.get("messages_scanned", 0), time.perf_counter() - started))
    except Exception as exc:  # reported to the parent, which then does the work itself
        conn.send(("error", f"{type(exc).__name__}: {exc}", 0, 0.0))
    finally:
        conn.close()
        connections.close_all()


class MessageScan:
    def __init__(self, process, reader):
        self.process = process
        self.reader = reader
        self.seconds = 0.0

    def join_into(self, ctx: ScanContext) -> None:
        """Wait for the child and hand its results to ``ctx`` (or leave ``ctx``
        empty so the detectors score the messages in-process)."""
        try:
            status, payload, scanned, seconds = self.reader.recv()
        except (EOFError, OSError):
            status, payload, scanned, seconds = "error", "the message scan process ended early", 0, 0.0
        finally:
            self.reader.close()
            self.process.join(timeout=30)
        if status == "ok":
            ctx.cache["messages"] = payload
            ctx.cache["messages_scanned"] = scanned
            self.seconds = round(seconds, 3)
        else:
            logger.warning("Parallel message scan failed (%s); scoring messages in-process", payload)


def start_message_scan() -> MessageScan | None:
    if not getattr(settings, "DETECTION_PARALLEL", True):
        return None
    if connection.in_atomic_block:
        return None
    if connection.vendor == "sqlite" and connection.is_in_memory_db():
        return None
    try:
        mp = multiprocessing.get_context("fork")
    except ValueError:  # pragma: no cover - platforms without fork
        return None
    reader, writer = mp.Pipe(duplex=False)
    connections.close_all()  # the child must open its own connections
    process = mp.Process(target=_worker, args=(writer,), name="detection-messages", daemon=True)
    process.start()
    writer.close()
    return MessageScan(process, reader)
