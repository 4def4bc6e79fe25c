"""A local HTTP server standing in for Mailgun's sending API, for the fault tests.

anymail's real Mailgun backend talks to it over HTTP (``MAILGUN_API_URL`` = its
``api_url``): it receives the real request, records what the user would get, and
answers as its ``answer`` policy says (200 with an id, or an error status). It can
also hold a request open, to kill the sender in the middle of a send.
"""

from __future__ import annotations

import contextlib
import itertools
import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from email import message_from_bytes, policy
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qsl


@dataclass(frozen=True)
class Received:
    """One message as the ESP got it: what ends up in the user's mailbox."""

    to: str
    subject: str
    message_id: str
    at: float


def parse_form(body: bytes, content_type: str) -> dict[str, str]:
    """The fields of a form post (urlencoded or multipart), the last value of each."""
    if content_type.startswith("application/x-www-form-urlencoded"):
        return dict(parse_qsl(body.decode(), keep_blank_values=True))
    form = message_from_bytes(f"Content-Type: {content_type}\r\n\r\n".encode() + body, policy=policy.HTTP)
    fields = {}
    for part in form.iter_parts():
        name = part.get_param("name", header="content-disposition")
        fields[name] = part.get_content() if part.get_content_maintype() == "text" else part.get_payload()
    return fields


class FakeMailgun:
    def __init__(self, answer: Callable[[int], int] | None = None):
        self.answer = answer or (lambda number: 200)  # request number (1, 2, …) → HTTP status
        self.received: list[Received] = []
        self.attempts = 0
        self.hold_at: int | None = None  # hold the request with this number open…
        self.holding = threading.Event()  # …set while it is held…
        self.release = threading.Event()  # …until this is set
        self._lock = threading.Lock()
        self._ids = itertools.count(1)
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        # Request threads are joined on close: none is left running when the test
        # goes on (a later fork() in the same process would copy it).
        self._server.daemon_threads = False
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def api_url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}/v3"

    def __enter__(self) -> FakeMailgun:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.release.set()
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(10)

    def message_ids(self) -> list[str]:
        with self._lock:
            return [item.message_id for item in self.received]

    def _record(self, body: bytes, content_type: str) -> tuple[int, Received | None]:
        fields = parse_form(body, content_type)
        with self._lock:
            self.attempts += 1
            number = self.attempts
        status = self.answer(number)
        if status != 200:
            return status, None
        item = Received(
            to=fields.get("to", ""),
            subject=fields.get("subject", ""),
            message_id=fields.get("h:Message-Id", ""),
            at=time.time(),
        )
        with self._lock:
            self.received.append(item)
        return 200, item

    def _handler(self):
        esp = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):  # quiet
                pass

            def do_POST(self):
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                status, item = esp._record(body, self.headers.get("Content-Type", ""))
                if item is not None and esp.hold_at == len(esp.received):
                    esp.holding.set()
                    esp.release.wait(60)
                answer = (
                    {"id": f"<fake-{next(esp._ids)}@mg.example.com>", "message": "Queued. Thank you."}
                    if status == 200
                    else {"message": "Internal error"}
                )
                payload = json.dumps(answer).encode()
                with contextlib.suppress(OSError):  # the sender may have been killed meanwhile
                    self.send_response(status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(payload)))
                    self.end_headers()
                    self.wfile.write(payload)

        return Handler
