"""Use both cores during a full scan: message text is scored in forked child
processes (``DETECTION_TEXT_PROCESSES``, each reading its own share of the pairs of
accounts) while the parent runs the graph detectors.

Only for full scans outside a transaction (a management command, the bench, a
task worker): the parent closes its database connections before forking so the
child opens its own, and a test's transaction is never touched — inside an atomic
block, on an in-memory SQLite database, where ``fork`` is unavailable, or with
``DETECTION_PARALLEL`` off, the messages are simply scored in-process. If the
child fails for any reason, the parent scores them itself.
"""

from __future__ import annotations

import heapq
import logging
import multiprocessing
import time

from django.conf import settings
from django.db import connection, connections

from .detectors.base import ScanContext
from .detectors.messages import scored_messages

logger = logging.getLogger(__name__)


def _worker(conn, part: tuple[int, int]) -> None:
    try:
        started, cpu = time.perf_counter(), time.process_time()
        ctx = ScanContext()
        messages = scored_messages(ctx, part=part)
        scanned = ctx.cache.get("messages_scanned", 0)
        conn.send(("ok", messages, scanned, time.perf_counter() - started, time.process_time() - cpu))
    except Exception as exc:  # reported to the parent, which then does the work itself
        conn.send(("error", f"{type(exc).__name__}: {exc}", 0, 0.0, 0.0))
    finally:
        conn.close()
        connections.close_all()


class MessageScan:
    def __init__(self, children: list[tuple]):
        self.children = children  # (process, reader) per share
        self.seconds = 0.0
        # CPU seconds of each share's reading, in share order: how evenly the pairs split the work
        self.cpu: list[float] = []

    def join_into(self, ctx: ScanContext) -> None:
        """Wait for the children and hand their results, in the order one process
        would have produced them, to ``ctx`` (or leave ``ctx`` empty so the
        detectors score the messages in-process if any child failed)."""
        results, failure = [], None
        for process, reader in self.children:
            try:
                status, payload, scanned, seconds, cpu = reader.recv()
            except (EOFError, OSError):
                status, payload, scanned, seconds, cpu = "error", "a message scan process ended early", 0, 0.0, 0.0
            finally:
                reader.close()
                process.join(timeout=30)
            if status == "ok":
                results.append((payload, scanned, seconds, cpu))
            else:
                failure = payload
        if failure is None:
            ctx.cache["messages"] = list(heapq.merge(*(r[0] for r in results), key=lambda m: (m.sent_at, m.pk)))
            ctx.cache["messages_scanned"] = sum(r[1] for r in results)
            self.seconds = round(max(r[2] for r in results), 3)
            self.cpu = [round(r[3], 3) for r in results]
        else:
            logger.warning("Parallel message scan failed (%s); scoring messages in-process", failure)


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
    connections.close_all()  # the children must open their own connections
    n = max(1, getattr(settings, "DETECTION_TEXT_PROCESSES", 2))
    children = []
    for k in range(n):
        reader, writer = mp.Pipe(duplex=False)
        process = mp.Process(target=_worker, args=(writer, (k, n)), name=f"detection-messages-{k}", daemon=True)
        process.start()
        writer.close()
        children.append((process, reader))
    return MessageScan(children)
